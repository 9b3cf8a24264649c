"""Which reminders a group is owed: derived from the store, never kept.

Given a group's meetings (recurring ones expanded), deadlines and lead
times, this lists every reminder with its firing instant. The scheduler
calls it at start-up, after each change and when a job fires, so a moved
meeting is reminded at its new time and a cancelled one not at all.

Lead times in whole days are counted on the group's wall clock (a 09h00
meeting's "7j" reminder fires at 09h00 a week before, even across a
daylight-saving change); shorter ones are exact durations ("2h" is two
real hours before the start).

Announcements (convocation, "séance déplacée", "séance annulée") are
derived the same way, from the `announcement` a change wrote with itself
(`Meeting.announcement`, or an occurrence's override): each fires at the
instant of its change, so the scheduler sends it at once, through the same
notice log as reminders.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from handlers.commands.reminders import deadline_reminder, effective_leads, meeting_announcement, meeting_reminder
from handlers.context import GroupProfile
from handlers.task_views import task_reminder
from handlers.messages import Reply
from storage.models import Deadline, Meeting, Member
from storage.recurrence import expand, expand_all, overrides
from storage.store import Store
from storage.tasks import Task

__all__ = [
    "ANNOUNCE_WINDOW",
    "BadRow",
    "BadRows",
    "DEADLINE_HOUR",
    "Outcome",
    "Reminder",
    "announced_kind",
    "announcements",
    "describe",
    "fire_time",
    "notice_reply",
    "parse_announcement",
    "reminders",
    "told_subjects",
]

log = logging.getLogger(__name__)

# (group slug, table, number, error): called for a row that cannot be planned.
BadRow = Callable[[str, str, int, Exception], None]


def _raise(slug: str, table: str, number: int, error: Exception) -> None:
    raise error


class BadRows:
    """Rows the scheduler cannot plan (a date at the edge of the calendar,
    a rule it does not know): each is logged once, by table and number, and
    skipped, so that the group's other rows and the other groups go on."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, str, int]] = set()

    def report(self, slug: str, table: str, number: int, error: Exception) -> None:
        if (slug, table, number) in self.seen:
            return
        self.seen.add((slug, table, number))
        log.error(
            "scheduler: %s n°%s of group %s cannot be planned (%s: %s); skipped, the other reminders go on",
            table, number, slug, type(error).__name__, error,
        )


# A deadline without a time is reminded at this local hour.
DEADLINE_HOUR = time(9, 0)
DAY = timedelta(days=1)
# An announcement is derived at most this long after its change. Shorter
# than the notice log's memory (scheduler.KEEP_LOG), so a pruned row is
# never derived (and judged) again.
ANNOUNCE_WINDOW = timedelta(days=30)


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
    task: Task | None = None  # a task's reminder (bot/scheduler/tasks.py)
    pilot: Member | None = None  # its pilot, named (mentioned) in the reminder
    # Set for an announcement: its id ("moved@<UTC instant>"); lead is 0.
    announcement: str | None = None

    @property
    def kind(self) -> str:
        """"planned", "moved" or "cancelled" for an announcement, else "reminder"."""
        return parse_announcement(self.announcement)[0] if self.announcement else "reminder"

    @property
    def key_subject(self) -> str:
        """The subject as named in the notice log: an announcement's id is
        part of it, so each change is announced once and never collides
        with a reminder."""
        return f"{self.subject}!{self.announcement}" if self.announcement else self.subject


class Outcome:
    """What one scan did, for logs and tests: (reminder, platform, chat, what)."""

    def __init__(self) -> None:
        self.events: list[tuple[Reminder, str, str, str]] = []

    def add(self, reminder: Reminder, platform: str, chat: str, what: str) -> None:
        self.events.append((reminder, platform, chat, what))

    def count(self, what: str) -> int:
        return sum(1 for e in self.events if e[3] == what)


def describe(reminder: Reminder) -> str:
    """How logs name a notice."""
    if reminder.announcement is not None:
        return f"announcement {reminder.announcement} of {reminder.subject}"
    return f"reminder {reminder.subject} ({reminder.lead} before)"


def told_subjects(reminder: Reminder) -> tuple[str, ...]:
    """What a chat may have heard of that makes this change news to it:
    the meeting (or date of a series) itself, and for one date its series."""
    series = reminder.subject.partition("@")[0]
    return (reminder.subject, series) if series != reminder.subject else (reminder.subject,)


def announced_kind(reminder: Reminder, told: bool) -> str | None:
    """What to announce to a chat, given whether it was told of the meeting.

    The meeting holds only its latest change, so an announcement never
    piles up behind another; but a chat that never heard of the meeting
    gets a convocation of its current state instead of a move, and nothing
    at all about a meeting cancelled before anyone told it."""
    kind = reminder.kind
    if told or kind == "planned":
        return kind
    return None if kind == "cancelled" else "planned"


def notice_reply(reminder: Reminder, now: datetime, locale: str, late: bool, repeat: bool, kind: str | None = None) -> Reply:
    """The text of a notice as sent at `now` (in the group's zone)."""
    if reminder.meeting is not None and reminder.announcement is not None:
        return meeting_announcement(reminder.meeting, kind or reminder.kind, now, locale, late, repeat)
    if reminder.meeting is not None:
        return meeting_reminder(reminder.meeting, now, locale, late, repeat)
    if reminder.task is not None:
        return task_reminder(reminder.task, reminder.pilot, now, locale, late, repeat)
    assert reminder.deadline is not None
    return deadline_reminder(reminder.deadline, now, locale, late, repeat)


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


