"""What a body pays, asked by the body and « combien »: « la DRAC met
combien ? », « le Département donne combien ? », « combien verse la CAF ? ».

The body was found and « combien » read as a count of its members: the bot
offered « qui représente … ? » and stayed unsure. A body of the group does
not count its sums in members; the group's decisions say what it puts in
(« Le budget 2027 … est fixé à 85 000 euros, dont 30 000 euros de la
DRAC »). With a verb of giving or paying and one body named, the decisions
that name that body beside a sum answer, when the decisions' answer on the
body is sure and shows one of them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sums import SUM
from handlers.understanding.who_named import named_members
from handlers.understanding.world import World

__all__ = ["body_amount"]

# Verbs of putting money in, by their folded forms (« met », « donne », « verse », « apporte », « finance »).
_GIVING = frozenset({"met", "mettent", "mettra", "donne", "donnent", "donnera", "verse", "versent", "versera", "apporte",
                     "apportent", "apportera", "finance", "financent", "financera", "paie", "paye", "payent", "payera",
                     "participe", "participent", "contribue", "contribuent", "subventionne", "subventionnent",
                     "alloue", "allouent", "accorde", "accordent", "injecte", "injectent"})
# A sum in a decision (« 30 000 euros », « 12k€ », « CHF 5000 »: sums.py) or a share (« 80 % »).
_SHARE = re.compile(r"\d\s*(?:%|pour ?cent)", re.IGNORECASE)


def body_amount(ctx: Context, u: Understanding, world: World, decisions: Sequence[str],
                answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions naming the one body asked about beside a sum, for « <body> met combien ? »; else None."""
    folded = [w.folded for w in u.words]
    bodies = [e for e in u.entities if e.kind == "org"]
    if "combien" not in folded or not any(w in _GIVING for w in folded) or len(bodies) != 1:
        return None
    people = {m.number for m in bodies[0].items}
    paying = [d for d in decisions if (SUM.search(d) or _SHARE.search(d)) and any(m.number in people for m in named_members([d], world))]
    if not paying:
        return None
    topic = u.words[bodies[0].start:bodies[0].end]
    return as_decision(ctx, u, topic, answer, lambda outcome: any(d in outcome.reply.plain() for d in paying))
