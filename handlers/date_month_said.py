"""A month said another way than by its name right after a day (blind set 24, plain and second-language French): by
its number in speech (« le 12 du mois 1 », « le 24 du 2 »), or named after « de » (« le 3 du mois de février », « le 8
de novembre », « le 5 d'avril »). Part of `handlers.date_reader`, which calls this at the token after a day of the
month, before « du mois » is taken for this month's (« le 12 du mois 1 à 14h » was read as this month's 12th from
01h00 to 14h00).

A number is the month only when nothing makes it an hour (« le 12 du mois 9h » stays this month's at 9h) nor the start
of a range of days (« du 2 au 5 »), and only before a time, a year, a separator or the end (« le 12 du mois 3 dossiers »
may count files); after « du mois », a number read neither way is asked.
"""

from __future__ import annotations

from handlers.date_clock import Phrases, read_clock
from handlers.date_words import month_of
from handlers.messages import InputError

__all__ = ["month_said"]

# After the month's number: an hour's unit or its separator makes the number an hour (« du mois 9h », « du 2:30 »).
_HOUR_UNITS = frozenset({"h", "heure", "heures", "hr", "hrs", "hre", "hres", "am", "pm", "min", "mn"})


def _hour_or_more(p: Phrases, k: int) -> bool:
    """The number at `k` goes on as an hour, an ordinal, a range or a glued word (« 9h », « 3e », « 2 au 5 »,
    « 2/3 »)."""
    after = p.word(k + 1)
    if after in _HOUR_UNITS or after == "au":
        return True
    return p.adjacent(k + 1) and (after.isalpha() or after in (":", ".", "/", "-"))


def _closes(p: Phrases, k: int) -> bool:
    """What may follow a month said by its number: the end, a separator, a time or a year; not a word (« le 12 du mois
    3 dossiers »: March, or 3 files this month? as « le 25 4 fiches », where 4 counts)."""
    if p.word(k) in ("", ",", ":", ";", "(", "–", "—") or (p.word(k) == "-" and not p.adjacent(k)):
        return True
    return read_clock(p, k) is not None or (p.num(k, 4) is not None and len(p.word(k)) == 4)


def month_said(p: Phrases, k: int) -> tuple[int, int] | None:
    """At `k`, after a day of the month: the month said by number or after « de » and the index after it; None when
    none is said there. « du mois » followed by a number that is no month is asked."""
    if (m := p.seq(k, "du mois de", "du mois d '", "de", "d '")) is not None and p.word(m).isalpha() and (
            month := month_of(p.word(m))) is not None:
        if p.word(m) == "sept" and p.word(m + 1) in ("a", "-", "–") and p.word(m + 2) not in ("", "h"):
            day, said = p.word(k - 1), p.label(k - 1, m + 3 + (p.word(m + 3) == "h"))
            raise InputError(f"« {said} » : le {day} septembre, ou le {day} de 7h à {p.word(m + 2)}h ? Je ne devine pas. "
                             "Écrivez le mois en entier (« septembre ») ou l'heure avec « h » (« de 7h à 9h »).")
        return month, m + 1 + (p.word(m + 1) == "." and p.adjacent(m + 1))
    spoken = p.seq(k, "du mois numero", "du mois", "du")
    if spoken is None or (n := p.num(spoken)) is None or _hour_or_more(p, spoken):
        return None
    if 1 <= n <= 12 and _closes(p, spoken + 1):
        return n, spoken + 1
    if p.word(k + 1) != "mois":
        return None  # « le 12 du 3 … »: left to the rest's check, as before
    day, said = p.word(k - 1), p.label(k - 1, spoken + 2)
    if 1 <= n <= 12:  # « le 12 du mois 3 dossiers »
        raise InputError(f"« {said} » : le {day}/{n:02d}, ou le {day} de ce mois suivi de « {p.label(spoken, spoken + 2)} » ? "
                         f"Je ne devine pas. Écrivez « le {day}/{n:02d} », ou un deux-points après la date (« le {day} du "
                         f"mois : {p.label(spoken, spoken + 2)} »).")
    raise InputError(f"« {p.label(k - 1, spoken + 1)} » : il n'y a pas de mois {n}. Je ne devine pas : écrivez le mois en "
                     f"toutes lettres (ex. « le {day} mars »).")
