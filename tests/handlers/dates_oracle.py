"""The meaning of generated date expressions, computed without the reader.

Plain `datetime` arithmetic on the rules the README (« Dates ») documents:
a weekday alone is the next such day after today (`ce lundi`: today
counts); `<jour> prochain` / `de la semaine prochaine` is that day of next
calendar week; `<jour> d'après` the one after the coming one; `en huit` /
`en quinze` one / two weeks after the coming one (today counting); a day
and month without a year is the next one, unless it passed less than two
weeks ago (refused); a day of month alone is the next such date; nothing
past, nothing beyond 5 years (1826 days), no wall time that a clock change
skips or repeats. Used by `dates_grammar.py`, which composes the texts.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

__all__ = [
    "BOUND_DAYS", "Refused", "coming", "d_apres", "en_huit", "localize", "next_day_month",
    "next_day_of_month", "next_week", "nth_weekday_of", "shift",
]

BOUND_DAYS = 5 * 365 + 1  # the README's « 5 ans », as a number of days after today


class Refused(Exception):
    """The oracle's own verdict: this expression must be refused (the reason, in English)."""


def coming(today: date, weekday: int, today_counts: bool = False) -> date:
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and not today_counts:
        ahead = 7
    return today + timedelta(days=ahead)


def next_week(today: date, weekday: int) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(days=7 + weekday)


def d_apres(today: date, weekday: int) -> date:
    return coming(today, weekday) + timedelta(days=7)


def en_huit(today: date, weekday: int, weeks: int) -> date:
    return coming(today, weekday, today_counts=True) + timedelta(days=7 * weeks)


def next_day_of_month(today: date, day: int) -> date:
    if not 1 <= day <= 31:
        raise Refused("no such day of month")
    year, month = today.year, today.month
    for _ in range(4):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) >= today:
            return date(year, month, day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    raise Refused("no such day of month")


def next_day_month(today: date, day: int, month: int) -> date:
    """The next `day/month` to come; refused if it passed less than 14 days ago."""
    for year in range(today.year, today.year + 9):
        if day > calendar.monthrange(year, month)[1]:
            if month == 2 and day == 29:
                continue
            raise Refused("impossible date")
        candidate = date(year, month, day)
        if candidate >= today and (candidate - today).days > 548:
            raise Refused("the next 29 February is more than a year and a half ahead")
        if candidate >= today:
            return candidate
        if (today - candidate).days < 14:
            raise Refused("just passed")
    raise Refused("impossible date")


def nth_weekday_of(year: int, month: int, nth: int, weekday: int) -> date | None:
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    if nth == -1:
        return date(year, month, days[-1])
    return date(year, month, days[nth - 1]) if nth <= len(days) else None


def shift(hour: int, kind: str | None) -> int:
    """`8h du soir` → 20; contradictions (`14h du soir`) refused."""
    if kind is None:
        return hour
    if kind == "matin" and hour <= 11:
        return hour
    if kind == "soir" and 1 <= hour <= 11:
        return hour + 12
    if kind == "soir" and 17 <= hour <= 23:
        return hour
    if kind == "pm" and 1 <= hour <= 7:
        return hour + 12
    if kind == "pm" and 12 <= hour <= 19:
        return hour
    raise Refused("meridiem contradiction")


def localize(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The wall time in `zone`, refused when a clock change skips or repeats it."""
    naive = datetime.combine(day, at)
    first = naive.replace(tzinfo=zone, fold=0)
    if first.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None) != naive:
        raise Refused("DST gap")
    if first.utcoffset() != naive.replace(tzinfo=zone, fold=1).utcoffset():
        raise Refused("DST fold")
    return first
