"""A day and month said without a year that the nearer year holds no
meeting on, while the same day of the other side of today does: « le 24 juin
c'est à l'hôtel de ville ? » asked in December, read as the 24 June just
gone, when the group meets on 24 June of next year. The meetings say which
year was meant; the question said none."""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.understanding.periods import Period
from storage.models import Meeting

__all__ = ["same_day_other_year"]

# How far a day said without its year may reach, either way.
_REACH = timedelta(days=366)


def same_day_other_year(span: Period, meetings: list[Meeting], now: datetime) -> Meeting | None:
    """The one meeting on the same day and month as the one-day `span`, within a year of `now`, when
    `span` itself holds none; None when the span is no single day or when none (or several) match."""
    if (span.end - span.start).days != 1 or any(span.start <= m.start.date() < span.end for m in meetings):
        return None
    today = now.date()
    same: list[Meeting] = [m for m in meetings if (m.start.month, m.start.day) == (span.start.month, span.start.day)
                           and abs(m.start.date() - today) <= _REACH and m.start.date() != span.start]
    return same[0] if len(same) == 1 else None
