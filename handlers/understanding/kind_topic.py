"""A topic made of a word the stop list drops: « on a décidé quoi pour la
cellule ? » where the group's decisions speak of a « cellule de cas
complexes ». Words that name kinds of bodies (« cellule », « commission »,
« plateforme », « collectif ») are stop words because they usually name the
group itself; after a topic marker, when some of the group's decisions — and
not most of them — use the word, it is what the decisions are asked about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.topics import SHARE, kind_words, topic_scores

if TYPE_CHECKING:
    from handlers.understanding.pipeline import Understanding

__all__ = ["kind_topic"]


def kind_topic(u: Understanding, texts: Sequence[str]) -> list[Word]:
    """The stop words after the question's topic marker that some decisions (`texts`) use, or none."""
    lex = lexicon()
    marker = next((i for i, w in enumerate(u.words) if w.folded in lex.topic_markers), None)
    if marker is None or not texts:
        return []
    asked = [w for i, w in enumerate(u.words[marker + 1:], marker + 1)
             if i not in u.framing and w.folded in kind_words()]
    if not asked:
        return []
    found = sum(1 for s in topic_scores(asked, texts) if s >= SHARE)
    # A word most decisions use (« le groupe valide… ») tells none of them apart.
    return asked if 0 < found < len(texts) / 2 else []
