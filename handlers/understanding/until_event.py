"""« tu me donnes les dates de réunion d'ici la montée en estive ? »: the
meetings to come, up to an event no record dates.

« d'ici » bounds a span; after it a date, a season or a feast (« d'ici
l'été », « d'ici Noël ») is read by the periods. An event of the group's
life (« la montée en estive », « la rentrée des bergers ») is no date the
store holds, and its words found the decisions on it instead, confidently
answering another question. When the message asks for meetings' dates, the
bound is read away: the meetings to come are listed, each with its day, and
the asker sees which fall before the event (blind set 45a)."""

from __future__ import annotations

import re

__all__ = ["without_event_bound"]

_I = re.IGNORECASE
# Meetings asked for (plural, or « les dates de réunion »).
_MEETINGS = re.compile(r"\b(?:r[ée]unions|s[ée]ances|commissions|dates?\s+de[s]?\s+(?:r[ée]union|s[ée]ance)s?)\b", _I)
# « d'ici la/le/l' <event> » up to the end of the question.
_BOUND = re.compile(r"\s+d['’]\s*ici\s+(?:la|le|les|l['’])\s*(\w+)[^?]*(?=\?*\s*$)", _I)
# Words after « d'ici le/la » that the periods read (a date, a part of the year, a feast): kept.
_PERIODS = frozenset({
    "fin", "debut", "début", "mi", "semaine", "mois", "année", "annee", "an", "été", "ete", "hiver", "printemps",
    "automne", "rentrée", "rentree", "noël", "noel", "toussaint", "pâques", "paques", "prochaine", "prochain",
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
    "octobre", "novembre", "décembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "trimestre", "semestre", "quinze", "premier", "1er"})


def without_event_bound(text: str) -> str:
    """`text` without a closing « d'ici <event> » when it asks for meetings and the event is no date; else `text`."""
    bound = _BOUND.search(text)
    if bound is None or not _MEETINGS.search(text[:bound.start()]) or bound.group(1).lower() in _PERIODS:
        return text
    if bound.group(1).isdigit():
        return text  # « d'ici le 15 »: a day
    return text[:bound.start()].rstrip(" ,") + " ?"
