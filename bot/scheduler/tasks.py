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

from bot.scheduler.plan import DAY, DEADLINE_HOUR, BadRow, Reminder, fire_time
from handlers.context import GroupProfile
from storage.models import Member
from storage.store import Store
from storage.tasks import Task

__all__ = ["task_reminders"]


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="minutes")


def task_reminders(
    store: Store, group: GroupProfile, now: datetime, until: datetime, leads: tuple[timedelta, ...], bad: BadRow
) -> list[Reminder]:
    """Reminders of open dated tasks still useful at `now`, firing by `until`.

    A task that cannot be planned (a due date at the end of the calendar)
    goes to `bad` and is skipped, like any other row of the plan."""
    data = store.group(group.slug)
    out: list[Reminder] = []
    members = {m.number: m for m in data.members()}
    for task in data.tasks():
        if not task.open or task.due is None:
            continue
        try:
            out += _task_reminders(slug=group.slug, task=task, members=members, group=group, now=now, until=until, leads=leads)
        except Exception as error:
            bad(group.slug, "tasks", task.number, error)
    return out


def _task_reminders(
    slug: str, task: Task, members: dict[int, Member], group: GroupProfile, now: datetime, until: datetime,
    leads: tuple[timedelta, ...],
) -> list[Reminder]:
    out: list[Reminder] = []
    if task.due is None:
        return out
    anchor = datetime.combine(task.due, DEADLINE_HOUR, tzinfo=group.timezone)
    ends = datetime.combine(task.due + DAY, time(0, 0), tzinfo=group.timezone)
    if ends <= now:
        return out
    pilot = members.get(task.pilot) if task.pilot is not None else None
    for lead in leads:
        fire = fire_time(anchor, lead)
        if fire <= until:
            version = f"task:{task.number}|{_utc(anchor)}|{int(lead.total_seconds())}"
            out.append(Reminder(slug, f"task:{task.number}", version, anchor, ends, lead, fire, task=task, pilot=pilot))
    return out
