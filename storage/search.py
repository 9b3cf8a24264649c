"""Fuzzy lookup of names, organisations and decision texts with rapidfuzz.

Members type names the way they say them: lower case, without accents,
surname first, half a name, one letter off. Everything is folded
(case, accents, punctuation) before scoring, and a name scores as well as
its best-matching reading: whole name in any word order, or each typed
word against the closest word of the name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import fuzz

__all__ = ["Match", "Outcome", "fold", "lookup", "name_score", "text_score"]

T = TypeVar("T")

# Scores are 0-100. A candidate at or above MATCH is a match; several
# matches closer than CLEAR_GAP to the best are ambiguous; below MATCH,
# candidates above SUGGEST are offered as suggestions.
MATCH = 80.0
CLEAR_GAP = 6.0
SUGGEST = 55.0

_NON_WORD = re.compile(r"[^\w]+")
# Particles that people drop when they type a name ("bouetiez" for "du Bouëtiez").
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "d", "l", "van", "von", "di", "da"})


def fold(value: str) -> str:
    """Lower case, no accents, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped).replace("_", " ").strip()


def _words(folded: str) -> list[str]:
    return [w for w in folded.split() if w not in _PARTICLES] or folded.split()


def name_score(query: str, candidate: str) -> float:
    """How well a typed name matches a stored one (0-100)."""
    q, c = fold(query), fold(candidate)
    if not q or not c:
        return 0.0
    if q == c:
        return 100.0
    whole = fuzz.token_sort_ratio(q, c)
    q_words, c_words = _words(q), _words(c)
    per_word: list[float] = []
    for word in q_words:
        best = 0.0
        for other in c_words:
            score = fuzz.ratio(word, other)
            # A typed prefix of three letters or more ("sab" for "sabina").
            if len(word) >= 3 and other.startswith(word):
                score = max(score, 90.0)
            best = max(best, score)
        per_word.append(best)
    words = sum(per_word) / len(per_word)
    # Matching every typed word is worth a little less than the whole name.
    return max(whole, words - 2.0)


def text_score(query: str, candidate: str) -> float:
    """How well a search phrase matches a longer text (0-100)."""
    q, c = fold(query), fold(candidate)
    if not q or not c:
        return 0.0
    if q in c:
        return 100.0
    return max(fuzz.token_set_ratio(q, c), fuzz.partial_ratio(q, c) - 5.0)


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    item: T
    label: str
    score: float


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """The result of a lookup: one match, several, or suggestions."""

    best: Match[T] | None
    ambiguous: tuple[Match[T], ...] = ()
    suggestions: tuple[Match[T], ...] = ()


def lookup(
    query: str,
    items: Iterable[T],
    label: Callable[[T], str],
    scorer: Callable[[str, str], float] = name_score,
    limit: int = 5,
) -> Outcome[T]:
    """Find the item whose label matches `query` best, or say why not."""
    scored: Sequence[Match[T]] = sorted(
        (Match(item, label(item), scorer(query, label(item))) for item in items),
        key=lambda m: (-m.score, m.label),
    )
    matches = [m for m in scored if m.score >= MATCH]
    if not matches:
        return Outcome(None, suggestions=tuple(m for m in scored if m.score >= SUGGEST)[:3])
    top = matches[0]
    close = [m for m in matches if top.score - m.score < CLEAR_GAP]
    # Several labels identical once folded (two "Hospice général" rows)
    # are the same answer, not an ambiguity.
    if len({fold(m.label) for m in close}) > 1 and top.score < 100.0:
        return Outcome(None, ambiguous=tuple(close[:limit]))
    return Outcome(top)
