"""Families of words (families.toml): a question names a whole kind of
things where a decision names one of them — « les transports » for « la
navette électrique », « les langues » for « en breton », « l'argent » for
« Budget 2027 : 12 000 € » — or the same thing in another word (« les
lampadaires » for « l'éclairage public »).

A head of a family (a word naming the whole of it) in a question finds a
record that names any word of the family, as its own word would: asking
about transport, a decision on a navette is about transport. A member (a
kind) finds a record naming the family by a head, but only as a synonym
does (« le bus » finds « les transports en commun », half), and never a
sibling: « le vélo » is no « navette ». The synonyms of lexicon.toml's
[topics] stay as they are (half): they are looser (« accord » is in two of
them); a family here is a claim that one word entails the other.

Words are compared by stem and derivational root (« financement » and
« financer »); a phrase (« transports en commun ») counts when all its
words are there."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache, lru_cache

from handlers.understanding.derivation import root
from handlers.understanding.normalise import HERE, Word, lexicon, stem, words

__all__ = ["Entry", "Reach", "keys_of", "reach", "reached", "synonyms"]

# One key set (stems and roots) per meaningful word of a family's word or phrase.
Entry = tuple[frozenset[str], ...]
# What a question's word finds: the entries it finds fully, and those it finds as a synonym (half).
Reach = tuple[tuple[Entry, ...], tuple[Entry, ...]]


def keys_of(word: Word) -> frozenset[str]:
    """A word's stems and derivational roots, the keys it is compared by."""
    return frozenset({stem(word.lemma), stem(word.folded), root(word.lemma), root(word.folded)})


def _entries(phrases: Iterable[str]) -> tuple[Entry, ...]:
    lex = lexicon()
    out = []
    for phrase in phrases:
        found = [w for w in words(phrase, shorthand=False) if w.folded not in lex.stopwords]
        if found:
            # « votent » is read « décider » (lexicon.toml): by that lemma it would find every decision.
            out.append(tuple(frozenset({stem(w.folded)}) if w.lemma in lex.decision_words else keys_of(w) for w in found))
    return tuple(out)


@cache
def _families() -> tuple[tuple[tuple[Entry, ...], tuple[Entry, ...]], ...]:
    """Each family of families.toml as (heads, members)."""
    with (HERE / "families.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple((_entries(f.get("heads", [])), _entries(f.get("members", []))) for f in data.values())


def _in(entry: Entry, keys: frozenset[str]) -> bool:
    return all(part & keys for part in entry)


def _names(entry: Entry, mine: frozenset[str], context: frozenset[str]) -> bool:
    """The question's word is one of the entry's words, and the entry's other words are in the question."""
    return any(part & mine for part in entry) and _in(entry, context | mine)


@lru_cache(maxsize=1 << 12)
def reach(word: Word, context: frozenset[str] = frozenset()) -> Reach:
    """What `word` of a question finds through the families; `context`: the keys of the question's
    other topic words (a phrase such as « restauration scolaire » is named by all its words)."""
    mine = keys_of(word)
    full: list[Entry] = []
    half: list[Entry] = []
    for heads, members in _families():
        if any(_names(entry, mine, context) for entry in heads):
            full += heads + members
        elif any(_names(entry, mine, context) for entry in members):
            half += heads
    return tuple(full), tuple(half)


@lru_cache(maxsize=1 << 10)
def synonyms(word: Word) -> tuple[Entry, ...]:
    """The heads of the families `word` heads: the words saying the same whole thing (« restauration collective »
    for « cantines »), not its kinds (« circuits courts »)."""
    mine = keys_of(word)
    return tuple(entry for heads, _ in _families() if any(_names(entry, mine, frozenset()) for entry in heads)
                 for entry in heads)


def reached(entries: Iterable[Entry], keys: frozenset[str]) -> bool:
    """One of `entries` is in a text whose keys are `keys`."""
    return any(_in(entry, keys) for entry in entries)
