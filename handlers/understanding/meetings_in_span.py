"""« les réunions d'ici Noël ? », « combien de séances au premier trimestre ? »,
« les réunions avant le printemps ? »: the meetings of the period named, not
every meeting to come.

Without it the upcoming-meetings answer listed them all under « Prochaines
séances », a meeting after the period included: an answer to another
question, given with confidence.
"""

from __future__ import annotations

from datetime import date

from handlers.context import Context
from handlers.dates import format_when
from handlers.messages import Span, bold, text
from handlers.understanding.days import asked_in_past
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import month_span
from handlers.understanding.pipeline import Understanding
from handlers.views import meeting_window_end
from storage.models import Meeting

__all__ = ["asked_span", "meeting_list", "meetings_in_span"]


def asked_span(ctx: Context, u: Understanding) -> tuple[date, date, str] | None:
    """The span of days the question names (a period, or a month alone), with its label."""
    if (period := u.first("period")) is not None:
        p = period.extra["period"]
        return p.start, p.end, p.label
    if (month := u.first("month")) is not None:
        # « on s'était vus combien de fois en octobre ? » in December: the last October (periods.month_span).
        return month_span(month.extra["month"], ctx.now.date(), asked_in_past([w.folded for w in u.words]))
    return None


def meetings_in_span(ctx: Context, u: Understanding, meetings: list[Meeting]) -> Outcome | None:
    """The meetings (`meetings`: all the group's, expanded) of the period the question names, if it names one."""
    span = asked_span(ctx, u)
    if span is None:
        return None
    start, end, label = span
    # A period reaching back (« le trimestre dernier », « cet automne » in December) lists the meetings held in it
    # too; one from today on lists those to come (past_periods.py).
    behind = start < ctx.now.date()
    chosen = [m for m in meetings if (m.active or behind and m.status == "held") and start <= m.start.date() < end]
    coming = [m for m in meetings if m.active and meeting_window_end(m) > ctx.now]
    if not chosen:
        lines: list[str | Span | list[Span]] = [f"Aucune séance {'tenue ni prévue' if behind else 'prévue'} {label}."]
        if coming:
            after = coming[0]
            lines.append(f"Prochaine séance : n°{after.number}, {format_when(after.start, after.end, ctx.locale)}"
                         + (f" — {after.place}" if after.place else ""))
        return Outcome.sure(u, lines, "aucune séance")
    listed = meeting_list(ctx, u, chosen, label)
    period = u.first("period")
    after = next((m for m in coming if m.start.date() >= end), None)
    if period is None or not period.extra["period"].guessed_end or after is None:
        return listed
    # « jusqu'au printemps »: where spring starts is a guess (1 March); the first meeting past it is said too.
    return Outcome.sure(u, [*listed.reply.lines, f"Ensuite : n°{after.number}, {format_when(after.start, after.end, ctx.locale)}"
                            + (f" — {after.place}" if after.place else "")], listed.key)


def meeting_list(ctx: Context, u: Understanding, chosen: list[Meeting], label: str) -> Outcome:
    """`chosen` listed under their `label` (« d'ici Noël », « « comité technique » »), one line each."""
    coming = [m for m in chosen if meeting_window_end(m) > ctx.now]
    title = "Prochaines séances" if all(m in coming for m in chosen) else "Séances"
    body: list[str | Span | list[Span]] = [[bold(f"{title} {label} ({len(chosen)})")]]
    for m in chosen:
        place = f" — {m.place}" if m.place else ""
        body.append([text(f"• n°{m.number} : {format_when(m.start, m.end, ctx.locale)}{place}")])
    return Outcome.sure(u, body, ", ".join(f"n°{m.number}" for m in chosen[:10]))
