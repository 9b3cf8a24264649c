"""An hour asked that the decision found does not hold: « on était monté sur
le terril 74 à quelle heure en septembre ? » (set 46a) found the decision on
climbing the terril 74 (« on ne monte … que par les sentiers balisés »),
which says no hour; the hike of September, a sitting of the group, was
meant. A decision that writes no time of day cannot answer « à quelle
heure ? », so the reading is offered, not given."""

from __future__ import annotations

import re

__all__ = ["hour_unheld", "hours_range_asked"]

_HOUR_ASKED = re.compile(r"\b(?:a|à)\s+quelle\s+heure\b|\bquelle\s+heure\b|\bvers\s+quelle\s+heure\b", re.IGNORECASE)
# A time of day as replies write it: « 15 h », « 14h30 », « 7 heures », « sept heures », « 18:00 », « midi ».
_NUMBER = r"\d{1,2}|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt"
_CLOCK = re.compile(rf"\b(?:{_NUMBER})(?:[\s-]\w+)?\s*(?:h|heures?)(?:\s*\d{{2}})?\b|\b\d{{1,2}}:\d{{2}}\b|\bmidi\b"
                    r"|\bminuit\b", re.IGNORECASE)


def hour_unheld(text: str, intent: str | None, reply: str) -> bool:
    """`text` asks an hour, read as decisions (`intent`) whose `reply` writes no time of day."""
    return intent == "decisions_topic" and bool(_HOUR_ASKED.search(text)) and not _CLOCK.search(reply)


# « c'est de quelle heure à quelle heure ? »: the span of a thing's hours (its opening), asked in the present.
_RANGE_ASKED = re.compile(r"\bde\s+quelle\s+heure\s+(?:a|à|jusqu['’]?\s*a|jusqu['’]?\s*à)\s+quelle\s+heure\b", re.IGNORECASE)
# A past said: a sitting held is then what is asked (« la visite c'était de quelle heure à quelle heure ? »).
_PAST = re.compile(r"\b(?:c['’]?\s*[ée]tait|[ée]tait|avait|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\b", re.IGNORECASE)


def hours_range_asked(text: str, intent: str | None, reply: str) -> bool:
    """« les visites à Ker Arvor c'est de quelle heure à quelle heure ? » (lead's set 73) answered with a sitting held
    there (« Visite de l'EHPAD Ker Arvor … », held in September): the span of the visits' hours is asked, in the
    present, which no past sitting's hours say; a decision writing a span of hours may (answer.respond)."""
    return intent in ("meeting_which", "meeting_next", "meeting_last") and bool(_RANGE_ASKED.search(text)) and not (
        _PAST.search(text)) and "(tenue)" in reply.split("\n", 1)[0]
