"""The edges of the day in the date reader: « demain » typed after midnight
(blind set 12), and « le 28 à 9h » typed on the 28th after 9h (the lead's
third blind set).

At 00:20 on Tuesday, « demain 14h » is Wednesday by the calendar, but whoever
has not slept yet means Tuesday, « tomorrow » after the night, as often: the
reader would store one of the two days with no sign that it guessed. Between
midnight and `NIGHT_ENDS` o'clock, « demain » and « après-demain » are asked
about, naming both days; « aujourd'hui », « ce soir », a weekday or a date
say the day whatever the hour, and are read as always.

A day of the month alone is « the next such date »: typed on the 28th at
23:30, « le 28 à 9h » is next month's 28th, since this one's 9h is gone (with
a weekday, « vendredi 28 à 9h » on Friday the 28th, or a month, « le 28
novembre », it is this day, and refused as past).

A deadline « avant minuit » or « jusqu'à minuit » on a day (probing after blind
set 13b: « le 15 avril avant minuit : dossier ») is that day's end, 23h59: read
as its first minute, as « le 15 avril à minuit » is, it fell almost a day early.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from handlers.date_calendar import format_day, next_day_of_month
from handlers.date_clock import ClockReading
from handlers.date_shorthand import expand_shorthand
from handlers.date_words import fold, is_demain, tokenize
from handlers.messages import InputError

__all__ = ["LAST_MINUTE", "NIGHT_ENDS", "before_midnight", "next_if_past", "refuse_tomorrow_at_night"]

# The last minute of a day: what a deadline « avant minuit » means.
LAST_MINUTE = time(23, 59)


def before_midnight(clock: ClockReading | None) -> ClockReading | None:
    """`clock`, or 23h59 when it is a deadline's « avant minuit » / « jusqu'à minuit »."""
    if clock is None or not clock.until or clock.start != time(0, 0) or "minuit" not in fold(clock.said):
        return clock
    return replace(clock, start=LAST_MINUTE)


# Before this hour « demain » may mean the day that has just begun (the writer's « tomorrow », after the night).
NIGHT_ENDS = 4


def refuse_tomorrow_at_night(said: str, now: datetime, day: date) -> None:
    """Refuse `said` (the date expression as typed, read as `day`) when it counts
    days from « demain » in the small hours of `now`."""
    if now.hour >= NIGHT_ENDS:
        return
    words = [tok.text for tok in expand_shorthand(tokenize(fold(said)))]  # « dem1 10h » too
    if not any(is_demain(word) for word in words):  # « demian 10h » too
        return
    sooner = day - timedelta(days=1)
    said_word = "après-demain" if "apres" in words else "demain"
    raise InputError(
        f"Il est {now.hour}h{now.minute:02d} : « {said_word} », c'est le {format_day(sooner)} (après la nuit) "
        f"ou le {format_day(day)} ? Je ne devine pas : écrivez le jour (ex. « {format_day(sooner)} » "
        f"ou « {format_day(day)} »)."
    )


# What is left of the date expression once its time is taken out, for a day of the month alone (« le 28 », « 28 »).
_BARE_DAY = re.compile(r"(?:le |du |au )?\d{1,2}(?: ?er)?")


def next_if_past(said: str, clock_said: str, day: date, at: time | None, now: datetime) -> date:
    """`day`, or the next month's same day when `said` named only a day of
    the month, today's, at a time `at` already past."""
    if at is None or day != now.date() or at > now.time():
        return day
    left = fold(said).replace(fold(clock_said), " ", 1).strip(" ,;:-–—(")
    if not _BARE_DAY.fullmatch(re.sub(r"\s+", " ", left)):
        return day
    return next_day_of_month(day.day, day + timedelta(days=1), said)
