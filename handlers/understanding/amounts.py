"""Amounts said in words and written in digits, for matching a question's
topic against the group's records: « les nonante mille francs » finds
« 90 000 francs », « trois cents ménages » « 300 ménages », « quinze mille
euros » « 15'000 € » (the Swiss thousands mark) or « 15.000 € ».

Only amounts of a hundred or more, or compounds of tens (« quatre-vingt-dix
francs », « nonante » read so, finds « 90 francs »), are read as digits:
« les deux postes » keeps finding « deux postes », as records write small
numbers in words.

This is the one reader of a figure and its unit (`figures`): every module
that asks whether a text writes a sum, a share or a delay, or which ones,
reads it here, so « 1,5 k€ », « 2 500 balles », « CHF 5000 » or « 80 pour
cent » read in one place are read in all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.date_numbers import CARDINAL_WORDS
from handlers.understanding.normalise import Word

__all__ = ["CURRENCY_WORDS", "amounts_in", "amounts_shown", "figures", "spoken_amounts", "states_share", "states_sum", "written_amounts"]

_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
          "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
         "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}
_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "milles": 1000, "million": 1_000_000, "millions": 1_000_000}
_NUMBER_WORDS = CARDINAL_WORDS | frozenset(_SCALES)


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


# The one reader of a figure and its unit. A number: « 15 000 », « 15'000 », « 1.500 » (groups of three digits after
# a space, a thin space, an apostrophe or a dot are one number), else « 1,5 », « 72 ».
_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+(?!\d)"
_NUMBER = rf"(?<![\d,.])(?:{_GROUPED}|\d+(?:[,.]\d+)?)"
# The unit written after it, with the scale it may carry: « k€ », « 1,5 M€ », « 3 Md€ », « 1,5 million d'euros »,
# « 2 milliards de francs », « 1,5 million » (money too: no one counts people by the million in a group's minutes),
# not « 1,2 million de mètres cubes ».
_MONEY = r"(?:€|euros?\b|eur\b|francs?\b|chf\b|fr\b\.?|balles\b)"
# The same currencies as words, for the readers that look at words rather than text (sums.py).
CURRENCY_WORDS = frozenset({"euro", "euros", "eur", "franc", "francs", "chf", "balles"})
_OF = r"(?:\s+d'\s?|\s+de\s+)"
_MARK = (rf"(?P<k>k(?:\s?{_MONEY}|\b)|ke\b)|(?P<m>m\s?€|millions?\b(?:{_OF}{_MONEY}|(?!{_OF})))"
         rf"|(?P<g>mds?\s?{_MONEY}|milliards?\b(?:{_OF}{_MONEY}|(?!{_OF})))|(?P<money>{_MONEY})"
         r"|(?P<share>%|pour\s?cent\b|pourcents?\b)|(?P<hours>h\b|heures?\b)")
# « fr. 118.- », « Fr. 9.50 »: Swiss French writes the franc before the sum too (lead's set 89).
_FIGURE = re.compile(rf"(?P<number>{_NUMBER})\s*(?:{_MARK})?|(?:€|\bchf|\bfr\.)\s?(?P<after>{_NUMBER})")
_SCALE = {"k": 1000, "m": 1_000_000, "g": 1_000_000_000}


def figures(text: str) -> list[tuple[float, str]]:
    """(value, unit) of each figure `text` writes: « money », « % », « h », or "" for none. « 15 000 € » ->
    (15000, "money"), « 1,5 k€ » -> (1500, "money"), « 2 500 balles », « CHF 5000 », « 80 pour cent » -> (80, "%")."""
    found: list[tuple[float, str]] = []
    for match in _FIGURE.finditer(text.casefold().replace("’", "'")):
        number = match.group("number") or match.group("after")
        grouped = re.fullmatch(_GROUPED, number)
        value = float(re.sub(r"\D", "", number)) if grouped else float(number.replace(",", "."))
        mark = next((name for name in ("k", "m", "g", "money", "share", "hours") if match.group(name) is not None),
                    "money" if match.group("after") else "")
        value = round(value * _SCALE.get(mark, 1), 6)
        found.append((value, {"share": "%", "hours": "h", "": ""}.get(mark, "money")))
    return found


# « 300 ou 350 € », « 48 ou 72h »: a bare number before « ou » and a number with its unit shares that unit;
# « 12 ou 15 000 »: the thousands said once stand for both; « c 500 ou 600 ? »: two bare figures offered as a choice
# are sums checked.
_OR_UNIT = re.compile(r"(?<![\d,.])(\d[\d ]*?)\s+ou\s+(?=\d)")
_OR_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3})(\s+ou\s+\d{1,3}[ \u00a0\u202f.']000)(?!\d)")
_CHOICE = re.compile(r"(?<![\d,.])(\d{3,})\s+ou\s+(\d{3,})(?![\d,.])")


def amounts_in(text: str) -> frozenset[tuple[int, str]]:
    """(value, unit) of each whole amount `text` writes with a unit, or of a bare number of a thousand or more that is
    no year (« les 15 000 c'était pour quoi ? »); « à 14h » is a clock time, not the « 72 heures » of a delay."""
    folded = _OR_THOUSANDS.sub(r"\1 000\2", text.casefold().replace("’", "'"))
    folded = _OR_UNIT.sub(lambda m: f"{m.group(1)} {_unit_written(folded, m.end())} ou ", folded)
    found = {(int(value), unit) for value, unit in figures(folded) if value == int(value) and (
        unit and not (unit == "h" and value < 24) or not unit and value >= 1000 and not 1900 <= value <= 2100)}
    for match in _CHOICE.finditer(folded):
        found |= {(int(n), "") for n in match.groups() if 100 <= int(n) and not 1900 <= int(n) <= 2100}
    return frozenset(found)


def _unit_written(text: str, at: int) -> str:
    """The unit as written after the figure that starts at `at` in `text` (« k€ » in « 1,5 k€ »), or ""."""
    match = _FIGURE.match(text, at)
    return match.group(0)[len(match.group("number") or ""):].strip() if match and match.group("number") else ""


def states_sum(text: str) -> bool:
    """`text` writes a sum of money (« 15 000 € », « 12k€ », « CHF 5000 », « 1,5 million d'euros »)."""
    return any(unit == "money" for _, unit in figures(text))


def states_share(text: str) -> bool:
    """`text` writes a share (« 80 % », « 80 pour cent »)."""
    return any(unit == "%" for _, unit in figures(text))


def written_amounts(text: str) -> frozenset[str]:
    """The numbers of `text` in digits, thousands marks left out (« 90 000 » -> 90000)."""
    return frozenset(re.sub(r"\D", "", m.group(0)) for m in re.finditer(rf"{_GROUPED}|\d+", text))
