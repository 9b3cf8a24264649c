"""Chat turns (`bot.turns`): order within a chat, and where an announcement was owed from."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.turns import Origin, Turns
from storage.recurrence import Override, set_override
from storage.store import Store
from tests.helpers import at

START = at("2026-12-03 09:00")
TOPIC_7 = Origin("telegram", "-1001234567", "7")
TOPIC_9 = Origin("telegram", "-1001234567", "9")


async def test_an_announcement_waits_for_the_reply_of_its_chat_only() -> None:
    turns = Turns(Store.memory())
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


async def test_an_announcement_belongs_to_the_command_that_owed_it() -> None:
    store = Store.memory()
    turns = Turns(store)
    store.add_listener(turns.changed)
    group = store.group("rte")
    async with turns.answering(TOPIC_7):
        # The router writes in a worker thread: the origin goes along.
        meeting = await asyncio.to_thread(group.add_meeting, START, None, "Mairie", announcement="planned@a")
    async with turns.answering(TOPIC_9):  # a later change that owes nothing new (an agenda item)
        await asyncio.to_thread(group.save_meeting, meeting)
    assert turns.origin("rte", "planned@a", "telegram", "-1001234567") == TOPIC_7
    assert turns.origin("rte", "planned@a", "matrix", "!salle:hs.localtest") is None  # owed from another chat
    # A change of one date of a series, owed from topic 9; one made on the console has no origin.
    async with turns.answering(TOPIC_9):
        await asyncio.to_thread(set_override, store, "rte", meeting.number,
                                Override("2026-12-03", "moved", START + timedelta(days=1), None, "", "moved@b"))
    await asyncio.to_thread(group.update_meeting, meeting.number, lambda m: replace(m, announcement="cancelled@c"))
    assert turns.origin("rte", "moved@b", "telegram", "-1001234567") == TOPIC_9
    assert turns.origin("rte", "cancelled@c", "telegram", "-1001234567") is None


async def test_an_announcement_held_up_too_long_is_not_sent_and_says_so() -> None:
    turns = Turns(Store.memory())
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
