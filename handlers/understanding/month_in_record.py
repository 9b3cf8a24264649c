"""A month that is part of what a deadline is about, not when it falls:
« les préinscriptions pour septembre ouvrent quand ? » (the deadline:
« Ouverture des préinscriptions pour la rentrée de septembre 2027 », on
1 March), « le dossier pour la commission de décembre, c'est quand ? ».

Read as a period, the month kept only the deadlines falling in it, and the
one asked about fell outside: « je ne trouve aucune échéance ». When the
topic finds no deadline in the month, the deadlines to come whose own text
names that month and that the topic finds are the answer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from handlers.understanding.periods import MONTHS
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, topic_scores
from handlers.understanding.world import plain
from storage.models import Deadline

__all__ = ["month_named_by"]


def month_named_by(u: Understanding, deadlines: Sequence[Deadline], today: date) -> list[Deadline]:
    """The deadlines to come (from `deadlines`) whose text names the month `u` names and whose words its topic
    finds; [] when the question names no month or no topic."""
    month = u.first("month")
    if month is None or not u.topic:
        return []
    name = plain(MONTHS[month.extra["month"] - 1])
    ahead = [d for d in deadlines if not d.cancelled and d.day >= today and name in plain(d.text).split()]
    scores = topic_scores(u.topic, [d.text for d in ahead])
    return [d for s, d in zip(scores, ahead, strict=True) if s >= SHARE]
