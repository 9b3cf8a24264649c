"""A day whose sitting was cancelled or moved away: « c'est toujours le 15 à
Pithiviers ? », « le comité du 21 janvier est maintenu ? » when /seance_annuler
cancelled the one of the 15th and /seance_deplacer moved the one of the 21st
to the 14th (blind set 48c).

The meeting reader keeps only active sittings, so it found none that day and
answered « Aucune séance … » with the next one: true of the calendar, but the
member asks about a sitting the group knew of, and the store says what became
of it. A cancelled sitting on the days asked is that answer (with its reason,
and the agenda it had);
a sitting whose first date (`previous_start`) fell on those days and that now
falls elsewhere is shown where it is now, with the day it was planned."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from handlers.dates import format_when
from handlers.messages import Span
from handlers.understanding.periods import Period
from handlers.views import meeting_lines
from storage.models import Meeting

__all__ = ["changed_on", "changed_lines"]


def _inside(period: Period, moment: datetime | None) -> bool:
    return moment is not None and period.start <= moment.date() < period.end


def changed_on(period: Period, meetings: Sequence[Meeting]) -> Meeting | None:
    """The sitting cancelled on the days of `period`, else the one moved away from them; None when neither."""
    cancelled = [m for m in meetings if m.status == "cancelled" and _inside(period, m.start)]
    if cancelled:
        return cancelled[0]
    # A sitting moved within the days asked still falls on them: the reader found it, nothing to say here.
    moved = [m for m in meetings if m.status != "cancelled" and _inside(period, m.previous_start)
             and not _inside(period, m.start)]
    return moved[0] if moved else None


def changed_lines(meeting: Meeting, now: datetime, locale: str) -> list[str | Span | list[Span]]:
    """What became of `meeting`: cancelled (and why), or moved (where it was planned, where it is now)."""
    lines: list[str | Span | list[Span]] = []
    if meeting.status == "cancelled":
        # Its agenda, when it had one, is what was planned there (« qu'est-ce qui était prévu à la réunion du 15
        # décembre ? », set 48c); none shown invites no point to a sitting that will not be held.
        lines += meeting_lines(meeting, now, locale, title="Séance", agenda=bool(meeting.agenda))
        if meeting.reason:
            lines.append(f"Raison : {meeting.reason}")
        return lines
    assert meeting.previous_start is not None
    lines.append(f"Séance déplacée : elle était prévue le {format_when(meeting.previous_start, None, locale)}.")
    return lines + meeting_lines(meeting, now, locale, title="Désormais : séance", agenda=False)
