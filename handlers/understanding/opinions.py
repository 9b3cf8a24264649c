"""A member's comment on what is being talked of, not a request: « cette
décision sur les horaires, franchement… », « pas mal la décision sur les
clés », « bof, ces horaires ». The message asks nothing (no question mark,
no question word: framing.is_statement checks that first) and opens with a
demonstrative, which points at something already in the conversation (a
request without « ? » names it: « les décisions sur le local »), or with a
word of appraisal (lexicon.toml, appraisals).

A weary complaint asks nothing either (the lead's set 84): the hardship
said after « c'est » or « ça » (« les DAT c'est toujours la galère avec les
gens qui déclarent pas », where « qui » is a relative), or a habit closing
the message (« …, comme d'hab »): lexicon.toml, complaints and
weary_closings."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.normalise import HERE, Word, fold

__all__ = ["is_comment", "is_complaint"]

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


@cache
def _complaint_words() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    with (HERE / "lexicon.toml").open("rb") as handle:
        lex = tomllib.load(handle)
    return (frozenset(tuple(fold(w).replace("'", " ").split()) for w in lex.get("complaints", ())),
            frozenset(tuple(fold(w).replace("'", " ").split()) for w in lex.get("weary_closings", ())))


# What may stand between « c'est » / « ça » and the hardship: « c'est toujours la galère », « ça reste vraiment pénible ».
_BETWEEN = frozenset({"toujours", "encore", "vraiment", "un", "peu", "trop", "tellement", "franchement", "carrement",
                      "reste", "devient", "va", "etre", "est", "a", "chaque", "fois", "la", "aussi", "grave"})
_SUBJECTS = frozenset({"c", "ca", "cest"})


def is_complaint(text: str) -> bool:
    """`text` (a message without « ? ») tells a weary complaint: a hardship after « c'est » / « ça », or a habit
    closing it after a comma (« …, comme d'hab »)."""
    if "?" in text:
        return False
    hardships, closings = _complaint_words()
    said = [w for w in fold(text).replace("'", " ").replace("’", " ").split() if w]
    said = [w.strip(",.!…;:") for w in said]
    if "," in text:
        tail = tuple(w for w in fold(text.rsplit(",", 1)[1]).replace("'", " ").strip(" .!…").split())
        if tail in closings:
            return True
    for start, word in enumerate(said):
        if word not in _SUBJECTS:
            continue
        at = start + 1 + (word == "c" and start + 1 < len(said) and said[start + 1] == "est")
        while True:
            if any(tuple(said[at:at + len(h)]) == h for h in hardships):
                return True
            if at < len(said) and said[at] in _BETWEEN:
                at += 1
                continue
            break
    return False
