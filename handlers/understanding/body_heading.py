"""A body whose name opens with a sitting noun, named in full: « qui
représente le Conseil départemental ? », « les agents du Conseil
départemental » when the group's plenary is « Séance plénière du comité
départemental ». « conseil » is a noun of sittings and « départemental » the
subject of that heading, so the body's name read as the plenary's
(formation_subject.py): the question then asked after a meeting, and
« combien de personnes représentent le Conseil départemental ? » was answered
with the plenary's attendance. A name the entities found as one of the
group's bodies, from the sitting noun on, is that body — unless the heading
itself holds that name (« Commission locale de l'eau, mairie de … », whose
body and sittings are one)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["asks_who", "body_at_noun", "body_of_heading"]

# Words asking for people: « qui », chat's « ki », « représenter ».
_WHO = frozenset({"qui", "ki", "representer", "represente", "representent"})


def asks_who(found: Sequence[Word]) -> bool:
    """Whether the question asks for people (« qui », « ki », « représenter »)."""
    return any(w.folded in _WHO or w.lemma in _WHO for w in found)


def body_at_noun(found: Sequence[Word], entities: Sequence[Entity], start: int, end: int, head: str) -> bool:
    """Whether a body found by the entities opens at the sitting noun `start` and covers its subject up to `end`,
    under a name the formation's `head` does not hold."""
    heading = f" {plain(head)} "
    return any(e.kind == "org" and e.start == start and e.end >= end
               and f" {' '.join(w.folded for w in found[e.start:e.end])} " not in heading for e in entities)


def body_of_heading(found: Sequence[Word], entities: Sequence[Entity], start: int, end: int, head: str) -> Entity | None:
    """The body found from the sitting noun `start` to `end` whose name the heading holds after its own sitting
    noun (« Assemblée plénière du conseil citoyen »: the sittings OF the body « Conseil citoyen du
    Mont-Saint-Siméon »): the words name both, and both readings stay (« ya qui du conseil citoyen dans le
    groupe ? » asks the body's people), but only in a question asking who: « le conseil citoyen c'est quand ? »
    asks its sittings, and the body beside them would read the deadline that names it. A heading that opens
    with the name (« Commission locale de l'eau, mairie de … ») is the body's own sitting: the formation alone."""
    if not asks_who(found):
        return None
    heading = plain(head)
    for e in entities:
        name = " ".join(w.folded for w in found[e.start:e.end])
        if e.kind == "org" and e.start == start and e.end >= end and f" {name} " in f" {heading} " and not (
                heading.startswith(name)) and (f" du {name}" in f" {heading}" or f" de la {name}" in f" {heading}"
                                               or f" de l {name}" in f" {heading}" or f" des {name}" in f" {heading}"):
            return e
    return None
