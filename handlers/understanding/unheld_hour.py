"""An hour asked that the decision found does not hold: « on était monté sur
le terril 74 à quelle heure en septembre ? » (set 46a) found the decision on
climbing the terril 74 (« on ne monte … que par les sentiers balisés »),
which says no hour; the hike of September, a sitting of the group, was
meant. A decision that writes no time of day cannot answer « à quelle
heure ? », so the reading is offered, not given."""

from __future__ import annotations

import re

__all__ = ["hour_unheld"]

_HOUR_ASKED = re.compile(r"\b(?:a|à)\s+quelle\s+heure\b|\bquelle\s+heure\b|\bvers\s+quelle\s+heure\b", re.IGNORECASE)
# A time of day as replies write it: « 15 h », « 14h30 », « 7 heures », « sept heures », « 18:00 », « midi ».
_NUMBER = r"\d{1,2}|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt"
_CLOCK = re.compile(rf"\b(?:{_NUMBER})(?:[\s-]\w+)?\s*(?:h|heures?)(?:\s*\d{{2}})?\b|\b\d{{1,2}}:\d{{2}}\b|\bmidi\b"
                    r"|\bminuit\b", re.IGNORECASE)


def hour_unheld(text: str, intent: str | None, reply: str) -> bool:
    """`text` asks an hour, read as decisions (`intent`) whose `reply` writes no time of day."""
    return intent == "decisions_topic" and bool(_HOUR_ASKED.search(text)) and not _CLOCK.search(reply)
