"""A kind of body asked in the plural that one body's name answers to:
« qui représente les associations ? » when only the Association des
résidents says « association » while Pro Senectute, Alzheimer Vaud and the
Croix-Rouge are associations too. The plural asks for several bodies; the
one whose name holds the word would be a confident answer to a question it
answers only in part. The honest reply says what was found and points to
the directory."""

from __future__ import annotations

from handlers.messages import Reply
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import entity_data, plain

__all__ = ["one_of_many"]

_PEOPLE_OF_BODIES = frozenset({"org_representative", "org_members"})
# « les associations », « des communes », « nos assos »: a plural typed after these.
_PLURAL_ARTICLES = frozenset({"les", "des", "nos", "vos", "ces", "aux"})


def one_of_many(u: Understanding) -> Outcome | None:
    """The honest reply when a body's people are asked by a kind's plural that one body alone answers to."""
    if u.intent not in _PEOPLE_OF_BODIES:
        return None
    generic = entity_data()["generic"]
    for body in (e for e in u.entities if e.kind == "org" and e.end - e.start == 1 and " / " not in e.label):
        typed = plain(u.words[body.start].typed or u.words[body.start].raw)
        singular = typed[:-1] if typed.endswith(("s", "x")) else ""
        before = u.words[body.start - 1].folded if body.start else ""
        if singular in generic and before in _PLURAL_ARTICLES and singular in plain(body.label).split():
            reply = Reply.of(f"Une seule organisation du groupe porte « {singular} » dans son nom : {body.label}.",
                             "Tapez /membres pour l'annuaire de toutes les organisations.")
            return Outcome(reply, None, False, "", u)
    return None
