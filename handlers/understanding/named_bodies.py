"""A member's surname inside the name of a body: « le gérant des transports
Cazals » names the firm Transports Cazals Frères, not Bruno Cazals (whose
card answered, with confidence, a question about who holds the firm's
role). A person found on a word that, with the words just before it, is
one of the group's body names (world.org_aliases) is that body. A name
alone (« Cazals, il fait quoi ? ») stays the person."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word
from handlers.understanding.world import World

__all__ = ["bodies_over_names"]

_REACH = 3  # words before the name that a body's name may open with


def bodies_over_names(found: Sequence[Word], entities: list[Entity], world: World) -> list[Entity]:
    """`entities` with each person whose words end a body's name read as that body."""
    out = list(entities)
    for person in [e for e in entities if e.kind == "person"]:
        for back in range(_REACH, 0, -1):
            start = person.start - back
            if start < 0 or any(e is not person and e.start < person.start and e.end > start for e in out):
                continue
            alias = " ".join(w.folded for w in found[start:person.end])
            if alias in world.org_aliases:
                label, people = world.org_aliases[alias]
                out[out.index(person)] = Entity("org", start, person.end, label, tuple(people), {"in_role": False})
                break
    return out
