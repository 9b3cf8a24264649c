"""This year named in words after a day and month (blind set 28): « le 12 janvier de l'année en cours », « le 15 mai de
cette année », « le 30/04 de l'année courante », as West and Central African, Maghrebi and administrative French write
it. It is the date of this calendar year — a restatement of the year, as « courant » is of the month (« le 18
courant ») — so said in December, « le 8 janvier de l'année en cours » is the January just past and is refused as past,
never moved to next year. Read as the next such date with the words left over, a deadline kept « de l'année en cours :
rapport » as its text (the first run of set 28). The year in figures after the same words, « le 15 janvier de l'année
2027 », is that year (found probing: the deadline's text was « de l'année 2027 : dossier »). Anything else after « de
l'année », « de l'an », « de cette année » right after the date is refused by `refuse_year_left`, « de quelle année ? »
(« de l'année : x », « de l'année 27 », « de l'an prochain » — a year after the date, README —, and after a day without
its month « le 31 de l'année en cours », were kept as the deadline's text). Part of `handlers.date_reader`, which calls
`this_year_said` where a date's year may follow, and of `handlers.dates`, which checks the rest.
"""

from __future__ import annotations

import re
from datetime import date

from handlers.date_clock import Phrases
from handlers.messages import InputError

__all__ = ["refuse_year_left", "this_year_said"]

# (tokens as the reader folds them: « l'année » is « l ' annee »)
_THIS_YEAR = ("de l ' annee en cours", "de l ' annee courante", "de l ' an en cours", "de cette annee", "de cette annee - ci",
              "de l ' annee civile en cours", "de l ' annee civile", ", annee en cours", ", annee courante")


def this_year_said(p: Phrases, i: int, today: date) -> tuple[int, int] | None:
    """At `i`, right after a day and month without a year: « de l'année en cours » and its variants → (this year, the
    index after the words), « de l'année 2027 » → (2027, …); None otherwise. (Longest phrase first: « de cette année-ci » before « de cette année ».)"""
    for phrase in sorted(_THIS_YEAR, key=len, reverse=True):
        if (after := p.seq(i, phrase)) is not None:
            return today.year, after
    if (k := p.seq(i, "de l ' annee", "de l ' an")) is not None and p.num(k, 4) is not None and len(p.word(k)) == 4:
        return int(p.word(k)), k + 1  # « le 15 janvier de l'année 2027 »
    return None


# Right after the date, in the text it leaves (« de l'année : x », « de l'an prochain : x », « , année en cours »).
_YEAR_LEFT = re.compile(r"^[\s,]*(?:de\s+l\s*['’]\s*ann[ée]e|de\s+l\s*['’]\s*an|de\s+cette\s+ann[ée]e|ann[ée]e\s+(?:en\s+cours|courante))\b",
                        re.IGNORECASE)


def refuse_year_left(rest: str) -> None:
    """Refuse a rest that starts with a year this module did not read (see the module docstring). Checked on a
    command's rest only, not by the reader itself: a question's « le 12 mars de l'année dernière » still names its day
    for `find_day`."""
    if (found := _YEAR_LEFT.match(rest)) is None:
        return
    said = rest[found.start():found.end() + len(rest[found.end():].split(":")[0].split(",")[0])].strip(" ,")[:40]
    raise InputError(f"« {said} » : de quelle année ? Je ne devine pas : écrivez le jour, le mois et l'année en chiffres "
                     "(ex. « le 31 décembre 2027 »), ou « de l'année en cours ».")
