"""A day and month said without a year that the nearer year holds no
meeting on, while the same day of the other side of today does: « le 24 juin
c'est à l'hôtel de ville ? » asked in December, read as the 24 June just
gone, when the group meets on 24 June of next year. The meetings say which
year was meant; the question said none. So for a part of a month said
without its year (« la réunion de fin juin » asked in December, read as the
end of the June just gone): next year's, when only it holds meetings."""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.understanding.periods import Period
from storage.models import Meeting

__all__ = ["same_day_other_year", "same_part_other_year"]

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


def same_part_other_year(span: Period, meetings: list[Meeting], now: datetime, year_said: bool) -> list[Meeting]:
    """The meetings of the same part of a month as `span` (« fin juin », « début mars ») a year later or
    earlier, within a year of `now`, when `span` holds none and no year was said; none otherwise (a span
    over several months, a single day, which same_day_other_year reads)."""
    last = span.end - timedelta(days=1)
    # Only a third of a month as period_parts.py reads it (« fin juin »), not « l'an dernier à la même époque ».
    if not span.label.startswith(("début ", "mi-", "fin ")) or year_said or (span.end - span.start).days < 2 or (span.start.year, span.start.month) != (last.year, last.month):
        return []
    if any(span.start <= m.start.date() < span.end for m in meetings):
        return []
    today = now.date()
    for shift in (1, -1):
        start, end = span.start.replace(year=span.start.year + shift), last.replace(year=last.year + shift)
        inside = [m for m in meetings if start <= m.start.date() <= end and abs(m.start.date() - today) <= _REACH]
        if inside:
            return inside
    return []
