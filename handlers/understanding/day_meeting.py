"""A question on the day of a meeting, in its details only, is about that meeting.

« on commence à 17h le 10 ? », « on finit à quelle heure le 21 janvier ? »:
a day on which the group meets, and nothing else than how the meeting is
held (its start, end, place, hour). A decision may share those words
(« les séances du soir commencent à 17h »), but a rule is not asked for a
given day: the meeting of that day answers."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.settle import MEETING_DETAILS
from handlers.understanding.shape import is_clock_time

__all__ = ["meeting_of_the_day"]

# Words that say nothing of the meeting's subject (« on », « ça », « bien », « toujours »).
_GLUE = frozenset({"on", "ca", "c", "ce", "est", "etre", "bien", "toujours", "tjrs", "encore", "nous", "se", "s",
                   "a", "au", "le", "la", "les", "l", "du", "de", "d", "quelle", "quel", "en", "pour", "vers"})


def meeting_of_the_day(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The meeting held on the one day `u` names, when `u` asks only how it is held; else None."""
    period = u.first("period")
    if u.intent is not None or period is None or "?" not in u.text or any(e.kind not in ("period", "place") for e in u.entities):
        return None
    span = period.extra["period"]
    if (span.end - span.start).days > 1:
        return None
    held = [m for m in ctx.data.meetings() if span.start <= m.start.astimezone(ctx.now.tzinfo).date() < span.end]
    if len(held) != 1:
        return None
    inside = {j for e in u.entities for j in range(e.start, e.end)}
    rest = [w for i, w in enumerate(u.words) if i not in inside and w.folded not in _GLUE]
    details = [w for w in rest if w.folded in MEETING_DETAILS or w.lemma in MEETING_DETAILS or is_clock_time(w)]
    if not details or len(details) != len(rest):
        return None
    u.intent, u.readings, u.topic = "meeting_which", [], []
    outcome = answer(ctx, u)
    return outcome if outcome.confident else None
