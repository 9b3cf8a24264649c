"""Which meeting a command after the meeting is about.

Tasks, attendance and minutes belong to a meeting: the one under way or
« just held » — the latest one (occurrence of a series included) that
started within the last `JUST_HELD` — unless the user names one (`n°`).
A week covers the usual rhythm: minutes are written and attendance typed
in the days after, never after the next meeting of a weekly group.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.args import number
from handlers.context import Context
from handlers.messages import UserError
from storage.models import Meeting
from storage.recurrence import expand_all
from storage.store import Store

__all__ = ["JUST_HELD", "just_held", "latest_date", "meeting_key", "numbered_meeting", "pick_meeting"]

JUST_HELD = timedelta(days=7)
# How far back an explicit n° of a recurring series looks for its latest date.
SERIES_LOOKBACK = timedelta(days=400)


def meeting_key(meeting: Meeting) -> str:
    """`"3"`, or `"3@2026-12-01"` for one occurrence of a recurring meeting."""
    return str(meeting.number) if meeting.occurrence is None else f"{meeting.number}@{meeting.occurrence}"


def just_held(ctx: Context) -> Meeting | None:
    """The meeting under way or started within `JUST_HELD`, latest first."""
    assert ctx.group is not None
    started = [
        m for m in expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now - JUST_HELD, ctx.now)
        if m.status != "cancelled" and ctx.now - JUST_HELD <= m.start <= ctx.now
    ]
    return max(started, key=lambda m: m.start) if started else None


def latest_date(store: Store, slug: str, meeting: Meeting, now: datetime) -> Meeting:
    """A one-off meeting itself; for a series, its latest date already
    started (else its first)."""
    if not meeting.recurrence:
        return meeting
    dates = expand_all(store, slug, [meeting], now - SERIES_LOOKBACK, now + SERIES_LOOKBACK)
    started = [m for m in dates if m.start <= now and m.status != "cancelled"]
    return started[-1] if started else (dates[0] if dates else meeting)


def numbered_meeting(ctx: Context, raw: str, usage: str) -> Meeting:
    """The stored meeting `raw` names (`3`, `n°3`), or a French refusal."""
    n = number(raw, "le numéro de séance", usage)
    meeting = ctx.data.meeting(n)
    if meeting is None:
        raise UserError(f"Il n'y a pas de séance n°{n}. Voyez /seances.", usage)
    return meeting


def pick_meeting(ctx: Context, raw: str, usage: str, default_next: bool = False) -> Meeting:
    """The meeting `raw` names (`3`, `n°3`), else the one just held.

    For a recurring series, its latest date already started (else its first).
    `default_next`: with nothing named and nothing just held, the next one."""
    assert ctx.group is not None
    if raw.strip():
        return latest_date(ctx.store, ctx.group.slug, numbered_meeting(ctx, raw, usage), ctx.now)
    found = just_held(ctx)
    if found is not None:
        return found
    if default_next:
        coming = [m for m in expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now, ctx.now + SERIES_LOOKBACK)
                  if m.active and m.start > ctx.now]
        if coming:
            return coming[0]
    raise UserError(
        "Aucune séance ne s'est tenue ces 7 derniers jours : précisez son numéro (voir /seances).", usage)
