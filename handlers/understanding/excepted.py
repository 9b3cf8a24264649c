"""What a question sets aside: « à part l'ARS, qui représente l'État ? »,
« qui est là pour la Mission locale en dehors de Léa Tassin ? », « y a
personne d'autre que Léa Tassin à la mission locale ? », « il n'y a que
Nicolas Prévost pour la Mission locale ? ».

A body or a member named after « à part », « sauf », « hormis », « excepté »,
« en dehors de », « autre(s) que » (or checked by « il n'y a que … ») is not
what is asked: the question asks about the others. Read as any other
entity, the body set aside was answered as the one asked (« à part l'ARS,
qui représente l'État ? » showed the ARS's member, set 28a). It is dropped
from the entities, and its members from the others' (« l'État » is the ARS
and the sub-prefecture: the sub-prefecture's member is left). Only when
something else is still named: « à part la CAF ? » alone asks nothing the
bot can answer otherwise, and stays as typed."""

from __future__ import annotations

from dataclasses import replace

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["excepted_words", "without_excepted"]

# The words that set aside what follows, as folded words.
_MARKERS: tuple[tuple[str, ...], ...] = (
    ("a", "part"), ("sauf",), ("hormis",), ("excepte",), ("exceptee",), ("en", "dehors"),  # « en dehors de l'ARS »: « de » is glue
    ("autre", "que"), ("autres", "que"), ("autre", "qu"),
    ("autres", "qu"), ("n", "y", "a", "que"), ("y", "a", "que"), ("n", "y", "a", "qu"),
)
# Words allowed between the marker and what it sets aside (« à part la CAF », « sauf Mme Tassin »).
_GLUE = frozenset({"le", "la", "l", "les", "de", "d", "du", "des", "mme", "m", "mr", "madame", "monsieur", "dr", "dre"})
_KINDS = frozenset({"person", "org", "role"})


def _marker_before(found: list[Word], start: int) -> int | None:
    """Where the marker ending right before `start` (glue words aside) begins, else None."""
    folded = [w.folded for w in found[:start]]
    while folded and folded[-1] in _GLUE:
        folded.pop()
    return next((len(folded) - len(m) for m in _MARKERS if len(folded) >= len(m) and tuple(folded[-len(m):]) == m),
                None)


def _only(found: list[Word], start: int) -> bool:
    """The marker before `start` is « (il n')y a que »: the member is checked, not set aside."""
    at = _marker_before(found, start)
    return at is not None and found[at].folded in ("n", "y")


def _excepted_at(found: list[Word], start: int) -> bool:
    return _marker_before(found, start) is not None


def excepted_words(found: list[Word], before: list[Entity], after: list[Entity]) -> set[int]:
    """Indices of the words setting aside what `without_excepted` dropped (`before` → `after`), marker
    included: they frame the question and are no topic of it."""
    dropped = [e for e in before if e.kind in _KINDS and e not in after and _excepted_at(found, e.start)]
    indices: set[int] = set()
    for e in dropped:
        start = _marker_before(found, e.start)
        indices.update(range(start if start is not None else e.start, e.end))
    return indices


def without_excepted(found: list[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` without those set aside, and the members of those set aside taken out of the
    other bodies named; unchanged when nothing else would be named."""
    aside = [e for e in entities if e.kind in _KINDS and _excepted_at(found, e.start)]
    if not aside:
        return entities
    kept = [e for e in entities if e not in aside]
    if not any(e.kind in _KINDS for e in kept):
        return entities
    # « il n'y a que Nicolas pour la Mission locale ? » checks who is there: the body's people all shown,
    # Nicolas with them; « à part l'ARS » takes the ARS's people out of « l'État ».
    gone = {getattr(m, "number", None) for e in aside if not _only(found, e.start) for m in e.items} - {None}
    result = []
    for e in kept:
        if e.kind == "org" and e.items:
            left = tuple(m for m in e.items if getattr(m, "number", None) not in gone)
            if not left:
                continue  # « à part l'ARS, qui représente l'ARS ? »: nothing left of it
            if len(left) < len(e.items):
                bodies = dict.fromkeys(getattr(m, "organisation", "") for m in left)
                e = replace(e, items=left, label=" / ".join(b for b in bodies if b) or e.label)
        result.append(e)
    return result
