"""Fuzzy lookup of names, organisations and decision texts with rapidfuzz.

Members type names the way they say them: lower case, without accents,
surname first, half a name, one letter off. Everything is folded
(case, accents, punctuation) before scoring, and a name scores as well as
its best-matching reading: whole name in any word order, or each typed
word against the closest word of the name.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

__all__ = ["Match", "Outcome", "fold", "lookup", "name_score", "name_scores", "TextIndex", "text_score", "text_scores"]

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


@lru_cache(maxsize=1 << 16)
def fold(value: str) -> str:
    """Lower case, no accents, words separated by single spaces.

    Cached: lookups fold every stored name and text on each query, and
    these barely change between queries."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped).replace("_", " ").strip()


@lru_cache(maxsize=1 << 16)
def _words(folded: str) -> tuple[str, ...]:
    words = folded.split()
    return tuple(w for w in words if w not in _PARTICLES) or tuple(words)


def name_scores(query: str, candidates: Sequence[str]) -> list[float]:
    """How well a typed name matches each stored one (0-100).

    Batched so rapidfuzz's C loops do the work: each typed word is scored
    once against each distinct word of all names, not once per name
    (1,000 members: about 20 ms per query one pair at a time)."""
    q = fold(query)
    folded = [fold(c) for c in candidates]
    if not q:
        return [0.0] * len(folded)
    whole = [0.0] * len(folded)
    for _, score, index in process.extract(q, folded, scorer=fuzz.token_sort_ratio, limit=None):
        whole[index] = score
    postings: dict[str, list[int]] = {}
    for index, f in enumerate(folded):
        for word in _words(f):
            postings.setdefault(word, []).append(index)
    typed = _words(q)
    totals = [0.0] * len(folded)  # per name: sum over typed words of the closest word's score
    for word in typed:
        scores = {choice: score for choice, score, _ in process.extract(
            word, list(postings), scorer=fuzz.ratio, limit=None, score_cutoff=SUGGEST / 2)}
        if len(word) >= 3:
            # A typed prefix of three letters or more ("sab" for "sabina").
            for other in postings:
                if other.startswith(word):
                    scores[other] = max(scores.get(other, 0.0), 90.0)
        best: dict[int, float] = {}
        for other, score in scores.items():
            for index in postings[other]:
                if score > best.get(index, 0.0):
                    best[index] = score
        for index, score in best.items():
            totals[index] += score
    # Matching every typed word is worth a little less than the whole name.
    return [
        0.0 if not f else 100.0 if f == q else max(score, total / len(typed) - 2.0)
        for f, score, total in zip(folded, whole, totals, strict=True)
    ]


# A typed word counts as found in a text when this close to one of its words.
WORD_MATCH = 70.0


class TextIndex:
    """Words of many texts, kept up to date as texts are added or removed.

    A search then scores each typed word against the distinct words of all
    texts (rapidfuzz, in C) and looks the texts up by word, instead of
    fuzzy-matching every sentence (10,000 decisions: 45 ms a search that
    way, measured on the benchmark's deployment)."""

    def __init__(self, texts: Iterable[tuple[int, str]] = ()) -> None:
        self._words: dict[int, frozenset[str]] = {}
        self._postings: dict[str, set[int]] = {}
        self._vocabulary: list[str] = []  # sorted, for prefix lookups by bisection
        for key, text in texts:
            self.add(key, text)

    def add(self, key: int, text: str) -> None:
        self.remove(key)
        words = frozenset(fold(text).split())
        self._words[key] = words
        for word in words:
            holders = self._postings.get(word)
            if holders is None:
                holders = self._postings[word] = set()
                bisect.insort(self._vocabulary, word)
            holders.add(key)

    def remove(self, key: int) -> None:
        for word in self._words.pop(key, ()):
            holders = self._postings[word]
            holders.discard(key)
            if not holders:
                del self._postings[word]
                del self._vocabulary[bisect.bisect_left(self._vocabulary, word)]

    def _similar(self, word: str) -> dict[str, float]:
        """Words of the texts close to a typed word (typos, or it as a prefix).

        Numbers match only themselves: 2023 is not a typo of 2021."""
        if word.isdigit():
            return {word: 100.0} if word in self._postings else {}
        similar = {choice: score for choice, score, _ in process.extract(
            word, self._vocabulary, scorer=fuzz.ratio, limit=None, score_cutoff=WORD_MATCH)}
        if len(word) >= 3:
            start = bisect.bisect_left(self._vocabulary, word)
            for other in self._vocabulary[start:]:
                if not other.startswith(word):
                    break
                similar[other] = max(similar.get(other, 0.0), 90.0)
        return similar

    def matches(self, query: str, threshold: float) -> dict[int, float]:
        """{key: score} of the texts the phrase matches at `threshold` or better.

        Each typed word scores its closest word in the text and the text
        scores the mean, so every typed word has to be (nearly) there."""
        words = fold(query).split()
        if not words:
            return {}
        total: dict[int, float] = {}
        for word in words:
            best: dict[int, float] = {}
            for other, score in self._similar(word).items():
                for key in self._postings[other]:
                    if score > best.get(key, 0.0):
                        best[key] = score
            for key, score in best.items():
                total[key] = total.get(key, 0.0) + score
        return {key: score / len(words) for key, score in total.items() if score / len(words) >= threshold}


def text_scores(query: str, texts: Sequence[str]) -> list[float]:
    """How well a search phrase matches each text (0 where none of its words is there)."""
    found = TextIndex(enumerate(texts)).matches(query, 0.0)
    return [found.get(i, 0.0) for i in range(len(texts))]


def name_score(query: str, candidate: str) -> float:
    return name_scores(query, [candidate])[0]


def text_score(query: str, candidate: str) -> float:
    return text_scores(query, [candidate])[0]


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
    scorer: Callable[[str, Sequence[str]], list[float]] = name_scores,
    limit: int = 5,
) -> Outcome[T]:
    """Find the item whose label matches `query` best, or say why not."""
    listed = list(items)
    labels = [label(item) for item in listed]
    # Only candidates good enough to be matches or suggestions are kept.
    scored: Sequence[Match[T]] = sorted(
        (
            Match(item, text, score)
            for item, text, score in zip(listed, labels, scorer(query, labels), strict=True)
            if score >= SUGGEST
        ),
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
