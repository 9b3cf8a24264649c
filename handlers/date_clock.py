"""Times of day in French: `14h`, `9h30-11h`, `de 9h à 11h`, `entre 14h et 16h`,
`11 heures`, `3h15 de l'après-midi`, `8h du soir`, `midi`, `minuit`,
`vers 15h`, `15h environ`.

Part of the date reader (`handlers.date_reader`), which owns the token walk;
this module reads one time (or one range) starting at a given token.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from functools import cache

from handlers.date_words import Tok, fold, tokenize
from handlers.messages import InputError

__all__ = ["STREET_WORDS", "ClockReading", "Phrases", "read_clock", "refuse_loose_minutes", "shift"]


@cache
def _phrase(words: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(fold(words)))


class Phrases:
    """Matching fixed word sequences against the token list."""

    def __init__(self, toks: list[Tok], text: str) -> None:
        self.toks = toks
        self.text = text

    def word(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def num(self, i: int, digits: int = 2) -> int | None:
        """The number at `i` if it has at most `digits` digits."""
        if i < len(self.toks) and self.toks[i].number and len(self.toks[i].text) <= digits:
            return int(self.toks[i].text)
        return None

    def adjacent(self, i: int) -> bool:
        """Token `i` touches token `i - 1` (no space between)."""
        return 0 < i < len(self.toks) and self.toks[i].start == self.toks[i - 1].end

    def seq(self, i: int, *phrases: str) -> int | None:
        """The index after the first of `phrases` found at `i`."""
        for phrase in phrases:
            words = _phrase(phrase)
            if tuple(self.word(i + k) for k in range(len(words))) == words:
                return i + len(words)
        return None

    def label(self, i: int, j: int) -> str:
        """The original text of tokens i..j-1."""
        if j <= i:
            return ""
        return self.text[self.toks[i].start:self.toks[j - 1].end]


@dataclass(frozen=True, slots=True)
class ClockReading:
    start: time
    end: time | None
    approx: bool
    said: str  # the time as typed, for messages
    stop: int
    until: bool = False  # "jusqu'à 16h", "avant 12h" alone: an end, or a deadline's hour


# Hours in words, only before « heure(s) »; not « une » (« une heure de débat » is a length).
_HOUR_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
               "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20}
_H = ("h", "hr", "hrs", "hre", "hres")  # "14hrs", "14 hres": Canadian and hurried spellings of « h »
_MINUTE_WORDS = {"cinq": 5, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50}
_APPROX = ("aux alentours de", "autour de", "vers", "environ", "approximativement")
_MINUTE_UNIT = ("minutes", "minute", "min", "mn")
_EXACT = ("precises", "precise", "pile", "tapantes", "tapante", "tapant")
_PREFIX = ("a partir de", "jusqu ' a", "avant", "a", "des", "de", "pour", "entre")
_RANGE = ("jusqu ' a", "jusqu ' au", "-", "–", "—", "a", "au")
_MERIDIEM = (
    ("du matin", "matin"), ("le matin", "matin"), ("du soir", "soir"), ("le soir", "soir"),
    ("du mat", "matin"), ("p . m .", "PM"), ("pm", "PM"), ("a . m .", "AM"), ("am", "AM"), ("de l ' apres - midi", "pm"), ("de l ' apres midi", "pm"), ("de l ' aprem", "pm"),
    ("l ' apres - midi", "pm"), ("l ' apres midi", "pm"), ("dans l ' apres - midi", "pm"),
)


def shift(hour: int, minute: int, kind: str | None, said: str) -> tuple[int, int]:
    """Apply `du matin` / `du soir` / `de l'après-midi`, refusing contradictions."""
    if kind is None:
        return hour, minute
    if kind in ("AM", "PM") and 1 <= hour <= 12:  # Canadian "2h PM", "9 h AM"
        return (hour % 12) + (12 if kind == "PM" else 0), minute
    if kind == "matin" and hour <= 11:
        return hour, minute
    if kind == "soir" and 1 <= hour <= 11:
        return hour + 12, minute
    if kind == "soir" and 17 <= hour <= 23:
        return hour, minute
    if kind == "pm" and 1 <= hour <= 7:
        return hour + 12, minute
    if kind == "pm" and 12 <= hour <= 19:
        return hour, minute
    raise InputError(f"« {said} » se contredit : précisez l'heure sur 24 heures (ex. « 14h », « 20h »).")


def _hm(p: Phrases, i: int) -> tuple[int, int, int] | None:
    """One clock time at `i` (hour, minute, next index), not yet checked."""
    if p.word(i) == "midi" or p.word(i) == "minuit":
        hour, j = (12 if p.word(i) == "midi" else 0), i + 1
        if (k := p.seq(j, "et demie", "et demi")) is not None:
            return hour, 30, k
        if (k := p.seq(j, "et quart")) is not None:
            return hour, 15, k
        if p.word(j) in _MINUTE_WORDS:  # "midi trente"
            return hour, _MINUTE_WORDS[p.word(j)], j + 1
        return hour, 0, j
    hour = p.num(i)
    if hour is None and p.word(i) in _HOUR_WORDS and p.word(i + 1) in ("heure", "heures"):
        hour = _HOUR_WORDS[p.word(i)]  # "à quinze heures", "sept heures du soir"
    if hour is None:
        return None
    if p.word(i + 1) in _H and (p.word(i + 1) == "h" or p.adjacent(i + 1) or p.word(i + 2) == ""):
        # "14h30", "14 h 30"; not "14h 12 rue…" (a street number).
        spaced = not p.adjacent(i + 1)
        minute = p.num(i + 2) if p.adjacent(i + 2) or spaced else None
        if minute is not None and len(p.word(i + 2)) == 2:
            return hour, minute, i + 3
        if (k := p.seq(i + 2, "et quart")) is not None:
            return hour, 15, k  # "14h et quart"
        if (k := p.seq(i + 2, "et demie", "et demi")) is not None:
            return hour, 30, k
        if (k := p.seq(i + 2, "moins le quart", "moins quart")) is not None:
            return hour - 1, 45, k  # "18h moins le quart": 17h45, not 18h with « moins le quart » as the place
        return hour, 0, i + 2
    if p.word(i + 1) == ":" and p.adjacent(i + 1) and p.adjacent(i + 2) and len(p.word(i + 2)) == 2:
        j = i + 4 if p.word(i + 3) == "h" and p.adjacent(i + 3) else i + 3  # "19:30h"
        return hour, int(p.word(i + 2)), j
    if p.word(i + 1) in ("heure", "heures"):
        j = i + 2
        if (k := p.seq(j, "et quart")) is not None:
            return hour, 15, k
        if (k := p.seq(j, "et demie", "et demi")) is not None:
            return hour, 30, k
        if (k := p.seq(j, "moins le quart", "moins quart")) is not None:
            return hour - 1, 45, k
        if (minute := p.num(j)) is not None and len(p.word(j)) == 2 and p.word(j + 1) not in ("h", ":", "heures"):
            return hour, minute, j + 1
        if (k := p.seq(j, "quarante - cinq", "quarante cinq")) is not None:
            return hour, 45, k
        if p.word(j) in _MINUTE_WORDS:
            return hour, _MINUTE_WORDS[p.word(j)], j + 1
        return hour, 0, j
    return None


def _dotted(p: Phrases, i: int) -> tuple[int, int, int] | None:
    """Swiss `14.15` (14h15), read only after `à` once the day is known:
    before it, `10.12` is a date."""
    hour = p.num(i)
    if hour is None or p.word(i + 1) != "." or not (p.adjacent(i + 1) and p.adjacent(i + 2)):
        return None
    if len(p.word(i + 2)) != 2 or p.num(i + 2) is None or (p.word(i + 3) == "." and p.adjacent(i + 3)):
        return None
    return hour, int(p.word(i + 2)), i + 3


def _meridiem(p: Phrases, i: int) -> tuple[str | None, int]:
    for phrase, kind in _MERIDIEM:
        if (j := p.seq(i, phrase)) is not None:
            return kind, j
    return None, i


def _checked(hour: int, minute: int, said: str) -> time:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise InputError(f"L'heure « {said} » n'existe pas.")
    return time(hour, minute)


def read_clock(p: Phrases, i: int, hint: str | None = None, dotted: bool = False) -> ClockReading | None:
    """A time or range at `i`, with its leading words (`à`, `de`, `vers`…);
    with `dotted` (the day already read), `à 14.15` too."""
    approx, between, until, j = False, False, False, i
    for _ in range(3):  # "vers", "à partir de", "entre": at most a few
        if (k := p.seq(j, *_APPROX)) is not None:
            approx, j = True, k
        elif (k := p.seq(j, *_PREFIX)) is not None:
            between, until, j = between or p.word(j) == "entre", until or p.word(j) in ("jusqu", "avant"), k
        else:
            break
    # without « à », only minutes that cannot be a month: « mercredi 13 janvier 18.30 » (but « 18.12 » is a date)
    first = _dotted(p, j) if dotted and ((j > i and p.word(j - 1) == "a") or (p.num(j + 2) or 0) > 12) else None
    dotted_start = first is not None
    first = first or _hm(p, j)
    bare = None
    if first is None:
        # "de 9 à 11h", "9-11h": a bare hour only as the start of a range.
        bare = p.num(j)
        if bare is None:
            return None
        first = (bare, 0, j + 1)
    hour, minute, j = first
    j = p.seq(j, *_MINUTE_UNIT) or j  # "14 heures 30 minutes", "14h30min"
    kind, j = _meridiem(p, j)
    if kind is None and p.word(j - 1) in ("heure", "heures") and p.word(j) in ("de", "d"):
        return None  # "3 heures de formation": a duration, not a time
    end, end_kind, k = None, None, None
    k = p.seq(j, "et") if between else p.seq(j, *_RANGE)
    # « 9.30 - 12.00 »: after a dotted start, the end may be dotted too
    if k is not None and (second := (_dotted(p, k) if dotted_start else None) or _hm(p, k)) is not None:
        end_hour, end_minute, j = second
        j = p.seq(j, *_MINUTE_UNIT) or j
        end_kind, j = _meridiem(p, j)
        end = (end_hour, end_minute)
    elif (bare is not None and kind not in ("AM", "PM")) or between:
        return None  # a bare number is an hour only as a range's start, or with AM/PM ("6 PM")
    if (k := p.seq(j, "environ")) is not None:
        approx, j = True, k
    elif (k := p.seq(j, *_EXACT)) is not None:
        j = k  # "14h précises": the time as said
    said = p.label(i, j)
    if kind is None and end is not None and end_kind is not None and hour <= end[0]:
        kind = end_kind  # "de 2h à 4h de l'après-midi"
    start = _checked(*shift(hour, minute, kind or hint, said), said)
    stop = None
    if end is not None:
        stop = _checked(*shift(end[0], end[1], end_kind or (hint if kind is None else kind), said), said)
        if stop <= start:
            raise InputError(
                f"La fin ({stop.hour:02d}h{stop.minute:02d}) doit suivre le début ({start.hour:02d}h{start.minute:02d})."
            )
    return ClockReading(start, stop, approx, said, j, until and stop is None)


STREET_WORDS = _STREET = ("rue", "r", "avenue", "av", "chemin", "ch", "place", "pl", "route", "rte", "boulevard", "bd", "quai",
           "allee", "impasse", "imp", "cours", "passage", "square", "sentier", "bis", "ter")


def refuse_loose_minutes(reader: Phrases, clock: ClockReading | None, i: int) -> None:
    """« 14h 30 Mairie »: 14h30, or 14h at number 30? Only a street word after
    the number (« 14h 12 rue du Rhône ») says it is an address."""
    if clock is None or clock.stop != i or not clock.said.lower().endswith("h"):
        return
    minute = reader.num(i)
    if minute is not None and len(reader.word(i)) == 2 and minute <= 59 and reader.word(i + 1) not in _STREET:
        hour, number = clock.said, reader.word(i)
        raise InputError(
            f"« {hour} {number} » : {hour}{number}, ou {hour} suivi d'un numéro ? "
            f"Écrivez « {hour}{number} », ou une virgule après l'heure (« {hour}, {number} … »)."
        )
