"""Chat turns (`bot.turns`): order within a chat, and where an announcement was owed from (kept on disk)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.turns import Origin, Turns, owed_here
from storage.recurrence import Override, expand, overrides, set_override
from storage.store import Store
from tests.helpers import at

START = at("2026-12-03 09:00")
TOPIC_7 = Origin("telegram", "-1001234567", "7")
TOPIC_9 = Origin("telegram", "-1001234567", "9")


async def test_an_announcement_waits_for_the_reply_of_its_chat_only() -> None:
    turns = Turns()
    said: list[str] = []
    replied = asyncio.Event()

    async def answer() -> None:
        async with turns.answering(TOPIC_7):
            await replied.wait()  # the platform is slow to take the reply
            said.append("réponse")

    async def announce(chat: str) -> None:
        async with turns.announcing("telegram", chat):
            said.append(f"annonce {chat}")

    answering = asyncio.create_task(answer())
    await asyncio.sleep(0)
    same, other = asyncio.create_task(announce("-1001234567")), asyncio.create_task(announce("-100999"))
    await asyncio.sleep(0.05)
    assert said == ["annonce -100999"]  # another chat is not held up
    replied.set()
    await asyncio.gather(answering, same)
    assert said == ["annonce -100999", "réponse", "annonce -1001234567"]
    assert turns._locks == {}  # no lock kept for a chat with nothing under way


def test_an_announcement_keeps_where_it_was_owed_from_on_disk(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    group = store.group("rte")
    meeting = group.add_meeting(START, None, "Mairie", recurrence="weekly", announcement="planned@a",
                                announced_from=("telegram", "-1001234567", "7"))
    group.save_meeting(replace(meeting, place="Mairie, salle 2"))  # a later change that owes nothing new
    # One date of the series moved from topic 9; one cancelled where the place is unknown (an older row).
    set_override(store, "rte", meeting.number, Override("2026-12-10", "moved", START + timedelta(days=8), None, "",
                                                        "moved@b", announced_from=("telegram", "-1001234567", "9")))
    set_override(store, "rte", meeting.number, Override("2026-12-17", "cancelled", announcement="cancelled@c"))
    store.close()

    store = Store.open(tmp_path)  # a restart
    [stored] = store.group("rte").meetings()
    assert owed_here(stored.announced_from, "telegram", "-1001234567") == TOPIC_7
    assert owed_here(stored.announced_from, "matrix", "!salle:hs.localtest") is None  # owed from another chat
    dates = expand(stored, overrides(store, "rte", stored.number), START - timedelta(hours=1), START + timedelta(days=20))
    assert [(d.announcement, owed_here(d.announced_from, "telegram", "-1001234567")) for d in dates] == [
        (None, None), ("moved@b", TOPIC_9), ("cancelled@c", None),  # a date owes only its own change
    ]
    store.close()


async def test_an_announcement_held_up_too_long_is_not_sent_and_says_so() -> None:
    turns = Turns()
    replied = asyncio.Event()

    async def answer() -> None:
        async with turns.answering(TOPIC_7):
            await replied.wait()

    answering = asyncio.create_task(answer())
    await asyncio.sleep(0)
    sent: list[str] = []
    with pytest.raises(TimeoutError):  # the scheduler's send fails: released, retried later
        async with turns.announcing("telegram", TOPIC_7.chat_id, wait=0.05):
            sent.append("annonce")
    assert sent == []
    replied.set()
    await answering
    async with turns.announcing("telegram", TOPIC_7.chat_id, wait=0.05):  # the chat is free again
        sent.append("annonce")
    assert sent == ["annonce"] and turns._locks == {}
