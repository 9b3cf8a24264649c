"""The running bot: one store, one router, one clock, any number of adapters.

The CLI builds a `Greffier` once and hands it the adapters; nothing here is
module-level state. Announcements (a meeting planned, a reminder) go to
every chat bound to the group, on every adapter that is running, through
the scheduler (`bot/scheduler/`): recorded, paced and retried.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import Protocol

from bot.clock import Clock
from bot.config import Config, ConfigError, Section
from bot.scheduler import DEFAULT_ANNOUNCE_GRACE, DEFAULT_GRACE, SENDING, Scheduler
from bot.scheduler.pacing import IntervalPacer, Pacer
from bot.turns import Origin, Turns, owed_here
from handlers.commands import default_commands
from handlers.messages import Reply
from handlers.registry import CommandTable
from handlers.router import Router
from storage.store import Store

__all__ = ["Adapter", "Greffier"]

log = logging.getLogger(__name__)


class Adapter(Protocol):
    """A chat platform: receives messages for the router, sends replies."""

    platform: str

    async def run(self) -> None:
        """Receive and answer messages until stopped (or input ends)."""
        ...

    async def send(self, chat_id: str, reply: Reply, origin: Origin | None = None) -> None:
        """Post a message the bot initiates (announcements, reminders).

        `origin`: the command of this chat that owed it (its topic), if known."""
        ...


class Greffier:
    def __init__(self, config: Config, store: Store, clock: Clock, commands: CommandTable | None = None) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.router = Router(store, config.groups, commands or default_commands(), clock.now, self._handled)
        self.adapters: dict[str, Adapter] = {}
        # Adapters may install their platform's pacing before run().
        self.pacer: Pacer = IntervalPacer()
        self.scheduler: Scheduler | None = None
        # Replies before the announcements they owe, in the topic they were asked in.
        self.turns = Turns()

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.platform] = adapter

    def chats_of(self, slug: str) -> list[tuple[str, str]]:
        """Every (platform, chat id) bound to a group, by config or /lier."""
        group = self.config.group(slug)
        chats: list[tuple[str, str]] = [("console", slug)]
        if group is not None:
            chats += [(platform, chat) for platform, ids in group.chats.items() for chat in ids]
        chats += self.store.bindings(slug)
        return list(dict.fromkeys(chats))

    def _handled(self) -> None:
        """After each command: send what it made owed (announcements) now."""
        if self.scheduler is not None:
            self.scheduler.kick()

    async def deliver(self, slug: str, reply: Reply, chats: Iterable[tuple[str, str]] | None = None,
                      origin: Origin | None = None) -> list[tuple[str, str]]:
        """Send to each chat, once, unrecorded; return those that failed (logged).

        The scheduler sends through this, one chat at a time, recording each
        notice in its log; called directly it is a plain fan-out (tests)."""
        failed = []
        for platform, chat_id in chats if chats is not None else self.chats_of(slug):
            adapter = self.adapters.get(platform)
            if adapter is None:
                continue
            try:
                if origin is None:
                    await adapter.send(chat_id, reply)
                else:
                    await adapter.send(chat_id, reply, origin)
            except Exception:
                log.exception("sending to %s chat %s failed", platform, chat_id)
                failed.append((platform, chat_id))
        return failed

    def _scheduled_chats(self, slug: str) -> list[tuple[str, str]]:
        """The group's chats on platforms that are running (others wait)."""
        return [chat for chat in self.chats_of(slug) if chat[0] in self.adapters]

    async def _send_one(self, slug: str, platform: str, chat_id: str, reply: Reply) -> bool:
        notice, origin = SENDING.get(), None
        if notice is not None and notice.announcement is not None and notice.meeting is not None:
            # An announcement goes to the topic of the command that owed it.
            origin = owed_here(notice.meeting.announced_from, platform, chat_id)
        return not await self.deliver(slug, reply, [(platform, chat_id)], origin)

    def build_scheduler(self) -> Scheduler:
        section = self.config.platforms.get("scheduler") or Section({}, "scheduler")
        seconds = section.number("grace_seconds", DEFAULT_GRACE.total_seconds())
        if seconds < 0:
            raise ConfigError(f"{section.key('grace_seconds')}: un nombre de secondes positif ou nul est attendu")
        grace = timedelta(seconds=seconds)
        announce = section.number("announce_grace_seconds", DEFAULT_ANNOUNCE_GRACE.total_seconds())
        if announce < 0:
            raise ConfigError(f"{section.key('announce_grace_seconds')}: un nombre de secondes positif ou nul est attendu")
        return Scheduler(
            self.store, self.clock, self.config.groups, self._scheduled_chats, self._send_one, grace, self.pacer,
            announce_grace=timedelta(seconds=announce),
        )

    async def run(self) -> None:
        """Run every adapter; stop when the first one ends (console EOF)."""
        # Jobs are derived from the store here, before any message is read.
        self.scheduler = self.build_scheduler()
        self.scheduler.start()
        tasks = [asyncio.create_task(adapter.run(), name=adapter.platform) for adapter in self.adapters.values()]
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
            # Let announcements already under way reach their chats.
            await self.scheduler.drain(timeout=30)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self.scheduler.stop()
