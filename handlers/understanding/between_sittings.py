"""A sitting asked as the one between two others: « entre le comité de
novembre et celui de janvier, il y a une réunion ? », « entre la réunion
d'octobre et celle de janvier on se voit ? ».

The two months name two meetings, and the one asked for lies between them
(set 35b): the meeting answers read the first month only and gave its
meeting, with confidence. Only « entre » before the first month and « et »
between the two; each month names the meeting the meeting answers would
give for it (meeting_rank.in_month); the answer is the one meeting strictly
between, or none said so; several between are offered, not answered."""

from __future__ import annotations

from handlers.understanding.meeting_rank import in_month
from handlers.understanding.pipeline import Understanding
from storage.models import Meeting

__all__ = ["between_two"]


def between_two(u: Understanding, coming: list[Meeting], past: list[Meeting]) -> tuple[list[Meeting], str] | None:
    """(the meetings between the meetings of the two months « entre … et … » names, what was asked); None when
    the question names no such pair."""
    months = [e for e in u.entities if e.kind == "month"]
    if len(months) != 2:
        return None
    first, second = months
    folded = [w.folded for w in u.words]
    if "entre" not in folded[:first.start] or "et" not in folded[first.end:second.start]:
        return None
    after, _ = in_month(coming, past, first.extra["month"])
    before, _ = in_month(coming, past, second.extra["month"])
    if after is None or before is None or not after.start < before.start:
        return None
    inside = [m for m in [*past, *coming] if after.start < m.start < before.start]
    return inside, f"entre la séance n°{after.number} et la séance n°{before.number}"
