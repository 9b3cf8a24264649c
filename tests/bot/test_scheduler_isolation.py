"""A bad row already in the store (written before dates were bounded, or by
hand) never stops start-up, nor the group's other reminders, nor the other
groups': it is logged once, naming its table and number, and skipped."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from storage.recurrence import Override, set_override
from storage.store import GroupStore, Store
from tests.bot.test_scheduler_harness import make_bench
from tests.helpers import at, group_config

START = at("2026-11-23 10:00")
NIUE = ZoneInfo("Pacific/Niue")  # UTC−11: its 31/12/9999 is in year 10000 in UTC
ZURICH = ZoneInfo("Europe/Zurich")


def _far_deadline(data: GroupStore, zone: ZoneInfo) -> tuple[str, int]:
    return "deadlines", data.add_deadline(datetime(9999, 12, 31, tzinfo=zone), "fin du monde").number


def _ancient_series(data: GroupStore, zone: ZoneInfo) -> tuple[str, int]:
    return "meetings", data.add_meeting(datetime(1, 1, 1, 9, 0, tzinfo=zone), recurrence="weekly:0").number


def _unknown_rule(data: GroupStore, zone: ZoneInfo) -> tuple[str, int]:
    return "meetings", data.add_meeting(datetime(2026, 11, 24, 9, 0, tzinfo=zone), recurrence="chaque lune").number


def _far_override(data: GroupStore, zone: ZoneInfo) -> tuple[str, int]:
    meeting = data.add_meeting(datetime(2026, 11, 24, 9, 0, tzinfo=zone), recurrence="weekly:1")
    far = datetime(9999, 12, 31, 23, 0, tzinfo=zone)
    set_override(data.store, data.slug, meeting.number, Override("9999-12-31", "moved", far, None, "", "moved@x"))
    return "meetings", meeting.number


def _far_task(data: GroupStore, zone: ZoneInfo) -> tuple[str, int]:
    return "tasks", data.add_task("finir le monde", due=date(9999, 12, 31)).number


BAD_ROWS: dict[str, Callable[[GroupStore, ZoneInfo], tuple[str, int]]] = {
    "deadline 31/12/9999": _far_deadline,
    "series from year 1 every 0 weeks": _ancient_series,
    "unknown recurrence": _unknown_rule,
    "occurrence moved to 9999": _far_override,
    "task due 31/12/9999": _far_task,
}


@pytest.mark.parametrize("zone", [ZURICH, NIUE], ids=["zurich", "utc-11"])
@pytest.mark.parametrize("bad", sorted(BAD_ROWS))
async def test_a_bad_row_is_skipped_and_logged_once(store: Store, bad: str, zone: ZoneInfo,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    bench = make_bench(store, START, group_config("rte", timezone=zone.key), group_config("autre"))
    store.bind_chat("telegram", "chat-2", "autre")
    rte, autre = store.group("rte"), store.group("autre")
    table, number = BAD_ROWS[bad](rte, zone)
    rte.add_deadline(datetime(2026, 12, 3, tzinfo=zone), "rapport du groupe rte")
    autre.add_deadline(datetime(2026, 12, 3, tzinfo=ZURICH), "rapport du groupe autre")
    caplog.clear()
    scheduler = bench.scheduler()  # a restart with the bad row in the store
    scheduler.start()  # must not raise
    try:
        sent: list[str] = []
        # The day-before reminders of both groups, in order, then one more scan.
        for moment in sorted({at("2026-12-02 09:00"), datetime(2026, 12, 2, 9, 0, tzinfo=zone)}):
            sent += await bench.until(moment)
        sent += await bench.until(at("2026-12-03 08:00"))  # another scan: still logged once
    finally:
        await scheduler.stop()
    assert sum("rapport du groupe rte" in text for text in sent) >= 1, sent
    assert sum("rapport du groupe autre" in text for text in sent) >= 1, sent
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    named = [e for e in errors if f"{table} n°{number}" in e and "rte" in e]
    assert len(named) == 1, errors
    assert not [r for r in caplog.records if r.exc_info and r.levelno >= logging.ERROR and r.getMessage() not in named]
