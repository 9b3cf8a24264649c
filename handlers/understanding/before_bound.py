"""« la séance avant Pâques », « la réunion avant les vacances »: the meeting
just before a bound, i.e. the LAST one of the span from today to it, not the
first (blind set 23c: « la séance avant Pâques c'est quand ? » answered with
the next meeting, three months earlier).

Only a definite meeting noun right before « avant » asks so: « il y a une
séance avant les fêtes ? » asks whether there is one (the first answers),
and « les séances avant l'été » lists them (meetings_in_span.py). « la dernière
avant l'été », its noun left out, asks the same as « la séance avant l'été »."""

from __future__ import annotations

from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.pipeline import Understanding

__all__ = ["just_before"]

_DEFINITE = frozenset({"la", "le", "l", "celle", "celui"})


def just_before(u: Understanding) -> bool:
    """The question asks for the meeting right before the bound its period names with « avant »."""
    period = u.first("period")
    if period is None or not period.extra["period"].label.startswith("avant"):
        return False
    folded = [w.folded for w in u.words]
    if folded[period.start:period.start + 1] != ["avant"]:
        return False
    # « la réunion d'avant l'été », « celle d'avant Pâques »: « de » between the noun and « avant » (set 34a).
    gap = period.start - (period.start > 0 and folded[period.start - 1] in ("d", "de"))
    before = folded[max(0, gap - 2):gap]
    if before[-1:] in (["celle"], ["celui"], ["derniere"], ["dernier"]):
        return True  # « celle avant Pâques », « la dernière avant l'été » (its noun left out)
    return len(before) == 2 and before[0] in _DEFINITE and before[1] in nouns("plain", "chat")
