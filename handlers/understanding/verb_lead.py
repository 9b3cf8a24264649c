"""« Qui pilote le SLIME ? », « qui coordonne le SLIME ? »: a verb of leading
read as a title (« pilote », « coordonne »), which no member holds, before a
body or scheme the group knows only from a role (« Chargé d'opérations,
référent du SLIME »). The title found nobody (« Je ne trouve personne avec
le rôle « pilote » »), where « qui s'occupe du SLIME ? » names the member
whose role holds it. When the role reading finds no holder, the question
asks who is in charge of the thing, from the roles — as « qui gère … ? »."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["lead_by_verb"]

_LEADING = frozenset({"pilote", "pilotent", "coordonne", "coordonnent", "anime", "animent", "dirige", "dirigent",
                      "supervise", "supervisent", "encadre", "encadrent", "porte", "portent"})


def lead_by_verb(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The in-charge answer on the body a verb of leading asks about, read first as a title nobody holds."""
    role, body = u.first("role"), u.first("org")
    if u.intent != "role_holder" or role is None or body is None or not body.extra.get("in_role"):
        return None
    if not any(u.words[j].folded in _LEADING for j in range(role.start, role.end)) or body.start < role.end:
        return None
    kept = (u.intent, u.topic, u.readings, u.entities)
    u.intent, u.topic, u.readings = "in_charge", list(u.words[body.start:body.end]), []
    u.entities = [e for e in u.entities if e is not role and e is not body]
    outcome = answer(ctx, u)
    if outcome.confident:
        return outcome
    u.intent, u.topic, u.readings, u.entities = kept
    return None
