"""Amounts said in words and written in digits, for matching a question's
topic against the group's records: « les nonante mille francs » finds
« 90 000 francs », « trois cents ménages » « 300 ménages », « quinze mille
euros » « 15'000 € » (the Swiss thousands mark) or « 15.000 € ».

Only amounts of a hundred or more, or compounds of tens (« quatre-vingt-dix
francs », « nonante » read so, finds « 90 francs »), are read as digits:
« les deux postes » keeps finding « deux postes », as records write small
numbers in words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.date_numbers import CARDINAL_WORDS
from handlers.understanding.normalise import Word

__all__ = ["amounts_shown", "spoken_amounts", "written_amounts"]

_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
          "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
         "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}
_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "milles": 1000, "million": 1_000_000, "millions": 1_000_000}
_NUMBER_WORDS = CARDINAL_WORDS | frozenset(_SCALES)
# « 90 000 », « 90'000 », « 90’000 », « 90.000 »: groups of three digits after a thin or plain space,
# an apostrophe or a dot are one number.
_WRITTEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f'’.]\d{3})+(?!\d)|\d+")


def _value(run: Sequence[str]) -> int:
    """The amount the number words of `run` say (« quatre vingt dix mille » -> 90000)."""
    total, current = 0, 0
    for k, word in enumerate(run):
        if word in ("vingt", "vingts") and k > 0 and run[k - 1] == "quatre":
            current += 80 - 4  # « quatre-vingt(s) »: four twenties, the four already counted
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif _SCALES.get(word) == 100:
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
    return total + current


def _runs(found: Sequence[Word]) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each run of number words in `found` that says a hundred or more."""
    runs: list[tuple[int, int, str]] = []
    i = 0
    while i < len(found):
        j = i
        while j < len(found) and (found[j].folded in _NUMBER_WORDS
                                  or found[j].folded == "et" and j + 1 < len(found) and found[j + 1].folded in _NUMBER_WORDS):
            j += 1
        run = [w.folded for w in found[i:j]]
        # « quatre-vingt-dix francs », « nonante francs » (read so): a compound of tens is an amount too, which
        # records write in digits (« 90 francs »); a single word (« les deux postes ») stays a word.
        compound = len(run) > 1 and run[-1] not in _SCALES and any(w in _TENS for w in run)
        if run and (any(w in _SCALES for w in run) or compound) and (value := _value(run)) >= (20 if compound else 100):
            runs.append((i, j, str(value)))
        i = max(j, i + 1)
    return runs


def spoken_amounts(topic: Sequence[Word]) -> list[Word]:
    """`topic` with each run of number words that says a hundred or more as one word in digits."""
    out: list[Word] = []
    i = 0
    for start, end, digits in _runs(topic):
        out += topic[i:start]
        out.append(Word(" ".join(w.raw for w in topic[start:end]), digits, digits, False))
        i = end
    return out + list(topic[i:])


# The currencies a record writes by their sign or short form (« 15 000 € », « 90'000 CHF », « 500 fr. »).
_CURRENCIES = {"euro": ("€", "eur"), "euros": ("€", "eur"), "franc": ("chf", "fr"), "francs": ("chf", "fr")}


def amounts_shown(found: Sequence[Word], text: str) -> set[int]:
    """Indices of the words of `found` saying an amount that `text` writes in digits (« quinze mille
    euros » shown by « 15 000 € »), with the currency named after them when `text` writes its sign."""
    written = written_amounts(text)
    marks = set(re.findall(r"€|\b[a-z]+\b", text.casefold()))
    shown: set[int] = set()
    for start, end, digits in _runs(found):
        if digits in written:
            shown.update(range(start, end))
            if end < len(found) and any(m in marks for m in _CURRENCIES.get(found[end].folded, ())):
                shown.add(end)
    return shown


def written_amounts(text: str) -> frozenset[str]:
    """The numbers of `text` in digits, thousands marks left out (« 90 000 » -> 90000)."""
    return frozenset(re.sub(r"\D", "", m.group(0)) for m in _WRITTEN.finditer(text))
