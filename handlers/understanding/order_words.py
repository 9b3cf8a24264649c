"""« la réunion d'avant » is the meeting before the last one asked about,
the latest past one; « pas de réunion avant Noël ? », « une séance avant le
15 ? » put « avant » before a date: a preposition, no order of meetings."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word

__all__ = ["before_a_date"]

# Words after « avant » that open a date (« avant le 15 », « avant la fin de l'année », « avant Noël »).
_DATE_OPENERS = frozenset({"le", "la", "les", "l", "fin", "debut", "mi", "ce", "cet", "cette", "noel", "paques", "demain"})


def before_a_date(words: Sequence[Word], entities: Sequence[Entity], i: int) -> bool:
    """« avant » at `i` opens a date: the next word opens one, or a period or month starts right after it."""
    if i + 1 < len(words) and words[i + 1].folded in _DATE_OPENERS:
        return True
    return any(e.kind in ("period", "month") and e.start <= i + 1 < e.end for e in entities)
