"""A member's comment on what is being talked of, not a request: « cette
décision sur les horaires, franchement… », « pas mal la décision sur les
clés », « bof, ces horaires ». The message asks nothing (no question mark,
no question word: framing.is_statement checks that first) and opens with a
demonstrative, which points at something already in the conversation (a
request without « ? » names it: « les décisions sur le local »), or with a
word of appraisal (lexicon.toml, appraisals)."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.normalise import HERE, Word, fold

__all__ = ["is_comment"]

# « ce que je dois faire cette semaine » (no ?) asks for something: « ce » before a relative is no demonstrative.
_RELATIVES = frozenset({"que", "qu", "dont", "qui"})


@cache
def _appraisals() -> frozenset[tuple[str, ...]]:
    with (HERE / "lexicon.toml").open("rb") as handle:
        return frozenset(tuple(fold(w).split()) for w in tomllib.load(handle).get("appraisals", ()))


def is_comment(found: list[Word]) -> bool:
    """`found` (a message that asks nothing) opens with a demonstrative or a word of appraisal."""
    if not found:
        return False
    first = found[0].folded
    if first in ("cette", "ces", "cet") or first == "ce" and len(found) > 1 and found[1].folded not in _RELATIVES:
        return True
    folded = tuple(w.folded for w in found)
    return any(folded[:len(words)] == words for words in _appraisals())
