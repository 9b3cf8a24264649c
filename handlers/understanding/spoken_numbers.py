"""Numbers said in words: a question dictated to a phone, or typed as said.

Voice typing writes numbers as it hears them: « c'est quand la réunion du
vingt et un ? », « la réunion du dix décembre commence à dix-sept heures
trente », « que dit la décision numéro six ? ». The question's readers look
for days, hours and record numbers in digits; here the words are written
back as the digits they say, only where they cannot be anything else:

- a day before a month (« le dix-huit décembre » -> « le 18 décembre »,
  « le premier décembre » -> « le 1er décembre », « entre le premier et le
  15 décembre » -> « le 1er et le 15 »), or after « le / du / au »
  closing the question or followed by a word that makes it a day (« la
  réunion du vingt et un » -> « du 21 », « du vingt et un ? »);
- an hour (« dix sept heures trente » -> « 17h30 », « neuf heures et demie »
  -> « 9h30 »);
- a record's number (« décision sept », « numéro six »), and a count of
  records in their order (« les trois prochaines réunions »).

A slip must never become a wrong date: « le dix sept » alone may be the
tenth of September or the seventeenth and is left as said (the readers then
ask back), and a number that is no day (« le quarante ») stays in words.
« les deux réunions », « deux cents bénévoles » keep their words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.date_numbers import spelled_number
from handlers.understanding.normalise import fold
from handlers.understanding.periods import month_of
from handlers.understanding.sitting_order import FIRST, LAST, NEXT, PLURAL

__all__ = ["spoken_numbers"]

_TOKEN = re.compile(r"\w+|-")
# Words after which a lone day number is a day of the month (« la réunion du vingt et un »).
_DAY_BEFORE = frozenset({"le", "du", "au", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
# Words that may follow a day said without its month: the question goes on about that day.
_DAY_AFTER = frozenset({"a", "c", "cest", "ce", "ca", "ou", "qd", "quand", "on", "ya", "y", "il", "elle", "est", "sera",
                        "prochain", "deja", "stp", "svp", "matin", "soir", "aprem", "apres", "au", "dans", "chez",
                        "en", "se", "pour", "pr", "vers", "des"})
# « y a du neuf », « il y a du neuf », « rien de neuf », « quoi de neuf »: what comes before « du neuf » meaning news.
_NEWS_BEFORE = frozenset({"a", "ya", "encore", "avoir", "as", "avez", "vois"})
# Words before which a number is a record's number.
# « y a du neuf », « il y a du neuf », « quoi du neuf »: the words before « du neuf » asking news.
_NEWS_BEFORE = frozenset({"a", "ya", "yad", "quoi", "koi", "rien", "encore"})
_NUMBER_CUES = frozenset({"numero", "num", "no", "n"})
_RECORDS = frozenset({"decision", "decisions", "tache", "echeance", "seance", "reunion"})
_HOURS = frozenset({"heure", "heures", "h"})
_MINUTES = {"demie": 30, "demi": 30, "quart": 15}
_SCALES = frozenset({"cent", "cents", "mille", "milles"})
# « les trois prochaines réunions »: a count of records in their order.
_COUNTED_BEFORE = frozenset({"les", "ces", "nos", "vos"})
_ORDERS = (NEXT | LAST | FIRST) & PLURAL
_UNITS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
# Words after which « neuf heures » is a time of day (« à neuf heures », « vers dix heures »), not a length (« dure deux heures »).
_AT = frozenset({"a", "vers", "des", "avant", "apres", "jusqu", "de", "et", "entre", "pour", "c", "cest", "finit",
                 "commence", "termine", "debute"})


@dataclass
class _Tokens:
    """The words of a question, folded, with where each lies in the text (spelled_number's reader)."""

    words: list[str]
    spans: list[tuple[int, int]]

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def adjacent(self, i: int) -> bool:
        """Token `i` touches the one before it (a hyphen glued on both sides)."""
        return 0 < i < len(self.spans) and self.spans[i - 1][1] == self.spans[i][0]


def _number(t: _Tokens, i: int) -> tuple[int, int] | None:
    """The number said from `i` and the index after it, « dix huit » / « dix neuf » spaced as dictation writes them
    (« dix sept » only when `sure`, below: spaced, it may be the tenth of September)."""
    found = spelled_number(t, i)
    if found is None:
        return None
    value, j = found
    spaced = (value == 10 or value >= 20 and value % 10 == 0) and t.word(j) in _UNITS and not t.adjacent(j)
    if spaced and value == 10 and t.word(j) not in ("sept", "huit", "neuf"):
        return value, j  # « dix deux » is no number
    if spaced and t.word(j) == "sept" and month_of(t.word(j + 1)) is None and t.word(j + 1) not in _HOURS:
        return None  # « le dix sept », « le vingt sept »: the month may be September; left as said
    if spaced:  # « dix huit », « vingt cinq », « dix sept décembre », « dix sept heures »: as dictation spaces them
        value, j = value + _UNITS[t.word(j)], j + 1
    if t.word(j) in _SCALES or t.word(j) in ("-", "et") and t.word(j + 1) in _SCALES:
        return None  # « deux cents », « quinze mille »: an amount (amounts.py), never a day
    return value, j


def _range_end(t: _Tokens, i: int) -> bool:
    """« … et le 15 décembre », « … au quinze décembre » from `i`: the day that closes a range opened by « le
    premier » (« entre le premier et le 15 décembre », « du premier au 15 »), the first of that month."""
    at = i + 2 if t.word(i) == "et" and t.word(i + 1) == "le" else i + 1 if t.word(i) == "au" else -1
    if at < 0:
        return False
    day = _number(t, at)
    return day is not None and month_of(t.word(day[1])) is not None or t.word(at).isdigit() and (
        month_of(t.word(at + 1)) is not None)


def _replacement(t: _Tokens, i: int) -> tuple[int, str] | None:
    """(index after, digits) of a number at `i` that says a day, an hour or a record's number."""
    before = t.word(i - 1) if i and t.words[i - 1] != "-" else ""
    if t.word(i) == "premier" and before in _DAY_BEFORE and (month_of(t.word(i + 1)) is not None or _range_end(t, i + 1)):
        return i + 1, "1er"
    if t.word(i) == "neuf" and before == "du" and i >= 2 and t.word(i - 2) in _NEWS_BEFORE:
        return None  # « y a du neuf dans les décisions ? »: news, not the 9th (set lead76)
    found = _number(t, i)
    if found is None:
        return None
    value, j = found
    after = t.word(j)
    if after in _HOURS and value <= 24 and before in _AT:
        minutes = _number(t, j + 1)
        if t.word(j + 1) == "et" and t.word(j + 2) in _MINUTES:
            return j + 3, f"{value}h{_MINUTES[t.word(j + 2)]}"
        if minutes is not None and minutes[0] < 60 and t.word(minutes[1]) not in _HOURS:
            return minutes[1], f"{value}h{minutes[0]:02d}"
        return j + 1, f"{value}h"
    if before in _NUMBER_CUES or before in _RECORDS and t.word(i) not in ("un", "une"):
        return j, str(value)
    if not 1 <= value <= 31:
        return None
    if before in _COUNTED_BEFORE and after in _ORDERS:
        return j, str(value)  # « les trois prochaines réunions », « les deux dernières décisions »
    if before == "du" and t.word(i) == "neuf" and t.word(i - 2) in _NEWS_BEFORE:
        return None  # « y a du neuf dans les décisions ? », « rien de neuf »: news, no ninth (set 46a)
    if month_of(after) is not None and len(after) >= 3 or before in _DAY_BEFORE and (after in _DAY_AFTER or j >= len(t.words)):
        return j, str(value)
    return None


def spoken_numbers(text: str) -> str:
    """`text` with the days, hours and record numbers said in words written in digits (as typed when none is)."""
    tokens = [(m.group(0), m.span()) for m in _TOKEN.finditer(text)]
    t = _Tokens([fold(w) for w, _ in tokens], [s for _, s in tokens])
    out, last, i = [], 0, 0
    while i < len(t.words):
        found = _replacement(t, i) if t.words[i] != "-" else None
        if found is None:
            i += 1
            continue
        end, digits = found
        out += [text[last:t.spans[i][0]], digits]
        last, i = t.spans[end - 1][1], end
    return "".join(out) + text[last:] if out else text
