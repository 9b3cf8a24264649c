"""Small pure pieces of the Matrix adapter, testable without a homeserver.

Who may invite the bot, whether a message addresses it, which timeline
events come after its own join, and the pacer that spaces announcements.
No `nio` here: these work on plain strings and dicts.
"""

from __future__ import annotations

import asyncio
import html
import re
import time
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote, unquote

__all__ = ["Pacer", "addressed", "may_invite", "room_creators"]


def may_invite(inviter: str, allowed_users: Sequence[str], allowed_servers: Sequence[str]) -> bool:
    """An invitation is accepted only from a listed user or a listed server."""
    server = inviter.partition(":")[2]
    return inviter in allowed_users or (bool(server) and server in allowed_servers)


def addressed(body: str, content: dict[str, Any], user_id: str, names: Sequence[str]) -> tuple[bool, str]:
    """Whether the message mentions the bot, and its text without a leading mention.

    When `m.mentions` is present it alone decides (intentional mentions,
    MSC3952: Element always sends it, listing the users it pinged; names
    found in the text stopped counting with MSC4210). Without it, only a
    pill (a matrix.to link to the bot's user id in `formatted_body`) or a
    message that starts with the bot's name or id followed by ":" or ","
    ("Greffier : …", "greffier, …") addresses it — not the word "greffier"
    inside a sentence. A leading name is dropped so the handlers see the
    question itself.
    """
    words = [re.escape(user_id), *(re.escape(n) for n in names if n)]
    leading = re.match(r"\s*(?:" + "|".join(words) + r")\s*[:,]\s*", body, flags=re.IGNORECASE)
    mentions = content.get("m.mentions")
    if isinstance(mentions, dict):
        found = user_id in (mentions.get("user_ids") or [])
    else:
        formatted = content.get("formatted_body")
        pill = isinstance(formatted, str) and any(
            f"matrix.to/#/{form}" in formatted for form in (user_id, quote(user_id, safe=""))
        )
        found = pill or leading is not None
    label = _pill_label(content, user_id) if found and not leading else None
    if label:
        # Element writes a pill as the bot's display name: "Greffier du groupe: question".
        leading = re.match(r"\s*" + re.escape(label) + r"\s*[:,]?\s*", body)
    text = body[leading.end():] if found and leading and leading.end() < len(body) else body
    return found, text.strip()


def _pill_label(content: dict[str, Any], user_id: str) -> str | None:
    """The label of a pill to the bot that opens formatted_body, if one does."""
    formatted = content.get("formatted_body")
    if not isinstance(formatted, str):
        return None
    match = re.match(r'\s*<a href="https://matrix\.to/#/([^"]+)">([^<]{1,200})</a>', formatted)
    if not match or unquote(match.group(1)) != user_id:
        return None
    return html.unescape(match.group(2))


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
