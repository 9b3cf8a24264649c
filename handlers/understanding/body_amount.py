"""What a body pays, asked by the body and « combien »: « la DRAC met
combien ? », « le Département donne combien ? », « combien verse la CAF ? ».

The body was found and « combien » read as a count of its members: the bot
offered « qui représente … ? » and stayed unsure. A body of the group does
not count its sums in members; the group's decisions say what it puts in
(« Le budget 2027 … est fixé à 85 000 euros, dont 30 000 euros de la
DRAC »). With a verb of giving or paying (or a noun of it: « la part de
l'État c'est combien ? ») and one body named, the decisions that name that
body beside a sum answer, when the decisions' answer on the body is sure
and shows one of them; with two bodies (« la CAF met combien pour
Brassens ? »), the decisions naming both."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.amounts import states_share, states_sum
from handlers.understanding.who_named import named_members
from handlers.understanding.world import World

__all__ = ["body_amount"]

# Verbs of putting money in, by their folded forms (« met », « donne », « verse », « apporte », « finance »).
_GIVING = frozenset({"met", "mettent", "mettra", "donne", "donnent", "donnera", "verse", "versent", "versera", "apporte",
                     "apportent", "apportera", "finance", "financent", "financera", "paie", "paye", "payent", "payera",
                     "participe", "participent", "contribue", "contribuent", "subventionne", "subventionnent",
                     "alloue", "allouent", "accorde", "accordent", "injecte", "injectent",
                     # « la CAF abonde le fonds de combien ? »: to top a fund up
                     "abonde", "abondent", "abondera"})
# « la part de l'État c'est combien ? », « la contribution de la Région ? »: what a body puts in, by a noun.
_SHARE_NOUNS = frozenset({"part", "contribution", "participation", "apport", "quote-part", "quote"})


def body_amount(ctx: Context, u: Understanding, world: World, decisions: Sequence[str],
                answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions naming the one body asked about beside a sum, for « <body> met combien ? »; else None."""
    folded = [w.folded for w in u.words]
    bodies = [e for e in u.entities if e.kind == "org"]
    if not ("combien" in folded or "hauteur" in folded) or not any(w in _GIVING or w in _SHARE_NOUNS for w in folded) or not 1 <= len(bodies) <= 2:
        return None
    # « la CAF met combien pour Brassens ? »: the payer and the body paid, both named by the decision.
    each = [{m.number for m in body.items} for body in bodies]
    # A sum in the decision (« 30 000 euros », « 12k€ », « CHF 5000 ») or a share (« 80 % »): amounts.py.
    paying = [d for d in decisions if (states_sum(d) or states_share(d)) and all(
        any(m.number in people for m in named_members([d], world)) for people in each)]
    if not paying:
        return None
    topic = [w for body in bodies for w in u.words[body.start:body.end]]
    return as_decision(ctx, u, topic, answer, lambda outcome: any(d in outcome.reply.plain() for d in paying))
