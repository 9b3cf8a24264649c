"""« Thierry Grenier n'est pas à la mairie ? », « Sabrina Kaci elle est pas
à la CPAM ? », « Nicolas il bosse pas à l'hôpital ? », « Léa Tassin elle
travaille à la Mission locale ? »: a member named, then a verb of being or
working (negated or not), then a body.

The asker checks the member's body: the member's card (name, body, role)
answers it, right or wrong, negated or not; so does « … c'est la CeA ou
l'Éducation nationale ? », two bodies offered. Read with both entities, the
question hesitated between the card and the body's representatives (sets
28a), and a body the member is not from would list someone else. The body
so checked is dropped from the entities and its words are framing, as
card_check.py does for a title checked; the member named stays. Not when
« qui » asks someone else (« qui est à la CPAM ? »)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["body_checked_on_card"]

# « est », « bosse », « travaille » (not « était », « vient »: « X était à la CAF ? » may ask of a meeting there), and what may stand between the member and the verb or after it.
_VERBS = frozenset({"est", "bosse", "bossait", "travaille", "travaillait"})
_BETWEEN = frozenset({"il", "elle", "n", "ne", "pas", "plus", "bien", "toujours", "encore", "c", "ce"})
_AT = frozenset({"a", "au", "aux", "chez", "de", "du", "pour", "la", "le", "l", "les"})


def body_checked_on_card(found: Sequence[Word], entities: list[Entity]) -> tuple[list[Entity], set[int]]:
    """`entities` without the body checked against the member named just before, and the indices
    of its words (and the preposition before it); unchanged otherwise."""
    if any(w.folded == "qui" for w in found):
        return entities, set()
    for person in (e for e in entities if e.kind == "person"):
        j = person.end
        while j < len(found) and found[j].folded in _BETWEEN:
            j += 1
        if j >= len(found) or found[j].folded not in _VERBS:
            continue
        k = j + 1
        while k < len(found) and found[k].folded in _BETWEEN - {"il", "elle"}:
            k += 1
        start = k
        while k < len(found) and found[k].folded in _AT:
            k += 1
        if k == start:
            continue  # « X est conseiller ? »: a title, card_check.py
        body = next((e for e in entities if e.kind == "org" and e.start == k), None)
        if body is None:
            continue
        # « Yannick c'est la CeA ou l'Éducation nationale ? » (set 48a): a second body offered after « ou » is checked too.
        other = _alternative(found, entities, body.end)
        end = other.end if other is not None else body.end
        # The bodies' span and what follows it up to the end, if only the question mark or a tag follows.
        if any(w.folded not in ("ou", "pas", "non", "hein") for w in found[end:]):
            continue
        checked = [b for b in (body, other) if b is not None]
        return [e for e in entities if not any(
            e is b or e.kind == "org" and e.start < b.end and b.start < e.end
            or e.kind == "place" and b.start <= e.start < b.end for b in checked)], set(range(start, len(found)))
    return entities, set()


def _alternative(found: Sequence[Word], entities: list[Entity], after: int) -> Entity | None:
    """The body offered as the other choice right after word `after` (« … ou l'Éducation nationale »), if any."""
    if after >= len(found) or found[after].folded != "ou":
        return None
    k = after + 1
    while k < len(found) and found[k].folded in _AT:
        k += 1
    return next((e for e in entities if e.kind == "org" and e.start == k), None)
