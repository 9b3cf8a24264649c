"""A shared short name narrowed by the rest of the span: « le CIS de Cluny »
when every centre is a « Centre d'incendie et de secours (CIS) de … ».

« CIS » names the six centres at once, and « CIS de Cluny » was read as all
six, while « Cluny » inside the same words was read apart as the one centre:
two bodies, and the question (« qui commande le CIS de Louhans ? », « c'est
au CIS de Cluny la prochaine ? ») stayed unsure (lead's set 78). The body
read inside a wider span, among its bodies, is the one the span names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["narrowed_bodies"]

_OF = frozenset({"de", "du", "d"})


def _stretched(found: Sequence[Word], inner: Entity, outer: Entity) -> Entity:
    """`outer` stretched over `inner` when `inner` follows it after « de » (« le CIS de Tournus »), else `outer`."""
    if inner.start == outer.end + 1 and outer.end < len(found) and found[outer.end].folded in _OF:
        return replace(outer, end=inner.end)
    return outer


def _shared(inner: Entity, outer: Entity) -> tuple[object, ...]:
    """The bodies of `outer` that `inner`, read inside its words, names too, when they are fewer than all of
    `outer`'s (« Cluny »: its centre's member, among the six « CIS »); else (). Items are members."""
    if inner is outer or not (outer.start <= inner.start and inner.end <= outer.end) or (
            (inner.start, inner.end) == (outer.start, outer.end)):
        return ()
    shared = tuple(o for o in outer.items if any(i is o for i in inner.items))
    return shared if len(shared) < len(outer.items) else ()


def narrowed_bodies(found: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` with each body whose span holds a narrower one, or is followed by one after « de » (« le CIS de
    Tournus »), read as that one, over both."""
    orgs = [e for e in entities if e.kind == "org"]
    out = []
    dropped: list[Entity] = []
    for entity in entities:
        inner = next((o for o in orgs if entity.kind == "org" and _shared(o, _stretched(found, o, entity))), None)
        if inner is None:
            out.append(entity)
            continue
        entity = _stretched(found, inner, entity)
        shared = _shared(inner, entity)
        # The items are the bodies' members: the label says their bodies, as entities.py does.
        label = inner.label if len(shared) == len(inner.items) else " / ".join(
            dict.fromkeys(m.organisation or "" for m in shared))
        out.append(replace(inner, start=entity.start, end=entity.end, items=shared, label=label))
        dropped.append(inner)
    return [e for e in out if not any(e is d for d in dropped)]
