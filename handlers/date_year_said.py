"""This year named in words after a day and month (blind set 28): « le 12 janvier de l'année en cours », « le 15 mai de
cette année », « le 30/04 de l'année courante », as West and Central African, Maghrebi and administrative French write
it. It is the date of this calendar year — a restatement of the year, as « courant » is of the month (« le 18
courant ») — so said in December, « le 8 janvier de l'année en cours » is the January just past and is refused as past,
never moved to next year. Read as the next such date with the words left over, a deadline kept « de l'année en cours :
rapport » as its text (the first run of set 28). The year in figures after the same words, « le 15 janvier de l'année
2027 », is that year (found probing: the deadline's text was « de l'année 2027 : dossier »). Anything else after « de
l'année », « de l'an », « de cette année » right after the date is refused, « de quelle année ? » (« de l'année : x »,
« de l'année 27 », « de l'an prochain » — a year after the date, README — were kept as the deadline's text), and so is
a year after a day without its month (« le 31 de l'année en cours »: which month?). Part of `handlers.date_reader`,
which calls this where a date's year may follow.
"""

from __future__ import annotations

from datetime import date

from handlers.date_clock import Phrases
from handlers.messages import InputError

__all__ = ["refuse_year_of_bare_day", "this_year_said"]

# (tokens as the reader folds them: « l'année » is « l ' annee »)
_THIS_YEAR = ("de l ' annee en cours", "de l ' annee courante", "de l ' an en cours", "de cette annee", "de cette annee - ci",
              "de l ' annee civile en cours", "de l ' annee civile", ", annee en cours", ", annee courante")
# The same words before what this module does not read: « de l'année : rapport », « de l'année 27 », « de l'an
# prochain » (README: a year after the date is refused; right after it, « le 31 décembre de l'an prochain : x » was
# read as this year's with the words as the text, found probing after blind set 28).
_YEAR_WORDS = ("de l ' annee", "de l ' an", "de cette annee")


def this_year_said(p: Phrases, i: int, today: date) -> tuple[int, int] | None:
    """At `i`, right after a day and month without a year: « de l'année en cours » and its variants → (this year, the
    index after the words), « de l'année 2027 » → (2027, …); None otherwise. (Longest phrase first: « de cette année-ci » before « de cette année ».)"""
    for phrase in sorted(_THIS_YEAR, key=len, reverse=True):
        if (after := p.seq(i, phrase)) is not None:
            return today.year, after
    if (k := p.seq(i, "de l ' annee", "de l ' an")) is not None and p.num(k, 4) is not None and len(p.word(k)) == 4:
        return int(p.word(k)), k + 1  # « le 15 janvier de l'année 2027 »
    if (k := p.seq(i, *_YEAR_WORDS)) is not None:
        # « le 31 décembre de l'année : x », « … de l'année 27 », « … de cette année 2026 » (probing after blind set 28:
        # kept at the start of the deadline's text): which year? not guessed
        said = p.label(i, k + (p.word(k).isalnum() and k < len(p.toks)))
        raise InputError(f"« {said} » : de quelle année ? Je ne devine pas : écrivez l'année en chiffres après le mois "
                         "(ex. « le 31 décembre 2027 »), ou « de l'année en cours ».")
    return None


def refuse_year_of_bare_day(p: Phrases, i: int, label: str) -> None:
    """« le 31 de l'année en cours » (a day of the month without its month, then a year; probing after blind set 28:
    kept at the start of the deadline's text): which month? Refused at `i`, right after the day."""
    if (end := p.seq(i, ", annee en cours", ", annee courante", *_THIS_YEAR, *_YEAR_WORDS)) is not None:
        raise InputError(f"« {label} {p.label(i, end).lstrip(', ')} » : de quel mois ? Je ne devine pas : écrivez le "
                         "jour et le mois (ex. « le 31 décembre »).")
