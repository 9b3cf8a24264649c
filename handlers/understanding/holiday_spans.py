"""Periods bounded by a public holiday in a question: « d'ici la
Saint-Nicolas », « avant l'Ascension », « jusqu'à Pâques », « entre Nouvel
An et Pâques » (blind set 23c, a Fribourg district's platform asking its
calendar by the feasts of the year).

A holiday's day is certain wherever the group is (Easter is computed, the
fixed feasts are fixed: handlers.date_holidays), unlike the school holidays
around it, which differ by zone or canton (school_periods.py, holiday_doubt.py
leave those unread). So a bound said with a holiday reads as that day: « avant
Pâques » runs from today to Easter Sunday excluded, « entre Nouvel An et
Pâques » from New Year's Day to Easter Sunday included. The label names the
day, so the member sees which one was understood. A bare « Noël » after
« avant » / « d'ici » is periods.py's own (« d'ici Noël »); only the names
below are read here, and only right after a bound word, so « Pâques » in
« le repas de Pâques » or « l'ascension du Moléson » stays a topic.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from handlers.date_holidays import holiday_day

if TYPE_CHECKING:
    from handlers.understanding.periods import Period

__all__ = ["holiday_span"]

# Folded words of a holiday's name -> the name date_holidays knows, and how the label says it.
_NAMES: dict[tuple[str, ...], tuple[str, str]] = {
    ("saint", "nicolas"): ("saint nicolas", "la Saint-Nicolas"),
    ("st", "nicolas"): ("saint nicolas", "la Saint-Nicolas"),
    ("nouvel", "an"): ("nouvel an", "Nouvel An"),
    ("jour", "de", "l", "an"): ("nouvel an", "le jour de l'an"),
    ("saint", "sylvestre"): ("saint sylvestre", "la Saint-Sylvestre"),
    ("paques",): ("paques", "Pâques"),
    ("ascension",): ("ascension", "l'Ascension"),
    ("pentecote",): ("pentecote", "la Pentecôte"),
    ("toussaint",): ("toussaint", "la Toussaint"),
}
# Only as the second bound of « entre … et … » (« entre Noël et Pâques »): « d'ici Noël » is periods.py's.
_SECOND_ONLY = {("noel",): ("noel", "Noël")}
# Bound words before the name, and the articles that may stand between them.
_BEFORE = (("d", "ici"), ("avant",), ("jusqu", "a"), ("jusqu", "au"), ("ici",))
_ARTICLES = frozenset({"la", "l", "le"})


def _name_at(folded: list[str], i: int, names: dict[tuple[str, ...], tuple[str, str]]) -> tuple[str, str, int] | None:
    """The holiday named at `i` (an article allowed first): its date_holidays name, label, and the index after it."""
    j = i + (i < len(folded) and folded[i] in _ARTICLES)
    for words, (name, label) in names.items():
        if tuple(folded[j:j + len(words)]) == words:
            return name, label, j + len(words)
    return None


def _next_day(name: str, today: date) -> date:
    day = holiday_day(name, today.year)
    return day if day >= today else holiday_day(name, today.year + 1)


def holiday_span(folded: list[str], i: int, today: date) -> Period | None:
    """The period a holiday bounds, said from `i` (« avant », « d'ici », « jusqu'à », « entre »), or None."""
    from handlers.understanding.periods import Period  # periods reads this module: imported late

    if folded[i] == "entre" and (first := _name_at(folded, i + 1, _NAMES)) is not None:
        name, label, after = first
        if folded[after:after + 1] != ["et"]:
            return None
        second = _name_at(folded, after + 1, _NAMES | _SECOND_ONLY)
        if second is None:
            return None
        start = _next_day(name, today)
        end = _next_day(second[0], start)
        return Period(start, end + timedelta(days=1),
                      f"entre {label} ({start:%d/%m/%Y}) et {second[1]} ({end:%d/%m/%Y})", i, second[2])
    for bound in _BEFORE:
        if tuple(folded[i:i + len(bound)]) != bound:
            continue
        if bound == ("ici",) and i > 0 and folded[i - 1] == "d":
            return None  # the « d » of « d'ici » is where the phrase starts
        found = _name_at(folded, i + len(bound), _NAMES)
        if found is None:
            return None
        name, label, after = found
        day = _next_day(name, today)
        verb = "avant" if bound == ("avant",) else "d'ici"
        return Period(today, day, f"{verb} {label} (jusqu'au {day - timedelta(days=1):%d/%m/%Y})", i, after)
    return None
