"""A point of an agenda asked by its words: « est-ce que les vacances des
familles sont à l'ordre du jour ? », « le baromètre, on en parle quand ? »
ask for the coming meeting whose agenda holds that point, not necessarily
the next one. A question naming the agenda (« c'est au programme du copil ? ») asks the point, even when a task
holds as many of its words."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.topics import SHARE, topic_scores
from storage.models import Meeting

__all__ = ["AGENDA_NOUNS", "agenda_texts", "point_over_task", "with_item"]

# The nouns of the agenda itself (« au programme », « à l'odj »): they name the agenda, no word of a point.
AGENDA_NOUNS = frozenset({"programme", "programmes", "odj", "menu"})


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


def point_over_task(topic: list[Word], points: Sequence[str], tasks: Sequence[str]) -> bool:
    """« la labellisation de Masseube, c'est à l'ordre du jour quand ? »: an agenda point holding more of the
    question's topic than any task (« Relancer La Poste pour le guichet de Masseube » shares only the town) is
    what is asked; the point's meeting answered, no task's status. On a tie (« le bilan de fréquentation, c'est
    fait ? » of a point and a task both « bilan de fréquentation »), the task's reading stands."""
    if not topic or not points:
        return False
    # « le dispositif devoirs faits est au programme du prochain copil ? »: the agenda named (« au programme »), a
    # point holding as much of the rest as a task does is what is asked, « faits » of its name no task's status
    # (set 38b).
    named = [w for w in topic if w.folded not in AGENDA_NOUNS]
    if len(named) < len(topic) and named:
        best = max(topic_scores(named, points))
        return best >= SHARE and best >= max(topic_scores(named, tasks), default=0.0)
    best = max(topic_scores(topic, points))
    return best >= SHARE and best > max(topic_scores(topic, tasks), default=0.0)
