"""An iCalendar (.ics) invitation for a meeting, attached to meeting replies.

Times are written in UTC so every calendar places the meeting right without
needing the group's VTIMEZONE block; text is escaped as RFC 5545 asks.
"""

from __future__ import annotations

from datetime import datetime, timezone

from handlers.messages import Attachment
from handlers.views import meeting_window_end
from storage.models import Meeting

__all__ = ["meeting_invitation"]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " "
        current += char
    out.append(current)
    return "\r\n".join(out)


def meeting_invitation(meeting: Meeting, group_slug: str, group_name: str, stamp: datetime) -> Attachment:
    description = "\n".join(f"{i}. {item.text}" for i, item in enumerate(meeting.agenda, 1))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Greffier//FR",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{group_slug}-seance-{meeting.number}@greffier",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(meeting.start)}",
        f"DTEND:{_utc(meeting_window_end(meeting))}",
        f"SUMMARY:{_escape(f'{group_name} — séance n°{meeting.number}')}",
        f"STATUS:{'CANCELLED' if meeting.status == 'cancelled' else 'CONFIRMED'}",
    ]
    if meeting.place:
        lines.append(f"LOCATION:{_escape(meeting.place)}")
    if description:
        lines.append(f"DESCRIPTION:{_escape(description)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    body = "\r\n".join(_fold(line) for line in lines) + "\r\n"
    return Attachment(f"seance-{meeting.number}.ics", "text/calendar", body.encode("utf-8"))
