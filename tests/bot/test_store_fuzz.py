"""Property: whatever records a store holds, load validation and scheduler
planning never let an exception escape. A record validation accepts must
plan (or be isolated as one bad row); one it refuses never reaches a scan."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.clock import ManualClock
from bot.scheduler import Scheduler
from handlers.messages import Reply
from storage.models import Deadline, Meeting, dump_local
from storage.store import Store
from storage.validation import validate_tables
from tests.helpers import at, group_config, make_config

NOW = at("2026-11-23 10:00")
ZONES = ["Europe/Zurich", "Europe/Paris", "Pacific/Niue", "Pacific/Kiritimati", "UTC", "Europe/Zurik", "", "../etc"]
STATUSES = ["planned", "moved", "cancelled", "held", "reportée", None, 3]
RULES = [None, "weekly:1", "weekly:2", "weekly:0", "weekly:-1", "weekly:x", "monthly", "monthly:3", "nth:1:1",
         "nth:-1:3", "nth:5:1", "nth:1:9", "chaque lune", ""]

near = st.datetimes(datetime(2026, 11, 1), datetime(2027, 2, 1))
edges = st.sampled_from([datetime(9999, 12, 31), datetime(9999, 12, 31, 23, 30), datetime(9999, 12, 20, 9), datetime(1, 1, 1),
                         datetime(1, 1, 1, 9)])
moments = st.one_of(near, near, st.datetimes(), edges)  # mostly useful, sometimes at the calendar's edges
local = st.one_of(
    *[st.builds(lambda m, z: {"local": m.isoformat(timespec="minutes"), "tz": z}, moments, st.sampled_from(ZONES))] * 4,
    st.just({"local": "31/12/9999", "tz": "UTC"}), st.just({"local": "2026-12-01T09:00"}), st.just("2026-12-01"), st.none(),
)
numbers = st.one_of(st.integers(1, 20), st.integers(1, 20), st.integers(1, 20), st.integers(-2, 0), st.booleans(), st.text(max_size=2))
texts = st.one_of(st.text(max_size=20), st.text(max_size=20), st.integers(), st.none())
announcement = st.one_of(st.none(), st.builds(lambda k, m: f"{k}@{m.isoformat()}+00:00", st.sampled_from(["planned", "moved", "cancelled", "x"]), moments), st.text(max_size=10))


def maybe(required: tuple[str, ...], **fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A document with its required fields (mostly), the others present or missing."""
    always = {name: fields.pop(name) for name in required}
    whole = st.fixed_dictionaries(always, optional=fields)
    return st.one_of(whole, whole, whole, st.fixed_dictionaries({}, optional={**always, **fields}))


meeting = maybe(("group", "number", "start"), group=st.just("rte"), number=numbers, start=local, end=local, place=texts,
                agenda=st.one_of(st.just([]), st.lists(st.one_of(st.fixed_dictionaries({"text": st.text(max_size=5)}), st.text(max_size=3)), max_size=2)),
                status=st.sampled_from(STATUSES), recurrence=st.sampled_from(RULES), created_by=texts,
                previous_start=local, announcement=announcement)
deadline = maybe(("group", "number", "due", "text"), group=st.just("rte"), number=numbers, due=local, text=texts, has_time=st.one_of(st.booleans(), st.integers()),
                 cancelled=st.one_of(st.booleans(), st.none()))
override = maybe(("group", "meeting", "key", "status"), group=st.just("rte"), meeting=numbers, key=st.one_of(near.map(lambda m: m.date().isoformat()), st.dates().map(str), st.text(max_size=10)),
                 status=st.sampled_from(["moved", "cancelled", "x"]), start=local, end=local, place=texts, announcement=announcement)
# Valid documents, as the commands write them, at any date of the calendar.
REAL_ZONES = [ZoneInfo(z) for z in ("Europe/Zurich", "Pacific/Niue", "Pacific/Kiritimati", "UTC")]
aware = st.builds(lambda m, z: m.replace(tzinfo=z), moments, st.sampled_from(REAL_ZONES))
valid_meeting = st.builds(
    lambda n, start, hours, status, rule, owed: {"group": "rte", **Meeting(
        n, start, start + timedelta(hours=hours) if hours and start.year < 9999 else None, status=status,
        recurrence=rule, announcement=owed).to_doc()},
    st.integers(1, 20), aware, st.integers(0, 3), st.sampled_from(["planned", "moved", "cancelled", "held"]),
    st.sampled_from([None, "weekly:1", "weekly:2", "monthly", "nth:1:1", "nth:-1:3"]), announcement)
