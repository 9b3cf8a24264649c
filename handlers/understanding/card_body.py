"""« Thierry Grenier n'est pas à la mairie ? », « Sabrina Kaci elle est pas
à la CPAM ? », « Nicolas il bosse pas à l'hôpital ? », « Léa Tassin elle
travaille à la Mission locale ? »: a member named, then a verb of being or
working (negated or not), then a body.

The asker checks the member's body: the member's card (name, body, role)
answers it, right or wrong, negated or not. Read with both entities, the
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
        # The body's span and what follows it up to the end, if only the question mark or a tag follows.
        if any(w.folded not in ("ou", "pas", "non", "hein") for w in found[body.end:]):
            continue
        return [e for e in entities if e is not body and not (e.kind == "org" and e.start < body.end and body.start < e.end)
                and not (e.kind == "place" and body.start <= e.start < body.end)], set(range(start, len(found)))
    return entities, set()
