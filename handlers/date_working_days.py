"""Working days named by their rank in a month (blind set 17), and calendar days so (« le dernier jour du mois »): « le 1er jour ouvré de février », « le
premier jour ouvrable du mois prochain », « le dernier jour ouvré de décembre », « l'avant-dernier jour
ouvré du mois ». « Ouvré »: Monday to Friday; « ouvrable »: Monday to Saturday; neither a public holiday.

Which days are holidays depends on the country, read from the group's time zone. A day that is a
holiday in some regions only (Whit Monday, a « journée de solidarité » in France; 26 December in
Alsace-Moselle; most Swiss holidays, cantonal) is never guessed: when the count passes one, the
reader asks for the date. A zone whose holidays are not listed here is asked too."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from handlers.date_calendar import ROLLOVER_REFUSAL, format_day
from handlers.date_holidays import easter
from handlers.date_words import ORDINALS, month_of
from handlers.messages import InputError

if TYPE_CHECKING:
    from handlers.date_reader import Reader

__all__ = ["public_holiday", "working_day_at"]

# Per zone: (the holidays everywhere in the country, those of some regions or some employers only); fixed days as
# (month, day), moving ones as days from Easter.
_Days = tuple[tuple[tuple[int, int], ...], tuple[int, ...]]
_HOLIDAYS: dict[str, tuple[_Days, _Days]] = {
    "Europe/Paris": ((((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)), (1, 39)),
                     (((12, 26),), (-2, 50))),  # Alsace-Moselle; Whit Monday, often the « journée de solidarité »
    "Europe/Brussels": ((((1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25)), (1, 39, 50)),
                        (((7, 11), (9, 27), (11, 15), (12, 26)), ())),  # the communities' days, the King's feast
    "Europe/Luxembourg": ((((1, 1), (5, 1), (5, 9), (6, 23), (8, 15), (11, 1), (12, 25), (12, 26)), (1, 39, 50)),
                          ((), ())),
    # Switzerland: only New Year, Ascension, 1 August and Christmas everywhere; the rest cantonal
    "Europe/Zurich": ((((1, 1), (8, 1), (12, 25)), (39,)),
                      (((1, 2), (3, 1), (3, 19), (5, 1), (6, 23), (6, 29), (8, 15), (11, 1), (12, 8), (12, 26), (12, 31)),
                       (-2, 1, 50, 60))),
}
_KINDS = ("ouvres", "ouvre", "ouvrees", "ouvree", "ouvrables", "ouvrable")


def _in(day: date, days: _Days) -> bool:
    fixed, from_easter = days
    return (day.month, day.day) in fixed or (day - easter(day.year)).days in from_easter


def public_holiday(day: date, zone: str) -> bool | None:
    """Whether `day` is a public holiday in the country of `zone`, everywhere or in some regions only (blind set 26:
    « le 11 novembre à 11h (férié) »); None when the zone's holidays are not listed."""
    if zone not in _HOLIDAYS:
        return None
    everywhere, some = _HOLIDAYS[zone]
    return _in(day, everywhere) or _in(day, some) or (zone == "Europe/Zurich" and _swiss_fasts(day))


def _swiss_fasts(day: date) -> bool:
    """Geneva's Jeûne (the Thursday after September's first Sunday) and Vaud's Monday of the Jeûne fédéral."""
    if day.month != 9:
        return False
    first_sunday = date(day.year, 9, 1) + timedelta(days=(6 - date(day.year, 9, 1).weekday()) % 7)
    return day in (first_sunday + timedelta(days=4), first_sunday + timedelta(days=15))


def _ranked(year: int, month: int, nth: int, saturdays: bool, zone: str, said: str) -> date | None:
    certain, regional = _HOLIDAYS[zone]
    first = date(year, month, 1)
    last = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    count = 0
    for day in (days if nth > 0 else reversed(days)):
        if day.weekday() == 6 or (day.weekday() == 5 and not saturdays) or _in(day, certain):
            continue
        if _in(day, regional) or (zone == "Europe/Zurich" and _swiss_fasts(day)):
            raise InputError(f"« {said} » : le {format_day(day)} est férié dans certaines régions ou entreprises, pas "
                             "partout ; je ne devine pas s'il compte. Donnez la date.")
        count += 1
        if count == abs(nth):
            return day
    return None