valid_deadline = st.builds(
    lambda n, due, timed, cancelled: {"group": "rte", **Deadline(n, due, "rapport", timed, cancelled=cancelled).to_doc()},
    st.integers(1, 20), aware, st.booleans(), st.booleans())
valid_override = st.builds(
    lambda n, day, start, status, owed: {"group": "rte", "meeting": n, "key": day.isoformat(), "status": status,
                                        "start": dump_local(start) if status == "moved" else None, "end": None,
                                        "place": "", "announcement": owed},
    st.integers(1, 20), st.one_of(near.map(lambda m: m.date()), st.dates()), aware,
    st.sampled_from(["moved", "cancelled"]), announcement)
meeting = st.one_of(valid_meeting, valid_meeting, meeting)
deadline = st.one_of(valid_deadline, valid_deadline, deadline)
override = st.one_of(valid_override, valid_override, override)
leads = st.lists(st.one_of(st.integers(-10, 400 * 86400), st.text(max_size=2)), max_size=3)
state = st.fixed_dictionaries({"key": st.just("reminders:rte"),
                               "value": st.one_of(st.fixed_dictionaries({}, optional={"meeting": leads, "deadline": leads}), st.integers())})


async def _send(slug: str, platform: str, chat: str, reply: Reply) -> bool:
    reply.plain()
    return True


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(meetings=st.lists(meeting, max_size=4), deadlines=st.lists(deadline, max_size=3),
       overrides=st.lists(override, max_size=3), states=st.lists(state, max_size=1),
       later=st.integers(0, 60 * 24 * 40))
# The cases the review found, always tried: /echeance 31/12/9999 (accepted
# then), and a meeting on 31/12/9999 in a UTC−11 group.
@example(meetings=[], deadlines=[{"group": "rte", **Deadline(1, datetime(9999, 12, 31, tzinfo=ZoneInfo("UTC")), "fin").to_doc()}],
         overrides=[], states=[], later=0)
@example(meetings=[{"group": "rte", **Meeting(1, datetime(9999, 12, 31, 23, tzinfo=ZoneInfo("Pacific/Niue")), recurrence="weekly:1",
                                              announcement="planned@2026-11-23T09:00:00+00:00").to_doc()}],
         deadlines=[], overrides=[], states=[], later=0)
def test_no_stored_record_stops_validation_or_planning(
    meetings: list[dict[str, Any]], deadlines: list[dict[str, Any]], overrides: list[dict[str, Any]],
    states: list[dict[str, Any]], later: int,
) -> None:
    tables = {
        name: {str(i): doc for i, doc in enumerate(docs, 1)}
        for name, docs in (("meetings", meetings), ("deadlines", deadlines), ("occurrences", overrides), ("state", states))
    }
    refused = {(bad.table, bad.doc_id) for bad in validate_tables(tables)}  # must not raise
    store = Store.memory()
    for name, docs in tables.items():
        for doc_id, doc in docs.items():
            if (name, doc_id) not in refused:
                store.table(name).insert(doc)
    config = make_config(group_config("rte"), group_config("autre", timezone="Pacific/Niue"))
    clock = ManualClock(NOW)
    scheduler = Scheduler(store, clock, config.groups, lambda slug: [("test", slug)], _send)
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("bot")
    logger.addHandler(handler)
    try:
        for slug in ("rte", "autre"):
            scheduler.rebuild(slug)  # what start-up does: must not raise
        clock.set(NOW + timedelta(minutes=later))
        asyncio.run(scheduler.run_due())
    finally:
        logger.removeHandler(handler)
        store.close()
    # Only isolated bad rows may be logged as errors, never a failed scan.
    escaped = [r.getMessage() for r in records if r.exc_info]
    assert not escaped, escaped
