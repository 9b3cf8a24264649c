"""One clock time in French at a given token: its hour and minute (`14h30`,
`14 h 30`, `19:30h`, `quinze heures`, `dix-huit heures trente`, `midi et
quart`, `18h moins le quart`, Swiss `9.30 h`), not yet checked nor shifted by
`du soir`. Part of `handlers.date_clock` (moved out of it to keep it readable
in one sitting), which reads ranges, prefixes and what follows a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.date_numbers import spelled_number, spoken_number
from handlers.messages import InputError

if TYPE_CHECKING:
    from handlers.date_clock import Phrases

__all__ = ["HOUR_WORDS", "MINUTE_WORDS", "UNIT_SIGNS", "dotted_time", "hour_minute", "priced"]

# Hours in words, only before « heure(s) »; not « une » (« une heure de débat » is a length).
HOUR_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
               "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20}
_COMPOUND_HOURS = tuple((f"{tens}{sep}{unit}", value) for tens, unit, value in (
    ("dix", "sept", 17), ("dix", "huit", 18), ("dix", "neuf", 19), ("vingt", "et une", 21), ("vingt", "et un", 21),
    ("vingt", "deux", 22), ("vingt", "trois", 23)) for sep in (" - ", " "))
_H = ("h", "hr", "hrs", "hre", "hres", "uhr")  # "14hrs", "14 hres": Canadian and hurried spellings; bilingual Swiss « 14 Uhr »
MINUTE_WORDS = {"cinq": 5, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50}


# Signs after a number (glued or not) that make it an amount, not minutes or a day (« 10 h 10€ », « samedi 15 % »).
UNIT_SIGNS = ("€", "$", "£", "%", "°")


def priced(p: Phrases, i: int) -> bool:
    """A sign at `i` makes the number before it an amount (« 10€ », « 15 % », « 10 € »)."""
    return p.word(i) in UNIT_SIGNS


def hour_minute(p: Phrases, i: int) -> tuple[int, int, int] | None:
    """One clock time at `i` (hour, minute, next index), not yet checked."""
    if (p.word(i) == "midi" or p.word(i) == "minuit") and not p.in_name(i):
        hour, j = (12 if p.word(i) == "midi" else 0), i + 1
        return _said_minutes(p, hour, j, words=True) or (hour, 0, j)  # « midi trente », « midi moins le quart »
    if (found := dotted_time(p, i)) is not None and (
        p.word(found[2]) in ("h", "heures", "uhr") or (p.word(found[2]) == "heure" and p.word(found[2] + 1) not in ("du", "de", "d", "des"))
    ):
        # Swiss and Belgian « 9.30 h », « 14.15 heures »: never a date (« à 15.15 Heure du conte » is a name after the time)
        return found[0], found[1], found[2] + 1
    hour = p.num(i)
    if hour is None and p.word(i) in ("dix", "vingt"):
        for words, value in _COMPOUND_HOURS:  # « dix-huit heures », « vingt et une heures »
            if (k := p.seq(i, words)) is not None and p.word(k) in ("heure", "heures"):
                hour, i = value, k - 1
                break
    if hour is None and p.word(i) in HOUR_WORDS and p.word(i + 1) in ("heure", "heures"):
        hour = HOUR_WORDS[p.word(i)]  # "à quinze heures", "sept heures du soir"
    if hour is None and p.word(i) == "une" and p.word(i + 1) == "heure" and _one_oclock(p, i + 2):
        hour = 1  # « une heure moins le quart de l'après-midi »: a time, since a part of the day follows
    if hour is None:
        return None
    if p.word(i + 1) in _H and (p.word(i + 1) == "h" or p.adjacent(i + 1) or p.word(i + 2) == ""):
        # "14h30", "14 h 30"; not "14h 12 rue…" (a street number).
        spaced = not p.adjacent(i + 1)
        minute = p.num(i + 2) if p.adjacent(i + 2) or spaced else None
        if (minute is None and not spaced and p.word(i + 2) == "." and p.adjacent(i + 2) and p.adjacent(i + 3)
                and len(p.word(i + 3)) == 2 and (dotted := p.num(i + 3)) is not None and dotted <= 59):
            return hour, dotted, _minute_mark(p, i + 4)  # « 14h.30 » (blind set 20): a dot slipped in between
        if minute is not None and len(p.word(i + 2)) == 2 and not (spaced and priced(p, i + 3)):  # « 10 h 10 € »
            # « 14h30h » (blind set 12): the « h » typed again after the minutes, glued, belongs to the time
            j = i + 3 + (p.word(i + 3) == "h" and p.adjacent(i + 3) and not spaced)
            return hour, minute, _minute_mark(p, j)
        # "14h et quart", "18h moins le quart" (17h45, not 18h with « moins le quart » as the place)
        return _said_minutes(p, hour, i + 2, words=False) or (hour, 0, i + 2)
    if p.word(i + 1) == ":" and p.adjacent(i + 1) and p.adjacent(i + 2) and len(p.word(i + 2)) == 2:
        j = i + 4 if p.word(i + 3) == "h" and p.adjacent(i + 3) else i + 3  # "19:30h"
        if p.word(j) == ":" and j == i + 3 and p.adjacent(j) and p.adjacent(j + 1) and len(p.word(j + 1)) == 2 and p.num(j + 1) is not None:
            # seconds, as exports write them (« 2027-01-12 14:00:00 », blind set 19): « :00 » is the minute itself;
            # other seconds would be cut off unsaid
            if int(p.word(j + 1)):
                raise InputError(f"« {p.label(i, j + 2)} » : Greffier note les heures à la minute, sans secondes. "
                                 f"Écrivez l'heure voulue (ex. « {hour}h{p.word(i + 2)} »).")
            j += 2
            if p.word(j) == "." and p.adjacent(j) and p.adjacent(j + 1) and p.word(j + 1).isdigit():
                if p.word(j + 1).strip("0"):  # « 14:00:00.500 »
                    raise InputError(f"« {p.label(i, j + 2)} » : Greffier note les heures à la minute, sans secondes. "
                                     f"Écrivez l'heure voulue (ex. « {hour}h{p.word(i + 2)} »).")
                j += 2  # « 2027-05-12T14:00:00.000 », milliseconds as exports write them
        return hour, int(p.word(i + 2)), j
    if p.word(i + 1) in ("heure", "heures"):
        j = i + 2
        if (said := _said_minutes(p, hour, j, words=False)) is not None:
            return said
        # not « 14 heures 17 h », « 14 heures 17:30 » (another time), « 2 heures 10€ »; a spaced « : » is punctuation
        clock_next = p.word(j + 1) in ("h", "heures") or (p.word(j + 1) == ":" and p.adjacent(j + 1))
        if (minute := p.num(j)) is not None and len(p.word(j)) == 2 and not clock_next and not priced(p, j + 1):
            return hour, minute, j + 1
        if (k := p.seq(j, "quarante cinq")) is not None:
            return hour, 45, k
        return _said_minutes(p, hour, j, words=True) or (hour, 0, j)
    return None


def _minute_mark(p: Phrases, j: int) -> int:
    """After minutes, the minute mark glued to them (« 9h30' », « 9h30'' », « 9h30′ »), as the time's own:
    probing after blind set 18, « 9h30' salle B » left « ' salle B » as the place."""
    for _ in range(2):
        if p.word(j) in ("'", "′", "″") and p.adjacent(j):
            j += 1
    return j


def _said_minutes(p: Phrases, hour: int, j: int, words: bool) -> tuple[int, int, int] | None:
    """The minutes said after an hour at `j`: « et quart », « et demie », « moins le
    quart », « moins cinq »; with `words`, also in words (« trente »,
    « vingt-cinq », « quarante-cinq »: a compound whole, not « vingt » with « -cinq »
    left in the place). Not a bare « deux » (« 14 heures deux dossiers » is a count)."""
    if (k := p.seq(j, "et quart")) is not None:
        return hour, 15, k
    if (k := p.seq(j, "et demie", "et demi")) is not None:
        return hour, 30, k
    if (k := p.seq(j, "moins le quart", "moins quart")) is not None:
        return (hour - 1) % 24, 45, k
    if p.word(j) == "moins" and p.word(j + 1) in MINUTE_WORDS and (spelled := spoken_number(p, j + 1)) is not None:
        n, k = spelled  # « midi moins cinq », « 9 heures moins vingt »; in digits (« 18h moins 10 ») it is asked about
        from handlers.date_clock import counted_noun  # here: date_clock imports this module

        if n <= 30 and not counted_noun(p, k):  # « 14h moins cinq personnes »: a count, not minutes
            return (hour - 1) % 24, 60 - n, k
    if words and p.word(j) not in ("un", "une") and (spelled := spoken_number(p, j)) is not None and 0 < spelled[0] < 60:
        from handlers.date_clock import counted_after_minutes  # here: date_clock imports this module

        minute, k = spelled
        if p.word(j) not in MINUTE_WORDS and minute < 10:
            # « dix heures deux »: 10h02, or 10h and a number left in the place? (« 10 heures 2 » is asked too);
            # before a plural it counts (« 14 heures deux dossiers », like « 10 heures 3 salles »)
            if counted_after_minutes(p, k):
                return None
            raise InputError(f"« {p.label(j, k)} » après l'heure : {hour}h{minute:02d}, ou {hour}h suivi d'un nombre ? "
                             f"Je ne devine pas. Écrivez l'heure en chiffres (ex. « {hour}h{minute:02d} » ou « {hour}h, … »).")
        whole = spelled_number(p, j)
        if whole is not None and whole[1] < k and counted_after_minutes(p, k):
            # a unit spaced from its tens: « dix heures vingt deux personnes »: 10h22, or 10h20 and two people?
            said = p.label(j, k)
            raise InputError(f"« {said} » après l'heure : {hour}h{minute:02d}, ou {hour}h{whole[0]:02d} suivi de "
                             f"« {p.label(whole[1], k + 1)} » ? Écrivez l'heure en chiffres (ex. « {hour}h{minute:02d} »).")
        # a street word after them (« treize heures trente rue du 8-Mai 4 »): minutes still, since a street number
        # is written in digits; before a plural, minutes said in words stay minutes too (« 15 heures trente
        # dossiers »: 15h30, as blind set 5 labels it; « 10 h 10 dossiers » in digits is asked)
        return hour, minute, k
    return None


def _one_oclock(p: Phrases, i: int) -> bool:
    """After « une heure », a part of the day (« du matin », « de l'après-midi »), maybe
    after its minutes: only then is it a time; « une heure de débat » is a length."""
    k = p.seq(i, "et quart", "et demie", "et demi", "moins le quart", "moins quart") or i
    k += p.num(k) is not None and len(p.word(k)) == 2
    return p.seq(k, "du matin", "de l ' apres - midi", "de l ' apres midi", "de l ' aprem", "du soir") is not None


def dotted_time(p: Phrases, i: int) -> tuple[int, int, int] | None:
    """Swiss `14.15` (14h15), read only after `à` once the day is known:
    before it, `10.12` is a date."""
    hour = p.num(i)
    if hour is None or p.word(i + 1) != "." or not (p.adjacent(i + 1) and p.adjacent(i + 2)):
        return None
    if len(p.word(i + 2)) != 2 or p.num(i + 2) is None or (p.word(i + 3) == "." and p.adjacent(i + 3)):
        return None
    return hour, int(p.word(i + 2)), i + 3
