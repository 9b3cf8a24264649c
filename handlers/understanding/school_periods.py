"""Periods members write in words that the school year and the calendar
year shape: « avant les vacances », « d'ici les vacances », « à la
rentrée », « la semaine de la rentrée », « d'ici la fin du trimestre »,
« avant la fin du semestre », « en début d'année ».

Each is read only when its dates are certain: the Christmas school holidays
are the same in all of France's zones (from the Saturday before Christmas
week to the Monday after New Year's week), so from November « avant les
vacances » ends the Friday before them and « la rentrée » is January's.
Elsewhere (cantons, Belgium's communities) or at other times of the year
(winter and spring holidays differ by zone), the phrase is left unread and
the bot says what it did not understand rather than guess; the label of
every period read names its dates, so the member sees what was understood.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from handlers.understanding.meeting_nouns import nouns

if TYPE_CHECKING:
    from handlers.understanding.periods import Period

__all__ = ["christmas_holidays", "school_periods", "winter_back"]

# Time zones whose school holidays follow France's national Christmas break.
_FRENCH_ZONES = frozenset({"Europe/Paris"})
# « avant les vacances », « d'ici les vacances », « jusqu'aux vacances »: the cue and the words up to « vacances ».
_BEFORE = (("avant", "les"), ("ici", "les"), ("jusqu", "aux"), ("d", "ici", "les"))
_HOLIDAY_WORDS = frozenset({"vacances", "conges"})
# What makes « les vacances » other holidays than the next ones (« avant les vacances de février »).
_OTHER_HOLIDAYS = frozenset({"de", "d", "du", "des", "scolaires", "ete", "hiver", "printemps", "ski"})
_YEAR_PARTS = {"trimestre": 3, "semestre": 6}


def christmas_holidays(year: int) -> tuple[date, date]:
    """France's Christmas school holidays of `year` [first day, day back): from the Saturday
    before Christmas week to the Monday after New Year's week (19/12/2026 to 04/01/2027)."""
    christmas = date(year, 12, 25)
    start = christmas - timedelta(days=christmas.weekday() + 2)
    return start, start + timedelta(days=16)


def _french(now: datetime | None) -> bool:
    return getattr(getattr(now, "tzinfo", None), "key", "") in _FRENCH_ZONES


def _christmas_ahead(today: date) -> tuple[date, date] | None:
    """The Christmas holidays when they are the next ones (from November) or under way."""
    for year in (today.year - 1, today.year):
        start, back = christmas_holidays(year)
        if date(year, 11, 1) <= today < back:
            return start, back
    return None


def winter_back(today: date) -> bool:
    """From November to the day back after New Year: « la rentrée » is January's, not September's."""
    return _christmas_ahead(today) is not None


def _holidays_before(folded: list[str], i: int, today: date) -> Period | None:
    """« avant les vacances », « d'ici les congés »: from today to the Friday before the Christmas holidays."""
    from handlers.understanding.periods import Period

    for cue in _BEFORE:
        k = i + len(cue)
        if tuple(folded[i:k]) != cue or folded[k:k + 1] not in ([w] for w in _HOLIDAY_WORDS):
            continue
        christmas = folded[k + 1:k + 3] in (["de", "noel"], ["des", "fetes"]) or folded[k + 1:k + 5] == [
            "de", "fin", "d", "annee"]
        if folded[k + 1:k + 2] and folded[k + 1] in _OTHER_HOLIDAYS and not christmas:
            return None  # « avant les vacances de février »: which zone's, unsaid
        span = _christmas_ahead(today)
        if span is None or span[0] <= today:
            return None
        last = span[0] - timedelta(days=1)
        # « vacances », « vacances de Noël », « vacances des fêtes », « vacances de fin d'année »
        end_word = k + 1 if not christmas else k + 5 if folded[k + 2] == "fin" else k + 3
        return Period(today, span[0], f"avant les vacances de Noël (jusqu'au {last:%d/%m/%Y})", i, end_word)
    return None


