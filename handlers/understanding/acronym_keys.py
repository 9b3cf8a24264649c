"""A record that spells out an acronym a question types: « la référente QPV
à France Travail » finds « Conseillère référente quartiers prioritaires »,
« l'abattement TFPB » finds « l'abattement de taxe foncière ». The reverse
of spelled_out.py (an acronym in the record, words in the question).

A record holds an acronym when it holds every content word of what the
acronym stands for (lexicon.toml [spelled_out]) or of one of its usual
short forms ([spelled_short]: « quartiers prioritaires » for the QPV, said
without « de la politique de la ville » by everyone in the field)."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.normalise import HERE, fold, lexicon, stem, words

__all__ = ["acronym_keys"]


@cache
def _phrases() -> tuple[tuple[str, frozenset[str]], ...]:
    """(acronym folded, the stems of the content words of one of its phrases)."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        table = tomllib.load(handle)
    stop = lexicon().stopwords
    out = []
    spelled = {fold(k): [v] for k, v in table.get("spelled_out", {}).items()}
    for k, v in table.get("spelled_short", {}).items():
        spelled.setdefault(fold(k), []).extend(v)
    for acronym, phrases in spelled.items():
        for phrase in phrases:
            content = frozenset(stem(w.lemma) for w in words(phrase, shorthand=False) if w.folded not in stop)
            if len(content) >= 2:  # one word is no spelling out (« pass » is not « permanence »)
                out.append((acronym, content))
    return tuple(out)


def acronym_keys(stems: frozenset[str]) -> frozenset[str]:
    """The acronyms (folded, as their own stems) whose phrase a record's `stems` hold whole."""
    return frozenset(stem(acronym) for acronym, content in _phrases() if content <= stems)
