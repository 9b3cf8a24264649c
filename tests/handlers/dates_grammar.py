"""Generated date expressions with their meaning, for hunting silent errors.

A case is composed from parts — a day form, a time form, an order, a case
or accent variant, and a trailing text (a place or a deadline's text) — and
its meaning comes from `dates_oracle` (plain datetime arithmetic on the
README's rules), never from the reader. Each case says what must happen:
`read` (exact start, end and rest), `refuse`, or `either` (refusing is
allowed because the README says it asks, e.g. « 14h 30 Mairie »; a
reading must still be exact). `score` runs the reader and sorts every case
into exact / refused / WRONG (silently wrong) by family.
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from tests.handlers.dates_oracle import BOUND_DAYS, Refused, localize, next_day_of_month
from tests.handlers.dates_parts import MONTHS, WEEKDAYS, DayPart, TimePart, day_part, time_part
from tests.handlers.dates_parts_mails import mails_day
from tests.handlers.dates_parts_swiss import swiss_day, swiss_time
from tests.handlers.dates_parts_words import WORD_RESTS, words_day, words_time
from tests.handlers.dates_rests import REST_PARTS, RestPart

__all__ = ["Case", "NOWS", "cases", "outcome", "score", "table"]

_ZONES = ("Europe/Paris", "Europe/Zurich", "America/Montreal", "Europe/Brussels")
# Moments: around the DST changes of 2027 (Europe 28 March / 31 October, Montreal 14 March / 7 November),
# the year's end, a leap day, and ordinary days.
_MOMENTS = ("2027-03-26 18:00", "2027-03-28 01:30", "2027-10-29 09:00", "2027-10-31 08:00", "2027-03-12 22:00",
            "2027-11-06 12:00", "2026-12-28 10:00", "2026-12-31 23:30", "2027-12-30 16:45", "2028-02-27 09:00",
            "2027-06-14 07:15", "2027-09-01 13:00", "2026-11-22 10:00", "2027-04-30 20:00")
NOWS = tuple(datetime.fromisoformat(m).replace(tzinfo=ZoneInfo(z)) for m in _MOMENTS for z in _ZONES)


@dataclass(frozen=True, slots=True)
class Case:
    family: tuple[str, str, str]  # day, time, rest
    mode: str  # "seance" (a time is required) or "echeance"
    text: str
    now: datetime
    expect: str  # "read", "refuse", "either"
    start: datetime | None = None
    end: datetime | None = None
    has_time: bool = False
    rest: str = ""
    why: str = ""


def _unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_NAMES = {_unaccent(name) for name in WEEKDAYS + MONTHS if len(name) >= 6}


def _typo(text: str, rng: random.Random) -> str:
    """One slip (a letter dropped or two swapped) in a weekday or month name of six letters or more."""
    words = text.split(" ")
    spots = [k for k, word in enumerate(words) if _unaccent(word.lower()) in _NAMES]
    if not spots:
        return text
    k = rng.choice(spots)
    word = words[k]
    at = rng.randint(1, len(word) - 3)
    drop = len(word) >= 7 and rng.random() < 0.5  # the reader forgives a slip on six letters or more only
    words[k] = word[:at] + word[at + 1:] if drop else word[:at] + word[at + 1] + word[at] + word[at + 2:]
    return " ".join(words)


def _variant(text: str, rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.05:
        return _typo(text, rng)
    if pick < 0.12:
        return text[:1].upper() + text[1:]
    if pick < 0.18:
        return text.upper()
    if pick < 0.3:
        return _unaccent(text)
    if pick < 0.36:
        return text.replace(" ", rng.choice(("\u00a0", "  ", "\u202f")), rng.randint(1, 3))  # typed on a phone, pasted
    return text


def _rest_verdict(day: DayPart, clock: TimePart | None, rest: RestPart, comma: bool, last: str) -> str:
    """`read`, `refuse`, `either`, or `skip` (a combination nobody would write) for the trailing text."""
    if not rest.text:
        return "read"
    if rest.kind == "refuse always":
        return "refuse"
    if rest.kind == "refuse":
        return "refuse" if last == "time" else "skip"
    if last == "day" and day.spaced_month_words:
        return "either"  # « le 18 11 Mairie »: 18/11, or the 18th and « 11 Mairie »? (README: a month after a space as 02)
    if rest.kind == "either":
        return "either"
    if rest.asks_minutes and last == "day" and day.bare_number and not comma:
        return "either"  # « le 20 Avenue du Midi »: the 20th, or number 20 of the avenue?
    if rest.asks_minutes and last == "time" and not comma and clock is not None and clock.ends == "spaced_minutes":
        return "refuse"  # « 10 heures 12 rue des Écoles », « 10 h 10 dossiers »: asked
    if not rest.number:
        return "read"
    if last == "time" and clock is not None and clock.text.endswith("environ") and not comma:
        return "skip"  # « 18h environ 12 dossiers »: the reader gives « environ » to the count (dates_blind8), either may be meant
    first = rest.text.split()[0]
    if last == "day" and first.isdigit() and 31 < int(first) < 100:
        return "read"  # « mercredi 45 avenue Foch »: no day of month, a number of the text
    if last == "day":
        return "read" if day.ends_with_year and not comma else "either"
    assert clock is not None
    if comma or not first.isdigit() or rest.priced:
        return "read"  # (« 14h 10€ l'entrée », « 10 h 15 % de remise »: an amount, never minutes)
    if len(first) == 4 and 2020 <= int(first) <= 2040:
        return "refuse"  # a year left after the time
    if len(first) == 2 and int(first) <= 59:
        if clock.ends == "glued" and rest.street:
            return "read"  # « 14h 12 rue des Écoles »: the street word says it is an address
        if clock.ends in ("glued", "spaced", "heures"):
            return "refuse"  # « 14h 30 Mairie », « 10 h 12 dossiers »: minutes or a number? asked
        if clock.ends == "midi":
            return "either"
    return "read"


# A move's lead before the new date (blind set 15: « reportée au mardi 6 avril, 14h », « Nouvelle date : … »).
_MOVED_LEADS = ("reportée à ", "Réunion décalée à ", "la séance est avancée à ", "repoussé à ", "Nouvelle date : ",
                "report à ", "DÉPLACÉE À ")
# Day forms a lead cannot stand before (a bound, a preposition of their own, a time first).
_NO_LEAD = re.compile(r"(?:d['’ ]?ici|dici|avant|pour|au|aux|jusqu|d[eè]s|apr[eè]s|vers|à|a|de|date|dernier|en date)\b",
                      re.IGNORECASE)


def _moved(head: str, day: DayPart, now: datetime) -> tuple[str, DayPart] | None:
    """One expression in forty (chosen by its text, so the other draws stay as
    they were) gets a move's lead; a day counted « suivant » / « d'après » then
    counts from the meeting moved, which the reader asks about."""
    if zlib.crc32(f"{head}|{now.isoformat()}".encode()) % 40 or _NO_LEAD.match(head):
        return None
    lead = _MOVED_LEADS[zlib.crc32(head.encode()) % len(_MOVED_LEADS)]
    if lead.endswith("à ") and head.lower().startswith("le "):
        lead, head = lead[:-2] + "au ", head[3:]  # « reportée au 12 mars », not « à le »
    elif lead.endswith("À ") and head.lower().startswith("le "):
        lead, head = lead[:-2] + "AU ", head[3:]
    if re.search(r"suivant|d['’]apr[eè]s", day.text, re.IGNORECASE):
        day = replace(day, refuse="a day counted from the meeting moved")
    return lead + head, replace(day, family="déplacée", was=day.family)


# What a move says after the new date (blind set 15): an hour or a day kept as before (asked: the reader does not
# know it), the same place (text), « jour pour jour » (the day itself, not the deadline's text).
_MOVED_RESTS = (RestPart("même heure", "comme avant", kind="refuse always"),
                RestPart("à la même heure, salle B", "comme avant", kind="refuse always"),
                RestPart("même heure même endroit", "comme avant", kind="refuse always"),
                RestPart("à l'heure habituelle", "comme avant", kind="refuse always"),
                RestPart("même endroit", "comme avant (lieu)"), RestPart("salle habituelle", "comme avant (lieu)"),
                RestPart("jour pour jour : bilan", "jour pour jour", modes=("echeance",), kept="bilan"),
                # after a count of days: days the reader does not count, or counted from another day (asked)
                RestPart("ouvrables : bilan", "jours comptés autrement", modes=("echeance",), kind="refuse always"),
                RestPart("à compter de la réunion : bilan", "jours comptés autrement", modes=("echeance",), kind="refuse always"))
_COUNTED_ONLY = ("jour pour jour", "jours comptés autrement")


def _moved_rest(day_text: str, mode: str, now: datetime) -> RestPart | None:
    """One expression in forty ends with what a move says after its date, one deadline counted in days or weeks in
    five with how they are counted (chosen by the day's text and moment, so that the generator's other draws stay
    as they were)."""
    key = zlib.crc32(f"rest|{day_text}|{now.isoformat()}".encode())
    # « jour pour jour », « ouvrables » say how a count of days is counted (« dans 3 semaines … »), not « le 19 »
    counted = re.search(r"\b(?:dans|d['’]ici|sous)\b.*\b(?:jours|semaines)$", day_text, re.IGNORECASE) is not None
    if counted and mode == "echeance" and key % 5 == 0:
        fitting = [r for r in _MOVED_RESTS if r.family in _COUNTED_ONLY]
        return fitting[(key // 5) % len(fitting)]
    if key % 40:
        return None
    fitting = [r for r in _MOVED_RESTS if mode in r.modes and r.family not in _COUNTED_ONLY]
    return fitting[(key // 40) % len(fitting)]


def _compose(rng: random.Random, now: datetime) -> Case | None:
    today = now.date()
    mode = "seance" if rng.random() < 0.75 else "echeance"
    pick_day = rng.random()  # blind set 10's families, then blind set 11's, then blind set 17's
    day = (words_day(rng, today) if pick_day < 0.06 else swiss_day(rng, today) if pick_day < 0.1
           else mails_day(rng, today, mode) if pick_day < 0.14 else day_part(rng, today, mode))
    if day.weekday_alone is None and day.text.split()[-1].lower() in WEEKDAYS:
        day.weekday_alone = WEEKDAYS.index(day.text.split()[-1].lower())  # « ce lundi 12 h », « d'ici lundi 12 h »
    with_time = mode == "seance" or rng.random() < 0.4 or day.hint
    pick_time, plain_day = rng.random(), not day.hint and not day.night
    clock = ((words_time(rng) if pick_time < 0.05 and plain_day else swiss_time(rng) if pick_time < 0.09 and plain_day
              else time_part(rng, day.hint, day.night)) if with_time else None)
    if mode == "seance" and rng.random() < 0.04:
        clock = None  # a meeting without its time: refused
    order = "day-time"
    if clock is not None and clock.until and mode == "seance":
        clock.refuse = "an end, not a start"
    if clock is not None and day.time_first_ok and not clock.dotted and rng.random() < 0.2:
        order = "time-day"
        if clock.ends in ("spaced", "heures") and day.text[:1].isdigit():
            return None  # « 22 heures 26 10 mars »: 22h26 on 10 March, or 22h on 26/10? nobody can say
    rest = rng.choice([r for r in (*REST_PARTS, *WORD_RESTS) if mode in r.modes])
    if (moved_rest := _moved_rest(day.text, mode, now)) is not None:
        rest = moved_rest
    if order == "day-time" and clock is not None:
        sep = rng.choice((" ", " ", " à ", ", ", ", à ", " – ")) if clock.a_ok and not day.hint else rng.choice((" ", " à ")) if clock.a_ok else " "
        head = f"{day.text}{sep}{clock.text}"
    elif clock is not None:
        head = f"{'à ' if clock.a_ok and rng.random() < 0.3 else ''}{clock.text} {day.text}"
    else:
        head = day.text
    if order == "day-time" and clock is not None and day.spaced_month_words and sep == " – ":
        return None  # « le 13 11 – 17h »: the 13/11 at 17h, or the 13th 11h–17h? asked, and not an exact meaning
    comma = rest.text != "" and rng.random() < 0.2
    text = _variant(head, rng) + ((", " if comma else " ") + rest.text if rest.text else "")
    if (order == "day-time" or clock is None) and (moved := _moved(text, day, now)) is not None:
        text, day = moved
    last = "time" if order == "day-time" and clock is not None else "day"
    verdict = _rest_verdict(day, clock, rest, comma, last)
    if verdict == "skip":
        return None
    family = (day.family, clock.family if clock else "sans heure", rest.family)
    case = Case(family, mode, text, now, verdict)
    try:
        return _meaning(case, day, clock, rest, order, sep if order == "day-time" and clock else "")
    except Refused as why:
        if verdict == "either" or (day.ambiguous and not day.refuse):
            return Case(family, mode, text, now, "either", why=str(why))
        return Case(family, mode, text, now, "refuse", why=str(why))


def _meaning(case: Case, day: DayPart, clock: TimePart | None, rest: RestPart, order: str, sep: str) -> Case:
    if day.refuse:
        raise Refused(day.refuse)
    # « demain », « après-demain » as words (not « le lendemain de Noël », a holiday's next day whatever the hour)
    if case.now.hour < 4 and re.search(r"(?<![a-z])demain\b", day.text.lower()):
        raise Refused("« demain » after midnight: the day that has begun, or the next one? (README: asked)")
    if clock is not None and clock.refuse:
        raise Refused(clock.refuse)
    if case.expect == "refuse":
        raise Refused("rest")
    assert day.day is not None
    today = case.now.date()
    if (day.day - today).days > BOUND_DAYS:
        raise Refused("beyond the bound")
    if day.day < today:
        raise Refused("past")
    expect = case.expect
    if abs((day.day - today).days - BOUND_DAYS) <= 3:
        expect = "either"
    if clock is None:
        if case.mode == "seance":
            raise Refused("no time")
        return Case(case.family, case.mode, case.text, case.now, expect, localize(day.day, time(0), case.now.tzinfo),
                    None, False, (rest.kept or rest.text).strip(" ,;:/|–—-"))
    if order == "day-time" and day.weekday_alone is not None and sep == " " and clock.spaced_h is not None:
        # « lundi 12 h » when the coming 12th is a Monday: Monday at 12h, or Monday the 12th? (README: asked)
        if 1 <= clock.spaced_h <= 23 and next_day_of_month(today, clock.spaced_h).weekday() == day.weekday_alone:
            if not day.ambiguous:
                raise Refused("lundi 12 h: the 12th is that weekday")
            expect = "either"  # « lun. 12 h »: the README asks only for the full name; either is right
    if order == "day-time" and day.bare_number and clock.text.startswith("sept "):
        expect = "either"  # « samedi 25 sept heures »: « sept » is also September
    hour, minute = clock.start
    hour = day.shift_hour(hour) if clock.plain and day.hint else hour
    if "le N" in (day.family, day.was) and day.day == today and time(hour, minute) <= case.now.time():
        # « le 28 à 9h » typed on the 28th after 9h: the next 28th (README, the lead's third blind set)
        day = replace(day, day=next_day_of_month(today + timedelta(days=1), day.day.day))
        if (day.day - today).days > BOUND_DAYS:
            raise Refused("beyond the bound")
    start = localize(day.day, time(hour, minute), case.now.tzinfo)
    end = None
    if clock.end is not None:
        end_hour = day.shift_hour(clock.end[0]) if clock.plain and day.hint else clock.end[0]
        end = localize(day.day, time(end_hour, clock.end[1]), case.now.tzinfo)
    if start <= case.now:
        raise Refused("past")
    return Case(case.family, case.mode, case.text, case.now, expect, start, end, True, (rest.kept or rest.text).strip(" ,;:/|–—-"))


def cases(count: int, seed: int = 9) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    while len(out) < count:
        case = _compose(rng, rng.choice(NOWS))
        if case is not None:
            out.append(case)
    return out


def outcome(case: Case) -> tuple[str, str]:
    """(`exact` | `refused` | `WRONG`, what the reader gave) for one case."""
    from handlers.dates import parse_when
    from handlers.messages import UserError

    try:
        when = parse_when(case.text, case.now, require_time=case.mode == "seance")
    except UserError as error:
        return "refused", error.message
    got = f"{when.start:%Y-%m-%d %H:%M}{'' if when.end is None else f'-{when.end:%H:%M}'} (heure: {when.has_time}) reste « {when.rest} »"
    if case.expect == "refuse":
        return "WRONG", got
    want = (case.start, case.end, case.has_time, case.rest)
    if (when.start, when.end, when.has_time, when.rest) == want:
        return "exact", got
    return "WRONG", got


def score(sample: list[Case]) -> tuple[dict[str, dict[str, Counter[str]]], list[str]]:
    """Counts by family axis (`day`, `time`, `rest`) and family, and the wrong readings."""
    counts: dict[str, dict[str, Counter[str]]] = {axis: defaultdict(Counter) for axis in ("day", "time", "rest")}
    wrong: list[str] = []
    for case in sample:
        result, got = outcome(case)
        label = f"{case.expect}:{result}"
        for axis, family in zip(("day", "time", "rest"), case.family):
            counts[axis][family][label] += 1
            counts[axis]["TOTAL"][label] += 1 if axis == "day" else 0
        if result == "WRONG":
            expected = "REFUS" if case.start is None else (
                f"{case.start:%Y-%m-%d %H:%M}{'' if case.end is None else f'-{case.end:%H:%M}'} reste « {case.rest} »")
            wrong.append(f"[{'/'.join(case.family)}] {case.mode} « {case.text} » @ {case.now:%a %Y-%m-%d %H:%M} "
                         f"{case.now.tzinfo} → {got} ; attendu {expected}")
    counts["time"]["TOTAL"] = counts["day"]["TOTAL"]
    counts["rest"]["TOTAL"] = counts["day"]["TOTAL"]
    return counts, wrong


def table(counts: dict[str, Counter[str]]) -> list[str]:
    lines = [f"{'famille':28} {'total':>6} {'à lire':>6} {'exactes':>7} {'%':>6} {'refus.':>6} {'à refuser':>9} {'refus.':>6} "
             f"{'l’un/l’autre':>12} {'FAUSSES':>7}"]
    for family in sorted(counts, key=lambda f: (f == "TOTAL", f)):
        c = counts[family]
        to_read = c["read:exact"] + c["read:refused"] + c["read:WRONG"]
        share = f"{c['read:exact'] / to_read:6.1%}" if to_read else "     -"
        either = c["either:exact"] + c["either:refused"] + c["either:WRONG"]
        wrong = c["read:WRONG"] + c["refuse:WRONG"] + c["either:WRONG"]
        lines.append(f"{family[:28]:28} {sum(c.values()):6d} {to_read:6d} {c['read:exact']:7d} {share} {c['read:refused']:6d} "
                     f"{c['refuse:refused'] + c['refuse:WRONG']:9d} {c['refuse:refused']:6d} {either:12d} {wrong:7d}")
    return lines

