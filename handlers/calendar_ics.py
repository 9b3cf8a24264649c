"""The group's calendar as iCalendar (.ics), built with the `icalendar` library.

What it holds: meetings from `PAST` ago to `HORIZON` ahead (cancelled ones
as `STATUS:CANCELLED`, so a calendar that imported them removes them),
deadlines, and tasks with a due date (all-day events; a task done or
cancelled becomes `STATUS:CANCELLED`). Never any contact details: names
of pilots only, as /taches shows them.

Recurring meetings are **expanded**, one VEVENT per date, rather than
written as RRULE + EXDATE + RECURRENCE-ID overrides. Greffier's own
rules decide the dates (a monthly meeting on the 31st skips short months,
wall-clock time kept across daylight-saving changes, moved and cancelled
dates); writing them out guarantees that every calendar shows exactly the
dates `/seances` shows, where an RRULE would depend on each client's
reading of it. The cost: the feed covers `HORIZON` ahead, and subscribed
calendars see later dates as the feed moves forward.

Times carry the group's TZID with its VTIMEZONE (added by icalendar from
the zone database). UIDs are stable — `<group>-seance-<n>@greffier`,
`<group>-seance-<n>-<date of the series>@greffier` for one date of a
series, `<group>-echeance-<n>@greffier`, `<group>-tache-<n>@greffier` — so
a re-import updates instead of duplicating. SEQUENCE must rise with every
change of content, or a client keeps its old copy. It is the row's
`revision` (raised by the store at each write that changes the row: an
agenda item, a task's date, text or status, a deadline's text...; and on
a task when its pilot's card is renamed, since the summary names them), plus,
for a meeting, the instant of its last planning, move or cancellation
(seconds since 2020, from the announcement written with that change — what
SEQUENCE was before revisions existed, kept so it never goes down for a
calendar that imported it), plus 1 for a closed task or deadline (their
earlier SEQUENCE). Each part only grows, so their sum rises with any
change. DTSTAMP is that last planning instant (or 2020-01-01):
deterministic output keeps the feed's ETag stable between changes.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta, timezone

from icalendar import Calendar, Event

from handlers.context import GroupProfile
from handlers.views import meeting_window_end
from storage.models import Meeting
from storage.recurrence import expand_all
from storage.store import Store
from storage.tasks import Task

__all__ = ["HORIZON", "PAST", "build_calendar", "calendar_meetings", "group_calendar"]

log = logging.getLogger(__name__)

PAST = timedelta(days=30)  # a meeting just held stays in members' agendas
HORIZON = timedelta(days=400)  # as far ahead as /seances lists
EPOCH = datetime(2020, 1, 1, tzinfo=timezone.utc)


def _changed(announcement: str | None) -> datetime | None:
    """The instant of a change, from an announcement ("moved@<UTC instant>")."""
    if not announcement or "@" not in announcement:
        return None
    try:
        return datetime.fromisoformat(announcement.partition("@")[2]).astimezone(timezone.utc)
    except ValueError:
        return None


def _stamp(event: Event, changes: list[datetime | None], revisions: int) -> None:
    last = max((c for c in changes if c is not None), default=None)
    event.add("dtstamp", last or EPOCH)
    event.add("sequence", (max(0, int((last - EPOCH).total_seconds())) if last else 0) + revisions)


# What the calendar reads: a write to any other table (replay guards, the
# notice log) leaves a cached calendar valid.
CALENDAR_TABLES = ("meetings", "occurrences", "deadlines", "tasks", "members")


def calendar_meetings(store: Store, slug: str, now: datetime) -> list[Meeting]:
    """The meetings and dates of series the calendar holds.

    The window runs from midnight to midnight (in `now`'s zone), so the
    calendar depends on the day only and can be kept until the next write.
    One meeting at a time: a row start-up accepted whose dates reach past the
    calendar's edge (a series lasting until year 9999) is left out, logged,
    like the scheduler skips it, and the calendar holds the others."""
    today = datetime.combine(now.date(), time(), tzinfo=now.tzinfo)
    out: list[Meeting] = []
    for meeting in store.group(slug).meetings():
        try:
            out += expand_all(store, slug, [meeting], today - PAST, today + HORIZON + timedelta(days=1))
        except (OverflowError, ValueError) as error:
            log.warning("calendar: meetings n°%d of group %s left out (%s: %s)", meeting.number, slug, type(error).__name__, error)
    return sorted(out, key=lambda m: m.start)


def group_calendar(store: Store, group: GroupProfile, now: datetime) -> bytes:
    """`build_calendar`, kept per group until the store or the day changes.

    Building a large group's .ics takes ~0.4 s (bench/after_meeting.py);
    members asking /calendrier one after another get the same bytes."""
    version = store.version(*CALENDAR_TABLES)
    key = (version, now.date(), str(now.tzinfo), group.name, group.timezone.key)
    cache = store.derived.setdefault("calendar", {})
    kept = cache.get(group.slug)
    if version is not None and kept is not None and kept[0] == key:
        return kept[1]  # type: ignore[no-any-return]
    body = build_calendar(store, group, now)
    cache[group.slug] = (key, body)
    return body


def _meeting_event(group: GroupProfile, meeting: Meeting, series: Meeting | None) -> Event:
    event = Event()
    suffix = f"-{meeting.occurrence}" if meeting.occurrence else ""
    event.add("uid", f"{group.slug}-seance-{meeting.number}{suffix}@greffier")
    event.add("summary", f"{group.name} — séance n°{meeting.number}")
    event.add("dtstart", meeting.start)
    event.add("dtend", meeting_window_end(meeting))
    if meeting.place:
        event.add("location", meeting.place)
    if meeting.agenda:
        event.add("description", "Ordre du jour :\n" + "\n".join(f"{i}. {a.text}" for i, a in enumerate(meeting.agenda, 1)))
    event.add("status", "CANCELLED" if meeting.status == "cancelled" else "CONFIRMED")
    # An occurrence carries its series' revision; its own move or
    # cancellation is in its override's announcement.
    _stamp(event, [_changed(meeting.announcement), _changed(series.announcement if series else None)], meeting.revision)
    return event


def _all_day(uid: str, summary: str, day: date, cancelled: bool, sequence: int) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", day)
    if day < date.max:  # 31/12/9999 (stored before dates were bounded) has no next day:
        event.add("dtend", day + timedelta(days=1))  # without DTEND, a dated event lasts the day
    event.add("transp", "TRANSPARENT")  # a due date does not make anyone busy
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("dtstamp", EPOCH)
    event.add("sequence", sequence)
    return event


def _task_event(group: GroupProfile, task: Task, pilot: str) -> Event:
    assert task.due is not None
    who = f" (pilote : {pilot})" if pilot else ""
    return _all_day(f"{group.slug}-tache-{task.number}@greffier", f"Tâche n°{task.number} : {task.text}{who}",
                    task.due, not task.open, task.revision + (0 if task.open else 1))


def build_calendar(store: Store, group: GroupProfile, now: datetime) -> bytes:
    """The group's calendar at `now`, as .ics bytes (deterministic)."""
    data = store.group(group.slug)
    calendar = Calendar()
    calendar.add("prodid", "-//Greffier//Calendrier du groupe//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", group.name)
    calendar.add("x-wr-timezone", group.timezone.key)
    for meeting in calendar_meetings(store, group.slug, now):
        series = data.meeting(meeting.number) if meeting.occurrence else None
        calendar.add_component(_meeting_event(group, meeting, series))
    oldest = (now - PAST).date()
    for deadline in data.deadlines():
        if deadline.day < oldest:
            continue
        uid = f"{group.slug}-echeance-{deadline.number}@greffier"
        if deadline.has_time:
            event = Event()
            event.add("uid", uid)
            event.add("summary", f"Échéance : {deadline.text}")
            event.add("dtstart", deadline.due)
            event.add("dtend", deadline.due)
            event.add("status", "CANCELLED" if deadline.cancelled else "CONFIRMED")
            event.add("dtstamp", EPOCH)
            event.add("sequence", deadline.revision + (1 if deadline.cancelled else 0))
        else:
            event = _all_day(uid, f"Échéance : {deadline.text}", deadline.day, deadline.cancelled,
                             deadline.revision + (1 if deadline.cancelled else 0))
        calendar.add_component(event)
    members = {m.number: m.name for m in data.members()}
    for task in data.tasks():
        if task.due is not None and task.due >= oldest:
            pilot = members.get(task.pilot, task.pilot_name) if task.pilot is not None else task.pilot_name
            calendar.add_component(_task_event(group, task, pilot))
    calendar.add_missing_timezones()
    # VTIMEZONE first: some clients read zones before the events using them.
    calendar.subcomponents.sort(key=lambda c: c.name != "VTIMEZONE")
    return bytes(calendar.to_ical())
