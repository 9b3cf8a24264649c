"""A deadline's day checked, and checked wrong: « le rapport d'activité c'est
bien pour le 18 ? » when it is due on the 11th.

The day said is a period, and a period reads as « what falls then »: no
meeting and no deadline that day, the question stayed unsure between the
meeting of that day and the dates. A yes-or-no check (« bien ») of one day
on which no meeting falls, whose other words name one of the group's
deadlines (and no decision), asks whether that deadline falls then: the
deadline itself answers, with its own day, which says yes or shows the
right one. So does a day said as the due date (« les chiffres c'est pour
vendredi ? », « la demande c'est pour le 15 ? »: « pour » right before it).

A yes-or-no question with no question word checks the same way, a day or any
period (« les enquêtes de satisfaction c'est lundi ? », « le bilan il faut
l'envoyer cette semaine ? », « on a jusqu'au 29 pour le label ? », « c'est
pour le 29 janvier ou février ? », « … avant les vacances c bien ca »): the
deadline its words name, clearly first, answers with its own day. A body
named (« le bilan au SDJES ») is part of what the deadline says."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import leads
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word, fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores
from handlers.understanding.world import World

__all__ = ["checked_deadline_day", "deadline_shown"]


def checked_deadline_day(ctx: Context, u: Understanding, world: World,
                         answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The dates answer for the one deadline `u` checks on a day it names, else None."""
    checked = any(w.folded == "bien" for w in u.words)
    if u.intent is not None or "?" not in u.text and not checked or not u.topic:
        return None
    spans = [e for e in u.entities if e.kind in ("period", "month")]
    if not spans or any(e.kind not in ("period", "month", "org") for e in u.entities):
        return None
    one_day = len(u.entities) == 1 and u.entities[0].kind == "period" and (
        (span := u.entities[0].extra["period"]).end - span.start).days == 1
    if one_day and (checked or _due_for(u, u.entities[0].start)):
        if any(span.start <= m.start.date() < span.end for m in world.meetings):
            return None  # a meeting that day is what the day designates
        topic = list(u.topic)
    elif _yes_or_no(u) and not any(w.folded in _SITTINGS or fold(w.typed) in _SITTINGS for w in u.words):
        # (« y a une commission d'attribution en août ? » asks for a sitting then, not the deadline on attributions)
        day = next((e.extra["period"] for e in spans if e.kind == "period"), None)
        if day is not None and (day.end - day.start).days == 1 and any(
                day.start <= m.start.date() < day.end for m in world.meetings):
            return None  # « c'est lundi ? » when a meeting falls on Monday: that meeting is meant
        # « le bilan au SDJES »: the body is named in the deadline, a word of it as the others.
        topic = list(u.topic) + [w for e in u.entities if e.kind == "org" for w in u.words[e.start:e.end]]
    else:
        return None
    deadlines = world.records.get("dates_period", ())
    decisions = world.records.get("decisions_topic", ())
    if not deadlines:
        return None
    scores = topic_scores(topic, list(deadlines))
    if not leads(scores) or max(scores) < _ENOUGH:
        return None
    deadline = deadlines[scores.index(max(scores))]
    if decisions and max(topic_scores(topic, list(decisions))) >= max(scores) and not _as_typed(topic, deadline, decisions):
        return None
    return deadline_shown(ctx, u, topic, deadline, answer, ["dates_period"])


def _as_typed(topic: list[Word], deadline: str, decisions: tuple[str, ...]) -> bool:
    """The deadline holds every word of the check as typed, no decision does: « la date limite pour le fonds
    mobilités actives c'est pas le 18 ? » is the deadline « … Fonds mobilités actives », not a decision on « l'aide »
    to buy « un vélo » found only through families of words."""
    return (topic_scores(topic, [deadline], loose=False)[0] >= _ENOUGH
            and max(topic_scores(topic, list(decisions), loose=False)) < _ENOUGH)


def deadline_shown(ctx: Context, u: Understanding, topic: list[Word], deadline: str,
                   answer: Callable[[Context, Understanding], Outcome], readings: list[str]) -> Outcome | None:
    """The dates answer (`answer`) to `topic` alone, when it is sure and shows `deadline`; else None, `u` back to its
    entities and topic, unread, with `readings` offered."""
    asked, topic_was = u.entities, u.topic
    u.entities, u.topic, u.intent, u.readings = [], topic, "dates_period", []
    outcome = answer(ctx, u)
    if outcome.confident and deadline in outcome.reply.plain():
        return outcome
    u.entities, u.topic, u.intent, u.readings = asked, topic_was, None, readings
    return None


# A sitting's nouns, as typed (« une commission », « un cotech », « la réu »).
_SITTINGS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True)
# Every word of the check in the deadline (a family's word counts): a word it lacks is something else asked.
_ENOUGH = 1.0
# The words that ask something other than yes or no (« quand », « qui », « c'est quoi »).
_ASKING = frozenset({"qui", "quoi", "quand", "qd", "ou", "combien", "comment", "pourquoi", "quel", "quelle", "quels",
                     "quelles", "qu", "koi", "ki", "kan"})


def _yes_or_no(u: Understanding) -> bool:
    """A question asking yes or no: no question word (« où » written « ou » between two dates is « or »)."""
    folded = [w.folded for w in u.words]
    return not any(word in _ASKING and not (word == "ou" and 0 < i < len(folded) - 1) for i, word in enumerate(folded))


def _due_for(u: Understanding, start: int) -> bool:
    """« pour » (« pour le ») right before the day: the day is said as a due date."""
    before = [w.folded for w in u.words[max(0, start - 2):start]]
    return bool(before) and (before[-1] == "pour" or before == ["pour", "le"])
