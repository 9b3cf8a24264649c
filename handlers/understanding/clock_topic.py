"""A record that states a time of day answers « à quelle heure » and « l'horaire ».

« les séances commencent à quelle heure, c'était décidé ? », « l'horaire des
réunions » find a decision « … commencent à 14h15 » or « … à 17h30 », which
shares no word with them: the time written in digits is what « heure » and
« horaire » ask. A record's clock time therefore counts as those words when
a question's topic is matched against it (topics.py)."""

from __future__ import annotations

import re

from handlers.understanding.normalise import stem

__all__ = ["clock_words"]

# « 14h15 », « 9 h », « 17h », « 18:30 », « 8h du matin ».
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])\s?(?:h|:)(?:[0-5]\d)?\b", re.IGNORECASE)
_ASKED = frozenset(stem(w) for w in ("heure", "heures", "horaire", "horaires"))


def clock_words(text: str) -> frozenset[str]:
    """The stems of the words a time of day answers, when `text` states one."""
    return _ASKED if _CLOCK.search(text) else frozenset()
