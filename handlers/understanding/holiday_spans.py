"""School holidays named without a date: « avant les vacances », « d'ici
les vacances de Noël », « après les fêtes », « après les vacances ».

« Les vacances » alone are the next ones, and only those whose dates are
the same everywhere in France are read: Christmas (two weeks from the
Saturday before Christmas week) and summer (from the first Saturday of
July). Winter and spring holidays depend on the school zone, and the
Toussaint's on the year's calendar: there « les vacances » stay unread
(a topic word) rather than a guessed span. Without this, « avant les
vacances on a quoi comme dates limites ? » listed every date ahead."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handlers.understanding.periods import Period

__all__ = ["christmas_holidays", "holiday_span"]

_BEFORE = ("avant", "ici", "jusqu")
_AFTER = ("apres", "retour")
# The holidays a tail names (« les vacances de Noël », « les fêtes de fin d'année »).
_CHRISTMAS_TAILS = (("de", "noel"), ("des", "fetes"), ("de", "fin", "d", "annee"))
_AHEAD = timedelta(days=400)  # what « après les fêtes » lists: as far as the dates to come go


def christmas_holidays(year: int) -> tuple[date, date]:
    """France's Christmas school holidays: from the Saturday before Christmas week, back on a Monday (end excluded)."""
    christmas = date(year, 12, 25)
    start = christmas - timedelta(days=christmas.weekday() + 2)
    return start, start + timedelta(days=16)


def _summer(year: int) -> tuple[date, date]:
    """From the first Saturday of July to the first Monday of September (the national rentrée, near enough)."""
    first = date(year, 7, 1)
    start = first + timedelta(days=(5 - first.weekday()) % 7)
    september = date(year, 9, 1)
    return start, september + timedelta(days=(7 - september.weekday()) % 7)


def _next_holidays(today: date) -> tuple[date, date, str] | None:
    """The next holidays « les vacances » can only mean, or None where the zone or year decides."""
    for year in (today.year - 1, today.year):
        start, end = christmas_holidays(year)
        if date(year, 11, 5) <= today < end:
            return start, end, "de Noël"
    start, end = _summer(today.year)
    if date(today.year, 5, 10) <= today < end:
        return start, end, "d'été"
    return None


def holiday_span(folded: list[str], i: int, today: date) -> Period | None:
    """« avant les vacances », « après les fêtes »… starting at word `i`, or None."""
    from handlers.understanding.periods import Period

    if folded[i] not in _BEFORE + _AFTER or folded[i + 1:i + 2] not in (["les"], ["des"]):
        return None
    noun = folded[i + 2] if i + 2 < len(folded) else ""
    if noun == "fetes" and folded[i] in _BEFORE:
        return None  # « avant les fêtes » runs to Christmas itself (period_parts.py)
    tail = next((t for t in _CHRISTMAS_TAILS if tuple(folded[i + 3:i + 3 + len(t)]) == t), None)
    if noun == "fetes" or noun == "vacances" and tail is not None:
        start, end = christmas_holidays(today.year if today < christmas_holidays(today.year)[1] else today.year + 1)
        if today >= christmas_holidays(today.year - 1)[1] and today < date(today.year, 1, 8):
            start, end = christmas_holidays(today.year - 1)
        which = "les fêtes" if noun == "fetes" else "les vacances de Noël"
    elif noun == "vacances" and folded[i + 3:i + 4] not in (["de"], ["d"], ["du"], ["apprenantes"]):
        # « les vacances d'hiver » and the like are a zone's; « les vacances apprenantes » a programme.
        if (found := _next_holidays(today)) is None:
            return None
        start, end, said = found
        which, tail = f"les vacances {said}", ()
    else:
        return None
    last = i + 3 + len(tail or ())
    if folded[i] in _BEFORE:
        if start <= today:
            return None  # already on holiday: « avant les vacances » names no span ahead
        return Period(today, start, f"avant {which} (d'ici le {start - timedelta(days=1):%d/%m/%Y})", i, last)
    return Period(end, end + _AHEAD, f"après {which} (à partir du {end:%d/%m/%Y})", i, last)
