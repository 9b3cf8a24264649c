"""Whom to reach at a body: « si un jeune a besoin d'un rdv au CMP, je passe
par qui ? », « pour l'ASE, je contacte qui ? », « à la CAF, j'appelle qui ? »
(set 43b). The member asks how to reach a body the question names; its
people answer, as « qui représente … ? » would, whatever the case told
around it (« besoin d'un rdv » is no topic of a decision: the Pass'ados
« sans rendez-vous » was shown). Only when one body is named, no member,
and the verb is one of reaching someone."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import sure_as
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["contact_at_body"]

# Reaching someone: « je contacte qui ? », « j'appelle qui ? », « je m'adresse à qui ? », « je passe par qui ? ».
_CONTACT = frozenset({"contacter", "appeler", "joindre", "adresser", "solliciter"})
_PASS = frozenset({"passe", "passer", "passes", "passons", "passez"})  # « passe » is read as the noun too


def _contact_asked(u: Understanding) -> bool:
    """A verb of reaching, then « qui » as its object (« je contacte qui », « je m'adresse à qui », « je passe par
    qui »); not « il s'appelle comment », nor a « qui » that opens a relative elsewhere (« le frère qui préside … »)."""
    folded = [w.folded for w in u.words]
    for i, w in enumerate(u.words):
        reaching = w.lemma in _CONTACT or w.folded in _PASS and folded[i + 1:i + 2] == ["par"]
        if reaching and "qui" in folded[i + 1:i + 3] and not (w.lemma == "appeler" and folded[i - 1:i] in (["s"], ["se"])):
            return True
    return False


def contact_at_body(ctx: Context, outcome: Outcome,
                    representatives: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The named body's people when the question asks whom to reach there; None otherwise."""
    u = outcome.understanding
    if u is None or outcome.intent == "org_representative" or not _contact_asked(u):
        return None
    bodies = [e for e in u.entities if e.kind == "org" and e.items]
    if len({e.label for e in bodies}) != 1 or u.first("person") is not None:
        return None
    people = {m.name for m in bodies[0].items}
    if outcome.confident and outcome.intent == "in_charge" and outcome.key and set(outcome.key.split(", ")) <= people:
        return None  # « pour le fonds de solidarité, je dois m'adresser à qui ? »: its people already, as a charge (set 41c)
    return sure_as(ctx, u, "org_representative", representatives)
