"""Holders of a title narrowed by the words the question says after it.

« qui conseille les communes ? » names the title « conseiller » held by a
« Conseillère communale », a « Conseiller municipal » and a « Juriste,
conseillère des communes ». « communes » is a word the intent examples
use, so it is no topic that the role answer would match; yet the question
repeats a pair of one role's words (« conseillère des communes »), past
the title itself. When some holders' roles repeat such a pair and others
do not, those are the ones asked for."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.topics import grounded, record_pairs
from storage.models import Member

__all__ = ["by_role_pairs"]


def by_role_pairs(u: Understanding, role: Entity, holders: Sequence[Member]) -> list[Member]:
    """The `holders` whose role repeats a pair of the question's words reaching past the title `role`, when
    some do and some do not and the question has no topic of its own; else all of them."""
    if u.topic or len(holders) < 2:
        return list(holders)
    hits = [m for m in holders if m.role and any(i >= role.end for i in grounded(u.words, record_pairs((m.role,))))]
    return hits if hits and len(hits) < len(holders) else list(holders)
