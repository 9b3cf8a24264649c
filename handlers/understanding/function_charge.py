"""A function of the group taken charge of, asked with a verb of charge:
« qui s'occupe du secrétariat du groupe ? », « qui fait le secrétariat ? »,
« qui tient le secrétariat ? », « qui s'occupe de la présidence ? ».

The function (a title of the lexicon: secrétariat, présidence,
coordination …) is the verb's very object (role_phrases.py marks it), so the
question asks who holds it: the member whose role holds it answers, as
role_holder (the convention the lead settled: « Assistante, secrétariat du
groupe » makes « qui s'occupe du secrétariat ? » a role). Read by the model,
« s'occuper de » leans to the tasks and the charges as much as to the roles,
and the question ended unsure. When no member's role holds the function and a
decision gives it (« Claire Bouyssou tient le secrétariat du groupe »), the
decision answers first, as a charge (answer.py asks the decisions before)."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["function_holder"]


def function_holder(ctx: Context, u: Understanding,
                    role_holder: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The role_holder answer for a function that a verb of charge takes as its object, if it is sure."""
    if u.intent is not None or not any(e.kind == "role" and e.extra.get("function") for e in u.entities):
        return None
    kept = (u.intent, u.readings)
    u.intent, u.readings = "role_holder", []
    outcome = role_holder(ctx, u)
    if outcome.confident and outcome.intent == "role_holder":
        return outcome
    u.intent, u.readings = kept
    return None
