"""The pairs of words of a related phrase, when a record holds its sibling.

« qu'est-ce qu'on a dit sur l'aide aux devoirs ? » where the decision says
« le soutien scolaire »: topics.grounded makes a question's two neighbouring
words its topic when a record repeats them (record_pairs), and else words
the examples also use (« aide » asks for help) read as the question's
shape. A multi-word phrase of lexicon.toml's [topics] names the same thing
as its siblings (« aide aux devoirs », « soutien scolaire »), so when a
record holds one sibling's pair of words, the others' pairs are the
group's record words too. Single words are left to the topic families:
only a phrase's own pair of words, next to each other, is grounded."""

from __future__ import annotations

from functools import cache

from handlers.understanding.topics import record_pairs, topic_families

__all__ = ["with_kin_pairs"]


@cache
def _phrase_families() -> tuple[tuple[frozenset[tuple[str, str]], ...], ...]:
    """Per [topics] family, the word pairs of each of its phrases of two meaningful words or more."""
    out = []
    for group in topic_families():
        phrases = tuple(p for p in (record_pairs((phrase,)) for phrase in group) if p)
        if len(phrases) > 1:
            out.append(phrases)
    return tuple(out)


def with_kin_pairs(pairs: frozenset[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """`pairs` (a group's record pairs) with the pairs of the phrases whose sibling phrase they hold."""
    added: set[tuple[str, str]] = set()
    for phrases in _phrase_families():
        if any(p <= pairs for p in phrases):
            added.update(*phrases)
    return pairs | added if added else pairs