def _meeting_reminders(
    store: Store, slug: str, meeting: Meeting, leads: tuple[timedelta, ...], now: datetime, until: datetime, beyond: datetime
) -> list[Reminder]:
    out: list[Reminder] = []
    for occurrence in expand_all(store, slug, [meeting], now, beyond):
        if not occurrence.active or occurrence.start <= now:
            continue
        for lead in leads:
            fire = fire_time(occurrence.start, lead)
            if fire <= until:
                version = f"{_meeting_version(occurrence)}|{int(lead.total_seconds())}"
                out.append(Reminder(slug, _meeting_subject(occurrence), version, occurrence.start, occurrence.start, lead, fire, meeting=occurrence))
    return out


def _deadline_reminders(
    slug: str, deadline: Deadline, leads: tuple[timedelta, ...], zone: ZoneInfo, now: datetime, until: datetime
) -> list[Reminder]:
    anchor, ends = _deadline_anchor(deadline, zone)
    if ends <= now:
        return []
    out: list[Reminder] = []
    for lead in leads:
        fire = fire_time(anchor, lead)
        if fire <= until:
            version = f"deadline:{deadline.number}|{_utc(anchor)}|{int(lead.total_seconds())}"
            out.append(Reminder(slug, f"deadline:{deadline.number}", version, anchor, ends, lead, fire, deadline=deadline))
    return out


def reminders(store: Store, group: GroupProfile, now: datetime, until: datetime, bad: BadRow = _raise) -> list[Reminder]:
    """Every reminder of the group still useful at `now` that fires by `until`.

    Includes reminders whose time has passed (the caller decides whether to
    catch them up); excludes those about meetings or deadlines already begun.
    A row that cannot be planned goes to `bad` (default: raise) and is skipped.
    """
    meeting_leads, deadline_leads = effective_leads(store, group)
    data = store.group(group.slug)
    out: list[Reminder] = []
    longest = max((*meeting_leads, *deadline_leads), default=timedelta(0))
    for meeting in data.meetings():
        try:
            out += _meeting_reminders(store, group.slug, meeting, meeting_leads, now, until, until + longest + DAY)
        except Exception as error:  # one row's trouble is that row's, not the group's
            bad(group.slug, "meetings", meeting.number, error)
    for deadline in data.deadlines():
        if deadline.cancelled:
            continue
        try:
            out += _deadline_reminders(group.slug, deadline, deadline_leads, group.timezone, now, until)
        except Exception as error:
            bad(group.slug, "deadlines", deadline.number, error)
    # Imported here: bot.scheduler.tasks builds on this module's Reminder.
    from bot.scheduler.tasks import task_reminders

    out += task_reminders(store, group, now, until, deadline_leads, bad)
    return sorted(out, key=lambda r: r.fire)


def parse_announcement(announcement: str) -> tuple[str, datetime]:
    """`"moved@2026-11-23T09:00:05+00:00"` -> ("moved", that instant)."""
    kind, _, instant = announcement.partition("@")
    return kind, datetime.fromisoformat(instant)


def _announcement(slug: str, meeting: Meeting, now: datetime) -> Reminder | None:
    """The announcement a meeting (or occurrence) still owes, if any.

    Owed while what it is about lies ahead: a one-off meeting or occurrence
    not yet begun (a cancelled one: its original start); a series always
    has dates ahead. And at most ANNOUNCE_WINDOW after the change."""
    if meeting.announcement is None:
        return None
    try:
        kind, changed = parse_announcement(meeting.announcement)
    except ValueError:
        return None  # not ours to judge; never block the group's other notices
    if changed < now - ANNOUNCE_WINDOW:
        return None
    is_series = meeting.recurrence is not None and meeting.occurrence is None
    if not is_series and meeting.start <= now:
        return None
    changed = changed.astimezone(meeting.start.tzinfo)
    return Reminder(
        slug, _meeting_subject(meeting), f"{_meeting_subject(meeting)}|{meeting.announcement}",
        changed, meeting.start, timedelta(0), changed, meeting=meeting, announcement=meeting.announcement,
    )


def announcements(store: Store, group: GroupProfile, now: datetime, bad: BadRow = _raise) -> list[Reminder]:
    """Every announcement the group's meetings and occurrences still owe.

    `target` and `fire` are the instant of the change. A meeting that cannot
    be planned goes to `bad` (default: raise) and is skipped."""
    out: list[Reminder] = []
    for meeting in store.group(group.slug).meetings():
        try:
            out += _meeting_announcements(store, group.slug, meeting, now)
        except Exception as error:  # one row's trouble is that row's, not the group's
            bad(group.slug, "meetings", meeting.number, error)
    return sorted(out, key=lambda r: r.fire)


def _meeting_announcements(store: Store, slug: str, meeting: Meeting, now: datetime) -> list[Reminder]:
    out: list[Reminder] = []
    found = _announcement(slug, meeting, now)
    if found is not None:
        out.append(found)
    if not meeting.recurrence or not meeting.active:
        return out  # a cancelled series' own announcement covers its dates
    changes = overrides(store, slug, meeting.number)
    owed = [c for c in changes.values() if c.announcement is not None]
    if not owed:
        return out
    last = max(max(date.fromisoformat(c.key), c.start.date() if c.start else date.min) for c in owed)
    until = datetime.combine(last + DAY, time(0, 0), tzinfo=meeting.start.tzinfo)
    for occurrence in expand(meeting, changes, now, until):
        found = _announcement(slug, occurrence, now)
        if found is not None:
            out.append(found)
    return out
