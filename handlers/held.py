"""Which meeting a command after the meeting is about.

Tasks, attendance and minutes belong to a meeting: the one under way or
« just held » — the latest one (occurrence of a series included) that
started within the last `JUST_HELD` — unless the user names one (`n°`, or in words: handlers/meeting_ref.py).
A week covers the usual rhythm: minutes are written and attendance typed
in the days after, never after the next meeting of a weekly group.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from handlers.context import Context
from storage.models import Meeting
from storage.recurrence import expand_all
from storage.store import Store

__all__ = ["JUST_HELD", "SERIES_LOOKBACK", "just_held", "just_held_of", "latest_date", "latest_of", "meeting_dates", "meeting_key"]

JUST_HELD = timedelta(days=7)
# How far back an explicit n° of a recurring series looks for its latest date.
SERIES_LOOKBACK = timedelta(days=400)


def meeting_key(meeting: Meeting) -> str:
    """`"3"`, or `"3@2026-12-01"` for one occurrence of a recurring meeting."""
    return str(meeting.number) if meeting.occurrence is None else f"{meeting.number}@{meeting.occurrence}"


def meeting_dates(ctx: Context) -> list[Meeting]:
    """The group's meetings with their series expanded (moves and cancellations applied), from `SERIES_LOOKBACK` back
    to `SERIES_LOOKBACK` ahead, soonest first: what a command that takes a meeting chooses among
    (handlers/meeting_ref.py)."""
    assert ctx.group is not None
    return expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now - SERIES_LOOKBACK, ctx.now + SERIES_LOOKBACK)


def just_held_of(dates: Sequence[Meeting], now: datetime) -> Meeting | None:
    """Among `dates`, the meeting under way or started within `JUST_HELD`, latest first."""
    started = [m for m in dates if m.status != "cancelled" and now - JUST_HELD <= m.start <= now]
    return max(started, key=lambda m: m.start) if started else None


def just_held(ctx: Context) -> Meeting | None:
    """The meeting under way or started within `JUST_HELD`, latest first."""
    assert ctx.group is not None
    return just_held_of(expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now - JUST_HELD, ctx.now), ctx.now)


def latest_of(meeting: Meeting, dates: Sequence[Meeting], now: datetime) -> Meeting:
    """A one-off meeting itself; for a series, its latest date in `dates` already started (else its first)."""
    if not meeting.recurrence:
        return meeting
    own = [m for m in dates if m.number == meeting.number]
    started = [m for m in own if m.start <= now and m.status != "cancelled"]
    return started[-1] if started else (own[0] if own else meeting)


def latest_date(store: Store, slug: str, meeting: Meeting, now: datetime) -> Meeting:
    """A one-off meeting itself; for a series, its latest date already
    started (else its first)."""
    if not meeting.recurrence:
        return meeting
    return latest_of(meeting, expand_all(store, slug, [meeting], now - SERIES_LOOKBACK, now + SERIES_LOOKBACK), now)
