"""Punctuation said aloud: a question dictated to a phone.

Voice typing writes what it hears, and a member who dictates says the
punctuation: « quand est la prochaine réunion point d'interrogation »,
« qui représente la CAF virgule s'il te plaît ». Read as words, « point »,
« interrogation » and « virgule » are topic words no answer accounts for,
and a dictated question loses the « ? » that says it asks. They are
written back as the marks they name, only where they cannot be a noun of
the sentence: « faire le point », « un point de l'ordre du jour », « la
virgule » keep their words.

A member who says no punctuation at all gets none: « le directeur du CCAS
était là à la réunion de novembre », « on se retrouve au CCAS mardi
prochain » ask by their tune alone. A message with no mark of its own (at
most the full stop the engine puts at the end) that the bot reads as no
news, thanks or chat, and cannot answer as written, is read once more with
the « ? » its tune stands for (`as_asked`; answer.respond keeps the first
reading when the second is no sure answer either). A message with a comma,
« ! » or « ? » was punctuated by its writer and is read as written.
"""

from __future__ import annotations

import re

__all__ = ["as_asked", "spoken_punctuation"]

# The mark each spoken name stands for; « point » alone only closing the message (below).
_SPOKEN = (
    (r"point d[' ’]?\s*interrogation", "?"),
    (r"point d[' ’]?\s*exclamation", "!"),
    (r"points? de suspension", "…"),
    (r"point[- ]virgule", ";"),
    (r"point à la ligne", "."),
    (r"(?:ouvre[rz]?|ferme[rz]?) (?:les )?guillemets", ""),
    (r"virgule", ","),
)
# Words after which « point » or « virgule » is a noun (« le point », « un point », « quel point »).
_NOUN_BEFORE = ("le", "la", "les", "un", "une", "ce", "cette", "ces", "du", "au", "aux", "de", "des", "quel", "quelle",
                "chaque", "mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur", "premier", "dernier", "bon",
                "même", "meme", "nouveau", "autre", "dernière", "derniere", "seul")
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(w)})" for w in _NOUN_BEFORE)
_PATTERNS = tuple((re.compile(rf"(?:{_NOT_AFTER}\s+|^){spoken}\b", re.IGNORECASE), mark) for spoken, mark in _SPOKEN)
# « … je note point »: a last « point » after a word that makes it no noun.
_FINAL_POINT = re.compile(rf"(?<=\w){_NOT_AFTER}\s+point\s*$", re.IGNORECASE)


def spoken_punctuation(text: str) -> str:
    """`text` with the punctuation said aloud written as marks (as typed when none was said)."""
    if not re.search(r"point|virgule|guillemets", text, re.IGNORECASE):
        return text
    for pattern, mark in _PATTERNS:
        text = pattern.sub(mark, text)
    return _FINAL_POINT.sub(".", text).strip()


# A message written with no mark of its own: letters, digits, apostrophes, hyphens, spaces, a closing full stop.
_UNMARKED = re.compile(r"[\w'’\- ]+\.?\s*")


def as_asked(text: str) -> str | None:
    """`text` with the « ? » its tune stands for, when it has no mark of its own (else None)."""
    return text.rstrip().rstrip(".").rstrip() + " ?" if text.strip() and _UNMARKED.fullmatch(text.strip()) else None
