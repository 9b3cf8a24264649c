"""Replies and threads on Matrix: reading them, and answering in kind.

Reading: a reply (`m.relates_to.m.in_reply_to`) may carry the legacy reply
fallback — the quoted message as `> <@user:server> …` lines at the top of
`body` and an `<mx-reply>…</mx-reply>` block at the top of
`formatted_body` (clients stopped adding it with Matrix 1.13, MSC2781, but
older ones still do). It is removed whenever `m.in_reply_to` is present, so
a command or a question sent as a reply is read as typed.

Answering: every answer is a reply to the question (`m.in_reply_to`), as
the usual Matrix bots do, so a busy room can follow; in a thread
(`rel_type: m.thread`) it stays in the thread, with `is_falling_back: true`
so clients without threads still show it as a reply. No `nio` here.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["Relation", "answer_relation", "read_relation", "strip_fallback"]

_MX_REPLY = re.compile(r"^\s*<mx-reply>.*?</mx-reply>", re.DOTALL)


class Relation:
    """Where an incoming message sits: the event it replies to, its thread root."""

    __slots__ = ("reply_to", "thread")

    def __init__(self, reply_to: str | None = None, thread: str | None = None) -> None:
        self.reply_to = reply_to
        self.thread = thread


def read_relation(content: dict[str, Any]) -> Relation:
    relates = content.get("m.relates_to")
    if not isinstance(relates, dict):
        return Relation()
    in_reply = relates.get("m.in_reply_to")
    reply_to = in_reply.get("event_id") if isinstance(in_reply, dict) else None
    thread = relates.get("event_id") if relates.get("rel_type") == "m.thread" else None
    if thread is not None and relates.get("is_falling_back"):
        # In a thread, m.in_reply_to only points at the latest event for
        # clients without threads: it is not a reply the user chose.
        reply_to = None
    return Relation(reply_to if isinstance(reply_to, str) else None, thread if isinstance(thread, str) else None)


def strip_fallback(body: str, content: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The body and content without the legacy reply fallback, if this is a reply."""
    relates = content.get("m.relates_to")
    if not (isinstance(relates, dict) and isinstance(relates.get("m.in_reply_to"), dict)):
        return body, content
    lines = body.split("\n")
    if lines and lines[0].startswith("> "):
        quoted = 0
        while quoted < len(lines) and lines[quoted].startswith(">"):
            quoted += 1
        if quoted < len(lines) and lines[quoted] == "":
            quoted += 1  # the blank line between the quote and the reply
        body = "\n".join(lines[quoted:])
    formatted = content.get("formatted_body")
    if isinstance(formatted, str):
        content = {**content, "formatted_body": _MX_REPLY.sub("", formatted, count=1)}
    return body, content


def answer_relation(question: str, relation: Relation) -> dict[str, Any]:
    """`m.relates_to` of the bot's answer to the event `question`."""
    if relation.thread is not None:
        return {
            "rel_type": "m.thread",
            "event_id": relation.thread,
            "is_falling_back": True,
            "m.in_reply_to": {"event_id": question},
        }
    return {"m.in_reply_to": {"event_id": question}}
