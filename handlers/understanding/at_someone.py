"""A sitting held at someone's: « la réunion chez Ronan à la mission locale,
c'est quand ? » names the sitting by where it was held — Ronan's body, also
said (« à la mission locale ») — not Ronan, whose tasks answered. A member
named right after « chez » and a meeting noun, when the message names a
meeting place as well, is part of that place's designation: no person is
asked about (set 38c)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["host_of_sitting"]


def host_of_sitting(found: Sequence[Word], entities: list[Entity], sittings: frozenset[str]) -> tuple[list[Entity], set[int]]:
    """`entities` without a person named after « <meeting noun> chez » when a place is named too, and that person's
    words (framing)."""
    places = [e for e in entities if e.kind == "place" and e.items]
    if not places:
        return entities, set()
    hosts = [e for e in entities if e.kind == "person" and e.start >= 2 and found[e.start - 1].folded == "chez"
             and found[e.start - 2].lemma in sittings]
    if not hosts:
        return entities, set()
    words = {i for e in hosts for i in range(e.start - 1, e.end)}
    return [e for e in entities if not any(e is h for h in hosts)], words
