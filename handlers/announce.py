"""How a meeting change reads when the bot announces it to the group.

Each kind is written for what it is: a convocation gives the date, place
and agenda; a move says where the meeting went from; a cancellation says
which date (or that the whole series) is off and why, without an agenda
nor an invitation to propose items for a meeting that will not happen.
"""

from __future__ import annotations

from datetime import datetime

from handlers.dates import format_when
from handlers.messages import Reply, Span, bold, italic, text
from handlers.views import meeting_lines
from storage.models import Meeting, replace
from storage.recurrence import describe_rule, parse_rule

__all__ = ["KINDS", "late_flags", "meeting_announcement"]

KINDS = ("planned", "moved", "cancelled")


def late_flags(late: bool, repeat: bool, announcement: bool) -> list[list[Span] | str]:
    """The italic notes on a notice sent late, or perhaps sent twice."""
    lines: list[list[Span] | str] = []
    if late:
        what = "Annonce envoyée" if announcement else "Rappel envoyé"
        lines.append([italic(f"{what} en retard : je n'ai pas pu l'envoyer à l'heure prévue.")])
    if repeat:
        what = "Cette annonce a peut-être déjà été envoyée" if announcement else "Ce rappel a peut-être déjà été envoyé"
        lines.append([italic(f"{what} : un envoi précédent a été interrompu.")])
    return lines


def _rule(meeting: Meeting) -> str:
    return describe_rule(parse_rule(meeting.recurrence)) if meeting.recurrence else ""


def _convocation(meeting: Meeting, now: datetime, locale: str) -> list[list[Span] | str]:
    # The meeting as it stands now: a chat first told of it after a move
    # gets a plain convocation, not "(déplacée)" about a date it never saw.
    current = replace(meeting, status="planned")
    lines: list[list[Span] | str] = [*meeting_lines(current, now, locale, title="Convocation — séance")]
    if meeting.recurrence and meeting.occurrence is None:
        lines.insert(1, f"Récurrence : {_rule(meeting)}")
    return lines


def _move(meeting: Meeting, now: datetime, locale: str) -> list[list[Span] | str]:
    when = format_when(meeting.start, meeting.end, locale)
    lines: list[list[Span] | str] = [[bold(f"Séance n°{meeting.number} déplacée"), text(f" — désormais le {when}")]]
    if meeting.previous_start is not None:
        lines.append(f"Au lieu du {format_when(meeting.previous_start, None, locale)}")
    lines += meeting_lines(meeting, now, locale)[1:]
    if meeting.occurrence is not None:
        lines.append(f"Les autres dates de la série ({_rule(meeting)}) ne changent pas.")
    return lines


def _cancellation(meeting: Meeting, locale: str) -> list[list[Span] | str]:
    reason = [f"Raison : {meeting.reason}"] if meeting.reason else []
    if meeting.recurrence and meeting.occurrence is None:
        return [
            [bold(f"Séances n°{meeting.number} annulées"), text(f" — toute la série ({_rule(meeting)})")],
            "Aucune date de cette série n'aura lieu.",
            *reason,
        ]
    when = format_when(meeting.start, meeting.end, locale)
    lines: list[list[Span] | str] = [[bold(f"Séance n°{meeting.number} annulée"), text(f" — {when}")]]
    if meeting.place:
        lines.append(f"Lieu prévu : {meeting.place}")
    lines += reason
    if meeting.occurrence is not None:
        lines.append(f"Les autres dates de la série ({_rule(meeting)}) sont maintenues.")
    return lines


def meeting_announcement(
    meeting: Meeting, kind: str, now: datetime, locale: str, late: bool = False, repeat: bool = False
) -> Reply:
    """A convocation, a move or a cancellation, as the group's chats read it."""
    if kind == "cancelled":
        lines = _cancellation(meeting, locale)
    elif kind == "moved":
        lines = _move(meeting, now, locale)
    else:
        lines = _convocation(meeting, now, locale)
    return Reply.of(*lines, *late_flags(late, repeat, announcement=True)).as_notice()
