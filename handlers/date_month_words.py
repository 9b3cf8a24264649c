"""The month and year said in words after a day of the month, as minutes and
letters write them (blind set 11): « le 18 courant », the administrative
abbreviations « le 12 crt », « le 27 ct. », « le 20 cour. » (this month),
« le 3 du mois prochain » (next month), and a year in words « le trois
décembre deux mille vingt-six ». Part of `handlers.date_reader`, which calls
these at the token after the day.

« le 14 prochain » (blind set 22): letters write « prochain » after a bare day for next month's (as « courant » for
this month's), speech for the coming 14th. Said after this month's 14th the two agree and it is read; said before it,
they name two days a month apart, and it is asked.
"""

from __future__ import annotations

from datetime import date, timedelta

from handlers.date_calendar import make_date
from handlers.date_clock import Phrases
from handlers.date_numbers import spoken_number
from handlers.messages import InputError

__all__ = ["day_said_next", "month_words", "year_in_words"]

_NEXT_MONTH = ("du mois prochain", "du mois suivant", "de ce mois prochain")
# « crt », « ct. », « cour. »: Swiss, Belgian and French administrative abbreviations of « courant » (this month).
# With their period or without, but only right after a day: the reader calls this there and nowhere else.
# (« le 19 du courant »: older letters' way, found probing after blind set 21)
_THIS_MONTH = ("courant", "du courant", "crt .", "crt", "ct .", "ct", "cour .", "du mois courant", "du mois en cours", "de ce mois - ci",
               "de ce mois", "du mois")
_ABBREVIATIONS = ("crt", "ct", "cour")


def month_words(p: Phrases, k: int) -> tuple[int, int] | None:
    """After a day of month at `k`: « courant » / « crt » / « du mois » (this month, 0)
    or « du mois prochain » (1), and the index after them; None otherwise."""
    if (after := p.seq(k, *_NEXT_MONTH)) is not None:
        return 1, after
    if (after := p.seq(k, *_THIS_MONTH)) is not None and (p.word(after) not in ("de", "d") or p.word(k) != "du"):
        said = p.label(k, k + 1)
        if p.word(k) in _ABBREVIATIONS and said.isupper() and not p.text.isupper():
            # « le 12 CT : avis »: « courant », or a body's acronym (comité technique, CRT) in the text? Asked.
            raise InputError(f"« {p.label(k - 1, k + 1)} » : le {p.word(k - 1)} de ce mois (« courant »), ou le {p.word(k - 1)} "
                             f"suivi de « {said} » dans le texte ? Je ne devine pas. Écrivez « le {p.word(k - 1)} courant », "
                             f"ou la date avec son mois (ex. « le {p.word(k - 1)} mars : {said} … »).")
        return 0, after  # not « le 18 du mois de mars » (that month is named after); « le 25 crt de 18h à 20h » is
    return None


# What may follow « le 14 prochain » when « prochain » is the date's: a time's or a place's preposition, a bound.
_AFTER_THE_DATE = frozenset({"a", "au", "aux", "en", "des", "vers", "de", "du", "dans", "chez", "pour", "avant", "apres", "entre",
                             "sur", "inclus", "midi", "minuit"})


def day_said_next(p: Phrases, k: int, day: int, today: date, label: str) -> tuple[date, int] | None:
    """« le 14 prochain » (« prochain » at `k`, after the bare `day`): next month's, when this month's has passed
    (or is today); asked when this month's is still to come. None when « prochain » is not at `k`."""
    after = p.word(k + 1)
    if p.word(k) != "prochain" or (after.isalpha() and after not in _AFTER_THE_DATE):
        return None  # not « le 3 prochain CA : … », where « prochain » may be the meeting's (left to the rest check)
    said = f"{label} {p.label(k, k + 1)}"
    try:
        this_month: date | None = date(today.year, today.month, day)
    except ValueError:
        this_month = None  # « le 31 prochain » in April: the coming 31st is next month's either way
    if this_month is not None and this_month > today:
        raise InputError(f"« {said} » : le {day} de ce mois, ou le {day} du mois prochain ? Je ne devine pas. Écrivez "
                         f"« le {day} courant » ou « le {day} du mois prochain » (ou la date avec son mois).")
    month_start = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    return make_date(month_start.year, month_start.month, day, said), k + 1


def year_in_words(p: Phrases, i: int) -> tuple[int, int] | None:
    """« deux mille vingt-six », « deux-mille-vingt-sept » at `i`: (year, next index)."""
    if p.word(i) != "deux":
        return None
    k = i + 1 + (p.word(i + 1) == "-" and p.adjacent(i + 1))
    if p.word(k) != "mille":
        return None
    k += 1 + (p.word(k + 1) == "-" and p.adjacent(k + 1))
    if (spelled := spoken_number(p, k)) is None:  # « deux mille trente deux », dictated
        return None
    return 2000 + spelled[0], spelled[1]
