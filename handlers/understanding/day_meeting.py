"""A question on the day of a meeting, in its details only, is about that meeting.

« on commence à 17h le 10 ? », « on finit à quelle heure le 21 janvier ? »:
a day on which the group meets, and nothing else than how the meeting is
held (its start, end, place, hour). A decision may share those words
(« les séances du soir commencent à 17h »), but a rule is not asked for a
given day: the meeting of that day answers."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.changed_sitting import changed_on
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.settle import MEETING_DETAILS
from handlers.understanding.shape import is_clock_time

__all__ = ["meeting_of_the_day"]

# Words that say nothing of the meeting's subject (« on », « ça », « bien », « toujours »).
_GLUE = frozenset({"on", "ca", "c", "ce", "est", "etre", "bien", "toujours", "tjrs", "encore", "nous", "se", "s",
                   "a", "au", "le", "la", "les", "l", "du", "de", "d", "quelle", "quel", "en", "pour", "vers",
                   # The verbs of meeting: « on se retrouve toujours le 10 à 14 h ? » asks that day's sitting.
                   "retrouve", "voit", "reunit", "revoit"})


def meeting_of_the_day(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The meeting held on the one day `u` names, when `u` asks only how it is held; else None."""
    period = u.first("period")
    if u.intent is not None or period is None or "?" not in u.text or any(e.kind not in ("period", "place") for e in u.entities):
        return None
    span = period.extra["period"]
    if (span.end - span.start).days > 1:
        return None
    held = [m for m in ctx.data.meetings() if span.start <= m.start.astimezone(ctx.now.tzinfo).date() < span.end]
    # « on se retrouve toujours le 10 à 14h ? » when that sitting was moved or cancelled: still that day's sitting,
    # which the meeting reader answers with what became of it (changed_sitting.py).
    if len(held) != 1 and not (not held and changed_on(span, ctx.data.meetings()) is not None):
        return None
    inside = {j for e in u.entities for j in range(e.start, e.end)}
    rest = [w for i, w in enumerate(u.words) if i not in inside and w.folded not in _GLUE]
    # « à 14 h », typed with a space: the hour's figure before its « h » is a time too.
    hours = {id(w) for w, after in zip(u.words, u.words[1:]) if w.folded.isdigit() and int(w.folded) < 24
             and after.lemma == "heure"}
    details = [w for w in rest if w.folded in MEETING_DETAILS or w.lemma in MEETING_DETAILS or is_clock_time(w)
               or id(w) in hours]
    if not details or len(details) != len(rest):
        return None
    u.intent, u.readings, u.topic = "meeting_which", [], []
    outcome = answer(ctx, u)
    return outcome if outcome.confident else None
