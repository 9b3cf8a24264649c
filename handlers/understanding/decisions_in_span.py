"""Decisions taken over a stretch of past meetings: « depuis la rentrée on a
décidé quoi ? », « les décisions de cet automne », « qu'est-ce qui a été
décidé depuis octobre ? », « récap des décisions depuis le début de l'année
scolaire ».

A member back after missing meetings asks for everything decided in a
period that holds several of them. decisions_recent answers one meeting's
decisions; for such a period it picked one meeting in it (the first, or
the latest) and the member missed the others. Here the period's decisions
are listed oldest first, each with its meeting, up to a bound.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import Span, bold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.views import decision_lines

__all__ = ["decisions_in_span"]

# More than a meeting's list: a term's decisions (three meetings of four or five each).
_SHOWN = 20


def decisions_in_span(ctx: Context, u: Understanding) -> Outcome | None:
    """The decisions taken in the question's period when it reaches into the past and holds more than one
    meeting held; None otherwise (one meeting's decisions are decisions_recent's)."""
    period = u.first("period")
    if period is None:
        return None
    span = period.extra["period"]
    today = ctx.now.date()
    if span.start > today:
        return None
    held = [m for m in ctx.data.meetings() if m.status != "cancelled" and m.start <= ctx.now
            and span.start <= m.start.date() < span.end]
    if len(held) < 2:
        return None
    taken = sorted((d for d in ctx.data.decisions() if d.status != "cancelled" and span.start <= d.taken_on < span.end),
                   key=lambda d: (d.taken_on, d.number))
    label = period.label
    if not taken:
        return Outcome.sure(u, [f"Aucune décision enregistrée — {label} ({len(held)} séances tenues)."], "aucune")
    numbers = ", ".join(f"n°{m.number}" for m in sorted(held, key=lambda m: m.start))
    lines: list[list[Span] | str] = [[bold(f"Décisions — {label} : {len(taken)} (séances {numbers})")]]
    for decision in taken[:_SHOWN]:
        lines.extend(decision_lines(decision, ctx.locale))
    if len(taken) > _SHOWN:
        lines.append(f"… et {len(taken) - _SHOWN} autres : tapez /decisions pour la liste.")
    return Outcome.sure(u, lines, ", ".join(f"n°{d.number}" for d in taken[:_SHOWN]))
