"""Reminders on the calendar: DST weeks, recurring meetings, lead times from /rappels,
and APScheduler really waking the scheduler on a fast clock."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.clock import ShiftedClock
from bot.scheduler import Scheduler
from handlers.messages import Reply
from storage.models import replace
from storage.store import Store
from tests.bot.test_scheduler_harness import make_bench
from tests.helpers import at, group_config, make_config

UTC = ZoneInfo("UTC")


def utc(text: str) -> datetime:
    return at(text, UTC)


@pytest.mark.parametrize(
    ("zone", "planned_at", "command", "fires"),
    [
        # Europe/Zurich, spring: clocks go forward on Sunday 29 March 2026.
        ("Europe/Zurich", "2026-03-16 10:00", "/seance 30/03/2026 9h-11h Mairie",
         ["2026-03-23 08:00", "2026-03-29 07:00", "2026-03-30 05:00"]),
        # Europe/Paris, autumn: clocks go back on Sunday 25 October 2026.
        ("Europe/Paris", "2026-10-12 10:00", "/seance 27/10/2026 9h-11h Bobigny",
         ["2026-10-20 07:00", "2026-10-26 08:00", "2026-10-27 06:00"]),
        # Zurich, autumn week.
        ("Europe/Zurich", "2026-10-12 10:00", "/seance 26/10/2026 9h Meyrin",
         ["2026-10-19 07:00", "2026-10-25 08:00", "2026-10-26 06:00"]),
        # A 2h reminder across the night the clocks jump: two real hours.
        ("Europe/Paris", "2026-03-16 10:00", "/seance 29/03/2026 4h Gare",
         ["2026-03-22 03:00", "2026-03-28 03:00", "2026-03-29 00:00"]),
    ],
)
async def test_reminders_fire_at_the_right_instant_in_dst_weeks(
    store: Store, zone: str, planned_at: str, command: str, fires: list[str]
) -> None:
    bench = make_bench(store, at(planned_at, ZoneInfo(zone)), group_config("rte", timezone=zone))
    assert "planifiée" in bench.chat.say(command)
    for fire in fires:
        assert await bench.until(utc(fire) - timedelta(minutes=1)) == []
        sent = await bench.until(utc(fire))
        assert len(sent) == 1, fire
        # The meeting keeps its wall-clock hour in every reminder.
        hour = int(command.split()[2].split("h")[0])
        assert f", {hour:02d}h00" in sent[0]


async def test_recurring_meeting_with_one_occurrence_moved_and_one_cancelled(store: Store) -> None:
    bench = make_bench(store, at("2026-11-23 10:00"))
    assert "C'est noté" in bench.chat.say("/rappels 1j")
    assert "chaque semaine" in bench.chat.say("/seance 01/12/2026 14h-16h Salle B chaque semaine")
    assert "déplacée" in bench.chat.say("/seance_deplacer 1@08/12 09/12/2026 15h-17h Salle C")
    assert "les autres dates de la série restent" in bench.chat.say("/seance_annuler 1@15/12 vacances")
    first = await bench.until(at("2026-11-30 14:00"))
    assert len(first) == 1 and "mardi 1er décembre 2026, 14h00–16h00" in first[0]
    assert await bench.until(at("2026-12-07 14:00")) == []  # that date moved
    moved = await bench.until(at("2026-12-08 15:00"))
    assert len(moved) == 1 and "(déplacée) — mercredi 9 décembre 2026, 15h00–17h00" in moved[0] and "Salle C" in moved[0]
    assert await bench.until(at("2026-12-14 14:00")) == []  # cancelled
    after = await bench.until(at("2026-12-21 14:00"))
    assert len(after) == 1 and "mardi 22 décembre 2026, 14h00" in after[0] and "Salle B" in after[0]
    # Far occurrences come within the planning horizon as time passes.
    spring = await bench.until(at("2027-03-08 14:00"))
    assert len(spring) == 1 and "mardi 9 mars 2027" in spring[0]


async def test_rappels_change_what_the_scheduler_sends(store: Store) -> None:
    bench = make_bench(store, at("2026-11-23 10:00"))
    bench.chat.say("/seance 03/12/2026 9h Mairie")
    bench.chat.say("/rappels 3j 30min")
    assert await bench.until(at("2026-11-26 09:00")) == []  # 7j no longer
    assert len(await bench.until(at("2026-11-30 09:00"))) == 1
    assert len(await bench.until(at("2026-12-03 08:30"))) == 1


async def test_apscheduler_wakes_the_scheduler_on_a_fast_clock(store: Store) -> None:
    """Jobs are real APScheduler jobs with run dates converted from the clock."""
    meeting_at = at("2026-12-03 09:00")
    store.group("rte").add_meeting(meeting_at, None, "Mairie")
    store.bind_chat("telegram", "chat-1", "rte")
    config = make_config(group_config("rte"))
    # 30 clock seconds before the 2h reminder, 100 times faster: 0.3 s of real time.
    clock = ShiftedClock(meeting_at - timedelta(hours=2, seconds=30), speed=100)
    got: asyncio.Queue[str] = asyncio.Queue()

    async def send(slug: str, platform: str, chat_id: str, reply: Reply) -> bool:
        await got.put(reply.plain())
        return True

    scheduler = Scheduler(store, clock, config.groups, store.bindings, send)
    scheduler.start()
    try:
        assert (("rte", meeting_at - timedelta(hours=2)) in scheduler.planned())
        text = await asyncio.wait_for(got.get(), timeout=5)
        assert "dans 2 heures" in text and "Rappel envoyé en retard" not in text
        # A change re-derives the jobs: the meeting moves a day later.
        meeting = store.group("rte").meeting(1)
        assert meeting is not None
        store.group("rte").save_meeting(replace(meeting, start=meeting_at + timedelta(days=1), status="moved"))
        await asyncio.sleep(0.05)
        fires = [moment for _, moment in scheduler.planned()]
        assert meeting_at + timedelta(days=1) - timedelta(hours=2) in fires
        assert meeting_at - timedelta(hours=2) not in fires
        assert got.empty()
    finally:
        await scheduler.stop()
