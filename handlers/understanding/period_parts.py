"""Parts of the calendar a question names that are neither a day nor a
whole month: « début janvier », « mi-février », « fin mars » (a third of
that month), « au premier trimestre », « le 2e semestre », « ce
trimestre » (quarters and halves of the year), « la première quinzaine de
janvier », « la dernière semaine de mars » (a stretch of a month), « la semaine dernière », « le
mois dernier » (the calendar week or month before this one), the end of
the year's holidays (« pendant les vacances de Noël », « entre Noël et le
jour de l'an », « au nouvel an »).

Without them « fin janvier, il y a quoi ? » was read as the whole of
January or not at all, and « au premier trimestre » as no period.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from typing import TYPE_CHECKING

from handlers.understanding.sitting_order import LAST, SINGULAR, numbered_up_to, ranks_up_to
from handlers.understanding.year_spans import year_span

if TYPE_CHECKING:
    from handlers.understanding.periods import Period

__all__ = ["part_periods"]

# A third of a month: its first ten days, the ten after, the rest (as people mean « début/mi/fin »).
_THIRDS = {"debut": (1, 10, "début"), "mi": (11, 20, "mi-"), "fin": (21, 31, "fin")}
_LINKS = ("de", "d", "du")
# « premier », « 1er », « 2e », « second »…: which quarter or half.
# « le dernier trimestre »: -1, the last part of the year.
_ORDINALS = ranks_up_to(4) | numbered_up_to(4) | dict.fromkeys(LAST & SINGULAR, -1)
_PARTS = {"trimestre": (3, "trimestre"), "semestre": (6, "semestre")}
_ORDINAL_NAMES = {1: "premier", 2: "deuxième", 3: "troisième", 4: "quatrième"}
_BACK = {("semaine", "derniere"), ("semaine", "passee"), ("semaine", "precedente"),
         ("mois", "dernier"), ("mois", "passe"), ("mois", "precedent")}


def _month_part(folded: list[str], i: int, today: date) -> Period | None:
    """« début janvier », « fin de mois », « mi-mars »: a third of the coming (or current) such month."""
    from handlers.understanding.periods import MONTHS, Period, month_of

    if folded[i] not in _THIRDS:
        return None
    k = i + 1 + (folded[i + 1:i + 2] in ([link] for link in _LINKS))
    if k >= len(folded):
        return None
    first, last, said = _THIRDS[folded[i]]
    month = month_of(folded[k])
    if month is None and folded[k] == "mois":
        month = today.month  # « fin de mois », « en début de mois »: this month's
    if month is None:
        return None
    # Without a year, the nearer of the last and the next such part, as for a day (« acté fin septembre »).
    spans = []
    for year in (today.year - 1, today.year, today.year + 1):
        start = date(year, month, first)
        spans.append((start, date(year, month, min(last, monthrange(year, month)[1])) + timedelta(days=1)))
    start, end = min(spans, key=lambda s: 0 if s[0] <= today < s[1] else min(abs((s[0] - today).days), abs((s[1] - today).days)))
    year = start.year
    joined = f"{said}{MONTHS[month - 1]}" if said.endswith("-") else f"{said} {MONTHS[month - 1]}"
    return Period(start, end, f"{joined} {year} (du {start:%d/%m} au {end - timedelta(days=1):%d/%m})", i, k + 1)


def _year_after(folded: list[str], k: int) -> int | None:
    """« 2027 » right after the part named: that year."""
    word = folded[k] if k < len(folded) else ""
    return int(word) if word.isdigit() and len(word) == 4 and 1900 < int(word) < 2200 else None


# « la première quinzaine de janvier », « la dernière semaine de mars »: (size in days, which one).
_STRETCHES = {"quinzaine": 15, "semaine": 7}


def _stretch_of_month(folded: list[str], i: int, today: date) -> Period | None:
    """A fortnight or a week of a month counted from its first day (the last one ends with it)."""
    from handlers.understanding.periods import MONTHS, Period, month_of

    if folded[i] not in _ORDINALS or folded[i + 1:i + 2] not in ([s] for s in _STRETCHES):
        return None
    k = i + 2 + (folded[i + 2:i + 3] in (["de"], ["d"], ["du"]))
    month = month_of(folded[k]) if k < len(folded) else None
    if month is None:
        return None
    size, number = _STRETCHES[folded[i + 1]], _ORDINALS[folded[i]]
    if size == 15 and number == -1:
        number = 2  # « la dernière quinzaine » is the second half of the month
    given = _year_after(folded, k + 1)
    year = given or (today.year if month >= today.month else today.year + 1)
    days = monthrange(year, month)[1]
    first = days - size + 1 if number == -1 else (number - 1) * size + 1
    if first > days:
        return None
    last = days if number == -1 or folded[i + 1] == "quinzaine" and number == 2 else min(first + size - 1, days)
    start, end = date(year, month, first), date(year, month, last) + timedelta(days=1)
    said = {1: "première", 2: "deuxième", 3: "troisième", 4: "quatrième", -1: "dernière"}.get(number, f"{number}e")
    label = f"la {said} {folded[i + 1]} de {MONTHS[month - 1]} {year} (du {start:%d/%m} au {last:02d}/{month:02d})"
    return Period(start, end, label, i, k + 1 + (given is not None))


def _year_part(folded: list[str], i: int, today: date) -> Period | None:
    """« au premier trimestre », « le 2e semestre », « ce trimestre », « le trimestre prochain »."""
    from handlers.understanding.periods import Period

    word, after = folded[i], folded[i + 1] if i + 1 < len(folded) else ""
    if word in _ORDINALS and after in _PARTS:
        size, name = _PARTS[after]
        count = 12 // size
        number = count if _ORDINALS[word] == -1 else _ORDINALS[word]
        if number > count:
            return None
        given = _year_after(folded, i + 2)
        start = date(given or today.year, (number - 1) * size + 1, 1)
        end = date(start.year + (number * size == 12), number * size % 12 + 1, 1)
        if end <= today and given is None:  # the next such part once this year's is over
            start, end = date(start.year + 1, start.month, 1), date(end.year + 1, end.month, 1)
        return Period(start, end, f"au {_ORDINAL_NAMES[number]} {name} {start.year}", i, i + 2 + (given is not None))
    current = word in ("ce", "cet") and after in _PARTS
    coming = word in _PARTS and after in ("prochain", "suivant") or word in ("prochain",) and after in _PARTS
    if current or coming:
        size, name = _PARTS[after if word not in _PARTS else word]
        first_month = (today.month - 1) // size * size + 1
        start = date(today.year, first_month, 1)
        if coming:
            start = date(today.year + (first_month + size > 12), (first_month + size - 1) % 12 + 1, 1)
        end = date(start.year + (start.month + size > 12), (start.month + size - 1) % 12 + 1, 1)
        label = f"ce {name}" if current else f"le {name} prochain"
        return Period(max(start, today) if current else start, end, label, i, i + 2)
    return None


def _past_span(folded: list[str], i: int, today: date) -> Period | None:
    """« la semaine dernière », « le mois passé »: the calendar week or month before this one."""
    from handlers.understanding.periods import Period

    if tuple(folded[i:i + 2]) not in _BACK:
        return None
    if folded[i] == "semaine":
        monday = today - timedelta(days=today.weekday() + 7)
        return Period(monday, monday + timedelta(days=7), f"la semaine dernière (du {monday:%d/%m} au "
                      f"{monday + timedelta(days=6):%d/%m})", i, i + 2)
    end = date(today.year, today.month, 1)
    start = date(end.year - (end.month == 1), (end.month - 2) % 12 + 1, 1)
    return Period(start, end, "le mois dernier", i, i + 2)


_CHRISTMAS_HOLIDAYS = (("vacances", "de", "noel"), ("vacances", "des", "fetes"), ("fetes", "de", "fin", "d", "annee"),
                       ("vacances", "de", "fin", "d", "annee"))
_NEW_YEAR = (("jour", "de", "l", "an"), ("nouvel", "an"), ("1er", "janvier"), ("premier", "janvier"))


def _holidays(folded: list[str], i: int, today: date) -> Period | None:
    """The end of the year's holidays, this year's (or next year's once over)."""
    from handlers.understanding.periods import Period

    year = today.year if today <= date(today.year, 12, 31) and today >= date(today.year, 1, 8) else today.year - 1
    christmas = date(year, 12, 25)
    for phrase in _CHRISTMAS_HOLIDAYS:
        if tuple(folded[i:i + len(phrase)]) == phrase:
            # France's school holidays: two weeks from the Saturday before Christmas week, back on a Monday.
            start = christmas - timedelta(days=christmas.weekday() + 2)
            end = start + timedelta(days=16)
            label = f"pendant les vacances de Noël (du {start:%d/%m/%Y} au {end - timedelta(days=1):%d/%m/%Y})"
            # « pendant les vacances de Noël »: the preposition belongs to the period, it is no topic.
            first = i - 2 if i >= 2 and folded[i - 1] in ("les", "des") and folded[i - 2] in ("pendant", "durant") else i
            return Period(start, end, label, first, i + len(phrase))
    if folded[i] in ("avant", "ici", "jusqu") and folded[i + 1:i + 3] == ["les", "fetes"] and today < christmas:
        # « avant les fêtes », « d'ici les fêtes »: as « avant Noël »
        return Period(today, christmas, "d'ici les fêtes (Noël)", i, i + 3)
    if folded[i:i + 3] == ["entre", "noel", "et"]:
        k = i + 3 + (folded[i + 3:i + 4] in (["le"], ["la"]))
        if any(tuple(folded[k:k + len(p)]) == p for p in _NEW_YEAR):
            end_word = k + next(len(p) for p in _NEW_YEAR if tuple(folded[k:k + len(p)]) == p)
            return Period(christmas, date(year + 1, 1, 2), f"entre Noël et le jour de l'an ({year})", i, end_word)
    if tuple(folded[i:i + 4]) == _NEW_YEAR[0] or tuple(folded[i:i + 2]) == _NEW_YEAR[1]:
        day = date(year + 1, 1, 1)
        return Period(day, day + timedelta(days=1), f"le jour de l'an ({day:%d/%m/%Y})", i, i + (4 if folded[i] == "jour" else 2))
    return None


def part_periods(folded: list[str], i: int, today: date) -> Period | None:
    """The period of these kinds that starts at word `i`, if any."""
    return (_month_part(folded, i, today) or _stretch_of_month(folded, i, today) or _year_part(folded, i, today)
            or _past_span(folded, i, today) or _holidays(folded, i, today)
            or year_span(folded, i, today))
