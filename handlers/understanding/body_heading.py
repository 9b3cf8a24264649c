"""A body whose name opens with a sitting noun, named in full: « qui
représente le Conseil départemental ? », « les agents du Conseil
départemental » when the group's plenary is « Séance plénière du comité
départemental ». « conseil » is a noun of sittings and « départemental » the
subject of that heading, so the body's name read as the plenary's
(formation_subject.py): the question then asked after a meeting, and
« combien de personnes représentent le Conseil départemental ? » was answered
with the plenary's attendance. A name the entities found as one of the
group's bodies, from the sitting noun on, is that body — unless the heading
itself holds that name (« Commission locale de l'eau, mairie de … », whose
body and sittings are one)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["body_at_noun"]


def body_at_noun(found: Sequence[Word], entities: Sequence[Entity], start: int, end: int, head: str) -> bool:
    """Whether a body found by the entities opens at the sitting noun `start` and covers its subject up to `end`,
    under a name the formation's `head` does not hold."""
    heading = f" {plain(head)} "
    return any(e.kind == "org" and e.start == start and e.end >= end
               and f" {' '.join(w.folded for w in found[e.start:e.end])} " not in heading for e in entities)
