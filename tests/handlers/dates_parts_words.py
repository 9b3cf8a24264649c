"""Generated parts in the families blind set 10 found (see dates_grammar.py):
days of month and minutes written in words (« le vingt-trois mars », « quatorze
heures vingt-cinq », « midi moins le quart », « une heure et quart de
l'après-midi »), holidays (« la veille de Noël », « le lundi de Pâques »), an
ordinal weekday « du mois » (this month's; past, refused), and trailing texts
with lengths or counts in Belgian/Swiss words (« pour nonante minutes », « les
septante ans du club ») or a weekday in a place's name (« Café du Lundi »).

The numbers are spelled here by their own small writer and Easter's dates come
from a table (published calendars), never from the reader's code.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.handlers.dates_oracle import Refused, next_day_month, nth_weekday_of
from tests.handlers.dates_parts import MONTHS, WEEKDAYS, DayPart, TimePart
from tests.handlers.dates_rests import RestPart

__all__ = ["WORD_RESTS", "easter_of", "spell", "words_day", "words_time"]

_UNITS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
          "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
# Easter Sunday, from published calendars (the moments run from late 2026 to 2028; the bound is 5 years).
_EASTER = {2025: date(2025, 4, 20), 2026: date(2026, 4, 5), 2027: date(2027, 3, 28), 2028: date(2028, 4, 16), 2029: date(2029, 4, 1),
           2030: date(2030, 4, 21), 2031: date(2031, 4, 13), 2032: date(2032, 3, 28), 2033: date(2033, 4, 17)}
_HOLIDAYS = (("la veille de Noël", lambda y: date(y, 12, 24)), ("le jour de Noël", lambda y: date(y, 12, 25)),
             ("le lendemain de Noël", lambda y: date(y, 12, 26)), ("le jour de l'an", lambda y: date(y, 1, 1)),
             ("la Toussaint", lambda y: date(y, 11, 1)), ("la Saint-Sylvestre", lambda y: date(y, 12, 31)),
             ("le lundi de Pâques", lambda y: _EASTER[y] + timedelta(days=1)),
             ("lundi de Pentecôte", lambda y: _EASTER[y] + timedelta(days=50)),
             ("le jeudi de l'Ascension", lambda y: _EASTER[y] + timedelta(days=39)),
             # blind set 12: the Jeûne fédéral is the third Sunday of September (the 15th to the 21st), its Monday after
             ("le Jeûne fédéral", lambda y: _third_sunday_of_september(y)),
             ("lundi du Jeûne", lambda y: _third_sunday_of_september(y) + timedelta(days=1)),
             ("le dimanche de Pâques", lambda y: _EASTER[y]), ("dimanche des Rameaux", lambda y: _EASTER[y] - timedelta(days=7)),
             ("la Saint-Nicolas", lambda y: date(y, 12, 6)))


def easter_of(year: int) -> date:
    """Easter Sunday of `year`, from the table above."""
    return _EASTER[year]


def _third_sunday_of_september(year: int) -> date:
    fifteenth = date(year, 9, 15)
    return fifteenth + timedelta(days=(6 - fifteenth.weekday()) % 7)
_HOUR_WORDS = {h: spelled for h, spelled in enumerate(("zéro", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                                                       "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
                                                       "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt et une", "vingt-deux",
                                                       "vingt-trois"))}


def spell(n: int, spaced: bool = False) -> str:
    """`n` (1 to 69: days of month, minutes) in French words; `spaced`, without the hyphens, as dictation
    and hurried typing write them (blind set 16: « vingt neuf », « dix huit »)."""
    if n < 20:
        return _UNITS[n].replace("-", " ") if spaced else _UNITS[n]
    tens, unit = divmod(n, 10)
    word = _TENS[tens * 10]
    if unit == 1:
        return f"{word} et un"
    return f"{word}{' ' if spaced else '-'}{_UNITS[unit]}" if unit else word


# A day and month that passed this recently is a slip (the README), a holiday's day as well (blind set 16).
_SLIP_DAYS = 14


def _holiday(rng: random.Random, today: date) -> DayPart:
    name, on = rng.choice(_HOLIDAYS)
    last = max((d for d in (on(today.year - 1), on(today.year)) if d < today), default=None)
    day = on(today.year) if on(today.year) >= today else on(today.year + 1)
    if last is not None and (today - last).days < _SLIP_DAYS:
        return DayPart(name, "fête", refuse="the holiday has just passed: a slip", time_first_ok=False)
    return DayPart(name, "fête", day, time_first_ok=False)


def words_day(rng: random.Random, today: date) -> DayPart:
    pick = rng.randrange(4)
    if pick == 0:
        return _holiday(rng, today)
    if pick == 1:
        nth, word = rng.choice(((1, "premier"), (2, "2e"), (3, "troisième"), (-1, "dernier")))
        wd = rng.randrange(7)
        day = nth_weekday_of(today.year, today.month, nth, wd)
        text = f"le {word} {WEEKDAYS[wd]} du mois"
        if day is None or day < today:
            return DayPart(text, "ordinal du mois", refuse="this month's is past", time_first_ok=False)
        return DayPart(text, "ordinal du mois", day, time_first_ok=False)
    n, month = rng.randint(2, 31), rng.randint(1, 12)
    try:
        day: date | None = next_day_month(today, n, month)
        refuse = None
    except Refused as why:
        day, refuse = None, str(why)
    head = "le"
    if rng.random() < 0.3:
        wd = rng.randrange(7)
        head = WEEKDAYS[wd]
        if day is not None and day.weekday() != wd:
            day, refuse = None, "weekday contradicts the date"
    spaced = rng.random() < 0.3  # « le vingt neuf mars »: dictated, without its hyphens
    return DayPart(f"{head} {spell(n, spaced)} {MONTHS[month - 1]}", "jour en lettres", day, refuse, time_first_ok=False)


def words_time(rng: random.Random) -> TimePart:
    pick = rng.randrange(6)
    if pick == 5:  # blind set 10b: a range in words
        h = rng.randint(7, 18)
        h2 = h + rng.randint(1, 4)
        return TimePart(f"de {_HOUR_WORDS[h]} à {_HOUR_WORDS[h2]} heures", "minutes en lettres", (h, 0), (h2, 0), ends="heures", a_ok=False)
    if pick == 0:
        return TimePart("midi moins le quart", "minutes en lettres", (11, 45), plain=False, ends="words")
    if pick == 1:
        h = rng.randint(7, 21)
        minute = rng.choice((21, 25, 35, 40, 45, 50, 55, 12, 17, 47))  # (set 18: « neuf heures douze » was 9h00, « douze » the place)
        spaced = rng.random() < 0.4  # « quatorze heures vingt cinq », dictated (read 14h20 with « cinq » left before set 16)
        return TimePart(f"{_HOUR_WORDS[h]} heures {spell(minute, spaced)}", "minutes en lettres", (h, minute), ends="words")
    if pick == 2:
        h, less = rng.randint(8, 21), rng.choice((5, 10, 20, 25))
        spaced = rng.random() < 0.4
        return TimePart(f"{_HOUR_WORDS[h]} heures moins {spell(less, spaced)}", "minutes en lettres", (h - 1, 60 - less), ends="words")
    if pick == 3:
        minute, said = rng.choice(((15, " et quart"), (30, " et demie"), (0, "")))
        return TimePart(f"une heure{said} de l'après-midi", "minutes en lettres", (13, minute), plain=False, ends="meridiem")
    return TimePart("une heure moins le quart de l'après-midi", "minutes en lettres", (12, 45), plain=False, ends="meridiem")


WORD_RESTS = (
    RestPart("pour nonante minutes", "durée en lettres", modes=("seance",), kind="refuse always"),
    RestPart("pendant soixante-dix minutes", "durée en lettres", modes=("seance",), kind="refuse always"),
    RestPart("durant quatre-vingt-dix minutes, salle B", "durée en lettres", modes=("seance",), kind="refuse always"),
    RestPart("les septante ans du club", "compte en lettres"),
    RestPart("bilan des nonante ans", "compte en lettres", modes=("echeance",)),
    RestPart("Café du Lundi", "jour dans un nom"),
    RestPart("Noël des bénévoles", "fête dans le texte", modes=("seance",)),
)
