"""Week numbers after a weekday (blind set 21, the minutes' and planners' register): « mardi de la semaine 3 »,
« mardi semaine 5 », « jeudi sem. 3 », « lundi S06 », « vendredi S45 : dépôt ». French calendars and planners
number weeks the ISO way (weeks from Monday, week 1 holds 4 January), so a weekday with its week number names
one day. The coming such week is meant: a number below this week's is next year's (« semaine 2 » said in
December); this week's own weekday already past is left to the reader's refusal of past days.

A week number alone (« semaine 3 à 14h », « S04 : dépôt ») is a span and stays refused by the reader's rest
check; only the weekday makes it a day. Part of `handlers.date_weekdays`.
"""

from __future__ import annotations

from datetime import date

from handlers.date_clock import Phrases, counted_noun
from handlers.messages import InputError

__all__ = ["week_number_at", "weekday_in_week"]

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
