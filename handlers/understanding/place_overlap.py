"""Two meeting places read in one phrase: « la plénière de Saumur », « le
comité technique à Cholet ».

The formation (« plénière », all the plenaries) is read over the whole
phrase and the town inside it as a place of its own; a meeting answer then
took the formation's meetings alone and answered the latest plenary, not
the one at Saumur. The meeting asked is in both: the outer place keeps only
the meetings the inner one holds too (when some are), and the inner one,
now said by the outer, is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from handlers.understanding.pipeline import Understanding

__all__ = ["narrow_places"]


def narrow_places(u: Understanding) -> None:
    """Narrow `u`'s place entities that hold another place inside their span (in place)."""
    places = [e for e in u.entities if e.kind == "place" and e.items]
    for outer in places:
        inner = [e for e in places if e is not outer and outer.start <= e.start and e.end <= outer.end
                 and (e.start, e.end) != (outer.start, outer.end)]
        if not inner:
            continue
        held = {m.number for e in inner for m in e.items}
        both = tuple(m for m in outer.items if m.number in held)
        if not both:
            continue
        narrowed = replace(outer, items=both, extra={**outer.extra, "narrowed": True})  # (kind_decisions.py)
        u.entities = [narrowed if e is outer else e for e in u.entities if not any(e is i for i in inner)]
        return
