"""Generated parts in the families blind sets 11 and 11b found (see dates_grammar.py):
administrative « courant » and its abbreviations (« le 12 crt », « le 27 ct. »: this
month, refused once past), a plural weekday before its date (« jeudis 3 décembre »),
a weekday some weeks ahead (« dans trois semaines jeudi », « mardi dans quinze
jours »: asked when two days could be meant), a weekday counted from an event
(« le jeudi d'après la réunion »: refused), a dashed day-month at the start
(« 3-12 », with the month written « 08 »), and times with what follows them
(« 14h pétantes », « midi précis », « 8h en soirée », « 9h30 en avant-midi »).

Meanings come from plain `datetime` arithmetic on the README's rules, never from
the reader's code.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

from tests.handlers.dates_oracle import Refused, next_day_month
from tests.handlers.dates_parts import MONTHS, WEEKDAYS, DayPart, TimePart

__all__ = ["swiss_day", "swiss_time"]

_COURANT = ("crt", "crt.", "ct.", "courant", "du mois courant")
_WEEKS = ((1, "une semaine"), (2, "deux semaines"), (2, "2 semaines"), (3, "trois semaines"), (4, "4 semaines"),
          (2, "quinze jours"), (1, "huit jours"))
_EVENTS = ("d'après la réunion", "suivant l'AG", "qui suit le conseil", "d'après le comité")


def _this_month(today: date, n: int) -> date:
    if n > calendar.monthrange(today.year, today.month)[1]:
        raise Refused("no such day this month")
    day = date(today.year, today.month, n)
    if day < today:
        raise Refused("past: « courant » is this month")
    return day


def _in_week(today: date, weeks: int, weekday: int) -> date:
    target = today + timedelta(days=7 * weeks)
    in_week = target + timedelta(days=weekday - target.weekday())
    if in_week < target:
        raise Refused("that week's, or the next one?")
    return in_week


def swiss_day(rng: random.Random, today: date) -> DayPart:
    pick, wd = rng.randrange(5), rng.randrange(7)
    if pick == 0:
        n, head = rng.randint(1, 31), rng.choice(("le", "le", WEEKDAYS[wd]))
        text, family = f"{head} {n} {rng.choice(_COURANT)}", "courant abrégé"
        compute = lambda: _checked(_this_month(today, n), None if head == "le" else wd)  # noqa: E731
    elif pick == 1:
        n, month = rng.randint(1, 28), rng.randint(1, 12)
        text, family = f"{WEEKDAYS[wd]}s {n} {MONTHS[month - 1]}", "jour au pluriel"
        compute = lambda: _checked(next_day_month(today, n, month), wd)  # noqa: E731
    elif pick == 2:
        weeks, said = rng.choice(_WEEKS)
        text = rng.choice((f"dans {said} {WEEKDAYS[wd]}", f"{WEEKDAYS[wd]} dans {said}", f"le {WEEKDAYS[wd]} dans {said}"))
        family, compute = "jour dans N semaines", lambda: _in_week(today, weeks, wd)  # noqa: E731
    elif pick == 3:
        text, family = f"le {WEEKDAYS[wd]} {rng.choice(_EVENTS)}", "jour après un événement"
        compute = lambda: _refused("counted from an event")  # noqa: E731
    else:
        n, month = rng.randint(1, 28), rng.randint(1, 9)
        text, family = f"{n}-{month:02d}", "jour-mois au tiret"
        compute = lambda: next_day_month(today, n, month)  # noqa: E731
    try:
        return DayPart(text, family, compute(), time_first_ok=False)
    except Refused as why:
        return DayPart(text, family, None, str(why), time_first_ok=False)


def _checked(day: date, weekday: int | None) -> date:
    if weekday is not None and day.weekday() != weekday:
        raise Refused("weekday contradicts the date")
    return day


def _refused(why: str) -> date:
    raise Refused(why)


def swiss_time(rng: random.Random) -> TimePart:
    pick = rng.randrange(4)
    h = rng.randint(8, 20)
    if pick == 0:
        word = rng.choice(("pétantes", "précises", "sonnantes", "pile", "pile poil", "tapantes"))
        return TimePart(f"{h}h {word}", "heure exacte", (h, 0), ends="words")
    if pick == 1:
        return TimePart(f"midi {rng.choice(('précis', 'pile', 'sonnant'))}", "heure exacte", (12, 0), plain=False, ends="words")
    if pick == 2:
        h = rng.randint(5, 11)
        said, hour = rng.choice(((f"{h}h en soirée", h + 12), (f"{h}h dans la soirée", h + 12), (f"{h}h en matinée", h),
                                 (f"{h}h30 en avant-midi", h)))
        minute = 30 if "h30" in said else 0
        return TimePart(said, "partie du jour après l'heure", (hour, minute), plain=False, ends="meridiem")
    h = rng.randint(1, 6)
    return TimePart(f"{h}h en après-midi", "partie du jour après l'heure", (h + 12, 0), plain=False, ends="meridiem")
