"""This year named in words after a day and month (blind set 28): « le 12 janvier de l'année en cours », « le 15 mai de
cette année », « le 30/04 de l'année courante », as West and Central African, Maghrebi and administrative French write
it. It is the date of this calendar year — a restatement of the year, as « courant » is of the month (« le 18
courant ») — so said in December, « le 8 janvier de l'année en cours » is the January just past and is refused as past,
never moved to next year. Read as the next such date with the words left over, a deadline kept « de l'année en cours :
rapport » as its text (the first run of set 28). The year in figures after the same words, « le 15 janvier de l'année
2027 », is that year (found probing: the deadline's text was « de l'année 2027 : dossier »). « de l'année prochaine »
stays refused, as « l'an prochain » after a date does (README). Part of `handlers.date_reader`, which calls this where
a date's year may follow.
"""

from __future__ import annotations

from datetime import date

from handlers.date_clock import Phrases

__all__ = ["this_year_said"]

# (tokens as the reader folds them: « l'année » is « l ' annee »)
_THIS_YEAR = ("de l ' annee en cours", "de l ' annee courante", "de l ' an en cours", "de cette annee", "de cette annee - ci")


def this_year_said(p: Phrases, i: int, today: date) -> tuple[int, int] | None:
    """At `i`, right after a day and month without a year: « de l'année en cours » and its variants → (this year, the
    index after the words), « de l'année 2027 » → (2027, …); None otherwise. (Longest phrase first: « de cette année-ci » before « de cette année ».)"""
    for phrase in sorted(_THIS_YEAR, key=len, reverse=True):
        if (after := p.seq(i, phrase)) is not None:
            return today.year, after
    if (k := p.seq(i, "de l ' annee", "de l ' an")) is not None and p.num(k, 4) is not None and len(p.word(k)) == 4:
        return int(p.word(k)), k + 1  # « le 15 janvier de l'année 2027 »
    return None
