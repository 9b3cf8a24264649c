"""A scheduler wired to the real router and a recording sender, on a manual clock.

`Bench.until(moment)` moves the clock and runs a scan, returning what the
chats would read; nothing sleeps. Shared by the test_scheduler_* modules
(it holds one test of its own: the bench reports sends and failures).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.scheduler import Scheduler
from handlers.messages import Reply
from storage.store import Store
from tests.helpers import Chat, group_config, make_chat


@dataclass
class Bench:
    chat: Chat
    sent: list[tuple[str, str, str, str]] = field(default_factory=list)  # slug, platform, chat, text
    failing: set[str] = field(default_factory=set)  # chat ids whose sends raise
    schedulers: list[Scheduler] = field(default_factory=list)

    @property
    def store(self) -> Store:
        return self.chat.store

    async def send(self, slug: str, platform: str, chat_id: str, reply: Reply) -> bool:
        if chat_id in self.failing:
            raise ConnectionError("platform down")
        self.sent.append((slug, platform, chat_id, reply.plain()))
        return True

    def scheduler(self, **kwargs: Any) -> Scheduler:
        """A new scheduler on the same store (a restart), following the store."""
        scheduler = Scheduler(
            self.store, self.chat.clock, self.chat.config.groups, self.store.bindings, self.send, **kwargs
        )
        scheduler.listen()
        self.schedulers.append(scheduler)
        return scheduler

    async def until(self, moment: datetime, scheduler: Scheduler | None = None) -> list[str]:
        """Set the clock to `moment`, scan, and return the texts sent."""
        self.chat.clock.set(moment)
        before = len(self.sent)
        await (scheduler or self.schedulers[-1]).run_due()
        return [text for *_, text in self.sent[before:]]


def make_bench(store: Store, now: datetime, *groups: dict[str, Any], **kwargs: Any) -> Bench:
    chat = make_chat(store, now, *(groups or (group_config(),)))
    bench = Bench(chat)
    bench.scheduler(**kwargs)
    return bench


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


async def test_bench_records_sends_and_failures(store: Store) -> None:
    from tests.helpers import at

    bench = make_bench(store, at("2026-11-23 10:00"))
    bench.failing.add("chat-1")
    try:
        await bench.send("rte", "telegram", "chat-1", Reply.of("x"))
    except ConnectionError:
        pass
    else:
        raise AssertionError("a failing chat must raise")
    assert await bench.send("rte", "telegram", "chat-2", Reply.of("bonjour"))
    assert bench.sent == [("rte", "telegram", "chat-2", "bonjour")]
