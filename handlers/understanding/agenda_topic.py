"""A point of an agenda asked by its words: « est-ce que les vacances des
familles sont à l'ordre du jour ? », « le baromètre, on en parle quand ? »
ask for the coming meeting whose agenda holds that point, not necessarily
the next one."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.topics import SHARE, topic_scores
from storage.models import Meeting

__all__ = ["agenda_texts", "with_item"]


def with_item(coming: Sequence[Meeting], topic: list[Word]) -> Meeting | None:
    """The first of `coming` with an agenda point on `topic`, if any."""
    if not topic:
        return None
    for meeting in coming:
        points = [item.text for item in meeting.agenda]
        if points and max(topic_scores(topic, points)) >= SHARE:
            return meeting
    return None


def agenda_texts(meetings: Sequence[Meeting]) -> tuple[str, ...]:
    """The agenda points of `meetings`, as records a question's topic may name."""
    return tuple(item.text for m in meetings for item in m.agenda)
