"""Small pure pieces of the Matrix adapter, testable without a homeserver.

Who may invite the bot, whether a message addresses it, which timeline
events come after its own join, and the pacer that spaces announcements.
No `nio` here: these work on plain strings and dicts.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["Pacer", "addressed", "is_edit", "may_invite", "room_creators"]


def may_invite(inviter: str, allowed_users: Sequence[str], allowed_servers: Sequence[str]) -> bool:
    """An invitation is accepted only from a listed user or a listed server."""
    server = inviter.partition(":")[2]
    return inviter in allowed_users or (bool(server) and server in allowed_servers)


def is_edit(content: dict[str, Any]) -> bool:
    """An edit (m.replace) repeats a message already handled: never re-run it."""
    relates = content.get("m.relates_to")
    return isinstance(relates, dict) and relates.get("rel_type") == "m.replace"


def addressed(body: str, content: dict[str, Any], user_id: str, names: Sequence[str]) -> tuple[bool, str]:
    """Whether the message mentions the bot, and its text without a leading mention.

    Element writes a mention as "Greffier: question" with a matrix.to link
    in formatted_body and the user id in m.mentions; plain clients just
    write the name. The leading "Greffier:" is dropped so the handlers see
    the question itself.
    """
    mentions = content.get("m.mentions")
    found = isinstance(mentions, dict) and user_id in (mentions.get("user_ids") or [])
    formatted = content.get("formatted_body")
    if isinstance(formatted, str) and f"matrix.to/#/{user_id}" in formatted:
        found = True
    words = [re.escape(user_id), *(re.escape(n) for n in names if n)]
    pattern = r"(?<![\w@])(?:" + "|".join(words) + r")(?![\w-])"
    if re.search(pattern, body, flags=re.IGNORECASE):
        found = True
    leading = re.match(r"\s*(?:" + "|".join(words) + r")\s*[:,]?\s*", body, flags=re.IGNORECASE)
    text = body[leading.end():] if leading and leading.end() < len(body) else body
    return found, text.strip()


def room_creators(room_version: str, sender: str, create_event: dict[str, Any]) -> frozenset[str]:
    """Who created the room, where that outranks power levels (room version 12+).

    From version 12 creators are left out of m.room.power_levels and have
    unlimited power, so a power-level rule would otherwise treat them as 0.
    """
    if not room_version.isdigit() or int(room_version) < 12:
        return frozenset()
    extra = create_event.get("content", {}).get("additional_creators") or []
    return frozenset([sender, *(u for u in extra if isinstance(u, str))])


class Pacer:
    """A token bucket like Synapse's: `burst` at once, then `per_second`.

    Announcing to many rooms would otherwise meet M_LIMIT_EXCEEDED when the
    bot account is not exempt; `per_second` 0 means no pacing.
    """

    def __init__(self, per_second: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second = per_second
        self.burst = float(burst)
        self._clock = clock
        self._tokens = float(burst)
        self._last = clock()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.per_second)
        self._last = now

    def drain(self) -> None:
        """The homeserver just said we are over its limit: start again from empty."""
        self._tokens = 0.0
        self._last = self._clock()

    async def wait(self) -> None:
        if self.per_second <= 0:
            return
        async with self._lock:  # one waiter at a time keeps announcements in order
            self._refill()
            if self._tokens < 1:
                await asyncio.sleep((1 - self._tokens) / self.per_second)
                self._refill()
            self._tokens -= 1
