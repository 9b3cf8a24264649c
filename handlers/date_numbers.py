"""French numbers written in words, as the date reader meets them (blind set 10).

« le vingt-trois janvier », « le trente et un », « pour nonante minutes »,
« pendant quatre-vingt-dix minutes »: a day of the month or a length said in
words. Compounds are read over the reader's tokens (« vingt - trois », « vingt
et un », « quatre - vingt - dix »), with the Belgian and Swiss tens (septante,
huitante, octante, nonante), so that a length in words is recognised as a
length wherever a length in digits is, and a day in words as a day.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["CARDINAL_VALUES", "CARDINAL_WORDS", "spaced_sept", "spelled_number", "spoken_number"]

_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
         "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}
# Every word that may start or continue a number in words (« cent » and above are no days nor meeting lengths).
CARDINAL_WORDS = frozenset((*_UNITS, *_TEENS, *_TENS))
# Each of those words' value, for readers that add them up (period_counts.py: « quatre vingt dix prochains jours »).
CARDINAL_VALUES = {**_UNITS, **_TEENS, **_TENS}


class _Words(Protocol):
    def word(self, i: int) -> str: ...

    def adjacent(self, i: int) -> bool: ...


def _joined(p: _Words, i: int) -> tuple[int, bool] | None:
    """The index after a joiner at `i` (« - » glued on both sides, « et », « -et- »)
    and whether it holds « et »; None when there is none."""
    k, has_et = i, False
    if p.word(k) == "-" and p.adjacent(k) and p.adjacent(k + 1):
        k += 1
    if p.word(k) == "et":
        k, has_et = k + 1, True
        if p.word(k) == "-" and p.adjacent(k) and p.adjacent(k + 1):
            k += 1
    return (k, has_et) if k > i else None


def _below_twenty(p: _Words, i: int) -> tuple[int, int] | None:
    """« sept », « quinze », « dix-sept » (or « dix sept »)."""
    w = p.word(i)
    if w == "dix":
        joined = _joined(p, i + 1)  # hyphened only: in « le dix sept 14h », sept may be September
        if joined is not None and not joined[1] and p.word(k := joined[0]) in ("sept", "huit", "neuf"):
            return 10 + _UNITS[p.word(k)], k + 1
    if w in _TEENS:
        return _TEENS[w], i + 1
    if w in _UNITS:
        return _UNITS[w], i + 1
    return None


def spelled_number(p: _Words, i: int) -> tuple[int, int] | None:
    """The number written in words at `i` (0 to 99) and the index after it, or None.

    « vingt-trois », « vingt et un », « trente-et-un », « soixante-dix »,
    « quatre-vingt-dix », « septante-cinq », « nonante ». « et » only joins
    « un » / « une » / « onze » (« vingt et un », « soixante et onze »):
    « vingt et trois dossiers » is not one number."""
    w = p.word(i)
    quatre_vingt = w == "quatre" and p.word(i + 1) == "-" and p.adjacent(i + 1) and p.adjacent(i + 2) and p.word(i + 2) in ("vingt", "vingts")
    if quatre_vingt or w in _TENS:
        value, j = (80, i + 3) if quatre_vingt else (_TENS[w], i + 1)
        joined = _joined(p, j)
        if joined is None:
            return value, j
        k, has_et = joined
        if has_et and p.word(k) not in ("un", "une", "onze"):
            return value, j
        if (rest := _below_twenty(p, k)) is None:
            return value, j
        if rest[0] >= 10 and value not in (60, 80):
            return value, j  # « vingt-dix » is no number; « soixante-dix », « quatre-vingt-dix » are
        return value + rest[0], rest[1]
    return _below_twenty(p, i)


def spoken_number(p: _Words, i: int) -> tuple[int, int] | None:
    """`spelled_number`, and also a unit spaced from its tens as dictation and hurried typing write it
    (blind set 16): « vingt neuf », « trente deux », « dix huit », « soixante quinze », « quatre vingt dix ».
    Read where a number is expected whole (a day before its month or time, minutes after « heures », a
    count of days, a year): there « le vingt neuf mars » was refused, « quatorze heures vingt cinq » read
    14h20 with « cinq » as the place, « le vingt sept à 10h » read as 20 September. A spaced « sept » may
    still be September (« le dix sept »): callers ask with `spaced_sept` when no month follows."""
    if p.word(i) == "quatre" and p.word(i + 1) in ("vingt", "vingts"):
        value, j = 80, i + 2  # « quatre vingt dix jours »: France's eighty, spaced
    elif (found := spelled_number(p, i)) is None:
        return None
    else:
        value, j = found
    bare_tens = j == i + 1 or (value == 80 and p.word(i) == "quatre" and j in (i + 2, i + 3))
    unit = p.word(j)
    if value == 10 and j == i + 1 and unit in ("sept", "huit", "neuf"):
        return 10 + _UNITS[unit], j + 1  # « dix huit »
    if not bare_tens or value < 20 or value % 10:
        return value, j
    if unit in _UNITS and unit not in ("un", "une"):  # « vingt et un » is the spoken form; « vingt un » is no number
        return value + _UNITS[unit], j + 1
    if value in (60, 80) and (teen := _below_twenty(p, j)) is not None and teen[0] >= 10:
        if teen[0] == 10 and p.word(teen[1]) in ("sept", "huit", "neuf"):
            return value + 10 + _UNITS[p.word(teen[1])], teen[1] + 1  # « soixante dix sept »
        return value + teen[0], teen[1]  # « soixante quinze », « quatre vingt dix »
    return value, j


def spaced_sept(p: _Words, i: int, k: int) -> bool:
    """The number from `i` to `k` ends with « sept » after a space (« le vingt sept »): the 27th, or
    the 20th of September? (« vingt-sept » with its hyphen is the number.)"""
    return k - i >= 2 and p.word(k - 1) == "sept" and p.word(k - 2) not in ("-", "et")
