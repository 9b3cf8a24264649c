"""A deadline's day checked, and checked wrong: « le rapport d'activité c'est
bien pour le 18 ? » when it is due on the 11th.

The day said is a period, and a period reads as « what falls then »: no
meeting and no deadline that day, the question stayed unsure between the
meeting of that day and the dates. A yes-or-no check (« bien ») of one day
on which no meeting falls, whose other words name one of the group's
deadlines (and no decision), asks whether that deadline falls then: the
deadline itself answers, with its own day, which says yes or shows the
right one. So does a day said as the due date (« les chiffres c'est pour
vendredi ? », « la demande c'est pour le 15 ? »: « pour » right before it)."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import leads
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores
from handlers.understanding.world import World

__all__ = ["checked_deadline_day"]


def checked_deadline_day(ctx: Context, u: Understanding, world: World,
                         answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The dates answer for the one deadline `u` checks on a day it names, else None."""
    if u.intent is not None or "?" not in u.text or not u.topic:
        return None
    if len(u.entities) != 1 or u.entities[0].kind != "period":
        return None
    if not any(w.folded == "bien" for w in u.words) and not _due_for(u, u.entities[0].start):
        return None
    span = u.entities[0].extra["period"]
    if (span.end - span.start).days != 1 or any(span.start <= m.start.date() < span.end for m in world.meetings):
        return None  # a meeting that day is what the day designates
    deadlines = world.records.get("dates_period", ())
    decisions = world.records.get("decisions_topic", ())
    if not deadlines:
        return None
    scores = topic_scores(u.topic, list(deadlines))
    if not leads(scores) or max(scores) < 1.0 or decisions and max(topic_scores(u.topic, list(decisions))) >= max(scores):
        return None
    asked = u.entities
    u.entities, u.intent, u.readings = [], "dates_period", []
    outcome = answer(ctx, u)
    if outcome.confident and deadlines[scores.index(max(scores))] in outcome.reply.plain():
        return outcome
    u.entities, u.intent, u.readings = asked, None, ["dates_period"]
    return None


def _due_for(u: Understanding, start: int) -> bool:
    """« pour » (« pour le ») right before the day: the day is said as a due date."""
    before = [w.folded for w in u.words[max(0, start - 2):start]]
    return bool(before) and (before[-1] == "pour" or before == ["pour", "le"])
