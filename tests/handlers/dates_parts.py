"""The parts generated date expressions are composed of (see dates_grammar.py):
day forms and time forms, each with its meaning from `dates_oracle` (the
trailing texts are in dates_rests.py)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tests.handlers.dates_oracle import (
    Refused, coming, d_apres, en_huit, next_day_month, next_day_of_month, next_week, nth_weekday_of, shift,
)

__all__ = ["WEEKDAYS", "DayPart", "TimePart", "day_part", "time_part"]

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ABBR = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
_SWISS = ("lu", "ma", "me", "je", "ve", "sa", "di")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
_MONTH_ABBR = {1: ("janv.", "jan"), 2: ("févr.", "fev"), 4: ("avr.", "avr"), 7: ("juil.", "juil"), 8: ("aout",),
               9: ("sept.", "sept", "sep"), 10: ("oct.", "oct"), 11: ("nov.", "nov"), 12: ("déc.", "dec")}
_HOUR_WORDS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix",
               11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize", 20: "vingt"}
_ORDINALS = ((1, "premier"), (1, "1er"), (2, "deuxième"), (2, "2e"), (3, "troisième"), (3, "3e"), (4, "4e"),
             (-1, "dernier"))


@dataclass
class DayPart:
    text: str
    family: str
    day: date | None = None
    refuse: str | None = None
    hint: str | None = None  # "soir" (ce soir 8h = 20h)
    weekday_alone: int | None = None  # a full weekday name alone, right before the time (« lundi 12 h »)
    ends_with_year: bool = False
    spaced_month_words: bool = False  # « 18 11 » (no year, no zero): a month only before a time or nothing
    time_first_ok: bool = True
    ambiguous: bool = False  # reading or refusing are both right
    bare_number: bool = False  # ends with a day of month alone (« le 16 », « mercredi 13 »)
    night: bool = False  # asks for a time between midnight and 4h (daylight-saving changes)
    was: str = ""  # the family before a move's lead made it « déplacée » (« report au 26 à 12h »: still « le N »)

    def shift_hour(self, hour: int) -> int:
        return shift(hour, self.hint)


@dataclass
class TimePart:
    text: str
    family: str
    start: tuple[int, int]
    end: tuple[int, int] | None = None
    plain: bool = True  # a bare hour a « ce soir » shifts
    ends: str = "minutes"  # glued « 14h », spaced « 14 h », « heures », spaced_minutes, midi, minutes
    spaced_h: int | None = None  # « 12 h … » (the number then a spaced h)
    a_ok: bool = True  # may follow « à »
    refuse: str | None = None
    dotted: bool = False  # Swiss « à 14.30 »: read only once the day is known
    until: bool = False  # « avant 12h »: a deadline's hour, refused for a meeting


def _past() -> date:
    raise Refused("past")


def _day(family: str, text: str, compute: Callable[[], date | None], **extra: Any) -> DayPart:
    try:
        return DayPart(text, family, compute(), **extra)
    except Refused as why:
        return DayPart(text, family, None, str(why), **extra)


def _explicit(rng: random.Random, today: date) -> DayPart:
    target = today + timedelta(days=rng.choice((rng.randint(-20, 120), rng.randint(-20, 800), rng.randint(1790, 1860))))
    d, m = target.day, target.month
    year = rng.choice((None, None, 4, 2))
    digits = rng.random() < 0.5
    if digits:
        sep = rng.choice(("/", "/", ".", "-", " "))
        if sep == " " and year == 2:
            year = 4
        dd = f"{d:02d}" if rng.random() < 0.3 else str(d)
        mm = f"{m:02d}" if rng.random() < 0.5 or (sep == " " and year is None) else str(m)
        text = f"{dd}{sep}{mm}"
        if year:
            text += f"{sep}{target.year if year == 4 else target.year % 100:02d}" if sep != " " or year == 4 else ""
        elif sep == "." and rng.random() < 0.3:
            text += "."  # Swiss « 17.3. »
        if year == 4 and sep == "-" and rng.random() < 0.3:
            text = f"{target:%Y-%m-%d}"
        family = "chiffres " + {"/": "/", ".": ".", "-": "-", " ": "espace"}[sep] + (" + année" if year else "")
    else:
        month = MONTHS[m - 1] if m not in _MONTH_ABBR or rng.random() < 0.6 else rng.choice(_MONTH_ABBR[m])
        dword = str(d) if d != 1 else rng.choice(("1er", "premier", "1"))
        if year == 2:
            year = 4
        text = f"{dword} {month}" + (f" {target.year}" if year else "")
        family = ("premier/1er" if d == 1 else "jour mois") + (" + année" if year else "")
    wd = target.weekday()
    prefix, checked = rng.choice((("", False), ("", False), ("le ", False), ("wd", True), ("wd,", True), ("abbr", True),
                                  ("swiss", True), ("le wd", True)))
    if prefix == "swiss" and not (digits and sep in "./") and not (not digits and m in _MONTH_ABBR):
        prefix = "wd"
    if digits and sep == "-" and not year and not prefix:
        prefix = "le "
    wrong = checked and rng.random() < 0.12
    shown = (wd + rng.randint(1, 6)) % 7 if wrong else wd
    prefix_text = {"": "", "le ": "le ", "wd": f"{WEEKDAYS[shown]} ", "wd,": f"{WEEKDAYS[shown]}, ",
                   "abbr": f"{_ABBR[shown]}. ", "swiss": f"{_SWISS[shown]} ",
                   "le wd": f"le {WEEKDAYS[shown]} "}[prefix]
    if checked:
        family = "jour sem. + " + family

    def compute() -> date:
        day = target if year else next_day_month(today, d, m)
        if checked and day.weekday() != shown:
            raise Refused("weekday contradicts the date")
        return day

    return _day(family, prefix_text + text, compute, ends_with_year=bool(year),
                spaced_month_words=digits and sep == " " and not year and not mm.startswith("0"))


def _weekday(rng: random.Random, today: date) -> DayPart:
    wd = rng.randrange(7)
    name = WEEKDAYS[wd]
    if rng.random() < 0.05:  # blind set 12: « lundy » (y for i: refused before), the weekday of an event (read before)
        if wd < 6 and rng.random() < 0.5:
            return DayPart(name[:-1] + "y", "jour en -y", coming(today, wd), weekday_alone=wd)
        event = rng.choice(("de la kermesse", "du marché de Noël", "des vacances", "de l’assemblée", "du week-end du 12"))
        return DayPart(f"{rng.choice(('le ', ''))}{name} {event}", "jour d'un événement", refuse="the weekday of an event")
    pick = rng.randrange(12)
    if pick == 0:
        return DayPart(name, "jour seul", coming(today, wd), weekday_alone=wd)
    if pick == 1:
        return DayPart(f"{_ABBR[wd]}{rng.choice(('.', ''))}", "jour abrégé", coming(today, wd), weekday_alone=wd, ambiguous=True)
    if pick == 2:
        return DayPart(f"{name},", "jour + virgule", coming(today, wd))
    if pick == 3:
        return DayPart(f"ce {name}", "ce + jour", coming(today, wd, today_counts=True))
    if pick == 4:
        said = rng.choice(("prochain", "de la semaine prochaine", "la semaine prochaine", "semaine prochaine", "de la semaine suivante"))
        return DayPart(f"{name} {said}", "semaine prochaine", next_week(today, wd))
    if pick == 5:
        return DayPart(f"la semaine prochaine {name}", "semaine prochaine", next_week(today, wd))
    if pick == 6:
        return DayPart(f"{name} {rng.choice(('d’après', 'de la semaine d’après'))}", "d'après", d_apres(today, wd))
    if pick == 7 and rng.random() < 0.25:
        monday = today - timedelta(days=today.weekday())
        return _day("cette semaine", f"{name} de cette semaine",
                    lambda: monday + timedelta(days=wd) if monday + timedelta(days=wd) >= today else _past())
    if pick == 7:
        weeks = rng.choice((1, 2))
        return DayPart(f"{name} en {'huit' if weeks == 1 else 'quinze'}", "en huit/quinze", en_huit(today, wd, weeks))
    if pick in (8, 9):
        target = today + timedelta(days=rng.randint(0, 50))
        shown = target.weekday() if rng.random() < 0.85 else rng.randrange(7)

        def compute() -> date:
            day = next_day_of_month(today, target.day)
            if day == today and day.weekday() != shown:  # « vendredi 1er » typed on Wednesday the 1st: not today
                day = next_day_of_month(today + timedelta(days=1), target.day)
            if day.weekday() != shown:
                raise Refused("weekday contradicts the day of month")
            return day

        number = "1er" if target.day == 1 and rng.random() < 0.5 else str(target.day)
        article = "le " if rng.random() < 0.2 else ""
        return _day("jour + quantième", f"{article}{WEEKDAYS[shown]} {number}", compute, bare_number=True)
    day = rng.randint(1, 31)
    return _day("le N", f"le {day if day != 1 else '1er'}", lambda: next_day_of_month(today, day), bare_number=True)


def _ordinal(rng: random.Random, today: date) -> DayPart:
    nth, word = rng.choice(_ORDINALS)
    wd = rng.randrange(7)
    head = f"le {word} {WEEKDAYS[wd]}"
    pick = rng.randrange(5)
    if pick == 0:
        return DayPart(head, "ordinal sans mois", refuse="which month")
    if pick == 1:
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return _day("ordinal mois prochain", f"{head} du mois prochain", lambda: nth_weekday_of(year, month, nth, wd))
    month = rng.randint(1, 12)

    def compute() -> date:
        day = nth_weekday_of(today.year, month, nth, wd)
        # one that passed less than two weeks ago is a slip, as a day and month are (blind set 16's probes)
        passed = [d for d in (nth_weekday_of(today.year - 1, month, nth, wd), day) if d is not None and d < today]
        if passed and (today - passed[-1]).days < 14:
            raise Refused("this ordinal weekday has just passed: a slip")
        if day is None or day < today:
            day = nth_weekday_of(today.year + 1, month, nth, wd)
        if day is None:
            raise Refused("no such weekday")
        return day

    return _day("ordinal de <mois>", f"{head} {'d’' if MONTHS[month - 1][0] in 'ao' else 'de '}{MONTHS[month - 1]}", compute)


def _relative(rng: random.Random, today: date) -> DayPart:
    if rng.random() < 0.1:  # the past and the far: refused
        word = rng.choice(("hier", "avant-hier", f"{WEEKDAYS[rng.randrange(7)]} dernier", "dans 300 semaines", "dans 2000 jours"))
        return DayPart(word, "passé / trop loin (à refuser)", refuse="past or beyond the bound")
    if rng.random() < 0.1:  # « jeudi prochain 10/12 »: two readings, checked against each other
        wd, ahead = rng.randrange(7), rng.randint(1, 20)
        target = today + timedelta(days=ahead)
        said = next_week(today, wd)
        day = target if said == target else None
        text = f"{WEEKDAYS[wd]} prochain {target.day}/{target.month:02d}"
        return DayPart(text, "prochain + date", day, None if day else "two readings disagree", time_first_ok=False)
    word, offset = rng.choice((("aujourd’hui", 0), ("aujourd'hui", 0), ("demain", 1), ("après-demain", 2),
                               ("après demain", 2), ("dans 3 jours", 3), ("dans 10 jours", 10), ("dans huit jours", 7), ("dans quinze jours", 14), ("dans 2 semaines", 14)))
    return DayPart(word, "relatif", today + timedelta(days=offset))


def _deadline(rng: random.Random, today: date) -> DayPart:
    inner = _explicit(rng, today) if rng.random() < 0.6 else DayPart(WEEKDAYS[wd := rng.randrange(7)], "", coming(today, wd))
    while inner.text.split()[0] in _SWISS:  # « d'ici me 20 oct. »: not a documented form
        inner = _explicit(rng, today)
    if inner.text[:1].isdigit():
        prefix = rng.choice(("avant le ", "d’ici le ", "pour le ", "au plus tard le ", "jusqu’au "))
    else:
        prefix = rng.choice(("d’ici ", "avant ", "pour "))
    return DayPart(prefix + inner.text, "échéance (avant/d'ici/pour)", inner.day, inner.refuse, ends_with_year=inner.ends_with_year,
                   time_first_ok=False, spaced_month_words=inner.spaced_month_words)


_SPANS = ("cette semaine", "la semaine prochaine", "le mois prochain", "en décembre", "fin novembre", "mars",
          "ce week-end", "début janvier")


def day_part(rng: random.Random, today: date, mode: str) -> DayPart:
    pick = rng.random()
    if pick < 0.03:  # the coming Sunday at night: the clock changes of the moments happen then
        sunday = coming(today, 6, today_counts=True)
        text = rng.choice(("dimanche", "ce dimanche", f"{sunday.day}/{sunday.month:02d}/{sunday.year}"))
        day = coming(today, 6) if text == "dimanche" else sunday  # « dimanche » alone: not today
        return DayPart(text, "dimanche, la nuit (heure d'été)", day, night=True)
    pick = rng.random()
    if pick < 0.35:
        return _explicit(rng, today)
    if pick < 0.65:
        return _weekday(rng, today)
    if pick < 0.75:
        return _ordinal(rng, today)
    if pick < 0.85:
        return _relative(rng, today)
    if pick < 0.9:
        pick = rng.randrange(5)
        if pick == 0:
            return DayPart("ce soir", "ce soir / demain matin", today, hint="soir")
        if pick == 1:
            return DayPart("cet après-midi", "ce soir / demain matin", today, hint="pm")
        wd = rng.randrange(7)
        word, day = rng.choice((("demain", today + timedelta(days=1)), (WEEKDAYS[wd], coming(today, wd))))
        hint, said = rng.choice((("soir", "soir"), ("matin", "matin"), ("pm", "après-midi")))
        return DayPart(f"{word} {said}", "ce soir / demain matin", day, hint=hint)
    if pick < 0.95 and mode == "echeance":
        return _deadline(rng, today)
    return DayPart(rng.choice(_SPANS), "période (à refuser)", refuse="a span")


def time_part(rng: random.Random, hint: str | None = None, night: bool = False) -> TimePart:
    h, m = rng.choice((rng.randint(7, 21), rng.randint(0, 23))), rng.choice((0, 15, 30, 45, 10, 5))
    if night:
        h = rng.randint(0, 3)
        return rng.choice((TimePart(f"{h}h{m:02d}", "la nuit", (h, m)), TimePart(f"{h}h du matin", "la nuit", (h, 0), plain=False,
                                                                                  ends="meridiem")))
    if hint:  # « ce soir 8h »: a bare hour, shifted (or contradicted) by the evening
        h = rng.choice({"soir": (rng.randint(6, 11), rng.randint(17, 23), 14), "matin": (rng.randint(6, 11), 14),
                        "pm": (rng.randint(1, 7), rng.randint(12, 19), 22)}[hint])
        return rng.choice((TimePart(f"{h}h", "h", (h, 0), ends="glued"), TimePart(f"{h}h{m:02d}", "hmm", (h, m))))
    pick = rng.randrange(24)
    if pick == 20:
        text, hm = rng.choice(((f"{h}h précises", (h, 0)), (f"{h}h environ", (h, 0)), (f"{h}hrs", (h, 0)), (f"{h}:{m:02d}h", (h, m)),
                               (f"{h} heures {m:02d} minutes", (h, m)), (f"{h}h{m:02d}min", (h, m)), (f"{h} heures et demie", (h, 30)),
                               (f"{h}h{m:02d}'", (h, m))))  # the minute mark (set 18: « 9h30' salle B » left « ' salle B »)
        return TimePart(text, "variantes", hm, ends="words")
    if pick == 22:
        text = rng.choice((f"à partir de {h}h", f"dès {h}h", f"à {h}.{m:02d}"))
        return TimePart(text, "à partir de / dès / à 14.30", (h, m if "." in text else 0), a_ok=False, dotted="." in text,
                        ends="minutes" if "." in text else "glued")
    if pick == 23:
        text = rng.choice((f"avant {h}h", f"jusqu’à {h}h"))
        return TimePart(text, "avant / jusqu'à (échéance)", (h, 0), ends="glued", a_ok=False, until=True)
    if pick == 21:
        h = rng.randint(1, 11)
        text, hm = rng.choice(((f"{h} PM", (h + 12, 0)), (f"{h}h AM", (h, 0)), (f"{h}h30 du mat", (h, 30)),
                               # the part of the day typed bare (set 18: « 2 h aprèm » was 02h00, « aprèm » the place)
                               (f"{min(h, 7)}h aprèm", (min(h, 7) + 12, 0)), (f"{max(h, 6)}h soir", (max(h, 6) + 12, 0)),
                               (f"{h}h en aprem", (h + 12, 0)) if h <= 7 else (f"{h}h matin", (h, 0))))
        return TimePart(text, "AM/PM", hm, plain=False, ends="meridiem")
    if pick == 0:
        if rng.random() < 0.3:
            return TimePart(f"{h:02d}h00", "h", (h, 0))
        return TimePart(f"{h}h", "h", (h, 0), ends="glued")
    if pick == 1:
        return TimePart(f"{h} h", "h espacé", (h, 0), ends="spaced", spaced_h=h)
    if pick == 2:
        return TimePart(f"{h}h{m:02d}", "hmm", (h, m))
    if pick == 3:
        return TimePart(f"{h} h {m:02d}", "h mm espacé", (h, m), ends="spaced_minutes", spaced_h=None)  # minutes said, even « 00 »: a time (« vendredi 7 h 30 », dates_blind8)
    if pick == 4:
        return TimePart(f"{h:02d}:{m:02d}" if rng.random() < 0.5 else f"{h}:{m:02d}", "hh:mm", (h, m))
    if pick == 5:
        return TimePart(f"{h} heures", "heures", (h, 0), ends="heures")
    if pick == 6:
        return TimePart(f"{h} heures {m:02d}" if m else f"{h} heures", "heures mm", (h, m), ends="spaced_minutes" if m else "heures")
    if pick == 7:
        minute, said = rng.choice(((15, "et quart"), (30, "et demie")))
        return TimePart(f"{h}{rng.choice(('h', ' heures'))} {said}", "et quart/demie", (h, minute), ends="words")
    if pick == 8:
        h = rng.randint(8, 20)
        return TimePart(f"{h}h moins le quart", "moins le quart", (h - 1, 45), ends="words")
    if pick == 9:
        text, hm = rng.choice((("midi", (12, 0)), ("midi et demi", (12, 30)), ("minuit", (0, 0)), ("midi trente", (12, 30))))
        return TimePart(text, "midi/minuit", hm, plain=False, ends="midi")
    if pick == 10:
        h = rng.randint(6, 11)
        return TimePart(f"{h}h{f'{m:02d}' if m else ''} du soir", "du soir", (h + 12, m), plain=False, ends="meridiem")
    if pick == 11:
        h = rng.randint(1, 6)
        return TimePart(f"{h}{rng.choice(('h', ' heures'))} de l’après-midi", "de l'après-midi", (h + 12, 0), plain=False, ends="meridiem")
    if pick == 12:
        h = rng.randint(6, 11)
        return TimePart(f"{h}h du matin", "du matin", (h, 0), plain=False, ends="meridiem")
    if pick == 13:
        h = rng.choice(list(_HOUR_WORDS))
        if rng.random() < 0.3:
            return TimePart(f"{_HOUR_WORDS[h]} heures trente", "en lettres", (h, 30), ends="words")
        return TimePart(f"{_HOUR_WORDS[h]} heures", "en lettres", (h, 0), ends="heures")
    if pick == 14:
        return TimePart(f"{rng.choice(('vers', 'aux alentours de'))} {h}h", "vers", (h, 0), ends="glued", a_ok=False)
    h = rng.randint(7, 18)
    h2 = h + rng.randint(1, 4)
    text, start, end = rng.choice(((f"de {h}h à {h2}h", (h, 0), (h2, 0)), (f"{h}h-{h2}h", (h, 0), (h2, 0)),
                                   (f"{h}h30-{h2}h", (h, 30), (h2, 0)), (f"entre {h}h et {h2}h", (h, 0), (h2, 0)),
                                   (f"de {h}h30 à {h2}h", (h, 30), (h2, 0)), (f"de {h} à {h2}h", (h, 0), (h2, 0)),
                                   (f"{h:02d}h00 – {h2}h30", (h, 0), (h2, 30)), (f"{h}h - {h2}h", (h, 0), (h2, 0)),
                                   (f"de {h} h à {h2} h {rng.choice((30, 45))}", (h, 0), None), (f"{h}h à {h2}h", (h, 0), (h2, 0)),
                                   (f"de {h} à {h2} heures", (h, 0), (h2, 0)), (f"{h}h00-{h2}h00", (h, 0), (h2, 0)), (f"{h}:00-{h2}:30", (h, 0), (h2, 30))))
    if end is None:  # « de 12 h à 14 h 30 »: spaced minutes at the end
        end = (h2, int(text[-2:]))
        return TimePart(text, "plage", start, end, ends="spaced_minutes", a_ok=False)
    ends = "heures" if text.endswith("heures") else "minutes" if end[1] or text.endswith("00") else "glued"
    return TimePart(text, "plage", start, end, ends=ends, a_ok=False)
