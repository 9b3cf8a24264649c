"""Decisions asked « pour » a place: « qu'est-ce qui a été décidé pour la
halte de Gemeaux ? » when a sitting was held there (a visit of the halt) and
a decision names it (« La halte de Gemeaux reçoit un écran … »).

The place found the sitting, and the decisions of that sitting were listed
as if « à la halte de Gemeaux » had been asked (lead's set 81). « pour »
says what the decisions are for, not where they were taken: the place is
the topic, and the decisions naming it answer, wherever they were taken.
Only when some decision says the place's words; else the sitting's
decisions stay the answer (« décidé pour la réunion de Beaune »)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, stem, words
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity

__all__ = ["place_as_topic"]

_ARTICLES = frozenset({"le", "la", "les", "l"})
# Words that make the place a sitting again (« pour la réunion de Beaune »).
_SITTINGS = frozenset({"reunion", "reu", "seance", "comite", "visite", "commission", "assemblee", "rencontre"})


def _says(text: str, said: Sequence[Word]) -> bool:
    """`text` holds every word of `said` but the little ones."""
    own = {stem(w.folded) for w in words(text, shorthand=False)}
    return all(stem(w.folded) in own for w in said if w.folded not in _ARTICLES and len(w.folded) > 2)


def place_as_topic(u: Understanding, decisions: Sequence[str]) -> Entity | None:
    """The place said after « pour » in a question read as a sitting's decisions, when a decision names it."""
    for entity in u.entities:
        if entity.kind != "place" or entity.extra.get("mode") or entity.extra.get("formation"):
            continue
        i = entity.start - 1
        while i >= 0 and u.words[i].folded in _ARTICLES:
            i -= 1
        said = u.words[entity.start:entity.end]
        if i < 0 or u.words[i].folded != "pour" or any(w.folded in _SITTINGS for w in said):
            continue
        if any(_says(text, said) for text in decisions):
            return entity
    return None
