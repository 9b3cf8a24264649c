"""All the group's decisions, asked whole or counted: « on a pris combien
de décisions ? », « combien de décisions depuis le début ? », « la liste de
toutes nos décisions svp ».

The intents' examples know « toutes les décisions » and « liste des
décisions »; a count of them (« combien de décisions ») and the whole said
with a possessive (« toutes nos décisions ») matched no reading and got no
answer. The count is told first — how many decisions are recorded, over
which meetings — then the latest ones as /decisions lists them. A count
bounded by a month, a period, a meeting or a formation is counted in their
answers' headings (decisions_in_span.py, kind_decisions.py, the meeting's
decisions).
"""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import Reply
from handlers.understanding.outcome import Outcome, run_command
from handlers.understanding.pipeline import Understanding

__all__ = ["asks_all_decisions", "decision_count"]

_DECISIONS = frozenset({"decision", "decisions"})
# « toutes nos décisions », « la liste des décisions », « récap des décisions », « combien de décisions ».
_WHOLE = frozenset({"combien", "toutes", "liste", "recap", "recapitulatif", "ensemble", "total"})
_UNITS = frozenset({"an", "annee", "mois", "semaine", "trimestre"})


def asks_all_decisions(u: Understanding) -> bool:
    """A question read unsure that asks for the decisions as a whole or their number."""
    folded = [w.folded for w in u.words]
    # « combien de décisions en tout depuis le début ? »: « en tout » leans to the directory's count, but the
    # decisions counted are said in so many words.
    counted = "combien" in folded and any(f in _DECISIONS for f in folded)
    if u.intent is not None or u.readings and "decisions_recent" not in u.readings and not counted:
        return False
    if not any(f in _DECISIONS for f in folded) or not any(f in _WHOLE for f in folded):
        return False
    if any(a == "par" and b in _UNITS for a, b in zip(folded, folded[1:])):
        return False  # « combien de décisions par an ? »: a rate, no record says
    return not any(e.kind in ("person", "org", "role") for e in u.entities)


def decision_count(ctx: Context, u: Understanding) -> Outcome | None:
    """« on a pris combien de décisions ? »: the number recorded, then the latest ones; None when the question
    does not count or names what bounds the count (a meeting, a period, a formation: answered with their
    decisions, counted in the heading)."""
    if not any(w.folded == "combien" for w in u.words) or u.order is not None or any(
            e.kind in ("month", "period", "place", "number") for e in u.entities):
        return None
    taken = [d for d in ctx.data.decisions() if d.status != "cancelled"]
    if not taken:
        return Outcome.sure(u, ["Aucune décision n'est encore enregistrée dans le groupe."], "aucune")
    sittings = sorted({d.meeting_number for d in taken if d.meeting_number is not None})
    over = f", sur {len(sittings)} séance{'s' if len(sittings) > 1 else ''}" if sittings else ""
    head = f"{len(taken)} décision{'s' if len(taken) > 1 else ''} enregistrée{'s' if len(taken) > 1 else ''}{over}."
    listed = run_command(ctx, "decisions")
    return Outcome(Reply((*Reply.of(head).lines, *listed.lines)), u.intent, True, f"{len(taken)} décisions", u)
