"""A record that states a time of day is about an hour: « le groupe se
réunit le premier mardi du mois à 17h30 » answers « l'horaire des
réunions », « à quelle heure on se réunit, c'était décidé ? »;
« ouverts jusqu'à 19h » answers « les horaires de France services ».
The record's keys (topics.py) get the stems of « horaire » and « heure »
when it holds a clock time (« 17h30 », « 9h », « 18 h », « 14:00 ») or a part of the day (« le
dimanche matin », « le vendredi soir »)."""

from __future__ import annotations

import re
from functools import lru_cache

from handlers.understanding.normalise import stem

__all__ = ["clock_keys"]

# A part of the day is a time too: « ouvert le dimanche matin » answers « les créneaux du dimanche ».
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])\s?(?:h|heures?)(?:\s?[0-5]\d)?\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b"
                    r"|\b(?:matin|matinée|après-midi|soir|soirée)s?\b", re.IGNORECASE)
_WORDS = ("horaire", "heure")


@lru_cache(maxsize=1 << 12)
def clock_keys(text: str) -> frozenset[str]:
    """The stems of « horaire » and « heure » when `text` states a time of day, else nothing."""
    return frozenset(stem(w) for w in _WORDS) if _CLOCK.search(text) else frozenset()
