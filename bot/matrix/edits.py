"""Edited messages on Matrix: which ones to answer, and where.

An edit is a new event (`m.relates_to.rel_type: m.replace`, pointing at the
original) whose `m.new_content` is the message as it now reads; its `body`
is a "* …" fallback for clients without edits. The rule is Telegram's
(`bot/telegram/adapter.py`), which is what people expect of a chat bot:

- an edited command is answered again, once per edit, from its new content
  (a typo fixed in `/seance` gets the corrected séance); each edit is its own
  event, so a replayed edit writes nothing twice (write origins);
- an edited question is never answered again: it was answered already, and
  fixing a typo in it should not make the bot speak twice.

The answer is a reply to the original message (the one people see, now
showing the new text), in its thread if it was in one: the edit event
carries no thread of its own, so the original is read from the server.
"""

from __future__ import annotations

from typing import Any

from nio import AsyncClient, RoomGetEventResponse

from bot.matrix.replies import Relation, read_relation
from bot.matrix.send import TRANSIENT

__all__ = ["Edit", "original_relation", "read_edit"]


class Edit:
    """An edit: the event it replaces and the content it now has."""

    __slots__ = ("content", "original")

    def __init__(self, original: str, content: dict[str, Any]) -> None:
        self.original = original
        self.content = content


def read_edit(content: dict[str, Any]) -> Edit | None:
    """The edit this content makes, or None if it is not an edit.

    An edit without a readable `m.new_content` is returned with empty
    content: it is still an edit (never to be read as a message of its own)."""
    relates = content.get("m.relates_to")
    if not (isinstance(relates, dict) and relates.get("rel_type") == "m.replace"):
        return None
    original = relates.get("event_id")
    new = content.get("m.new_content")
    return Edit(original if isinstance(original, str) else "", new if isinstance(new, dict) else {})


async def original_relation(client: AsyncClient, room_id: str, event_id: str) -> Relation:
    """The reply and thread of the edited message (none if it cannot be read now)."""
    try:
        resp = await client.room_get_event(room_id, event_id)
    except TRANSIENT:  # unreachable now: answer in the main timeline rather than not at all
        return Relation()
    if not isinstance(resp, RoomGetEventResponse):
        return Relation()
    content = resp.event.source.get("content", {})
    return read_relation(content if isinstance(content, dict) else {})
