"""Generated day forms in the families blind set 17 found (see dates_grammar.py): dates as mails and minutes
write them — saints' days and the mardi gras (« la Sainte-Catherine », « la veille de la Saint-Jean »), « sous
huitaine » / « sous quinzaine » (a deadline's; a meeting refuses a bound), « d'aujourd'hui en huit », « de demain en
huit / en quinze », « l'avant-dernier jeudi de mars », « le jeudi qui suit le 15 mars », « J-7 du 20 mars ».

Each meaning is computed here by plain calendar arithmetic (Easter from the table of dates_parts_words, itself from
published calendars), never from the reader's code.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.handlers.dates_oracle import Refused, next_day_month, nth_weekday_of
from tests.handlers.dates_parts import MONTHS, WEEKDAYS, DayPart
from tests.handlers.dates_parts_words import easter_of

__all__ = ["mails_day"]

_SLIP_DAYS = 14
# Saints' days and the mardi gras: (name, its day in a year).
_FEASTS = (("la Sainte-Catherine", lambda y: date(y, 11, 25)), ("la Saint-Jean", lambda y: date(y, 6, 24)),
           ("la Saint-Étienne", lambda y: date(y, 12, 26)), ("la Saint-Martin", lambda y: date(y, 11, 11)),
           ("la Saint-Valentin", lambda y: date(y, 2, 14)), ("la Chandeleur", lambda y: date(y, 2, 2)),
           ("le mardi gras", lambda y: easter_of(y) - timedelta(days=47)))
_AROUND = (("", 0), ("la veille de ", -1), ("le lendemain de ", 1), ("le surlendemain de ", 2))


def _feast(rng: random.Random, today: date) -> DayPart:
    name, on = rng.choice(_FEASTS)
    before, shift = rng.choice(_AROUND)
    text = (f"{before[:-3]}du {name[3:]}" if name.startswith("le ") else f"{before}{name}") if before else name
    days = [on(y) + timedelta(days=shift) for y in (today.year - 1, today.year, today.year + 1)]
    last = max((d for d in days if d < today), default=None)
    day = min(d for d in days if d >= today)
    if last is not None and (today - last).days < _SLIP_DAYS:
        return DayPart(text, "fête d'un saint", refuse="the feast has just passed: a slip", time_first_ok=False)
    return DayPart(text, "fête d'un saint", day, time_first_ok=False)


def _within(rng: random.Random, today: date, mode: str) -> DayPart:
    text, days = rng.choice((("sous huitaine", 7), ("sous quinzaine", 14)))
    if mode == "seance":
        return DayPart(text, "sous huitaine", refuse="a bound, not a meeting's day", time_first_ok=False)
    return DayPart(text, "sous huitaine", today + timedelta(days=days), time_first_ok=False)


def _from_today(rng: random.Random, today: date) -> DayPart:
    text, start, weeks = rng.choice((("d'aujourd'hui en huit", 0, 1), ("de demain en huit", 1, 1),
                                     ("de demain en quinze", 1, 2), ("d'aujourd'hui en quinze", 0, 2)))
    return DayPart(text, "d'aujourd'hui en huit", today + timedelta(days=start + 7 * weeks), time_first_ok=False)


def _last_but_one(rng: random.Random, today: date) -> DayPart:
    wd, month = rng.randrange(7), rng.randint(1, 12)
    text = f"l'avant-dernier {WEEKDAYS[wd]} de {MONTHS[month - 1]}"

    def on(year: int) -> date:
        return nth_weekday_of(year, month, -1, wd) - timedelta(days=7)  # type: ignore[operator]

    last = max((d for d in (on(today.year - 1), on(today.year)) if d < today), default=None)
    if last is not None and (today - last).days < _SLIP_DAYS:
        return DayPart(text, "avant-dernier", refuse="just passed: a slip", time_first_ok=False)
    day = on(today.year) if on(today.year) >= today else on(today.year + 1)
    return DayPart(text, "avant-dernier", day, time_first_ok=False)


def _from_day(rng: random.Random, today: date) -> DayPart:
    """« le jeudi qui suit le 15 mars », « J-7 du 20 mars »: counted from a day with its month."""
    n, month = rng.randint(1, 28), rng.randint(1, 12)
    said = f"{'1er' if n == 1 else n} {MONTHS[month - 1]}"
    try:
        anchor = next_day_month(today, n, month)
    except Refused as why:
        anchor, refuse = None, str(why)
    if rng.random() < 0.5:
        wd, after = rng.randrange(7), rng.random() < 0.7
        text = f"le {WEEKDAYS[wd]} {'qui suit' if after else 'qui précède'} le {said}"
        if anchor is None:
            return DayPart(text, "jour qui suit", refuse=refuse, time_first_ok=False)
        step = (wd - anchor.weekday() - 1) % 7 + 1 if after else -((anchor.weekday() - wd - 1) % 7 + 1)
        day = anchor + timedelta(days=step)
        return DayPart(text, "jour qui suit", day, refuse="past" if day < today else None, time_first_ok=False)
    count = rng.choice((1, 3, 7, 10, 15, 30))
    text = f"{rng.choice(('J', 'à J'))}-{count} du {said}"
    if anchor is None:
        return DayPart(text, "J-7", refuse=refuse, time_first_ok=False)
    day = anchor - timedelta(days=count)
    return DayPart(text, "J-7", day, refuse="past" if day < today else None, time_first_ok=False)


def mails_day(rng: random.Random, today: date, mode: str) -> DayPart:
    pick = rng.randrange(5)
    if pick == 0:
        return _feast(rng, today)
    if pick == 1:
        return _within(rng, today, mode)
    if pick == 2:
        return _from_today(rng, today)
    if pick == 3:
        return _last_but_one(rng, today)
    return _from_day(rng, today)
