"""Chat turns: a command's reply first, then what it made owed, where it was asked.

A coordinator's `/seance` writes the meeting with the convocation it owes;
the scheduler sends that convocation at once, from another task. Two
guarantees make it read as a person expects, on every platform:

- Order. The adapter answers a message inside the chat's turn (`answering`)
  and sends an announcement to that chat inside a turn too (`announcing`):
  the per-chat lock makes the convocation wait for the confirmation, however
  slow the platform is to accept it (the console has its own `_turn`).
- Place. Each command that owes an announcement stores, with it, where it
  was typed (`Meeting.announced_from`: platform, chat, topic or thread);
  the announcement goes to that topic of that chat, not to the topic of
  whatever command came last, and this survives a restart. Where it is not
  known (rows written before), the adapter's fallback decides (Telegram:
  the latest command's topic).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass

from storage.models import ChatPlace

__all__ = ["ANNOUNCE_WAIT", "Origin", "Turns", "owed_here"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a command was typed: the chat, and its topic or thread (None: the main one)."""

    platform: str
    chat_id: str
    thread_id: str | None = None


# Seconds an announcement waits for a chat's pending reply (below the
# scheduler's SEND_TIMEOUT, past which a send is taken as perhaps delivered).
ANNOUNCE_WAIT = 30.0


class Turns:
    def __init__(self) -> None:
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}
        self._holders: dict[tuple[str, str], int] = {}

    @asynccontextmanager
    async def _turn(self, platform: str, chat_id: str, wait: float | None = None) -> AsyncIterator[None]:
        key = (platform, chat_id)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._holders[key] = self._holders.get(key, 0) + 1
        try:
            # FIFO: whoever asked first goes first. Past `wait`, TimeoutError.
            await asyncio.wait_for(lock.acquire(), wait)
            try:
                yield
            finally:
                lock.release()
        finally:
            self._holders[key] -= 1
            if not self._holders[key]:  # no chat keeps a lock it no longer needs
                del self._holders[key], self._locks[key]

    @asynccontextmanager
    async def answering(self, origin: Origin) -> AsyncIterator[None]:
        """Answer a message: announcements to this chat wait for the reply."""
        async with self._turn(origin.platform, origin.chat_id):
            yield

    def announcing(self, platform: str, chat_id: str, wait: float = ANNOUNCE_WAIT) -> AbstractAsyncContextManager[None]:
        """Send an announcement once the chat's pending replies are out.

        A reply stuck longer than `wait` (Telegram's flood control can ask
        for minutes) makes this raise TimeoutError: the announcement was not
        sent, and the scheduler retries it later, well within its own send
        timeout, rather than take it for sent and maybe repeat it."""
        return self._turn(platform, chat_id, wait)


def owed_here(place: ChatPlace | None, platform: str, chat_id: str) -> Origin | None:
    """Where the command that owed an announcement was typed, if in this chat.

    `place` is what the command stored with the announcement (None: unknown)."""
    if place is None or (place[0], place[1]) != (platform, chat_id):
        return None
    return Origin(*place)
