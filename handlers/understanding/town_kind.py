"""A kind of body and a town: « l'épicerie de Bègles » is the body of that
town whose name holds the kind (« Le Panier bèglais, épicerie solidaire de
Bègles »), not the first body the town names (« CCAS de Bègles »). The town
alone found a body; the noun before « de » says which of the town's bodies,
when exactly one of them is called so (lead's set 54)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.world import World, plain

__all__ = ["kind_of_town"]

_OF = frozenset({"de", "d", "du"})


def _holds(name: str, word: Word) -> bool:
    """The body's name holds the noun, in the singular or the plural."""
    said = {word.folded, word.lemma, word.folded.rstrip("sx")}
    return bool(said & set(plain(name).split()))


def kind_of_town(found: Sequence[Word], entities: list[Entity], world: World) -> list[Entity]:
    """`entities` with a body found by its town, right after « <noun> de », read as the one body of that town whose
    name holds the noun."""
    out = list(entities)
    for i, body in enumerate(entities):
        if body.kind != "org" or body.start < 2 or found[body.start - 1].folded not in _OF:
            continue
        noun = found[body.start - 2]
        if noun.folded in lexicon().stopwords or len(noun.folded) < 4 or any(
                e.start <= body.start - 2 < e.end for e in entities):
            continue
        town = [w.folded for w in found[body.start:body.end]]
        if _holds(body.label, noun):
            continue  # « le CCAS de Bègles » is that body already
        named = sorted({m.organisation for m in world.members if m.organisation and _holds(m.organisation, noun)
                        and all(t in plain(m.organisation).split() for t in town)})
        if len(named) == 1:
            people = tuple(m for m in world.members if m.organisation == named[0])
            out[i] = Entity("org", body.start - 2, body.end, named[0], people)
    return out
