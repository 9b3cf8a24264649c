"""A person who left, checked as still there: « c'est toujours Mme Vasseur à
la CCI ? », « Hélène Vasseur est encore à la CCI ? », « c'est toujours Manon
chez Bord de Loire ? » (blind set 48c).

The store has no card for someone who left; only the role of the member who
took over names them (« remplace Hélène Vasseur depuis le 2 novembre », « a
repris le dossier de Manon Ricard »). The name found no member, and the
question was left unsure. With « toujours » or « encore », a word of a name
one member's role says its holder replaced (and no member bears), the answer
is that member: who holds it now. A body named must be theirs."""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import bold
from handlers.understanding.outcome import Outcome
from handlers.understanding.person_records import taking_over_names
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from handlers.views import member_row

__all__ = ["still_there"]

_STILL = frozenset({"toujours", "encore", "tjrs", "tjs"})
# Verbs of a charge: who does the work is asked, not who sits in the person's place.
_CHARGE = frozenset({"occuper", "gerer", "suivre", "charger"})


def still_there(ctx: Context, u: Understanding) -> Outcome | None:
    """The member who replaced the person the question checks as still there (module docstring); else None."""
    said = {w.folded for w in u.words}
    if not said & _STILL or u.intent == "chitchat" or any(e.kind == "person" for e in u.entities):
        return None  # a member named is asked of themself
    if any(w.lemma in _CHARGE for w in u.words):
        return None  # « Manon s'occupe toujours de la com ? »: the charge, whose holder the roles name (in_charge)
    members = ctx.data.members()
    bearing = {w for m in members for w in plain(m.name).split()}
    # The name as the role writes it, capitalised (« remplace la présidente en cas d'absence » names no one).
    found = [m for m in members if (set(plain(taking_over_names(m.role or "")).split()) - bearing) & said]
    if len(found) != 1:
        return None
    bodies = [e for e in u.entities if e.kind == "org"]
    if bodies and not any(found[0] in e.items for e in bodies):
        return None  # « c'est toujours Manon à la Région ? »: not where the role says she was replaced
    u.intent, u.readings = ("org_representative" if bodies else "role_holder"), []
    return Outcome.sure(u, [[bold("D'après son rôle, à sa place maintenant :")], member_row(found[0])], found[0].name)
