"""A date asked of a thing one decision states whole, while the deadlines
share only part of it.

« la piscine est fermée jusqu'à quand ? » (blind set 48b) read as the
calendar found the one deadline naming the pool (« Dépôt … du dossier de
subvention de la filtration de la piscine »), though a decision says both
words asked (« La piscine intercommunale ferme du 4 janvier au 26 février
2027 »). When one decision holds every word of the question's topic, by
the words themselves (no synonym), and no deadline holds them all, that
decision is what is asked: the decisions answer shows it."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores

__all__ = ["decided_over_deadline"]


def decided_over_deadline(ctx: Context, outcome: Outcome,
                          answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision holding the whole topic of a date question answered by the calendar, when no deadline holds it
    whole; else None."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent != "dates_period" or len(u.topic) < 2:
        return None
    decisions = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    deadlines = [d.text for d in ctx.data.deadlines()]
    whole = [t for t, s in zip(decisions, topic_scores(u.topic, decisions, loose=False), strict=True) if s >= 1.0]
    if len(whole) != 1 or any(s >= 1.0 for s in topic_scores(u.topic, deadlines, loose=False)):
        return None
    return as_decision(ctx, u, list(u.topic), answer, accept=lambda o: whole[0][:40] in o.reply.plain())
