"""More period words in a question, as members and minutes write them:
« semaine 50 » / « sem. 50 » (that ISO week), « d'ici 15 jours », « sous 8
jours », « dans les 10 jours », « dans les 15 jrs », « les quinze prochains
jours » (from today), and behind it « il y a deux semaines », « il y a 3
semaines », « il y a 8 / 15 jours » (that past week: « la réunion d'il y a
deux semaines »), « il y a 4 jours » (that day).

Without them, « quoi de prévu semaine 50 ? » listed every date to come, as
if no period had been named.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from handlers.date_numbers import CARDINAL_VALUES, CARDINAL_WORDS

if TYPE_CHECKING:
    from handlers.understanding.periods import Period

__all__ = ["more_periods"]

_WEEK_WORDS = ("semaine", "sem")
_COUNT_CUES = (("d", "ici"), ("sous",), ("dans", "les"))


def _iso_week(number: int, today: date) -> tuple[date, date] | None:
    """The week of that ISO number this year, or next year's once it has ended."""
    for year in (today.year, today.year + 1):
        try:
            monday = date.fromisocalendar(year, number, 1)
        except ValueError:
            continue
        if monday + timedelta(days=7) > today:
            return monday, monday + timedelta(days=7)
    return None


def _count(word: str) -> int | None:
    """« 3 », « une », « deux »…: a small count of days or weeks."""
    words = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
             "dix": 10, "quinze": 15}
    if word.isdigit():
        return int(word) if 0 < int(word) <= 366 else None
    return words.get(word)


def _spelled_run(folded: list[str], i: int) -> tuple[int, int] | None:
    """« quatre vingt dix » (the Swiss « nonante » as the lexicon writes it), « vingt et un », « trente »: the
    number the words in a row from `i` make and the index after them."""
    value, j = 0, i
    while j < len(folded) and (folded[j] in CARDINAL_WORDS or folded[j] == "et" and j > i):
        word = folded[j]
        if word in ("vingt", "vingts") and j > i and folded[j - 1] == "quatre":
            value += 80 - 4  # « quatre vingt(s) »: four twenties
        elif word != "et":
            value += CARDINAL_VALUES[word]
        j += 1
    return (value, j) if j > i else None


def _same_day(year: int, month: int, day: int) -> date:
    """That day of the month, or the month's last day when it has none (« d'ici un mois » on 31 January)."""
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def _unit(word: str) -> bool:
    """Days or weeks, as typed in a hurry too (« 15 jrs », « 2 sem »)."""
    return word.startswith(("jour", "semaine")) or word in ("j", "jr", "jrs", "sem", "sems")


def _ago(folded: list[str], k: int, today: date) -> Period | None:
    """After « il y a »: a count of weeks is that past week, Monday to Sunday; « 8 jours », « 15 jours » are
    one and two weeks as said (a rough count, as « dans 15 jours »); another count of days is that day."""
    from handlers.understanding.periods import Period

    n = _count(folded[k]) if k < len(folded) else None
    unit = folded[k + 1] if k + 1 < len(folded) else ""
    if n is None or not _unit(unit):
        return None
    weeks = n if unit.startswith("sem") else {8: 1, 15: 2}.get(n)
    if weeks is not None:
        monday = today - timedelta(days=today.weekday(), weeks=weeks)
        label = f"il y a {folded[k]} {unit} (du {monday:%d/%m} au {monday + timedelta(days=6):%d/%m})"
        return Period(monday, monday + timedelta(days=7), label, k - 3, k + 2)
    day = today - timedelta(days=n)
    return Period(day, day + timedelta(days=1), f"il y a {folded[k]} jours (le {day:%d/%m})", k - 3, k + 2)


def more_periods(folded: list[str], i: int, today: date) -> Period | None:
    """The period that starts at word `i`, if one of these phrases does."""
    from handlers.understanding.periods import Period  # periods imports this module

    word = folded[i]
    after = folded[i + 1] if i + 1 < len(folded) else ""
    if word in _WEEK_WORDS and after.isdigit() and 1 <= int(after) <= 53:
        span = _iso_week(int(after), today)
        if span is not None:
            return Period(span[0], span[1], f"la semaine {int(after)} (du {span[0]:%d/%m} au {span[1] - timedelta(days=1):%d/%m})", i, i + 2)
    if word == "dans" and (count := _count(after)) is not None and i + 2 < len(folded):
        unit = folded[i + 2]
        # « dans huit jours », « dans quinze jours » are one and two weeks said roughly, as after « il y a » (_ago):
        # that week, as « dans 2 semaines » (« on a un délai dans quinze jours ? » on a Tuesday asks about the
        # week after next, not only its Tuesday).
        weeks = count if unit.startswith("semaine") else {8: 1, 15: 2}.get(count) if unit.startswith("jour") else None
        if weeks is not None:  # « dans 2 semaines »: that week
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)
            label = f"dans {after} {unit} (du {monday:%d/%m} au {monday + timedelta(days=6):%d/%m})"
            return Period(monday, monday + timedelta(days=7), label, i, i + 3)
        if unit.startswith("jour"):  # « dans 3 jours »: that day
            day = today + timedelta(days=count)
            return Period(day, day + timedelta(days=1), f"dans {after} jours (le {day:%d/%m})", i, i + 3)
    if word in CARDINAL_WORDS and (run := _spelled_run(folded, i)) is not None and (
            run[1] > i + 1 or _count(word) is None):
        # « les nonante prochains jours » (read « quatre-vingt-dix »), « les trente prochains jours »
        count, j = run
        unit = folded[j + 1] if j + 1 < len(folded) and folded[j].startswith("prochain") else ""
        if 0 < count <= 366 and _unit(unit):
            days = count * (7 if unit.startswith("sem") else 1)
            return Period(today, today + timedelta(days=days), f"dans les {count} prochains {unit}", i, j + 2)
    if (count := _count(word)) is not None and after.startswith("prochain") and i + 2 < len(folded):
        # « les quinze prochains jours », « les 2 prochaines semaines » (in words or figures)
        unit = folded[i + 2]
        if _unit(unit):
            days = count * (7 if unit.startswith("sem") else 1)
            return Period(today, today + timedelta(days=days), f"dans les {word} prochains {unit}", i, i + 3)
    if folded[i:i + 3] == ["il", "y", "a"] and (ago := _ago(folded, i + 3, today)) is not None:
        return ago
    for cue in _COUNT_CUES:
        if tuple(folded[i:i + len(cue)]) != cue:
            continue
        k = i + len(cue)
        count = folded[k] if k < len(folded) else ""
        unit = folded[k + 1] if k + 1 < len(folded) else ""
        if (n := _count(count)) is not None and unit == "mois" and n <= 24:
            # « dans les deux mois », « d'ici 3 mois »: to that day of the month (« d'ici 3 mois » for the date reader)
            month = today.month - 1 + n
            last = _same_day(today.year + month // 12, month % 12 + 1, today.day)
            return Period(today, last + timedelta(days=1), f"d'ici {count} mois (jusqu'au {last:%d/%m/%Y})", i, k + 2)
        if _count(count) is not None and _unit(unit):
            days = _count(count) * (7 if unit.startswith("sem") else 1)
            return Period(today, today + timedelta(days=days + 1), f"d'ici {count} {'semaine' if unit.startswith('sem') else 'jour'}{'s' * (_count(count) > 1)}", i, k + 2)
    return None