def _holidays_after(folded: list[str], i: int, today: date) -> Period | None:
    """« après les fêtes », « après les vacances (de Noël) »: from the day back after the Christmas holidays on."""
    from handlers.understanding.periods import Period

    if folded[i:i + 2] != ["apres", "les"] or folded[i + 2:i + 3] not in ([w] for w in (*_HOLIDAY_WORDS, "fetes")):
        return None
    k = i + 3
    christmas = folded[i + 2] == "fetes" or folded[k:k + 2] in (["de", "noel"], ["des", "fetes"])
    if not christmas and folded[k:k + 1] and folded[k] in _OTHER_HOLIDAYS:
        return None  # « après les vacances de février »: which zone's, unsaid
    if (span := _christmas_ahead(today)) is None:
        return None
    end_word = k + 2 if folded[k:k + 2] in (["de", "noel"], ["des", "fetes"]) else k
    back = span[1]
    return Period(back, back + timedelta(days=400), f"après les vacances de Noël (à partir du {back:%d/%m/%Y})",
                  i, end_word)


def _rentree(folded: list[str], i: int, today: date) -> Period | None:
    """« à la rentrée », « la réunion de la rentrée » from November: January's, from the day back to the
    month's end; « la semaine de la rentrée »: that week. September's rentrée is periods.py's."""
    from handlers.understanding.periods import Period

    if folded[i] != "rentree" or (span := _christmas_ahead(today)) is None:
        return None
    if folded[i + 1:i + 3] == ["de", "septembre"] and (past := _rentree_behind(folded, i, today)) is not None:
        # « le compte rendu du comité de rentrée de septembre ? »: the one behind us, « rentrée » and its month one
        # period, no topic word left beside the month (lead's set 65).
        return Period(past.start, past.end, past.label, past.start_word, i + 3)
    if folded[i + 1:i + 3] == ["de", "septembre"] or folded[i + 1:i + 2] == ["scolaire"]:
        return None  # September's, named
    if (past := _rentree_behind(folded, i, today)) is not None:
        return past
    back = span[1]
    week = i >= 3 and folded[i - 3:i] in (["semaine", "de", "la"], ["semaine", "d", "la"])
    if week:
        monday = back - timedelta(days=back.weekday())
        return Period(monday, monday + timedelta(days=7), f"la semaine de la rentrée (du {monday:%d/%m} au "
                      f"{monday + timedelta(days=6):%d/%m/%Y})", i - 3, i + 1)
    end = date(back.year + (back.month == 12), back.month % 12 + 1, 1)
    first = i - 2 if i >= 2 and folded[i - 1] == "la" and folded[i - 2] in ("a", "de", "apres", "pour", "des") else i
    return Period(back, end, f"à la rentrée de janvier (du {back:%d/%m} au {end - timedelta(days=1):%d/%m/%Y})",
                  first, i + 1)


# The nouns of a meeting's minutes, written only after it was held.
_MINUTES = frozenset({"pv", "cr", "proces", "cri"})


def _rentree_behind(folded: list[str], i: int, today: date) -> Period | None:
    """« la réunion de rentrée, c'était où ? », « le PV de la séance de la rentrée, il a été envoyé ? » asked in
    the past from November: the rentrée behind us, September's (set 33a: read as January's, a meeting still to
    come answered confidently). « depuis la rentrée » is past_periods.py's, read before this."""
    from handlers.understanding.days import asked_in_past
    from handlers.understanding.periods import Period

    # « le relevé de décisions du copil de rentrée »: decisions are recorded at a sitting held, as minutes are
    # (lead's set 65).
    minutes = any(w in _MINUTES for w in folded) or any(folded[k:k + 2] in (["compte", "rendu"], ["releve", "de"])
                                                        for k in range(len(folded)))
    if not (asked_in_past(folded) or minutes):
        return None  # a meeting's minutes are of one held: « le PV de la réunion de rentrée ? » too
    year = today.year if today.month >= 9 else today.year - 1
    start, end = date(year, 9, 1), date(year, 10, 1)
    first = i - 2 if i >= 2 and folded[i - 1] == "la" and folded[i - 2] in ("a", "de", "pour", "des") else i
    return Period(start, end, f"à la rentrée de septembre (du 01/09 au 30/09/{year})", first, i + 1)


