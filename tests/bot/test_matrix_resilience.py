"""The Matrix adapter across restarts, outages and rate limits, on a real Synapse.

Each command is answered exactly once: after the bot restarts, after a
crash that lost its last sync token, and after the homeserver itself went
down and came back. M_LIMIT_EXCEEDED is waited out as Synapse asks.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from handlers.messages import Reply
from tests.bot.synapse import Synapse
from tests.bot.test_matrix_support import (  # noqa: F401 (fixtures)
    group,
    next_week_meeting,
    people,
    shared_room,
    start_bot,
    synapse,
)


class OffsetClock:
    """The real time plus an offset the test moves (to age events)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset


def bodies(contents: list[dict[str, object]]) -> list[str]:
    return [str(c["body"]).split("\n")[0] for c in contents]


async def test_restart_answers_pending_commands_once_and_no_old_one(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    next_week_meeting(tmp_path, "rte")
    groups = [group("rte", coordinator.user_id, [room])]

    running = await start_bot(synapse, bot, tmp_path, groups)
    await member.say(room, "!prochaine_seance")
    await member.wait_for(room, bot.user_id, 1)
    await running.stop()

    # Sent while the bot is down: both must be answered once it is back.
    await member.say(room, "!decisions")
    await coordinator.say(room, "!decision Le groupe adopte la charte")
    running = await start_bot(synapse, bot, tmp_path, groups)
    try:
        await member.say(room, "!groupes")
        said = await member.wait_for(room, bot.user_id, 4)
        await asyncio.sleep(0.5)  # room for a duplicate to show up, were there one
        said = await member.messages(room, bot.user_id)
        decisions = running.app.store.group("rte").decisions()
    finally:
        await running.stop()
    assert bodies(said)[1:] == [
        "Aucune décision n'a encore été enregistrée.",
        "Décision n°1 enregistrée.",
        "Groupe actuel : Groupe rte (rte).",
    ]
    assert bodies(said)[0].startswith("Prochaine séance n°1")
    assert [d.text for d in decisions] == ["Le groupe adopte la charte"]


async def test_a_backlog_longer_than_the_timeline_is_answered_in_full(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    groups = [group("rte", coordinator.user_id, [room])]
    running = await start_bot(synapse, bot, tmp_path, groups, timeline_limit=3)
    await running.stop()
    for n in range(1, 8):  # seven commands while the bot is down; a sync shows only three
        await coordinator.say(room, f"!decision Point {n} adopté")
    running = await start_bot(synapse, bot, tmp_path, groups, timeline_limit=3)
    try:
        said = await member.wait_for(room, bot.user_id, 7)
        decisions = running.app.store.group("rte").decisions()
    finally:
        await running.stop()
    assert bodies(said) == [f"Décision n°{n} enregistrée." for n in range(1, 8)]
    assert [d.text for d in decisions] == [f"Point {n} adopté" for n in range(1, 8)]


async def test_crash_before_saving_the_sync_token_replays_nothing_twice(
    synapse: Synapse, people, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="handlers.router")
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    groups = [group("rte", coordinator.user_id, [room])]
    running = await start_bot(synapse, bot, tmp_path, groups)
    key = running.adapter._key("next_batch")
    before = running.app.store.get_state(key)
    try:
        await coordinator.say(room, "!decision Le budget 2027 est validé")
        await member.say(room, "!decisions")
        await member.wait_for(room, bot.user_id, 2)
        # A crash after handling but before the token was saved: the old token is what remains.
        running.app.store.set_state(key, before)
    finally:
        await running.stop()

    running = await start_bot(synapse, bot, tmp_path, groups)
    try:
        await member.say(room, "!groupes")
        said = await member.wait_for(room, bot.user_id, 3)
        await asyncio.sleep(0.5)
        said = await member.messages(room, bot.user_id)
        decisions = running.app.store.group("rte").decisions()
    finally:
        await running.stop()
    assert bodies(said) == ["Décision n°1 enregistrée.", "Dernières décisions (1 sur 1)", "Groupe actuel : Groupe rte (rte)."]
    # The two events did come back after the "crash"; the event log stopped them.
    replayed = [r for r in caplog.records if "already answered" in r.getMessage()]
    assert len(replayed) == 2
    assert [d.text for d in decisions] == ["Le budget 2027 est validé"]


async def test_old_events_are_not_answered(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    groups = [group("rte", coordinator.user_id, [room])]
    running = await start_bot(synapse, bot, tmp_path, groups)
    await running.stop()
    await coordinator.say(room, "!decision Une décision d'il y a longtemps")

    clock = OffsetClock()
    clock.offset = timedelta(minutes=11)  # the command now looks 11 minutes old (max age 10)
    running = await start_bot(synapse, bot, tmp_path, groups, clock=clock)
    try:
        clock.offset = timedelta()
        await member.say(room, "!decisions")
        said = await member.wait_for(room, bot.user_id, 1)
        decisions = running.app.store.group("rte").decisions()
    finally:
        await running.stop()
    assert bodies(said) == ["Aucune décision n'a encore été enregistrée."]
    assert decisions == []


async def test_homeserver_restart_is_survived_without_losing_a_command(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    next_week_meeting(tmp_path, "rte")
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    try:
        await coordinator.say(room, "!decision Le forum aura lieu à Meyrin")
        await asyncio.to_thread(synapse.stop)  # maybe before the bot saw it, maybe after
        await asyncio.sleep(1.5)  # the bot's syncs fail meanwhile and back off
        await asyncio.to_thread(synapse.start)
        await member.say(room, "!prochaine_seance")
        said = await member.wait_for(room, bot.user_id, 2, timeout=60)
        await asyncio.sleep(0.5)
        said = await member.messages(room, bot.user_id)
        decisions = running.app.store.group("rte").decisions()
        still_running = not running.task.done()
    finally:
        await running.stop()
        if synapse.process is None:  # keep the session's server up for the next tests
            await asyncio.to_thread(synapse.start)
    assert bodies(said)[0] == "Décision n°1 enregistrée."
    assert bodies(said)[1].startswith("Prochaine séance n°1")
    assert len(said) == 2
    assert [d.text for d in decisions] == ["Le forum aura lieu à Meyrin"]
    assert still_running


async def test_rate_limit_is_waited_out_as_the_homeserver_asks(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    await synapse.set_ratelimit(bot.user_id, 1, 1)  # no longer exempt: 1 message per second, no burst
    try:
        for n in range(1, 5):
            assert await running.app.deliver("rte", Reply.of(f"Annonce {n}").as_notice()) == []
        said = await member.wait_for(room, bot.user_id, 4)
        limited = running.adapter.rate_limited
    finally:
        await running.stop()
    assert bodies(said) == ["Annonce 1", "Annonce 2", "Annonce 3", "Annonce 4"]
    assert limited >= 1  # Synapse did answer M_LIMIT_EXCEEDED, and nothing was lost


async def test_paced_announcements_stay_under_the_limit(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    # Paced at half the homeserver's rate: Synapse times each request when it
    # reaches it, and on a loaded 2-core machine a send can lag the previous
    # one's by a good part of a second (0.8/s against 1/s failed once in CI).
    running = await start_bot(
        synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])], announce_per_second=0.5, announce_burst=1
    )
    await synapse.set_ratelimit(bot.user_id, 1, 1)
    try:
        for n in range(1, 4):
            assert await running.app.deliver("rte", Reply.of(f"Annonce {n}").as_notice()) == []
        said = await member.wait_for(room, bot.user_id, 3)
        limited = running.adapter.rate_limited
    finally:
        await running.stop()
    assert bodies(said) == ["Annonce 1", "Annonce 2", "Annonce 3"]
    assert limited == 0
