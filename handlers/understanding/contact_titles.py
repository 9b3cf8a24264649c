"""« Qui est notre répondante à l'arrondissement ? », « c'est qui notre
référent chez Services Québec ? »: a word of contact (« répondant(e) »,
« référent(e) », « correspondant(e) », « interlocuteur / interlocutrice »)
after « notre » names whom the group deals with at a body, not a title.
When a member's role holds the word as a title elsewhere (« Répondante pour
la réussite éducative » at the school board), it was read as that title,
and no one holds it at the body named: the answer was « je ne trouve
personne ». The body's people answer, as « notre interlocutrice à … »
already gets them (set 34c)."""

from __future__ import annotations

from handlers.messages import bold
from handlers.understanding.entities import Entity
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.views import member_row

__all__ = ["contact_at_body"]

# Words of contact, folded: whom one deals with at a body.
_CONTACT = frozenset({"repondant", "repondante", "referent", "referente", "correspondant", "correspondante",
                      "interlocuteur", "interlocutrice"})
# The possessive that makes the word a contact of ours, not a title (« la répondante de la commission scolaire »
# asks for the title's holder).
_OURS = frozenset({"notre", "votre"})


def contact_at_body(u: Understanding, role: Entity, org: Entity) -> Outcome | None:
    """The body's people when `role` is one word of contact after « notre » and none at `org` holds it as a title."""
    typed = u.words[role.start:role.end]
    if len(typed) != 1 or typed[0].folded not in _CONTACT or role.start == 0 or u.words[role.start - 1].folded not in _OURS:
        return None
    u.intent = "org_representative"
    return Outcome.sure(u, [bold(f"{org.label} : qui représente l'organisation"), *[member_row(m) for m in org.items]],
                        org.label)
