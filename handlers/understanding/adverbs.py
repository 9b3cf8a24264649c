"""Adverbs in -ment are words, not typing slips.

The lemmatiser knows few adverbs (« finalement », « normalement »,
« concrètement » are missing), so a chat question's « finalement » was read
as the slip of a vocabulary word one letter pair away (« financement »)
and became a topic the member never wrote. An adverb is recognised by its
derivation from an adjective the lemmatiser knows: « finale » + ment,
« évident » → « évidemment », « courant » → « couramment », « précise »
→ « précisément »; typed without accents too (« concretement »,
« derniere »), the adjective's « e » being tried as « é », « è », « ê »."""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

import simplemma

__all__ = ["is_adverb"]

# How an adverb's ending gives back its adjective: (ending, what replaces it).
_DERIVATIONS = (("emment", "ent"), ("amment", "ant"), ("ément", "é"), ("ément", "ée"), ("ément", "e"),
                ("ement", "e"), ("ement", "é"), ("ement", "ée"), ("ment", ""))
_ACCENTED = ("é", "è", "ê")
# Short stems make false friends of slips (« lment »): an adjective of 3 letters or more.
_SHORTEST = 3


def _known(word: str) -> bool:
    return simplemma.is_known(word, lang="fr")


def _accented(base: str) -> bool:
    """`base` or the same with one or two of its « e » accented is a known word."""
    if _known(base):
        return True
    places = [i for i, c in enumerate(base) if c == "e"]
    for count in (1, 2):
        for chosen in combinations(places, count):
            for marks in _marks(count):
                letters = list(base)
                for i, mark in zip(chosen, marks, strict=True):
                    letters[i] = mark
                if _known("".join(letters)):
                    return True
    return False


def _marks(count: int) -> list[tuple[str, ...]]:
    if count == 1:
        return [(m,) for m in _ACCENTED]
    return [(a, b) for a in _ACCENTED for b in _ACCENTED]


@lru_cache(maxsize=4096)
def is_adverb(raw: str) -> bool:
    """Whether the lower-case word `raw` is an adverb derived from a known adjective."""
    if not raw.isalpha() or not raw.endswith("ment"):
        return False
    for ending, replacement in _DERIVATIONS:
        if raw.endswith(ending) and len(raw) - len(ending) >= _SHORTEST:
            if _accented(raw[: -len(ending)] + replacement):
                return True
    return False