def _calendar_day(reader: Reader, i: int, k: int, nth: int) -> tuple[date, int] | None:
    """« le dernier jour du mois (prochain) », « le premier jour de mars »: that day of the month, any weekday; a
    named month without its year is the next one (one passed less than two weeks ago is asked, as a slip)."""
    today = reader.today
    year_said: int | None = today.year
    if (m := reader.seq(k, "du mois prochain", "du mois suivant")) is not None:
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    elif (m := reader.seq(k, "du mois en cours", "du mois courant", "de ce mois - ci", "de ce mois", "du mois")) is not None:
        year, month = today.year, today.month
    elif (m := reader.seq(k, "de", "d '")) is not None and (month := month_of(reader.word(m)) or 0) and reader.word(m + 1) != ".":
        year_said, m = reader._year(m + 1)
        year = year_said or today.year
    else:
        return None

    def ranked(year: int) -> date | None:
        first = date(year, month, 1)
        last = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
        if abs(nth) > last.day:
            return None
        return first + timedelta(days=nth - 1) if nth > 0 else last + timedelta(days=nth + 1)

    if year_said is not None:
        day = ranked(year)
        return (day, m) if day is not None else None
    for candidate in (ranked(year - 1), ranked(year), ranked(year + 1)):  # last year's too: « … de décembre » on 5 January
        if candidate is None:
            continue
        if candidate >= today:
            return candidate, m
        if today - candidate < ROLLOVER_REFUSAL:
            said = reader.label(i, m)
            raise InputError(f"« {said} », c'était le {format_day(candidate)} : c'est passé. Pour l'an prochain, précisez "
                             f"l'année (ex. « {said} {candidate.year + 1} »).")
    return None


def working_day_at(reader: Reader, i: int, zone: str | None) -> tuple[date, int] | None:
    """« le premier jour ouvré de février » at `i`: its day and the index after it, or None."""
    j = reader.seq(i, "le", "au", "l '") or i
    key = reader.word(j)
    if reader.num(j) is not None and reader.adjacent(j + 1) and reader.word(j + 1) in ("er", "re", "ere", "e", "eme", "nd"):
        key, j = key + reader.word(j + 1), j + 1
    if (k := reader.seq(j, "avant - dernier", "avant dernier")) is not None:
        key, j = "avant-dernier", k - 1
    if key not in ORDINALS or (k := reader.seq(j + 1, "jour", "jours")) is None:
        return None
    if reader.word(k) not in _KINDS:
        # « le dernier jour du mois », « le premier jour de mars » (blind set 21's probes): a calendar day, read only
        # with its month (« le premier jour de la formation » is an event's)
        return _calendar_day(reader, i, k, ORDINALS[key])
    nth, saturdays, k = ORDINALS[key], reader.word(k).startswith("ouvrable"), k + 1
    said = reader.label(i, k)
    today = reader.today
    year_said: int | None = None
    if (m := reader.seq(k, "du mois prochain", "du mois suivant")) is not None:
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    elif (m := reader.seq(k, "du mois de", "du mois d '", "de", "d '", "en")) is not None and (month := month_of(reader.word(m)) or 0):
        year_said, m = reader._year(m + 1 + (reader.word(m + 1) == "." and reader.adjacent(m + 1)))
        year = year_said or today.year
    elif (m := reader.seq(k, "du mois en cours", "du mois courant", "de ce mois - ci", "de ce mois", "du mois")) is not None:
        year, month, year_said = today.year, today.month, today.year
    else:
        raise InputError(f"« {said} » : de quel mois ? Écrivez par ex. « {said} de février » ou la date elle-même.")
    said = reader.label(i, m)
    if zone not in _HOLIDAYS:
        raise InputError(f"« {said} » : je ne connais pas les jours fériés de votre région ; je ne devine pas. "
                         "Donnez la date.")
    day = _ranked(year, month, nth, saturdays, zone, said)
    if year_said is None and day is not None and day < today:
        if today - day < ROLLOVER_REFUSAL:
            raise InputError(f"« {said} », c'était le {format_day(day)} : c'est passé. Pour l'an prochain, précisez "
                             f"l'année (ex. « {said} {year + 1} »).")
        day = _ranked(year + 1, month, nth, saturdays, zone, said)
    if day is None:
        raise InputError(f"Il n'y a pas de « {said} ».")
    if day < today:
        raise InputError(f"« {said} », c'était le {format_day(day)} : c'est passé. Donnez la date.")
    return day, m
