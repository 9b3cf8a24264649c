"""A meeting's length or end said with its time, in words (blind set 25).

Greffier stores a meeting by its start and its end. Its end said in words after the time is read: « 14h, fin
prévue à 16h », « 14h (fin prévue 16h30) », « dès 14h, jusqu'à 17h30 », « dès 9h et jusqu'à 12h ». Its length in
figures is asked, never kept in the place nor turned into an end, as the README has it for a length after the time
(« pendant 2h », « 14h (durée 1h30) », « 14h, durée : 1h30 », « pour une durée de 2h », and before it « pendant 2h
à partir de 14h », « 2 heures de réunion à 14h »): the refusal computes the span to write (« écrivez « 14h-15h30 » »).
« (durée 45 min) » was stored as the place, and « durée 2 jours » too: a length in days is refused, one meeting is
one span of hours. A length in words after « durée » stays the text, as the reader's own advice for « pour 2
heures » says (« durée : deux heures »).

Part of the date reader: `read_timed` is `read_clock` with these; the reader calls it where a meeting's time is
read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from handlers.date_clock import ClockReading, Phrases, read_clock
from handlers.date_hours import HOUR_WORDS, hour_minute
from handlers.messages import InputError

__all__ = ["length_at", "read_timed"]

_MINUTES = ("minutes", "minute", "min", "mn")
_DAYS = ("jours", "jour", "journees", "journee", "demi - journees", "demi - journee", "semaines", "semaine", "soirs", "soir",
         "soirees", "soiree", "nuits", "nuit", "matinees", "matinee", "mois")
# After the time: the words that give the meeting's length (« durée : 1h30 », « pendant 2h »); « pendant » asked
# whatever the spelling (« pendant deux heures »), the others only before figures.
_LENGTH_SAID = ("pour une duree de", "pour une duree d", "d ' une duree de", "sur une duree de", "duree prevue :", "duree prevue",
                "duree :", "duree", "pendant")
# After the time: the words that give its end (« fin prévue à 16h »).
_END_SAID = ("fin prevue a", "fin prevue :", "fin prevue", "fin estimee a", "fin a", "fin :")
# Before the time, after a length: what says the time is its start (« pendant 2h à partir de 14h »).
_FROM = ("a partir de", "a compter de", "des")
# « 2 heures de réunion à 14h »: the length of a meeting said by its name, then its start.
_MEETING_NOUNS = ("reunion", "seance", "rencontre", "atelier", "formation", "travail", "echanges", "discussion", "visio",
                  "visioconference", "conference", "permanence", "assemblee", "comite", "bureau", "conseil")


def length_at(p: Phrases, i: int) -> tuple[int | None, int] | None:
    """A length at `i`, in minutes, with the index after it: « 2h », « 1h30 », « 2 heures », « deux heures », « 45 min »,
    « une heure et demie », « une demi-heure ». A length in days or weeks gives None minutes."""
    w = p.word
    if w(i) == "une" and (k := p.seq(i + 1, "demi - heure", "demi heure")) is not None:
        return 30, k
    if w(i) == "une" and w(i + 1) == "heure":
        k = p.seq(i + 2, "et demie", "et demi", "trente") or i + 2
        return (90 if k > i + 2 else 60), k
    if w(i) in ("une", "un") and (k := p.seq(i + 1, *_DAYS)) is not None:
        return None, k
    count = p.num(i) if p.num(i) is not None else HOUR_WORDS.get(w(i))
    if count is None:
        return None
    if (k := p.seq(i + 1, *_DAYS)) is not None:
        return None, k  # « 2 jours », « trois semaines »
    if p.num(i) is not None and (k := p.seq(i + 1, *_MINUTES)) is not None:
        return count, k  # « 45 minutes », « 90 min »
    if w(i + 1) not in ("h", "heure", "heures") or (found := hour_minute(p, i)) is None:
        return None
    hours, minutes, k = found
    k = p.seq(k, *_MINUTES) or k  # « 1h30 min »
    return hours * 60 + minutes, k


def _hhmm(at: time) -> str:
    return f"{at.hour}h{at.minute:02d}" if at.minute else f"{at.hour}h"


def _ask_length(said: str, clock: ClockReading | None, minutes: int | None) -> None:
    """Refuse a length said with the time, with the span to write instead."""
    if minutes is None:
        raise InputError(f"« {said} » : une séance sur plusieurs jours ? Je n'enregistre qu'une plage horaire dans une "
                         "journée : créez une séance par jour (ex. « lundi 14h-17h », puis « mardi 9h-12h »).")
    if clock is not None and clock.end is not None:
        raise InputError(f"« {said} » : la séance a déjà sa fin (« {clock.said.strip()} »). Je n'enregistre que le début et la "
                         f"fin : écrivez « {_hhmm(clock.start)}-{_hhmm(clock.end)} » sans la durée.")
    example = "14h-16h"
    if clock is not None:
        end = (datetime.combine(datetime.min.date(), clock.start) + timedelta(minutes=minutes)).time()
        overnight = end <= clock.start and end != time(0, 0)
        example = f"de {_hhmm(clock.start)} à {_hhmm(end)} du matin" if overnight else f"{_hhmm(clock.start)}-{_hhmm(end)}"
    raise InputError(f"« {said} » : une durée. Greffier enregistre une séance par son début et sa fin, pas par sa durée : "
                     f"écrivez « {example} ».")


def _length_after(p: Phrases, clock: ClockReading) -> None:
    """Refuse a length said right after the time (see the module docstring)."""
    j = clock.stop + (p.word(clock.stop) == ",")
    j += p.word(j) in ("(", "[")
    if (k := p.seq(j, *_LENGTH_SAID)) is None or (length := length_at(p, k)) is None:
        return
    minutes, after = length
    if p.word(j) != "pendant" and p.num(k) is None:
        return  # « durée : deux heures »: the text, as the reader's advice for « pour 2 heures » has it
    if p.word(j) == "pendant" and minutes is None:
        return  # « pendant trois semaines »: refused as the rest's length (date_rest.py), as before
    _ask_length(p.label(j, after), clock, minutes)


def _end_said(p: Phrases, clock: ClockReading) -> ClockReading:
    """`clock` with its end said in words right after it (« 14h, fin prévue à 16h », « dès 9h et jusqu'à 12h »)."""
    if clock.end is not None or clock.until:
        return clock
    j = clock.stop + (p.word(clock.stop) == ",")
    opened = p.word(j) in ("(", "[")
    j += opened
    k = p.seq(j, *_END_SAID)
    if k is None and not opened and (p.word(clock.stop) == "," or p.word(j) == "et"):
        k = p.seq(j + (p.word(j) == "et"), "jusqu ' a", "jusqu ' au")  # « dès 14h, jusqu'à 17h30 », « dès 9h et jusqu'à 12h »
    if k is None or (found := hour_minute(p, k)) is None:
        return clock
    hour, minute, stop = found
    if opened:
        if p.word(stop) not in (")", "]"):
            return clock
        stop += 1
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise InputError(f"L'heure « {p.label(k, found[2])} » n'existe pas.")
    end = time(hour, minute)
    if end <= clock.start and end != time(0, 0):
        raise InputError(f"La fin ({hour:02d}h{minute:02d}) doit suivre le début ({clock.start.hour:02d}h{clock.start.minute:02d}).")
    return replace(clock, end=end, stop=stop, ends_at_midnight=end == time(0, 0))


def _length_first(p: Phrases, i: int) -> tuple[int | None, int] | None:
    """A length said before the time (« pendant 2h à partir de 14h », « 2 heures de réunion à 14h »): the minutes and
    the index of the time's own words (« à partir de 14h », « à 14h »)."""
    k = p.seq(i, "pendant")
    if (length := length_at(p, k if k is not None else i)) is None:
        return None
    minutes, after = length
    if k is not None:
        after += p.word(after) == ","
        return (minutes, after) if p.seq(after, *_FROM) is not None else None
    if not (p.word(after) in ("de", "d") and p.word(after + 1 + (p.word(after + 1) == "'")) in _MEETING_NOUNS):
        return None
    after += 2 + (p.word(after + 1) == "'")
    return (minutes, after) if p.word(after) == "a" else None


def read_timed(p: Phrases, i: int, hint: str | None = None, dotted: bool = False) -> ClockReading | None:
    """`read_clock` at `i`, with the meeting's end said in words after the time; its length said before or after the
    time refused with the span to write (see the module docstring)."""
    if (first := _length_first(p, i)) is not None:
        minutes, at = first
        clock = read_clock(p, at, hint, dotted)
        if clock is not None and clock.end is None and not clock.until:
            _ask_length(p.label(i, clock.stop), clock, minutes)
    clock = read_clock(p, i, hint, dotted)
    if clock is None:
        return None
    _length_after(p, clock)
    return _end_said(p, clock)
