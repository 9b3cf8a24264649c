"""Pacing hooks: how fast the scheduler may post, per platform and chat.

When many groups are due at the same instant, the scheduler awaits
`pacer.wait(platform, chat)` before each message. Adapters that know their
platform's limits (Telegram: about 30 messages a second overall and 20 a
minute in one group; Synapse's default rc_message: 0.2 a second, bursts
of 10) install a pacer on `Greffier.pacer`; the default spaces messages
by these figures.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from types import MappingProxyType
from typing import Protocol

__all__ = ["IntervalPacer", "NoPacing", "Pacer", "PLATFORM_INTERVALS"]

# Seconds between two messages: (anywhere on the platform, in one chat).
PLATFORM_INTERVALS: Mapping[str, tuple[float, float]] = MappingProxyType({
    "telegram": (1 / 25, 3.0),
    "matrix": (0.2, 1.0),
    "console": (0.0, 0.0),
})


class Pacer(Protocol):
    async def wait(self, platform: str, chat_id: str) -> None:
        """Return when one more message may go to this chat."""
        ...


class NoPacing:
    async def wait(self, platform: str, chat_id: str) -> None:
        return None


class IntervalPacer:
    """Spaces messages: a minimum interval per platform and per chat.

    Reservations are taken before sleeping, so concurrent senders queue up
    instead of all waking at once."""

    def __init__(self, intervals: Mapping[str, tuple[float, float]] = PLATFORM_INTERVALS) -> None:
        self.intervals = dict(intervals)
        self._next: dict[tuple[str, str | None], float] = {}

    async def wait(self, platform: str, chat_id: str) -> None:
        overall, per_chat = self.intervals.get(platform, (0.0, 0.0))
        now = time.monotonic()
        chat_key, platform_key = (platform, chat_id), (platform, None)
        slot = max(now, self._next.get(chat_key, 0.0), self._next.get(platform_key, 0.0))
        self._next[chat_key] = slot + per_chat
        self._next[platform_key] = slot + overall
        if slot > now:
            await asyncio.sleep(slot - now)
