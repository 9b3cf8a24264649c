"""Calendar arithmetic of the date reader, and the day as members read it.

`format_day` lives here (re-exported by `handlers.dates`) so that the
reader's refusals can name a day without importing the public module.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from babel.dates import format_date

from handlers.messages import InputError
from storage.recurrence import nth_weekday

__all__ = ["ROLLOVER_REFUSAL", "format_day", "in_months", "make_date", "next_day_of_month", "next_occurrence", "nth_weekday"]

# A day-month with no year that passed this recently is a slip, not next year.
ROLLOVER_REFUSAL = timedelta(days=14)


@lru_cache(maxsize=4096)
def format_day(day: date, locale: str = "fr_CH", weekday: bool = True) -> str:
    """`vendredi 17 septembre 2021`; the first of a month is `1er`.

    Cached: Babel takes about 0.2 ms a date, and listings repeat days."""
    pattern = "EEEE d MMMM y" if weekday else "d MMMM y"
    out = format_date(day, pattern, locale=locale)
    if day.day == 1:
        out = re.sub(r"(^|\s)1(\s)", r"\g<1>1er\g<2>", out, count=1)
    return out


def make_date(year: int, month: int, day: int, label: str) -> date:
    if not 1 <= year <= 9999:
        raise InputError(f"La date « {label} » n'existe pas.")
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(f"La date « {label} » n'existe pas.") from None


def _slip(passed: date, label: str) -> InputError:
    return InputError(
        f"Le {format_day(passed)} est passé. Pour l'an prochain, précisez l'année "
        f"(ex. « {label}{'/' if '/' in label else ' '}{passed.year + 1} »)."
    )


# How far ahead a 29 February without its year may be read (about a year and a half).
LEAP_DAY_AHEAD_DAYS = 548


def next_occurrence(month: int, day: int, today: date, label: str) -> date:
    """The next `day/month` to come, refusing one that has just passed
    (last year's too: « le 28.12 » read on 7 January is a slip, not next December)."""
    try:
        last_year = date(today.year - 1, month, day)
    except ValueError:
        last_year = None  # 29 February, or no such day: the loop below says so
    if last_year is not None and today - last_year < ROLLOVER_REFUSAL:
        raise _slip(last_year, label)
    for year in range(today.year, today.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            if month == 2 and day == 29:
                continue  # the next leap year's
            raise InputError(f"La date « {label} » n'existe pas.") from None
        if candidate >= today and (candidate - today).days > LEAP_DAY_AHEAD_DAYS:
            # blind set 13b: « le 29 février » typed in January 2029 was read as 2032's; the next one is meant when
            # it is near (« 29/02 » typed in November 2026: 2028's), a slip when it is years away
            raise InputError(
                f"Le {label} n'existe pas avant {candidate.year} (années non bissextiles) : le prochain est le "
                f"{format_day(candidate)}. Précisez l'année si c'est bien lui "
                f"(ex. « {label}{'/' if '/' in label else ' '}{candidate.year} »), ou choisissez un autre jour."
            )
        if candidate >= today:
            return candidate
        if today - candidate < ROLLOVER_REFUSAL:
            raise _slip(candidate, label)
    raise InputError(f"La date « {label} » n'existe pas.")


def next_day_of_month(day: int, today: date, label: str) -> date:
    if not 1 <= day <= 31:
        raise InputError(f"Le jour « {label} » n'existe pas.")
    year, month = today.year, today.month
    for _ in range(3):
        try:
            candidate = date(year, month, day)
            if candidate >= today:
                return candidate
        except ValueError:
            pass
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    raise InputError(f"Le jour « {label} » n'existe pas.")


def in_months(today: date, count: int, label: str) -> date:
    """« dans un mois », « dans 3 mois »: the same day `count` months on (blind set 12); refused
    when that month has no such day (« dans un mois » said on 31 January: the 28th, or 3 March?)."""
    year, month = divmod(today.month - 1 + count, 12)
    try:
        return date(today.year + year, month + 1, today.day)
    except ValueError:
        raise InputError(f"« {label} » : le {today.day} n'existe pas ce mois-là. Donnez la date "
                         "(ex. « le 28 février »).") from None
