"""A day of the month named without its month, asked of a meeting held:
« qui n'a pas pu venir le 19 ? », « y avait qui au Merlan le 15 ? » asked
on 1 December mean the latest meeting held on that day (at that place,
if one is named), not the 19th to come nor a 15th with no meeting.
Likewise a weekday alone (« la liste des présents de mardi », « le CR de
mardi ») asked of a meeting held is the one held on the last such day:
the date reader, which looks ahead, read it as next week's."""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.understanding.days import WEEKDAYS
from handlers.understanding.entities import Entity
from handlers.understanding.periods import month_of
from handlers.understanding.pipeline import Understanding
from storage.models import Meeting

__all__ = ["DAY_ONLY_REACH", "day_only", "held_on_day", "latest_on_day", "noted_on_day"]

# How far back a day named without its month may reach (« le 15 » asked on 1 December: 15 October).
DAY_ONLY_REACH = timedelta(days=75)


def day_only(u: Understanding, period: Entity) -> bool:
    """The period is one day of the month typed without its month (« le 19 », « jeudi 19 »)."""
    said = u.words[period.start:period.end]
    numbers = [w for w in said if w.folded.rstrip("er").isdigit()]
    return len(numbers) == 1 and not any(month_of(w.folded) is not None for w in said)


def latest_on_day(u: Understanding, held: list[Meeting], day: int, now: datetime) -> Meeting | None:
    place = u.first("place")
    here = {m.number for m in place.items} if place is not None else None
    return next((m for m in reversed(held) if m.start.day == day and now - m.start <= DAY_ONLY_REACH
                 and (here is None or m.number in here)), None)


def _weekday_only(u: Understanding, period: Entity) -> int | None:
    """The weekday of a period typed as a weekday alone (« mardi », « ce mardi »), else None."""
    said = [w.folded for w in u.words[period.start:period.end] if w.folded not in ("ce", "de", "du", "le")]
    return WEEKDAYS.index(said[0]) if len(said) == 1 and said[0] in WEEKDAYS else None


def held_on_day(u: Understanding, period: Entity, held: list[Meeting], now: datetime) -> Meeting | None:
    """The meeting held on the day a question about the past names without its month: a day of the
    month (the latest on that day), or a weekday alone (the one held on the last such day, within a week)."""
    if day_only(u, period):
        return latest_on_day(u, held, period.extra["period"].start.day, now)
    weekday = _weekday_only(u, period)
    if weekday is None:
        return None
    return next((m for m in reversed(held) if m.start.weekday() == weekday
                 and now - m.start <= timedelta(days=7)), None)


# « noté(e) », « marqué(e) », « enregistré(e) » présent: what the secretary wrote down, a record of a meeting held.
_NOTED = frozenset({"note", "notee", "notes", "notees", "marque", "marquee", "marques", "marquees", "enregistre",
                    "enregistree", "pointe", "pointee"})


# The marks of a list of attendance, as nouns (« les excusés », « combien d'absents »).
_MARKS = frozenset({"presents", "presentes", "excuses", "excusees", "absents", "absentes"})
# Verbs that look ahead (« qui sera excusé le 12 ? », « combien viennent le 12 ? »): no list kept yet.
_AHEAD = frozenset({"sera", "seront", "serai", "serons", "vient", "viennent", "viendra", "viendront", "venir",
                    "prevu", "prevus", "annonce", "annonces", "inscrit", "inscrits"})


def _tallied(u: Understanding) -> bool:
    """« combien d'excusés le 12 ? », « les absents du 12 ? »: the marks of a list asked as nouns, with no verb
    looking ahead; such a list is kept of a meeting held."""
    folded = [w.folded for w in u.words]
    return any(w in _MARKS for w in folded) and not any(w in _AHEAD for w in folded)


def noted_on_day(u: Understanding, held: list[Meeting], now: datetime) -> Meeting | None:
    """« je suis notée présente le 17 ? » asked on 1 December, no meeting on 17 December: the record of the
    meeting held on the 17th. The present tense read it ahead, where nothing falls that day; « noté » is
    what was written down, and so are the marks asked as nouns (« combien d'excusés le 17 ? »). Only for a
    day typed without its month (held_on_day)."""
    period = u.first("period")
    if period is None or not (any(w.folded in _NOTED for w in u.words) or _tallied(u)):
        return None
    return held_on_day(u, period, held, now)
