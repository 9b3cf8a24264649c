"""Chat turns: a command's reply first, then what it made owed, where it was asked.

A coordinator's `/seance` writes the meeting with the convocation it owes;
the scheduler sends that convocation at once, from another task. Two
guarantees make it read as a person expects, on every platform:

- Order. The adapter answers a message inside the chat's turn (`answering`)
  and sends an announcement to that chat inside a turn too (`announcing`):
  the per-chat lock makes the convocation wait for the confirmation, however
  slow the platform is to accept it (the console has its own `_turn`).
- Place. While a message is answered, its origin (platform, chat, topic or
  thread) is the current `Origin` (a context variable, which
  `asyncio.to_thread` carries into the router's worker thread). The store's
  listener, called right after each durable write, notes which chat and
  topic each new announcement was owed from; the announcement then goes to
  that topic of that chat, not to the topic of whatever command came last. Kept in memory: after a restart an announcement still owed goes
  where the adapter's fallback says (Telegram: the latest command's topic).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from storage.recurrence import overrides
from storage.store import Store

__all__ = ["ANNOUNCE_WAIT", "Origin", "Turns"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a command was typed: the chat, and its topic or thread (None: the main one)."""

    platform: str
    chat_id: str
    thread_id: str | None = None


# Seconds an announcement waits for a chat's pending reply (below the
# scheduler's SEND_TIMEOUT, past which a send is taken as perhaps delivered).
ANNOUNCE_WAIT = 30.0

_ORIGIN: ContextVar[Origin | None] = ContextVar("greffier_origin", default=None)


class Turns:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}
        self._holders: dict[tuple[str, str], int] = {}
        # (group, announcement id) -> where the command that owed it was typed
        # (None: on the console, the CLI, or before this process started).
        self._owed: dict[tuple[str, str], Origin | None] = {}

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
            token = _ORIGIN.set(origin)
            try:
                yield
            finally:
                _ORIGIN.reset(token)

    def announcing(self, platform: str, chat_id: str, wait: float = ANNOUNCE_WAIT) -> AbstractAsyncContextManager[None]:
        """Send an announcement once the chat's pending replies are out.

        A reply stuck longer than `wait` (Telegram's flood control can ask
        for minutes) makes this raise TimeoutError: the announcement was not
        sent, and the scheduler retries it later, well within its own send
        timeout, rather than take it for sent and maybe repeat it."""
        return self._turn(platform, chat_id, wait)

    # -- where a change was asked for ------------------------------------------

    def changed(self, slug: str, kind: str, number: int) -> None:
        """Store listener (the writer's thread, the writer's context).

        Each announcement id ("moved@<instant>") is new with the write that
        owes it: the first write to show it is the command that owed it
        (a later `/proposer` on the same meeting, from another topic, is not)."""
        if kind != "meeting":
            return
        meeting = self.store.group(slug).meeting(number)
        owed = {meeting.announcement} if meeting is not None else set()
        owed |= {change.announcement for change in overrides(self.store, slug, number).values()}
        origin = _ORIGIN.get()
        for announcement in owed - {None}:
            self._owed.setdefault((slug, str(announcement)), origin)

    def origin(self, slug: str, announcement: str, platform: str, chat_id: str) -> Origin | None:
        """Where the command that owed an announcement was typed, if in this chat."""
        found = self._owed.get((slug, announcement))
        return found if found is not None and (found.platform, found.chat_id) == (platform, chat_id) else None