def _part_end(folded: list[str], i: int, today: date) -> Period | None:
    """« d'ici la fin du trimestre », « avant la fin du semestre », « fin de trimestre »: today to the end
    of the calendar quarter or half-year under way."""
    from handlers.understanding.periods import Period

    if folded[i] != "fin":
        return None
    k = i + 1 + (folded[i + 1:i + 2] in (["du"], ["de"]))
    if folded[k:k + 1] not in ([p] for p in _YEAR_PARTS):
        return None
    size = _YEAR_PARTS[folded[k]]
    first_month = (today.month - 1) // size * size + 1
    end_month = first_month + size
    end = date(today.year + (end_month > 12), (end_month - 1) % 12 + 1, 1)
    start_word = i - 2 if i >= 2 and folded[i - 1] == "la" and folded[i - 2] in ("ici", "avant", "jusqu", "a") else i
    return Period(today, end, f"d'ici la fin du {folded[k]} (le {end - timedelta(days=1):%d/%m/%Y})", start_word, k + 1)


def _year_start(folded: list[str], i: int, today: date) -> Period | None:
    """« en début d'année », « début de l'année prochaine »: January and February of the coming year
    (of this one while they last)."""
    from handlers.understanding.periods import Period

    if folded[i] != "debut":
        return None
    k = i + 1
    if folded[k:k + 1] == ["d"] or folded[k:k + 2] == ["de", "l"]:
        k += 1 if folded[k] == "d" else 2
    else:
        return None
    if folded[k:k + 1] not in (["annee"], ["an"]):
        return None
    end_word = k + 1 + (folded[k + 1:k + 2] in (["prochaine"], ["prochain"]))
    year = today.year + 1 if today.month > 2 or end_word > k + 1 else today.year
    start, end = date(year, 1, 1), date(year, 3, 1)
    first = i - 1 if i >= 1 and folded[i - 1] in ("en", "au", "des") else i
    return Period(max(start, today), end, f"en début d'année (janvier et février {year})", first, end_word)


# Nouns a year qualifies as a period (« la première réunion de 2027 », « les échéances de 2027 »), not as a
# name's part (« le budget 2027 », « la feuille de route de 2027 »).
_YEAR_OF = nouns("plain", "chat", plural=True) | {"echeances", "dates", "deadlines", "calendrier", "premiere", "premier",
                                                  "derniere", "dernier"}


def _year(folded: list[str], i: int, today: date) -> Period | None:
    """« en 2027 », « les réunions de 2027 »: that calendar year (from today when it is this one)."""
    from handlers.understanding.periods import Period

    if folded[i] not in ("en", "de", "d") or i + 1 >= len(folded) or not folded[i + 1].isdigit():
        return None
    year = int(folded[i + 1])
    if len(folded[i + 1]) != 4 or not today.year - 1 <= year <= today.year + 3:
        return None
    if folded[i] != "en" and (i == 0 or folded[i - 1] not in _YEAR_OF):
        return None
    start, end = date(year, 1, 1), date(year + 1, 1, 1)
    return Period(max(start, today) if start <= today < end else start, end, f"en {year}", i, i + 2)


def school_periods(folded: list[str], i: int, today: date, now: datetime | None = None) -> Period | None:
    """The period of these kinds that starts at word `i`, if any (the holidays only in France)."""
    found = _part_end(folded, i, today) or _year_start(folded, i, today) or _year(folded, i, today)
    if found is None and _french(now):
        found = _holidays_before(folded, i, today) or _holidays_after(folded, i, today) or _rentree(folded, i, today)
    return found
