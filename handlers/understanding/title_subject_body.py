"""« qui est la référente CPTS à l'ARS ? »: a body named after a title is what the title is about.

Two bodies in one question, one right after a title (« la référente CPTS », « le correspondant
CAF », « le chargé de mission PLIE ») and the other after « à », « au » or « chez » (« à l'ARS »):
the member asked sits at the second body and holds a title about the first. Read as the first
body's people, the question listed the CPTS's own staff, where the ARS's « référente des CPTS »
was asked (lead's set 56). The first body's words become the title's topic; the second body
stays the body asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["subject_of_title"]

# Titles whose complement is what they deal with (« le référent RSA », « la correspondante CAF »).
_TITLES = frozenset({"referent", "referente", "referents", "referentes", "correspondant", "correspondante",
                     "responsable", "charge", "chargee", "interlocuteur", "interlocutrice", "contact", "pilote"})
# Between the title and the body it is about (« la référente des CPTS », « le chargé de mission PLIE »).
_LINKS = frozenset({"de", "des", "du", "d", "la", "le", "l", "les", "mission", "pour"})
# Before the body where the member sits.
_AT = frozenset({"a", "au", "aux", "chez"})


def subject_of_title(found: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` without a body that a title right before it is about, when a second body follows after « à »."""
    bodies = [e for e in entities if e.kind == "org"]
    if len(bodies) < 2:
        return entities
    first, seat = bodies[0], bodies[-1]
    if seat.start <= first.end or not _seated(found, first.end, seat.start):
        return entities
    j = first.start - 1
    while j >= 0 and found[j].folded in _LINKS and first.start - j <= 3:
        j -= 1
    if j < 1 or found[j].folded not in _TITLES or found[j - 1].folded not in ("le", "la", "l", "les"):
        return entities  # « qui est referent CPAS chez Actiris ? », no article: a charge, left to the readings
    span = range(first.start, first.end)
    return [e for e in entities if not (e.kind in ("org", "place") and e.start in span and e.end <= first.end)]


def _seated(found: Sequence[Word], start: int, end: int) -> bool:
    """The words between the two bodies are « à », « au », « chez » and articles only, one of the first kind."""
    between = [w.folded for w in found[start:end]]
    return bool(between) and between[0] in _AT and all(w in _AT or w in ("la", "l", "le", "les") for w in between)
