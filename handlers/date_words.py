"""The words of French dates, and the tokens the date reader walks over.

The reader works on a folded copy of the text (lower case, accents off,
typographic apostrophes and spaces made plain) that keeps every character
at the same offset as the original, so that what the reader did not consume
is sliced out of the original text exactly, accents and case intact.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from babel.dates import get_day_names, get_month_names
from rapidfuzz.distance import OSA

__all__ = [
    "NUMBER_WORDS",
    "ORDINALS",
    "PERIOD_NOUNS",
    "Tok",
    "fold",
    "is_demain",
    "month_of",
    "normalize",
    "tokenize",
    "weekday_of",
]

_ACCENTS = str.maketrans({
    "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ä": "a", "î": "i", "ï": "i",
    "ô": "o", "ö": "o", "û": "u", "ü": "u", "ù": "u", "ç": "c", "ÿ": "y",
    "’": "'", "‘": "'", "`": "'", "´": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})

# What an ordinal after « le », « au » counts when it is no day of the month: « au premier trimestre » (blind set 14).
PERIOD_NOUNS = frozenset({"trimestre", "semestre", "quadrimestre", "quinzaine", "semaine", "mois", "week", "weekend"})

# Spelled-out counts people use for days and weeks ("dans quinze jours").
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
}
# "le premier mardi", "le 2e jeudi", "le dernier vendredi".
ORDINALS = {
    "premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ere": 1,
    "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2, "2nd": 2,
    "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4,
    "cinquieme": 5, "5e": 5, "5eme": 5, "dernier": -1, "derniere": -1,
    "avant-dernier": -2,  # (read as « avant - dernier » by date_weekdays.nth_weekday)
}
# Typos are forgiven only on words this long: shorter ones collide with
# ordinary words ("marie" is one letter from "mardi").
_FUZZY_MIN = 6


def normalize(raw: str) -> str:
    """NFC, so that a decomposed "é" is one character like the composed one."""
    return unicodedata.normalize("NFC", raw)


def fold(text: str) -> str:
    """Lower case without accents, same length and offsets as `text`."""
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_ACCENTS)


@dataclass(frozen=True, slots=True)
class Tok:
    """One token of the folded text: a word, a number, or one sign."""

    text: str
    start: int
    end: int

    @property
    def number(self) -> bool:
        return self.text.isascii() and self.text.isdigit()


_TOKEN = re.compile(r"[0-9]+|[a-z]+|\S")


def tokenize(folded: str) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(folded)]


@cache
def _months() -> dict[str, int]:
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale="fr").items():
            months[fold(name).rstrip(".")] = number
    months.update({"fev": 2, "fevr": 2, "jan": 1, "janv": 1, "juil": 7, "juill": 7, "sep": 9, "sept": 9, "dec": 12, "nov": 11, "oct": 10})
    return months


@cache
def _weekdays() -> dict[str, int]:
    days = {fold(name): number for number, name in get_day_names("wide", locale="fr").items()}
    days.update({"lun": 0, "mar": 1, "mer": 2, "merc": 2, "mercr": 2, "jeu": 3, "ven": 4, "vend": 4, "vendr": 4, "sam": 5, "dim": 6})
    return days


def _undoubled(word: str, names: dict[str, int]) -> int | None:
    """« jeudii », « marrdi », « janvierr »: a key pressed twice. Safe on short names,
    where one edit is not (« jeudii » is no French word; « marie » is one letter
    from « mardi » but has no doubled letter to drop). Full names only."""
    found = {names[word[:k] + word[k + 1:]] for k in range(1, len(word)) if word[k] == word[k - 1]
             and len(word) - 1 >= 4 and word[:k] + word[k + 1:] in names and len(word[:k] + word[k + 1:]) >= 4}
    return found.pop() if len(found) == 1 else None


def _swapped(word: str, names: dict[str, int]) -> int | None:
    """« jeuid », « jiun », « otcobre »: two neighbouring keys typed in the wrong order, forgiven
    from four letters (not « ami » for « mai »): no French word is such a slip of a day or month name."""
    if len(word) < 4:
        return None
    found = {names[w] for k in range(len(word) - 1) if word[k] != word[k + 1]
             and (w := word[:k] + word[k + 1] + word[k] + word[k + 2:]) in names and len(w) >= 4}
    return found.pop() if len(found) == 1 else None


def _lookup(word: str, names: dict[str, int]) -> int | None:
    if word in names:
        return names[word]
    if (undoubled := _undoubled(word, names)) is not None:
        return undoubled
    if (swapped := _swapped(word, names)) is not None:
        return swapped
    if len(word) < _FUZZY_MIN - 1 or (word[-1] == "s" and word[:-1] in names):
        return None  # « jeudis », « samedis »: a plural says every such day (the weekday reader asks which one)
    # one edit on a name of at least _FUZZY_MIN letters; the typed word may be a letter shorter (« samdi »)
    close = {names[name] for name in names if len(name) >= _FUZZY_MIN and len(word) >= len(name) - 1 >= _FUZZY_MIN - 1
             and OSA.distance(word, name) <= 1}
    return close.pop() if len(close) == 1 else None


def month_of(word: str) -> int | None:
    """`mars`, `sept`, `decembre`, `septmbre` (one typo) -> month number."""
    return _lookup(word, _months())


def weekday_of(word: str) -> int | None:
    """`jeudi`, `jeu`, `mecredi`, `vendreid` (one typo or swap), `lundy` -> 0 = Monday."""
    if len(word) >= 5 and word.endswith("dy") and word[:-1] + "i" in _weekdays():
        return _weekdays()[word[:-1] + "i"]  # « lundy », « jeudy » (blind set 12): the « -di » of every name, « y » for « i »
    return _lookup(word, _weekdays())


# French words one typing slip from « demain » that are no slip of it (« dédain »).
_NOT_DEMAIN = frozenset({"dedain"})


def is_demain(word: str) -> bool:
    """« demain », or one slip of it typed in chat (blind set 13: « demian », « deamin », « demaim », « dmain »,
    « demainn »): no other French word is that close, except « dédain »."""
    return word == "demain" or (len(word) >= 5 and word not in _NOT_DEMAIN and OSA.distance(word, "demain") <= 1)
