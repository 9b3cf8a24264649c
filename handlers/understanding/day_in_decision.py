"""A day no sitting falls on, which a decision names: « la commission du 22
décembre a été annulée ? », « y a une réunion le 22/12 ? » when the decision
« La commission de suivi du 22 décembre est annulée pendant les vacances de
Noël » was taken (blind set 44c).

The meeting reader finds no sitting that day and says so, with the next
one: true, but the member asked about that day's sitting, and the group's
record of what became of it is the decision. Each decision (not cancelled)
whose text writes the day and its month (« 22 décembre », « 1er mars ») is
shown after « Aucune séance … ». When the question asks what became of it
(« annulée ? », « reportée ? », « maintenue ? », « déplacée ? »), the
decision is the answer itself, read as a decision on that topic."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.normalise import fold
from handlers.understanding.periods import MONTHS, Period
from storage.models import Decision

__all__ = ["decisions_of_day", "fate_asked"]

# What becomes of a sitting: cancelled, put off, kept, moved, removed.
_FATE = re.compile(r"\b(?:annul|report|maintenu|maintien|deplac|supprim|decal)\w*")


def decisions_of_day(period: Period, decisions: Sequence[Decision]) -> list[Decision]:
    """The decisions in force whose text names the one day `period` is (« 22 décembre »), none for a longer span."""
    if (period.end - period.start).days != 1:
        return []
    day = period.start
    said = re.compile(rf"\b(?:{day.day}|{'1er' if day.day == 1 else day.day})\s+{fold(MONTHS[day.month - 1])}\b")
    return [d for d in decisions if d.status != "cancelled" and said.search(fold(d.text))]


def fate_asked(text: str) -> bool:
    """The question asks what became of a sitting (« a été annulée ? », « c'est maintenu ? », « reporté ? »)."""
    return bool(_FATE.search(fold(text)))
