"""A meeting named by its month, and a day checked against it: « la réunion de
janvier c'est un jeudi, non ? », « la réunion d'octobre c'était le 14,
hein ? », « la réunion de janvier c'est bien le 19 ? ».

The month designates the meeting; the day is what the member thinks they
know of it. Read alone, the day was a day of its own — the coming Thursday,
the 14th of the month just gone — and the answer said no meeting was held
then, with the next one (set 36b): the meeting of the month asked was never
shown, and a wrong guess was never set right. A day said without a month of
its own, and falling outside the month named, is checked against that
month's meeting: the one on that day of the month or that weekday if there
is one, else the month's meeting (as « la réunion de janvier » alone reads),
whose date shows whether the guess holds. A span (« avant le 14 »), a day
carrying its own month (« le 14 octobre ») or inside the month named is
read as before."""

from __future__ import annotations

from handlers.understanding.meeting_rank import in_month, rank_in_month
from handlers.understanding.pipeline import Understanding
from storage.models import Meeting

__all__ = ["day_in_named_month"]


def day_in_named_month(u: Understanding, coming: list[Meeting],
                       past: list[Meeting]) -> tuple[Meeting | None, str] | None:
    """The meeting of the month named whose day is checked, with the words naming it, or None when the question is
    not shaped so."""
    month, period = u.first("month"), u.first("period")
    if month is None or period is None:
        return None
    span = period.extra["period"]
    if span.month or (span.end - span.start).days != 1 or span.start.month == month.extra["month"]:
        return None
    named = month.extra["month"]
    pool = [m for m in coming if m.start.month == named] or [m for m in past if m.start.month == named]
    same = [m for m in pool if m.start.day == span.start.day] or [
        m for m in pool if m.start.weekday() == span.start.weekday()]
    if same:
        return same[0], month.label
    return in_month(coming, past, named, rank_in_month(u))
