"""The pieces of a member's message echoed back in a reply, bounded."""

from __future__ import annotations

__all__ = ["ECHO", "shorten"]

# The longest piece of a member's message echoed back in a reply.
ECHO = 60


def shorten(text: str, limit: int = ECHO) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
