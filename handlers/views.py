"""How members, meetings, deadlines and decisions read in a reply.

Shared by the commands and by the scheduler's announcements, so a meeting
looks the same in `/prochaine_seance` and in its reminder.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from handlers.dates import format_day, format_relative, format_when
from handlers.messages import Span, bold, italic, text
from storage.models import Deadline, Decision, Meeting, Member

__all__ = [
    "decision_lines",
    "deadline_line",
    "meeting_label",
    "meeting_lines",
    "member_lines",
    "name_and_organisation",
    "meeting_window_end",
    "next_meeting",
    "upcoming_meetings",
]

# A meeting without an end time is taken to last this long.
DEFAULT_LENGTH = timedelta(hours=2)

STATUS_LABEL = {"planned": "", "moved": " (déplacée)", "cancelled": " (annulée)", "held": " (tenue)"}


def meeting_label(meeting: Meeting) -> str:
    """`n°3`, or `n°3@15/12` for one occurrence of a recurring meeting."""
    if meeting.occurrence is None:
        return f"n°{meeting.number}"
    return f"n°{meeting.number}@{date.fromisoformat(meeting.occurrence):%d/%m}"


def name_and_organisation(member: Member) -> str:
    """« Claire Dubois (Mairie) », or the name alone: how lists of people read."""
    return f"{member.name} ({member.organisation})" if member.organisation else member.name


def meeting_window_end(meeting: Meeting) -> datetime:
    return meeting.end or meeting.start + DEFAULT_LENGTH


def upcoming_meetings(meetings: list[Meeting], now: datetime) -> list[Meeting]:
    """Active meetings not yet over, soonest first."""
    return [m for m in meetings if m.active and meeting_window_end(m) > now]


def next_meeting(meetings: list[Meeting], now: datetime) -> Meeting | None:
    upcoming = upcoming_meetings(meetings, now)
    return upcoming[0] if upcoming else None


def member_row(member: Member) -> list[Span]:
    """One member in a list of people: « • Name — Organisation — Role »."""
    details = " — ".join(p for p in (member.organisation, member.role) if p)
    return [text("• "), bold(member.name), text(f" — {details}" if details else "")]


def member_lines(member: Member) -> list[list[Span]]:
    lines: list[list[Span]] = [[bold(member.name)]]
    if member.organisation:
        lines.append([text(f"Organisation : {member.organisation}")])
    if member.role:
        lines.append([text(f"Rôle : {member.role}")])
    if member.contact and member.contact_consent:
        lines.append([text(f"Contact : {member.contact}")])
    return lines


def meeting_lines(meeting: Meeting, now: datetime, locale: str, title: str = "Séance", agenda: bool = True) -> list[list[Span]]:
    when = format_when(meeting.start, meeting.end, locale)
    lines: list[list[Span]] = [
        [bold(f"{title} n°{meeting.number}{STATUS_LABEL[meeting.status]}"), text(f" — {when}")],
    ]
    if meeting.active and meeting.start > now:
        lines.append([italic(format_relative(meeting.start, now, locale).capitalize())])
    if meeting.place:
        lines.append([text(f"Lieu : {meeting.place}")])
    if agenda:
        if meeting.agenda:
            lines.append([text("Ordre du jour :")])
            for i, item in enumerate(meeting.agenda, 1):
                by = f" (proposé par {item.proposed_by})" if item.proposed_by else ""
                lines.append([text(f"  {i}. {item.text}{by}")])
        else:
            lines.append([italic("Ordre du jour pas encore fixé (proposez un point avec /proposer).")])
    return lines


def deadline_line(deadline: Deadline, now: datetime, locale: str) -> list[Span]:
    when = format_when(deadline.due, None, locale) if deadline.has_time else format_day(deadline.day, locale)
    if not deadline.has_time and deadline.day == now.date():
        relative = "aujourd'hui"  # a whole day: no hours to count down
    else:
        relative = format_relative(deadline.due if deadline.has_time else deadline.due.replace(hour=12), now, locale)
    return [bold(f"Échéance n°{deadline.number}"), text(f" — {when} ({relative}) : {deadline.text}")]


def decision_lines(decision: Decision, locale: str, history: bool = False) -> list[list[Span]]:
    where = f", séance n°{decision.meeting_number}" if decision.meeting_number else ""
    status = {"active": "", "amended": " (modifiée)", "cancelled": " (annulée)"}[decision.status]
    lines: list[list[Span]] = [
        [bold(f"Décision n°{decision.number}{status}"), text(f" — {format_day(decision.taken_on, locale)}{where}")],
        [text(decision.text)],
    ]
    if history:
        for rev in decision.history:
            label = {"created": "enregistrée", "amended": "modifiée", "cancelled": "annulée"}[rev.action]
            day = datetime.fromisoformat(rev.at).date()
            # The first wording too, once it has been changed: the text
            # shown above is only the latest.
            wording = rev.action == "amended" or (rev.action == "created" and rev.text and rev.text != decision.text)
            detail = f" : {rev.reason}" if rev.reason else (f" : « {rev.text} »" if wording else "")
            lines.append([italic(f"  {label} le {format_day(day, locale, weekday=False)} par {rev.by}{detail}")])
    return lines
