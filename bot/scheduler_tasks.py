"""Which reminders the group's open tasks are owed (called from the plan).

A task with a due date is reminded like a deadline without a time: at
`DEADLINE_HOUR` on the group's wall clock, at each of the group's deadline
lead times before its day, through the same notice log (exactly once,
caught up within the grace window after a restart). A task done or
cancelled drops out of the plan, so its pending reminders are never sent;
a task moved to a new day is a new version, reminded afresh. The pilot is
carried along so the reminder can name (mention) them.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from bot.scheduler_plan import DAY, DEADLINE_HOUR, Reminder, fire_time
from handlers.context import GroupProfile
from storage.store import Store

__all__ = ["task_reminders"]


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="minutes")


def task_reminders(
    store: Store, group: GroupProfile, now: datetime, until: datetime, leads: tuple[timedelta, ...]
) -> list[Reminder]:
    """Reminders of open dated tasks still useful at `now`, firing by `until`."""
    data = store.group(group.slug)
    out: list[Reminder] = []
    members = None
    for task in data.tasks():
        if not task.open or task.due is None:
            continue
        anchor = datetime.combine(task.due, DEADLINE_HOUR, tzinfo=group.timezone)
        ends = datetime.combine(task.due + DAY, time(0, 0), tzinfo=group.timezone)
        if ends <= now:
            continue
        for lead in leads:
            fire = fire_time(anchor, lead)
            if fire > until:
                continue
            if members is None:
                members = {m.number: m for m in data.members()}
            pilot = members.get(task.pilot) if task.pilot is not None else None
            version = f"task:{task.number}|{_utc(anchor)}|{int(lead.total_seconds())}"
            out.append(Reminder(group.slug, f"task:{task.number}", version, anchor, ends, lead, fire, task=task, pilot=pilot))
    return out
