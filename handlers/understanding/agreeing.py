"""Readings that agree: when every reading a doubtful question offers gives
the same answer, that answer is no guess.

« on se retrouve au siège le 15 décembre ? » may ask for the next meeting
or for the meeting of the 15th: when the next one is the 15th's, both
readings show the same meeting, and offering the member a choice between
two identical answers helps nobody. Each reading is answered on a copy of
the understanding (answers may narrow it); the answer is given only if
every one is confident, word for word the same, and accounts for the
question's words (explained.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from copy import deepcopy

from handlers.context import Context
from handlers.understanding.explained import unexplained
from handlers.understanding.intents import model
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["agreeing"]


def agreeing(ctx: Context, u: Understanding,
             answers: Mapping[str, Callable[[Context, Understanding], Outcome]]) -> Outcome | None:
    """The one answer every reading of `u` gives, if they agree; else None."""
    intents = model().intents
    # A reading offered without what it needs (« qui occupe un rôle ? » with no role found) answers nothing.
    if len(u.readings) < 2 or any(r not in answers or not all(u.has(n) for n in intents[r].needs) for r in u.readings):
        return None
    found: list[Outcome] = []
    for reading in u.readings:
        v = deepcopy(u)
        v.intent, v.readings = reading, []
        outcome = answers[reading](ctx, v)
        if not outcome.confident or found and outcome.reply.plain() != found[0].reply.plain():
            return None
        found.append(outcome)
    first = found[0]
    assert first.understanding is not None
    return None if unexplained(first.understanding, first.reply.plain()) else first
