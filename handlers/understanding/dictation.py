"""Punctuation said aloud: a question dictated to a phone.

Voice typing writes what it hears, and a member who dictates says the
punctuation: « quand est la prochaine réunion point d'interrogation »,
« qui représente la CAF virgule s'il te plaît ». Read as words, « point »,
« interrogation » and « virgule » are topic words no answer accounts for,
and a dictated question loses the « ? » that says it asks. They are
written back as the marks they name, only where they cannot be a noun of
the sentence: « faire le point », « un point de l'ordre du jour », « la
virgule » keep their words.
"""

from __future__ import annotations

import re

__all__ = ["spoken_punctuation"]

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
