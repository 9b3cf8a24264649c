"""Days counted from a day the reader reads (blind set 23, computed dates): « quinze jours après le 12 janvier »,
« trois semaines avant le 20 mars », « 10 jours avant le 1er avril », « deux semaines après le premier lundi de
février »; and the day before or after a date, « la veille du 14 janvier », « le lendemain du 8 mai », « le
surlendemain du 3 » (of a holiday, « la veille de Noël », date_holidays.py reads them first).

« huit jours » is a week and « quinze jours » two, as in « dans quinze jours » (date_relative.py). A count is read
only in calendar days or weeks, and only from a day the reader reads whole after « après » / « avant »: working days
(« 10 jours ouvrés après … »), a count from an event (« quinze jours après la réunion », « la veille du CA ») or
from a day it cannot read are asked, never counted from today. Part of `handlers.date_reader`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from handlers.date_calendar import format_day
from handlers.date_holidays import holiday_at
from handlers.date_numbers import spoken_number
from handlers.date_words import weekday_of
from handlers.messages import InputError

if TYPE_CHECKING:
    from handlers.date_reader import Reader

__all__ = ["counted_at", "days_counted", "near_enough"]

_DAYS = ("jours", "jour", "j")
_WEEKS = ("semaines", "semaine", "sem")
# After the unit: days the reader does not count (a count of working days passes holidays that differ by country).
_OTHER_DAYS = ("ouvres", "ouvre", "ouvrees", "ouvrables", "ouvrable", "francs", "franc", "de travail", "travailles")
_NEIGHBOURS = (("la veille du", -1), ("le lendemain du", 1), ("au lendemain du", 1), ("le surlendemain du", 2))
_MAX_COUNT = 366
# A day ten years off is never one a count starts from; checked before the arithmetic, which would overflow at the
# calendar's ends (« 3 jours après le 31/12/9999 »). Beyond five years ahead, dates.py refuses the result anyway.
_REACH = timedelta(days=3660)


def days_counted(count: int, unit: str) -> int | None:
    """The calendar days in `count` `unit` (« huit jours » = 7, « quinze jours » = 14, « 3 semaines » = 21), or None
    when `unit` is neither days nor weeks."""
    if unit in _DAYS:
        return {8: 7, 15: 14}.get(count, count)
    if unit in _WEEKS:
        return 7 * count
    return None


def near_enough(anchor: date, today: date, said: str) -> date:
    """`anchor`, refused when it is too far from `today` to count from."""
    if abs(anchor - today) > _REACH:
        raise InputError(f"« {said} » : le {format_day(anchor)} est trop loin d'aujourd'hui pour compter à partir de "
                         "lui. Donnez la date elle-même.")
    return anchor


def _count(reader: Reader, i: int) -> tuple[int, int] | None:
    if reader.word(i) in ("un", "une"):
        return 1, i + 1
    if (n := reader.num(i, 3)) is not None:
        return n, i + 1
    return spoken_number(reader, i)


def _anchor(reader: Reader, k: int) -> tuple[date, int] | None:
    """The day at `k` (« le 12 janvier », « du 14 », « le premier lundi de février », « la Saint-Nicolas »)."""
    after_du = reader.seq(k, "du") or k
    named = reader.seq(k, "du", "le") or k
    if weekday_of(reader.word(named)) is not None and reader.explicit(named + 1 + (reader.word(named + 1) == ","),
                                                                      bare_day=True) is not None:
        return reader.weekday_phrase(named)  # « la veille du jeudi 21 janvier » (left refused by blind set 24): checked
    return (holiday_at(reader, k, reader.today) or reader.nth_weekday(after_du) or reader.explicit(k, bare_day=True))


def counted_at(reader: Reader, i: int) -> tuple[date, int] | None:
    """The day « quinze jours après le 12 janvier » or « la veille du 14 janvier » at `i` names, and the index after
    it; None when no such phrase starts at `i`."""
    for phrase, shift in _NEIGHBOURS:
        if (k := reader.seq(i, phrase)) is not None:
            if (anchor := _anchor(reader, k - 1)) is None:
                return None  # « la veille du CA »: an event, refused as before
            return near_enough(anchor[0], reader.today, reader.label(i, anchor[1])) + timedelta(days=shift), anchor[1]
    if (counted := _count(reader, i)) is None:
        return None
    count, u = counted
    if (days := days_counted(count, reader.word(u))) is None:
        return None
    if reader.word(u) == "sem" and reader.word(u + 1) == "." and reader.adjacent(u + 1):
        u += 1  # « 3 sem. avant le 1er août »: the abbreviation's dot
    if (other := reader.seq(u + 1, *_OTHER_DAYS)) is not None and reader.seq(other, "apres", "avant") is not None:
        raise InputError(f"« {reader.label(i, other)} » : je compte les jours du calendrier, pas les jours ouvrés ni les "
                         "jours francs (fériés et week-ends selon le lieu) ; je ne devine pas. Donnez la date elle-même.")
    if (way := reader.seq(u + 1, "apres", "avant")) is None:
        return None
    said = reader.label(i, way)
    if not 0 < count <= _MAX_COUNT:
        raise InputError(f"« {said} … » : un compte de 1 à {_MAX_COUNT}, ou la date elle-même ? Donnez la date.")
    if (anchor := _anchor(reader, way)) is None:
        raise InputError(f"« {said} … » : compté à partir de quel jour ? Je ne devine pas. Donnez la date elle-même "
                         "(ex. « mardi 26 janvier »), ou le jour dont on compte (ex. « quinze jours après le 12 janvier »).")
    sign = 1 if reader.word(way - 1) == "apres" else -1
    return near_enough(anchor[0], reader.today, reader.label(i, anchor[1])) + timedelta(days=sign * days), anchor[1]
