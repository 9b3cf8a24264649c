"""Whether a typed word is a French word: the lemmatiser's dictionary, and
the other number of a noun it lists in one only.

simplemma knows « inspections » but not « inspection »: without the second
look, « qui représente l'inspection ? » had its body read as a typing slip
of « insertion » (spelling.py corrects only words nobody knows). A word
whose plural (or singular) the dictionary lists is a word, not a slip."""

from __future__ import annotations

from functools import lru_cache

import simplemma

__all__ = ["known_form"]


@lru_cache(maxsize=1 << 14)
def known_form(raw: str) -> bool:
    """Whether the lower-case `raw` is a word of French, in this number or the other."""
    if simplemma.is_known(raw, lang="fr"):
        return True
    if len(raw) < 6 or not raw.isalpha():
        return False  # a short slip is too often a word once an « s » is added
    if raw.endswith("ss") or raw.endswith("x") and not raw.endswith(("aux", "eux", "oux")):
        # « datess », « échéancess », « échéancex »: a key held or hit beside the « s »; French makes a
        # plural in « x » only of words in -au, -eu, -ou, and the dictionary knows its words in -ss.
        return False
    other = raw[:-1] if raw.endswith(("s", "x")) else raw + "s"
    return simplemma.is_known(other, lang="fr")
