"""The demo group's dates follow the session's clock: whatever the day the
demo is opened, the next meeting is ahead, the past ones behind, and no
meeting, deadline or task falls on a weekend."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.demo import DEMO_SLUG, seed_demo
from storage.store import Store

ZURICH = ZoneInfo("Europe/Zurich")
MONDAY = datetime(2026, 11, 30, 10, 0, tzinfo=ZURICH)


@pytest.mark.parametrize("days", range(7))
def test_no_demo_date_on_a_weekend(days: int) -> None:
    now = MONDAY + timedelta(days=days)
    store = Store.memory()
    assert seed_demo(store, now)
    data = store.group(DEMO_SLUG)
    meetings = data.meetings()
    days_seen = [m.start.date() for m in meetings] + [d.due.date() for d in data.deadlines()]
    days_seen += [t.due for t in data.tasks() if t.due is not None]
    assert [d for d in days_seen if d.weekday() >= 5] == []
    assert sum(m.start > now for m in meetings) == 1
    assert sum(m.start < now for m in meetings) == 2
    upcoming = next(m for m in meetings if m.start > now)
    assert upcoming.start - now <= timedelta(days=5)
