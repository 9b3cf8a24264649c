"""The meeting just before a season or a holiday that is behind us, asked in
the past: « celle d'avant l'été, c'était où ? », « le compte rendu de celle
d'avant l'été ? », « on avait décidé quoi à la réunion d'avant l'été ? »
(blind set 34a, asked in December).

« avant l'été » reads as the span from today to the coming summer
(periods.py), and « la réunion d'avant l'été » as the last meeting of that
span (before_bound.py) — right for « la séance avant Pâques, c'est
quand ? », wrong when the message speaks of a meeting held (a past tense,
its minutes, its decisions or its attendance): that is the one held just
before the last summer. The bound the period names is taken back a year at
a time until it is behind today; the last meeting held in the four months
before it is the one described, and the message is read again with « la
réunion du 18 juin 2026 » in its place, which every reading of a meeting
knows. No meeting held in those months leaves the message as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from handlers.understanding.described_meeting import named_meeting
from handlers.understanding.pipeline import Understanding
from handlers.understanding.tense import DECIDED, PAST
from storage.models import Meeting

__all__ = ["held_before"]

# « celle d'avant l'été », « la réunion juste avant les vacances », « la séance d'avant Noël ».
_BEFORE = re.compile(
    r"(?i)\b(?:celle|celui|(?:la|cette)\s+(?:r[ée]union|s[ée]ance|rencontre|fois|r[ée]u)|(?:le|ce)\s+(?:comit[ée]|copil))"
    r"\s+(?:d['’]\s*|de\s+)?(?:juste\s+)?avant\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?(?:[ée]t[ée]|automne|hiver|printemps"
    r"|(?:grandes\s+)?vacances(?:\s+d['’]\s*[ée]t[ée]|\s+de\s+\w+)?|no[ëe]l|f[êe]tes|p[âa]ques|toussaint|rentr[ée]e)\b")
# Words that speak of a meeting held: a past tense, a decision taken, its minutes or its attendance.
_HELD = PAST | DECIDED | frozenset({"compte", "cr", "pv", "proces", "acte", "actee", "decisions", "presents",
                                     "excuses", "absents"})
# How long before the bound the meeting described may have been held.
_CLOSE = timedelta(days=120)


def held_before(u: Understanding, meetings: Sequence[Meeting]) -> str | None:
    """`u`'s message with « celle d'avant l'été » read as the meeting held just before the last summer, when the
    message speaks of a meeting held and the bound its period names is ahead; else None."""
    period = u.first("period")
    found = _BEFORE.search(u.text)
    if found is None or period is None or not {w.folded for w in u.words} & _HELD:
        return None
    span = period.extra["period"]
    if not span.label.startswith("avant"):
        return None
    bound = span.end
    while bound > span.start:
        bound = _year_before(bound)
    held = [m for m in meetings if m.status != "cancelled" and bound - _CLOSE <= m.start.date() < bound]
    if not held:
        return None
    last = max(held, key=lambda m: m.start)
    return u.text[:found.start()] + named_meeting(last) + u.text[found.end():]


def _year_before(day: date) -> date:
    """The same day a year earlier (28 February for a 29th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)
