"""A body found inside the words of a sitting's heading: « le compte rendu du
GT sciences participatives » when the group's working group is headed
« Groupe de travail « inventaires et sciences participatives » » and the
volunteers' body is « Bénévoles des sciences participatives » (lead's set 80).

The heading's words were found twice: as the sitting (a place, « gt sciences
participatives ») and, by its last word, as the body whose name shares it.
The body beside the sitting made the question ask about two things, and the
minutes asked for were left unsure. A body found strictly inside a longer
sitting's name, not at its opening, is a word of that name: the sitting alone
stays — unless the question asks who, where the body's people may be what is
asked (body_heading.py keeps both there).
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.body_heading import asks_who
from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["without_nested_bodies"]


def without_nested_bodies(found: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` without the bodies lying inside a sitting's longer name, after its first word."""
    if asks_who(found):
        return entities
    sittings = [e for e in entities if e.kind == "place" and e.extra.get("formation")]
    return [e for e in entities if not (e.kind == "org" and any(
        s.start < e.start and e.end <= s.end for s in sittings))]
