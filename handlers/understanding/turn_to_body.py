"""Whom to turn to, when the only thing named is a body of the group.

« à qui je m'adresse pour une question d'impôts ? », « je m'adresse à qui
pour la sécu ? », « qui contacter pour un souci avec la CAF ? »: the body is
found (by name, acronym or what it does: « les impôts » for the public
finances directorate, entities.toml), and nothing else is asked — no charge
(« pour les stats de la CAF » asks who handles the statistics, the charge
answer), only a question, a problem, a request. Whom one turns to for a
body's matter is that body's people in the group: the answer the sets read
as a charge (« à qui je m'adresse pour … » is labelled in_charge in every
set), which ended unsure before, torn between « who represents the body »
and « who is in charge » with no charge to look up."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words
from handlers.views import member_row

__all__ = ["turned_to_body"]

# The verbs of turning to someone (folded forms or lemmas): « je m'adresse », « contacter », « je vais voir ».
_TURN = frozenset({"adresser", "adresse", "contacter", "contacte", "voir", "appeler", "appelle", "joindre"})
# What one brings to a body without naming a charge: a question, a problem, a request.
_MATTER = frozenset({"question", "questions", "souci", "soucis", "probleme", "problemes", "demande", "demandes",
                     "renseignement", "renseignements", "info", "infos", "information", "informations", "truc", "trucs",
                     "chose", "choses", "besoin", "besoins", "cas", "dossier", "dossiers", "aide", "conseil"})
# The modal before the verb of turning (« je dois m'adresser à qui », « il faut contacter qui », set 41c): no matter.
_MODALS = frozenset({"dois", "doit", "devrais", "devrait", "faut", "peux", "peut", "pourrais", "pourrait", "vais",
                     "devoir", "pouvoir", "falloir", "aller"})
# The people readings such a question hesitates between.
_PEOPLE = frozenset({"org_representative", "org_members", "in_charge", "role_holder"})


def turned_to_body(ctx: Context, u: Understanding) -> Outcome | None:
    """The named body's members as the charge asked, when « à qui … pour » a body names nothing else; else None."""
    orgs = [e for e in u.entities if e.kind == "org"]
    if u.intent is not None or len(orgs) != 1 or any(e.kind in ("person", "role") for e in u.entities):
        return None
    if not u.ranking or not {name for name, _ in u.ranking[:2]} <= _PEOPLE:
        return None
    folded = [w.folded for w in u.words]
    to_whom = any(a == "a" and b == "qui" for a, b in zip(folded, folded[1:])) or (
        "qui" in folded and any(w in ("contacter", "joindre", "appeler") for w in folded))
    if not to_whom or not any(w.folded in _TURN or w.lemma in _TURN for w in u.words):
        return None
    org = orgs[0]
    rest = [w for i, w in enumerate(u.words) if not org.start <= i < org.end]
    if any(w.folded not in _MATTER and w.folded not in _TURN and w.lemma not in _TURN and w.folded not in _MODALS
           for w in content_words(rest)):
        return None  # « à qui je m'adresse pour les stats de la CAF ? »: a charge within the body (body_charge.py)
    members = list(org.items)
    if not members:
        return None
    said = " ".join(w.raw for w in u.words[org.start:org.end])
    u.intent, u.readings = "in_charge", []
    lines: list = [f"Pour « {said} » : {org.label}", *[member_row(m) for m in members[:10]]]
    return Outcome.sure(u, lines, ", ".join(m.name for m in members))
