"""Which reminders a group is owed: derived from the store, never kept.

Given a group's meetings (recurring ones expanded), deadlines and lead
times, this lists every reminder with its firing instant. The scheduler
calls it at start-up, after each change and when a job fires, so a moved
meeting is reminded at its new time and a cancelled one not at all.

Lead times in whole days are counted on the group's wall clock (a 09h00
meeting's "7j" reminder fires at 09h00 a week before, even across a
daylight-saving change); shorter ones are exact durations ("2h" is two
real hours before the start).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from handlers.commands.reminders import effective_leads
from handlers.context import GroupProfile
from storage.models import Deadline, Meeting
from storage.recurrence import expand_all
from storage.store import Store

__all__ = ["DEADLINE_HOUR", "Reminder", "fire_time", "reminders"]

# A deadline without a time is reminded at this local hour.
DEADLINE_HOUR = time(9, 0)
DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder for one meeting occurrence or deadline, at one lead time."""

    slug: str
    subject: str  # "meeting:3", "meeting:3@2026-12-01", "deadline:2"
    version: str  # what the notice log dates (see NoticeLog.first_seen)
    target: datetime  # the start (or deadline) it is about, group zone
    ends: datetime  # after this instant the reminder is pointless
    lead: timedelta
    fire: datetime
    meeting: Meeting | None = None
    deadline: Deadline | None = None


def fire_time(target: datetime, lead: timedelta) -> datetime:
    """`target - lead`: on the wall clock for whole days, exactly otherwise."""
    zone = target.tzinfo
    if lead % DAY == timedelta(0):
        # Aware arithmetic within one ZoneInfo is wall-clock arithmetic; a
        # wall time that does not exist is normalised through UTC.
        return (target - lead).astimezone(timezone.utc).astimezone(zone)
    return (target.astimezone(timezone.utc) - lead).astimezone(zone)


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="minutes")


def _meeting_version(meeting: Meeting) -> str:
    """A series' unmoved occurrences share the series' version; a one-off
    meeting or moved occurrence is a new version at each new time."""
    if meeting.occurrence is not None and meeting.status != "moved":
        return f"meeting:{meeting.number}|series|{meeting.recurrence}"
    return f"{_meeting_subject(meeting)}|{_utc(meeting.start)}"


def _meeting_subject(meeting: Meeting) -> str:
    if meeting.occurrence is None:
        return f"meeting:{meeting.number}"
    return f"meeting:{meeting.number}@{meeting.occurrence}"


def _deadline_anchor(deadline: Deadline, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """When a deadline is "at" for its reminders, and when it is over."""
    due = deadline.due.astimezone(zone) if deadline.due.tzinfo != zone else deadline.due
    if deadline.has_time:
        return due, due
    anchor = datetime.combine(due.date(), DEADLINE_HOUR, tzinfo=zone)
    return anchor, datetime.combine(due.date() + DAY, time(0, 0), tzinfo=zone)


def reminders(store: Store, group: GroupProfile, now: datetime, until: datetime) -> list[Reminder]:
    """Every reminder of the group still useful at `now` that fires by `until`.

    Includes reminders whose time has passed (the caller decides whether to
    catch them up); excludes those about meetings or deadlines already begun.
    """
    meeting_leads, deadline_leads = effective_leads(store, group)
    data = store.group(group.slug)
    out: list[Reminder] = []
    longest = max((*meeting_leads, *deadline_leads), default=timedelta(0))
    occurrences = expand_all(store, group.slug, data.meetings(), now, until + longest + DAY)
    for meeting in occurrences:
        if not meeting.active or meeting.start <= now:
            continue
        for lead in meeting_leads:
            fire = fire_time(meeting.start, lead)
            if fire <= until:
                version = f"{_meeting_version(meeting)}|{int(lead.total_seconds())}"
                out.append(Reminder(group.slug, _meeting_subject(meeting), version, meeting.start, meeting.start, lead, fire, meeting=meeting))
    for deadline in data.deadlines():
        if deadline.cancelled:
            continue
        anchor, ends = _deadline_anchor(deadline, group.timezone)
        if ends <= now:
            continue
        for lead in deadline_leads:
            fire = fire_time(anchor, lead)
            if fire <= until:
                version = f"deadline:{deadline.number}|{_utc(anchor)}|{int(lead.total_seconds())}"
                out.append(Reminder(group.slug, f"deadline:{deadline.number}", version, anchor, ends, lead, fire, deadline=deadline))
    return sorted(out, key=lambda r: r.fire)
