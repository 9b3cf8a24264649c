"""Whether a body named in a question is the one that decided or
committed: « qu'est-ce que la CeA a accepté ? », « la CAF s'est engagée à
quoi ? », « qu'a promis la Ville de Schiltigheim ? ». Such a body is what
the decisions asked about name (named.body_as_decision_topic), even when
it is also a meeting's place: the verb says it acts, no meeting does."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, lexicon

__all__ = ["acts"]

# Auxiliaries and pronouns between a body and its verb (« a », « s'est », « va », « avait »).
_BETWEEN = frozenset({"a", "as", "ont", "avait", "avaient", "aura", "s", "se", "est", "sont", "va", "vont", "t", "il",
                      "elle", "bien", "deja", "finalement"})
_ARTICLES = frozenset({"le", "la", "les", "l"})


def _deciding(word: Word) -> bool:
    lex = lexicon()
    return word.lemma in lex.decision_words or word.folded in lex.decision_words


def acts(found: Sequence[Word], start: int, end: int) -> bool:
    """The body at `found[start:end]` is the subject of a verb of deciding, before it or after it."""
    after = end
    while after < len(found) and found[after].folded in _BETWEEN:
        after += 1
    if after < len(found) and after - end <= 3 and _deciding(found[after]):
        return True  # « la CeA a accepté », « ÉS s'est engagé »
    before = start - 1
    while before >= 0 and found[before].folded in _ARTICLES:
        before -= 1
    return before >= 0 and start - before <= 2 and _deciding(found[before])  # « qu'a accepté la Ville de … »
