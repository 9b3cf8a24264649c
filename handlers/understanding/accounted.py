"""The words of a question a confident answer need not show (see
explained.py): grammar and general words, the words of the reading's
family, in any of their forms.

A word counts in any inflection of a listed one: « participe-t-elle »
is « participer », « envoyé » « envoyer », « ouvertes » « ouvert ». The
lemmatiser leaves some of those forms as they are, so the words are also
compared by a root without the verb and agreement endings.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from functools import cache

from rapidfuzz import fuzz, process

from handlers.understanding.intents import model
from handlers.understanding.normalise import HERE, Word, fold, lexicon, words

__all__ = ["accounted", "empty_words", "family_vocabulary", "filler_words", "neutral_words", "vocabulary"]

# A word this close to a listed one is that word mistyped.
_SLIP_MATCH = 85.0
# Verb and agreement endings, longest first: what is left is the root the forms of a word share.
_ENDINGS = ("ees", "ee", "es", "er", "ez", "ent", "e", "s")


def _root(folded: str) -> str:
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 4:
            return folded[: -len(ending)]
    return folded


@cache
def vocabulary() -> dict[str, frozenset[str]]:
    """Intent -> the lemmas its examples use (the features of its examples
    without the pairs and placeholders)."""
    found: dict[str, set[str]] = defaultdict(set)
    for name, vector in model().vectors:
        found[name].update(f for f in vector if "_" not in f and not f.startswith("zz"))
    return {name: frozenset(v) for name, v in found.items()}


@cache
def _data() -> dict[str, object]:
    with (HERE / "explained.toml").open("rb") as handle:
        return tomllib.load(handle)


def _folded(values: object) -> frozenset[str]:
    assert isinstance(values, list)
    return frozenset(fold(v) for v in values) | frozenset(w.lemma for v in values for w in words(v, shorthand=False))


@cache
def family_vocabulary(intent: str) -> frozenset[str]:
    """The lemmas of the examples of `intent`'s family, and the words
    explained.toml gives that family (or that intent, when it has none)."""
    found = vocabulary()
    extra = _data().get("family", {})
    assert isinstance(extra, dict)
    names = model().family(intent)
    key = model().intents[intent].family or intent
    return frozenset().union(*(found.get(name, frozenset()) for name in names)) | _folded(extra.get(key, []))


@cache
def empty_words() -> frozenset[str]:
    """Words that say nothing the bot can answer from (explained.toml `empty`),
    with grammar and greetings; a question word says something (« c'est où déjà ? »)."""
    lex = lexicon()
    # « faire » is a grammar word for weighing examples, but « j'ai quoi à faire ? » asks for tasks.
    return (lex.function_words | lex.openers | lex.thanks_words
            | _folded(_data().get("empty", []))) - {"faire"} - (lex.question_words - {"quoi"})


@cache
def filler_words() -> frozenset[str]:
    """Chat fillers and pronouns left out of matching (explained.toml `filler`)."""
    return frozenset(fold(v) for v in _data().get("filler", []))  # type: ignore[union-attr]


@cache
def neutral_words() -> frozenset[str]:
    """Words of any question that say nothing of what is asked: grammar, the
    lexicon's known words, formal topic markers (« en matière de »), fillers."""
    lex = lexicon()
    return (lex.stopwords | lex.function_words | lex.known | lex.question_words | lex.openers | lex.thanks_words
            | lex.topic_markers | _folded(_data().get("neutral", [])) | filler_words())


@cache
def _roots(values: frozenset[str]) -> frozenset[str]:
    return frozenset(_root(v) for v in values if len(v) > 4)


@cache
def _long(values: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(v for v in values if len(v) >= 5))


def accounted(word: Word, listed: frozenset[str]) -> bool:
    """`word` is one of `listed`, in any form (« examinés », « participe » for « examiner », « participer »),
    or with a typing slip the spelling rules left (« depposer » for « déposer »)."""
    if word.folded in listed or word.lemma in listed:
        return True
    if len(word.folded) < 5:
        return False
    if _root(word.folded) in _roots(listed) or _root(word.lemma) in _roots(listed):
        return True
    close = process.extractOne(word.folded, _long(listed), scorer=fuzz.ratio, score_cutoff=_SLIP_MATCH)
    # A word the lemmatiser knows is spelt right: only an inflection of a listed word (« présente » of
    # « présent »), not a near neighbour (« collège » is no slip of « collègues »).
    return close is not None and (not word.known or close[0].startswith(word.folded) or word.folded.startswith(close[0]))
