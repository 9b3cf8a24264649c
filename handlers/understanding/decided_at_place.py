"""« on a décidé quoi au collège ? », « vous aviez décidé quoi à l'hôtel de
ville en septembre ? »: a decision question whose only topic is the place
where meetings of the group sat, said after « à » or « au », asks what was
decided at the meeting held there, not the decisions that name the place.

The place's words were weighed as a topic (« collège » is also a body of the
group, « ville » the town's name), so the decisions mentioning the collège
or the town hall were listed instead of the meeting's. decisions_recent then
finds the meeting held there (in the month named, if one is). Only when every
topic word is the place's and a meeting was held there."""

from __future__ import annotations

from datetime import datetime

from handlers.understanding.pipeline import Understanding

__all__ = ["decided_at_place"]

_AT = frozenset({"a", "au", "aux", "chez"})
_ARTICLES = frozenset({"l", "la", "le", "les"})
_DECISION_READINGS = frozenset({"decisions_topic", "decisions_recent"})


def decided_at_place(u: Understanding, now: datetime) -> bool:
    """Whether `u`, read as decisions, asks those of the meeting held at the place it names."""
    if u.intent not in _DECISION_READINGS or not u.topic or u.first("person") is not None:
        return False
    for place in (e for e in u.entities if e.kind == "place"):
        k = place.start - 1
        while k >= 0 and u.words[k].folded in _ARTICLES:
            k -= 1
        if k < 0 or u.words[k].folded not in _AT:
            continue
        if not any(getattr(m, "start", now) <= now for m in place.items):
            continue  # no meeting held there yet
        words = {w.folded for w in u.words[place.start:place.end]}
        if all(w.folded in words for w in u.topic):
            return True
    return False
