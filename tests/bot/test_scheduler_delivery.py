"""Delivery guarantees: failures retried with backoff, races, many groups, pacing."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest

from bot.app import Greffier
from bot.clock import ManualClock
from bot.config import ConfigError, parse_config
from bot.scheduler import core as scheduler_module
from bot.scheduler import pacing as scheduler_pacing
from bot.scheduler.pacing import IntervalPacer
from handlers.messages import Reply
from storage.notices import NoticeLog
from storage.store import Store
from tests.bot.test_scheduler_harness import make_bench
from tests.helpers import at, group_config

START = at("2026-11-23 10:00")


async def test_failed_send_is_retried_with_backoff_and_not_recorded(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    bench = make_bench(store, START, group_config("rte"), group_config("task-force"))
    store.bind_chat("telegram", "chat-2", "task-force")
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    bench.chat.say("/seance 03/12/2026 9h-11h Bobigny", chat="chat-2")
    bench.failing.add("chat-1")
    with caplog.at_level(logging.WARNING):
        sent = await bench.until(at("2026-11-26 09:00"))
    # The other group is served at the same instant despite the failure.
    assert len(sent) == 1 and "Bobigny" in sent[0]
    assert any("failed" in r.getMessage() for r in caplog.records)
    reminders = [row for row in NoticeLog(store).rows() if "announcement" not in row]
    assert [row["chat"] for row in reminders if row["state"] == "sent"] == ["chat-2"]
    # Backoff: 30 s, then 60 s, then 120 s.
    assert await bench.until(at("2026-11-26 09:00") + timedelta(seconds=29)) == []
    assert await bench.until(at("2026-11-26 09:00") + timedelta(seconds=30)) == []  # fails again
    assert await bench.until(at("2026-11-26 09:00") + timedelta(seconds=89)) == []  # not yet retried
    bench.failing.clear()
    retried = await bench.until(at("2026-11-26 09:00") + timedelta(seconds=90))
    assert len(retried) == 1 and "Mairie" in retried[0]
    assert await bench.until(at("2026-11-26 09:10")) == []


async def test_racing_schedulers_and_overlapping_scans_send_once(store: Store) -> None:
    bench = make_bench(store, START)
    second = bench.scheduler()
    first = bench.schedulers[0]
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    gate = asyncio.Event()
    plain_send = bench.send

    async def slow_send(slug: str, platform: str, chat_id: str, reply: Reply) -> bool:
        await gate.wait()  # every scan is in flight at once
        return await plain_send(slug, platform, chat_id, reply)

    first.send = second.send = slow_send
    bench.chat.clock.set(at("2026-11-26 09:00"))
    scans = [asyncio.create_task(s.run_due()) for s in (first, second, first, second)]
    await asyncio.sleep(0.01)
    gate.set()
    await asyncio.gather(*scans)
    assert len(bench.sent) == 1


async def test_many_groups_due_together_all_served_through_the_pacer(store: Store) -> None:
    tables = [group_config(f"g{i}") for i in range(30)]
    bench = make_bench(store, START, *tables)
    for i in range(30):
        store.bind_chat("telegram", f"room-{i}", f"g{i}")
        bench.chat.say(f"/seance 03/12/2026 9h-11h Salle {i}", chat=f"room-{i}")
    paced: list[tuple[str, str]] = []

    class Recorder:
        async def wait(self, platform: str, chat_id: str) -> None:
            paced.append((platform, chat_id))

    bench.schedulers[0].pacer = Recorder()
    sent = await bench.until(at("2026-11-26 09:00"))
    assert len(sent) == 31  # chat-1 (group g0, from make_chat) and room-0..29
    assert sorted(paced) == sorted(("telegram", chat) for _, _, chat, _ in bench.sent)


async def test_interval_pacer_spaces_messages_per_chat_and_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(round(seconds, 2))

    monkeypatch.setattr(scheduler_pacing.time, "monotonic", lambda: 100.0)
    monkeypatch.setattr(scheduler_pacing.asyncio, "sleep", fake_sleep)
    pacer = IntervalPacer({"telegram": (0.5, 3.0)})
    await pacer.wait("telegram", "a")
    await pacer.wait("telegram", "b")  # another chat: the platform interval only
    await pacer.wait("telegram", "a")  # same chat: 3 s after its first message
    await pacer.wait("console", "x")  # unknown to the table: not paced
    assert waits == [0.5, 3.0]


def test_grace_window_comes_from_the_config(store: Store) -> None:
    clock = ManualClock(START)
    config = parse_config({"groups": [group_config("rte")], "scheduler": {"grace_seconds": 600}})
    assert Greffier(config, store, clock).build_scheduler().grace == timedelta(minutes=10)
    default = parse_config({"groups": [group_config("rte")]})
    assert Greffier(default, store, clock).build_scheduler().grace == timedelta(hours=6)
    wrong = parse_config({"groups": [group_config("rte")], "scheduler": {"grace_seconds": -1}})
    with pytest.raises(ConfigError, match="scheduler.grace_seconds"):
        Greffier(wrong, store, clock).build_scheduler()


async def test_start_forgets_notices_about_long_past_instants(store: Store) -> None:
    bench = make_bench(store, START)
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    assert len(await bench.until(at("2026-11-26 09:00"))) == 1
    bench.chat.clock.set(at("2027-02-10 10:00"))
    later = bench.scheduler()
    later.start()
    try:
        assert NoticeLog(store).rows("rte") == []
    finally:
        await later.stop()


def test_a_failing_scheduler_never_fails_the_write(
    store: Store, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = make_bench(store, START)

    def broken(*args: object) -> list[object]:
        raise RuntimeError("bug")

    monkeypatch.setattr(scheduler_module, "reminders", broken)
    with caplog.at_level(logging.ERROR):
        assert "Séance n°1 planifiée." in bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    assert any("could not follow a change" in r.getMessage() for r in caplog.records)
    assert store.group("rte").meeting(1) is not None
