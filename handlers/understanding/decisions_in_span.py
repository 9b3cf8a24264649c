"""Decisions taken over a stretch of past meetings: « depuis la rentrée on a
décidé quoi ? », « les décisions de cet automne », « qu'est-ce qui a été
décidé depuis octobre ? », « récap des décisions depuis le début de l'année
scolaire », and a month that held several meetings (« les décisions de
septembre ? », « combien de décisions en octobre ? »).

A member back after missing meetings asks for everything decided in a
period that holds several of them. decisions_recent answers one meeting's
decisions; for such a period it picked one meeting in it (the first, or
the latest) and the member missed the others. Here the period's decisions
are listed oldest first, each with its meeting, up to a bound.
"""

from __future__ import annotations

from datetime import date

from handlers.context import Context
from handlers.messages import Span, bold
from handlers.understanding.meeting_rank import order_of
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.views import decision_lines
from handlers.understanding.periods import MONTHS
from storage.models import Decision

__all__ = ["decisions_in_span", "listed_decisions"]

# More than a meeting's list: a term's decisions (three meetings of four or five each).
_SHOWN = 20


def decisions_in_span(ctx: Context, u: Understanding) -> Outcome | None:
    """The decisions taken in the question's period when it reaches into the past and holds more than one
    meeting held; None otherwise (one meeting's decisions are decisions_recent's)."""
    if order_of(u) is not None:
        return None  # « les décisions de la deuxième réunion d'octobre »: one meeting of the month (set 35b)
    today = ctx.now.date()
    bounds = _past_month(u, today)
    period = u.first("period")
    if bounds is None and period is None:
        return None
    if bounds is None:
        assert period is not None
        span = period.extra["period"]
        if span.start > today:
            return None
        bounds = (span.start, span.end, period.label)
    start, end, label = bounds
    held = [m for m in ctx.data.meetings() if m.status != "cancelled" and m.start <= ctx.now
            and start <= m.start.date() < end]
    if len(held) < 2:
        return None
    taken = sorted((d for d in ctx.data.decisions() if d.status != "cancelled" and start <= d.taken_on < end),
                   key=lambda d: (d.taken_on, d.number))
    if not taken:
        return Outcome.sure(u, [f"Aucune décision enregistrée — {label} ({len(held)} séances tenues)."], "aucune")
    numbers = ", ".join(f"n°{m.number}" for m in sorted(held, key=lambda m: m.start))
    return listed_decisions(ctx, u, f"Décisions — {label} : {len(taken)} (séances {numbers})", taken, _SHOWN)


def listed_decisions(ctx: Context, u: Understanding, heading: str, taken: list[Decision], shown: int) -> Outcome:
    """A confident reply listing decisions under a bold heading, the first `shown` of them in full and a pointer
    to /decisions for the rest; its key names the decisions shown."""
    lines: list[list[Span] | str] = [[bold(heading)]]
    for decision in taken[:shown]:
        lines.extend(decision_lines(decision, ctx.locale))
    if len(taken) > shown:
        lines.append(f"… et {len(taken) - shown} autres : tapez /decisions pour la liste.")
    return Outcome.sure(u, lines, ", ".join(f"n°{d.number}" for d in taken[:shown]))


def _past_month(u: Understanding, today: date) -> tuple[date, date, str] | None:
    """A month named alone (« les décisions de septembre », « combien de décisions en octobre ? ») as the latest
    such month begun by today: decisions are taken at meetings held, so « en septembre » said in December is the
    September gone, not the one ahead the dates read. None when no month alone is named (a day, a span)."""
    month = None
    if (named := u.first("month")) is not None and u.first("period") is None:
        month = named.extra.get("month")
    elif (period := u.first("period")) is not None and sum(e.kind == "period" for e in u.entities) == 1:
        span = period.extra["period"]
        if span.month is not None and span.start.day == 1 and (span.end - span.start).days <= 31:
            month = span.month
    if not isinstance(month, int):
        return None
    year = today.year if month <= today.month else today.year - 1
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end, f"en {MONTHS[month - 1]} {year}"
