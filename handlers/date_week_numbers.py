"""Week numbers after a weekday (blind set 21, the minutes' and planners' register): « mardi de la semaine 3 »,
« mardi semaine 5 », « jeudi sem. 3 », « lundi S06 », « vendredi S45 : dépôt ». French calendars and planners
number weeks the ISO way (weeks from Monday, week 1 holds 4 January), so a weekday with its week number names
one day. The coming such week is meant: a number below this week's is next year's (« semaine 2 » said in
December); this week's own weekday already past is left to the reader's refusal of past days.

A week number alone (« semaine 3 à 14h », « S04 : dépôt ») is a span and stays refused by the reader's rest
check; only the weekday makes it a day. Part of `handlers.date_weekdays`.

Blind set 22 (what comes around the date): the week said BEFORE the weekday, as a planner's heading (« semaine 3 :
mardi 19 à 14h », « S03 – vendredi 22 : dépôt », « sem. 3, mardi 19 », « S03 mardi 19 »), and the week in brackets
after the date, the time or the place (« mardi 19 (S03) à 14h », « …, salle 14 (S03) »). Both are checked against
the day and never kept in the place or the text; a week that does not hold the day is asked. Before the weekday,
the week alone names the day only after a heading's separator (« semaine 3 : mardi à 14h »); « semaine 3 mardi
14h », with neither a separator nor the date, stays refused (blind set 9).

Blind set 23 (computed dates): a weekday of the week named by one of its days, « jeudi de la semaine du 18 janvier »,
« le vendredi de la semaine du 20 »: that weekday of the calendar week holding the day. When the day named is no
Monday, « la semaine du 20 » may also run from the 20th on: a weekday before it in its week (« lundi de la semaine
du 20 » when the 20th is a Wednesday: the 18th, or the 25th?) is asked; from it on both agree.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Protocol

from handlers.date_calendar import format_day
from handlers.date_clock import Phrases, counted_noun
from handlers.date_counted import near_enough
from handlers.messages import InputError

__all__ = ["check_weeks", "week_number_at", "week_of_day_at", "week_then_day", "weekday_in_week", "without_bracketed_weeks"]

# A week number between brackets, as planners print it after a date (« (S03) », « (semaine 3) », « [sem. 3] »).
_BRACKETED = re.compile(r"[ \t]*[(\[][ \t]*(?:s|sem\.?|semaine)[ \t]?0?([1-9]|[1-4][0-9]|5[0-3])[ \t]*[)\]]", re.IGNORECASE)
_HEADING_SEPARATORS = (":", "-", "–", "—", ",")

# What introduces the number after the weekday; « s » only glued to it (« S03 »): a lone « s » is no week.
_WEEK_WORDS = ("de la semaine", "la semaine", "en semaine", "semaine", "de la sem .", "de la sem", "sem .", "sem")


def week_number_at(reader: Phrases, j: int) -> tuple[int, int] | None:
    """(the week's number, the index after it) for a week number at `j`, or None."""
    s_at = reader.seq(j, "de la", "en") or j
    if reader.word(s_at) == "s" and reader.adjacent(s_at + 1):
        k = s_at + 1  # « S03 », « S6 », « de la S03 »
    elif (k := reader.seq(j, *_WEEK_WORDS)) is None:
        return None
    number = reader.num(k)
    if number is None or not 1 <= number <= 53 or (reader.adjacent(k + 1) and reader.word(k + 1).isalpha()):
        return None  # not « semaine 3e », « semaine 12h »
    if reader.word(k + 1) in ("/", "-", ".") and reader.num(k + 2) is not None:
        return None  # « semaine 12/2027 »: a date or a range, left to the rest check
    if counted_noun(reader, k + 1):
        return None  # « mardi sem 3 dossiers »: a count, not a week
    return number, k + 1


def weekday_in_week(today: date, week: int, weekday: int, said: str) -> date:
    """The day `weekday` (Monday 0) of ISO week `week`, this ISO year's or, when the week has passed, next year's."""
    year = today.isocalendar().year + (week < today.isocalendar().week)
    try:
        return date.fromisocalendar(year, week, weekday + 1)
    except ValueError:
        raise InputError(f"« {said} » : l'année {year} n'a pas de semaine {week}. Donnez la date "
                         "(ex. « mardi 12 janvier 14h »).") from None


class _WeekdayReader(Protocol):
    """What `week_then_day` needs of the date reader (`handlers.date_reader.Reader`)."""

    today: date

    def word(self, i: int) -> str: ...
    def seq(self, i: int, *phrases: str) -> int | None: ...
    def label(self, i: int, j: int) -> str: ...
    def _weekday(self, i: int) -> tuple[int, int] | None: ...
    def weekday_phrase(self, i: int) -> tuple[date, int] | None: ...
    def explicit(self, i: int, bare_day: bool) -> tuple[date, int] | None: ...


def week_of_day_at(reader: _WeekdayReader, j: int) -> tuple[date, int] | None:
    """« de la semaine du 18 janvier » at `j` (after a weekday): the day named and the index after it, or None."""
    if (k := reader.seq(j, "de la semaine", "la semaine")) is None or reader.word(k) != "du":
        return None
    if (named := reader.explicit(k, bare_day=True)) is None:
        return None
    return near_enough(named[0], reader.today, reader.label(k, named[1])), named[1]  # (« … du 31/12/9999 »: no overflow)


def weekday_in_week_of(named: date, weekday: int, said: str) -> date:
    """The day `weekday` (Monday 0) of the calendar week holding `named`; asked when it falls before a `named` that
    is no Monday (« la semaine du 20 » may then start on the 20th)."""
    day = named + timedelta(days=weekday - named.weekday())
    if day < named:
        raise InputError(f"« {said} » : le {format_day(day)} (la semaine qui contient le {format_day(named, weekday=False)}) "
                         f"ou le {format_day(day + timedelta(days=7))} ? Je ne devine pas : donnez la date.")
    return day


def week_then_day(reader: _WeekdayReader, i: int) -> tuple[date, int] | None:
    """« semaine 3 : mardi 19 », « S03 mardi 19 », « semaine 3 : mardi »: the week before the weekday. The day with
    the index after it; None when no week and weekday are there, or when only the weekday follows the week without
    a heading's separator."""
    if (found := week_number_at(reader, i)) is None:  # type: ignore[arg-type]
        return None
    week, k = found
    heading = reader.word(k) in _HEADING_SEPARATORS
    k += heading
    if (weekday := reader._weekday(k)) is None or (phrase := reader.weekday_phrase(k)) is None:
        return None
    by_week = weekday_in_week(reader.today, week, weekday[0], reader.label(i, weekday[1]))
    day, end = phrase
    if not reader.label(weekday[1], end).strip(" ,"):  # the weekday alone (« semaine 3 : vendredi, dépôt »): the week names which one
        return (by_week, end) if heading else None
    check_weeks(day, (week,), reader.label(i, end))
    return day, end


def without_bracketed_weeks(raw: str) -> tuple[str, tuple[int, ...]]:
    """`raw` without the week numbers said between brackets, and those numbers."""
    weeks = tuple(int(found.group(1)) for found in _BRACKETED.finditer(raw))
    return (_BRACKETED.sub("", raw), weeks) if weeks else (raw, ())


def check_weeks(day: date, weeks: tuple[int, ...], said: str) -> None:
    """Refuses a week number that does not hold `day` (either may be the slip)."""
    for week in weeks:
        if day.isocalendar().week != week:
            raise InputError(f"« {said.strip()[:60]} » : le {format_day(day)} est dans la semaine {day.isocalendar().week}, "
                             f"pas dans la semaine {week} : lequel des deux ? Donnez la date seule (ex. « {format_day(day)} »).")
