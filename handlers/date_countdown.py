"""Days counted down to a day, as plans and minutes write them (blind set 17): « à J-7 du 20 mars »,
« J-15 du 20/12 : ordre du jour », « J-3 de la Saint-Nicolas »: that day minus 7, 15, 3 days (« J+2 »:
plus). Without the day it counts from (« J-7 : convocations », « à J-7 de la séance »), the reader
cannot know it: asked, never read as a day of its own."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from handlers.date_counted import near_enough
from handlers.date_holidays import holiday_at
from handlers.messages import InputError

if TYPE_CHECKING:
    from handlers.date_reader import Reader

__all__ = ["countdown_at"]

_MAX_COUNT = 366


def countdown_at(reader: Reader, i: int) -> tuple[date, int] | None:
    """The day « J-7 du 20 mars » at `i` names, and the index after it; None when there is no « J±n » at `i`."""
    j = reader.seq(i, "a j", "j")
    if j is None or reader.word(j) not in ("-", "–", "+") or (n := reader.num(j + 1)) is None:
        return None
    if not (reader.adjacent(j) or reader.adjacent(j + 1)) or not 0 < n <= _MAX_COUNT:
        return None
    sign = 1 if reader.word(j) == "+" else -1
    k = j + 2
    after = reader.seq(k, "du", "de", "d '", "avant le", "avant la", "avant l '")
    found = None
    if after is not None:
        # the holiday first: « J-7 du lundi de Pâques » is not the coming Monday (probing after blind set 17)
        found = (holiday_at(reader, reader.seq(k, "de", "d '", "avant", "du") or after, reader.today)
                 or reader.explicit(after, bare_day=True) or reader.weekday_phrase(after))
    if found is None:
        said = reader.label(i, min(k + 3, len(reader.toks)) if after is not None else k)
        raise InputError(f"« {said} » : compté à partir de quel jour ? Je ne devine pas. Donnez ce jour "
                         f"(ex. « J{reader.word(j)}{n} du 20 mars ») ou la date elle-même.")
    anchor, m = found
    # (« J+7 du 31/12/9999 » overflowed, found probing after blind set 23)
    return near_enough(anchor, reader.today, reader.label(i, m)) + timedelta(days=sign * n), m
