"""Stop words that are nouns where a determiner shows it: « les bons », « le bon
d'achat », « un bon pour les familles » are vouchers, where « c'est bon ? »,
« bon, on y va » and « le bon jour » are not. A group whose decisions give
« un bon d'achat » is asked about « les bons »; read as the interjection, the
word left the question's topic (and made « le bon d'achat il est de
combien ? » a task's status). The words are data (lexicon.toml,
determined_nouns)."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import cache

from handlers.understanding.normalise import HERE, Word, fold, lexicon

__all__ = ["determined", "determined_nouns"]

DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "ce", "ces", "cet", "mon", "ma", "mes",
                         "ton", "tes", "son", "ses", "notre", "nos", "votre", "vos", "leur", "leurs"})


# Those that are adjectives too, before their noun (« le bon jour »): a noun only with no noun after them.
_BEFORE_NOUN = frozenset({"bon", "bons"})


@cache
def determined_nouns() -> frozenset[str]:
    """Stop words that are nouns after a determiner (lexicon.toml, determined_nouns)."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        return frozenset(fold(w) for w in tomllib.load(handle).get("determined_nouns", []))


def determined(found: Sequence[Word], i: int) -> bool:
    """`found[i]` a noun its determiner shows: after one, with no noun after it (« le bon jour » is an
    adjective's, before its noun)."""
    if found[i].folded not in determined_nouns() or i == 0 or found[i - 1].folded not in DETERMINERS:
        return False
    if found[i].folded not in _BEFORE_NOUN:
        return True  # « les affiches doivent être prêtes »: a verb's noun, whatever follows
    lex = lexicon()
    after = found[i + 1].folded if i + 1 < len(found) else ""
    return not after or after in lex.stopwords or after in lex.question_words
