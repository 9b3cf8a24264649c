"""A body called by the first syllables of its name's words: « la CoVaTI » of
the « Communauté de communes des Vallées de la Tille et de l'Ignon ».

Such names (Co-Va-T-I, each piece in capitals then lower case) are how
intercommunal bodies are known locally; no alias of the body spelled them and
the question found no body, so the bot said it did not know « CoVaTI » (lead's
set 81). When every piece opens, in order, one of the words of exactly one
body's name, the first piece its first word, the name is said in full."""

from __future__ import annotations

import re
from collections.abc import Iterable

from handlers.understanding.world import plain

__all__ = ["syllables_as_body"]

# A word in mixed case of two pieces or more, with a lower-case letter (« CoVaTI », « SyMiVal »): not an all-capitals
# acronym (acronyms.py reads those) nor a name (« Dupont », one piece).
_MIXED = re.compile(r"\b(?=\w*[a-z])(?:[A-Z][a-z]{0,3}){2,}[A-Z]*\b")
_LITTLE = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "sur"})


def _spells(pieces: list[str], name: str) -> bool:
    """Each piece opens a word of `name` (its part before a comma), in order, the first its first word."""
    said = [w for w in re.split(r"[\s'’-]+", plain(name.split(",")[0])) if w and w not in _LITTLE]
    if len(pieces) > len(said) or not said[0].startswith(pieces[0]):
        return False
    k = 1
    for piece in pieces[1:]:
        while k < len(said) and not said[k].startswith(piece):
            k += 1
        if k == len(said):
            return False
        k += 1
    return True


def syllables_as_body(text: str, bodies: Iterable[str]) -> str:
    """`text` with a body's syllable initials (« la CoVaTI ») said as its name, when they spell one body only."""
    names = sorted({b for b in bodies if b})
    for match in _MIXED.finditer(text):
        pieces = [p.lower() for p in re.findall(r"[A-Z][a-z]*", match.group())]
        if len(pieces) < 3:
            continue
        spelled = [name for name in names if _spells(pieces, name)]
        if len(spelled) == 1:
            return text[:match.start()] + spelled[0].split(",")[0] + text[match.end():]
    return text
