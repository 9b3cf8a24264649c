"""The agenda of a period wholly behind us: « on a rendu quoi le mois
passé ? », « on avait quoi comme échéances en octobre ? », « c'était quoi les
échéances de novembre ? » (blind set 23c).

The dates of a period are listed from today on, which is right for « ce
mois-ci » but answered « rien n'est prévu » for a period already over, as if
nothing had been due: a confident wrong answer. A span that ends by today
lists the deadlines and the meetings that fell in it. A month named bare in
a question put in the past (« c'était quoi les échéances de novembre ? »
asked in December) is the last such month, not next year's."""

from __future__ import annotations

from datetime import date, datetime

from handlers.context import Context
from handlers.understanding.days import asked_in_past
from handlers.understanding.periods import MONTHS
from handlers.understanding.pipeline import Understanding
from storage.models import Deadline, Meeting

__all__ = ["past_entries", "past_month"]


def past_month(u: Understanding, span: tuple[date, date, str], today: date) -> tuple[date, date, str]:
    """`span`, a month named alone (« de novembre »), moved a year back when the question is put in the past
    and that month is still to come this year."""
    start, end, _ = span
    if u.first("month") is None or u.first("period") is not None or start <= today:
        return span
    if not asked_in_past([w.folded for w in u.words]):
        return span
    start, end = date(start.year - 1, start.month, 1), date(end.year - 1, end.month, 1)
    return start, end, f"en {MONTHS[start.month - 1]} {start.year}"


def past_entries(ctx: Context, start: date, end: date) -> list[tuple[datetime, Deadline | Meeting]]:
    """The deadlines and meetings of a span over by today, soonest first."""
    deadlines = [d for d in ctx.data.deadlines() if not d.cancelled and start <= d.day < end]
    meetings = [m for m in ctx.data.meetings() if m.status != "cancelled" and start <= m.start.date() < end]
    entries: list[tuple[datetime, Deadline | Meeting]] = [(d.due, d) for d in deadlines] + [(m.start, m) for m in meetings]
    return sorted(entries, key=lambda e: e[0])
