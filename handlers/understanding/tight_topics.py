"""The synonym families of lexicon.toml's [topics] that are tight enough to
count in full.

A [topics] synonym counts half (topics.SYNONYM_WEIGHT): most of those
families are loose (« mensuel » is in the one of rhythm, « citoyen » in the
one of the public), and at full weight they found « une permanence
mensuelle » for the rhythm of meetings. Some are one word in two forms that
no suffix rule joins — « dépôt » and « déposer », « relecture » and
« relire », « inscription » and « inscrire » — or plain synonyms with one
meaning (« reporter », « repousser », « ajourner »): a question in one form
is about a record in the other as surely as in its own word. Those are
listed by name in lexicon.toml's `full_weight_topics`, and a word of one of
them finds the others' in full."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.derivation import root
from handlers.understanding.normalise import HERE, Word, lexicon, stem, words

__all__ = ["tight_keys"]


@cache
def _tight() -> tuple[frozenset[str], ...]:
    """Each listed family as the stems and roots of its words."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        data = tomllib.load(handle)
    topics, stop = data.get("topics", {}), lexicon().stopwords
    out = []
    for name in data.get("full_weight_topics", []):
        found = [w for w in words(" ".join(topics.get(name, [])), shorthand=False) if w.folded not in stop]
        out.append(frozenset(stem(w.lemma) for w in found) | frozenset(root(w.lemma) for w in found))
    return tuple(out)


def tight_keys(word: Word) -> frozenset[str]:
    """The stems and roots of the words of the tight families `word` is in (its own keys left out)."""
    own = frozenset({stem(word.lemma), stem(word.folded), root(word.lemma), root(word.folded)})
    return frozenset().union(*(f for f in _tight() if own & f)) - own
