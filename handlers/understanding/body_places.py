"""A body named by its acronym that is also where meetings are held.

« la séance à la HE-Arc » names the body Haute École Arc by its initials;
the meeting place « Haute École Arc, Delémont » is written in full, so the
place index (venues.py) never sees « HE-Arc ». When a body found in the
message has its full name as a phrase of a meeting place, the same words
name that place too, and the pipeline picks the place when the message
speaks of a meeting, the body otherwise (as for a town)."""

from __future__ import annotations

import re

from handlers.understanding.spans import Entity
from handlers.understanding.world import World, plain

__all__ = ["bodies_as_places"]


def bodies_as_places(entities: list[Entity], places: list[Entity], world: World) -> list[Entity]:
    """Place entities over the bodies of `entities` whose name is a meeting place's phrase, where no place is found."""
    found: list[Entity] = []
    for body in entities:
        if body.kind != "org" or any(p.start < body.end and body.start < p.end for p in places):
            continue
        name = plain(re.sub(r"\([^)]*\)", " ", body.label))
        held = world.place_phrases.get(name)
        if held:
            found.append(Entity("place", body.start, body.end, body.label, tuple(held)))
    return found
