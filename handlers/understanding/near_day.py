"""A day misremembered by one or two: « la réunion du 15 décembre c'est à
quelle heure ? » when the sitting is on Monday 14, « la plénière du 5
février ? » when it is on the 4th.

With no sitting on the day asked, the reader said so and gave the next
sitting after that day (set 46b): the one of the 14th, the one meant, was
skipped and a sitting six weeks later shown in its place. A sitting a day
or two from a single day asked is the one the member remembers wrong: it is
shown, its own date setting the guess right. A span (a week, a month) or a
day further off is read as before."""

from __future__ import annotations

from datetime import date

from storage.models import Meeting

__all__ = ["near_sitting"]

# Two days each way: a slip of a day or of the weekday's neighbour; a week off is another sitting, not a slip.
NEAR_DAYS = 2


def near_sitting(start: date, end: date, meetings: list[Meeting]) -> Meeting | None:
    """The sitting nearest a single day [start, end) asked, within NEAR_DAYS, the earlier of two as near."""
    if (end - start).days != 1:
        return None
    near = [m for m in meetings if 0 < abs((m.start.date() - start).days) <= NEAR_DAYS]
    return min(near, key=lambda m: (abs((m.start.date() - start).days), m.start)) if near else None
