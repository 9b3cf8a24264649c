"""Decisions on a topic asked of a month: « on avait voté la gratuité totale
du car en septembre, non ? » listed eleven decisions the words reached,
September's last (set 46b): the month said when the thing was voted. Of the
decisions found, those taken in the span said are the answer; when none
was taken then, the span says something else (when the thing applies) and
every decision found is kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from handlers.understanding.periods import Period
from storage.models import Decision

__all__ = ["taken_within"]

Hit = TypeVar("Hit", bound=tuple)


def taken_within(hits: Sequence[Hit], span: Period) -> list[Hit]:
    """The hits (score, context, decision, own) whose decision was taken in `span`, a month or more; a single day
    names a sitting (« le PV de la séance du 24 septembre a été approuvé ? », approved at a later one: set 35c)."""
    if (span.end - span.start).days < 28:
        return []
    return [h for h in hits if isinstance(h[2], Decision) and span.start <= h[2].taken_on < span.end]
