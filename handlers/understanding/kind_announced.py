"""A meeting named by its kind alone or by a day to come, asked who comes or
who excused themselves: « qui s'est excusé pour le copil ? » when the last copil was
never recorded while members have announced themselves for the coming one.

« le copil » alone is either the last or the next of that kind; the tense of
« s'est excusé » does not settle it (one excuses oneself ahead). The last one
holding no attendance at all, the reply it would give (« Aucune présence n'a
été notée … » for September's) answers nothing, while the announcements for
the coming one answer the question. A date, a month, an order word
(« le dernier copil ») or a pluperfect (« s'était excusé ») keeps the meeting
held. And a day said in the present (« il y a du monde au copil jeudi ? »)
designates the meeting to come on it, not the kind's last one held."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from handlers.understanding.answers_meetings import PAST_TENSE
from handlers.understanding.meeting_kinds import formation_of
from handlers.understanding.meeting_rank import order_of
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from storage.models import Meeting

__all__ = ["announced_instead", "one_day_ahead"]

# Words that anchor the question in the meeting held (« le dernier copil », « qui s'était excusé », « hier »).
_HELD = frozenset({"dernier", "derniere", "etait", "etaient", "avait", "avaient", "hier", "passe", "passee"})


def announced_instead(u: Understanding, meetings: list[Meeting], now: datetime,
                      announced: Callable[[Meeting], bool]) -> Meeting | None:
    """The coming meeting of the kind asked, when the question names that kind alone and members have
    announced themselves for it (`announced`); None otherwise (the meeting held stays the answer)."""
    formation = formation_of(u)
    if formation is None or order_of(u) is not None or any(e.kind in ("period", "month") for e in u.entities):
        return None
    if any(w.folded in _HELD for w in u.words):
        return None
    numbers = {m.number for m in formation.items}
    coming = [m for m in meetings if m.number in numbers and m.start > now]
    return coming[0] if coming and announced(coming[0]) else None


def one_day_ahead(u: Understanding, period: Entity | None) -> bool:
    """« il y a du monde au copil jeudi ? »: one day said, in no past tense — the meeting on that day to come
    is the one asked, though a kind or place is named whose last meeting is held (« qui était là en mars ? »
    keeps the one held)."""
    if period is None or any(w.folded in PAST_TENSE for w in u.words):
        return False
    span = period.extra["period"]
    return (span.end - span.start).days == 1
