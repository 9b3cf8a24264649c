"""The part of the day said before the day it belongs to (blind set 28): « dans la matinée du 12 à 10H », « dans la
soirée du 24 à 19H », « le soir du 24 décembre à 19h », « dans l'après-midi du mardi 12 à 15h », « dans la matinée de
demain à 10h », as West and Central African and administrative French write it. The day is read after « du » (or
« de » before « demain »), and the part of the day goes with it exactly as when it is said after the day (« le 12
dans la matinée à 10h », `date_relative`): it tells what « 8h » means, is checked against the time, and without a time
the reader asks « à quelle heure ? ». On set 28's first run these were refused (« Je ne reconnais pas de date »).
Part of `handlers.date_reader`, whose `Reader.day_at` calls this before its other readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.date_relative import Day

if TYPE_CHECKING:
    from handlers.date_reader import Reader

__all__ = ["part_then_day"]


def part_then_day(reader: Reader, i: int) -> tuple[Day, int] | None:
    """At `i`: a part of the day (« dans la matinée », « le soir », « l'après-midi »), then « du » and a day of the
    month or a weekday with its date, or « de demain » → (the day with the part as its hint, the index after the day);
    None otherwise."""
    if (part := reader._day_part(i)) is None:
        return None
    hint, k = part
    if reader.word(k) == "du":
        found = reader.explicit(k, bare_day=True) or reader.weekday_phrase(k + 1)  # « du 12 », « du mardi 12 »
        return (Day(found[0], hint), found[1]) if found is not None else None
    if reader.word(k) == "de" and reader.word(k + 1) in ("demain", "apres"):  # « dans la matinée de demain »
        relative = reader.relative(k + 1)
        if relative is not None and relative[0].hint is None and relative[0].value > reader.today:
            return Day(relative[0].value, hint), relative[1]
    return None
