"""A warning, not a refusal, when a meeting is planned or moved onto the
time of another meeting of the same group: two sessions at once are
sometimes meant (parallel workshops), more often a slip."""

from __future__ import annotations

from collections.abc import Iterable

from handlers.dates import format_when
from handlers.views import meeting_label, meeting_window_end
from storage.models import Meeting

__all__ = ["clash_lines"]


def _same(a: Meeting, b: Meeting) -> bool:
    return a.number == b.number and (a.occurrence is None or b.occurrence is None or a.occurrence == b.occurrence)


def clash_lines(meetings: Iterable[Meeting], meeting: Meeting, locale: str) -> list[str]:
    """One line per active meeting of `meetings` whose time overlaps `meeting`'s."""
    start, end = meeting.start, meeting_window_end(meeting)
    found = [
        other for other in meetings
        if other.active and not _same(other, meeting) and other.start < end and start < meeting_window_end(other)
    ]
    return [
        f"Attention : la séance {meeting_label(other)} ({format_when(other.start, other.end, locale)}) a lieu au même moment."
        for other in found
    ]
