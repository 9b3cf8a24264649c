"""A day written « 10/12 » with nothing before it that makes it a date, as
members type into the chat as into a search box: « réu 10/12 heure »,
« présents 19/11 », « CR 17/09 », « ODJ 10/12 » (set 45b).

The day reader (days.py) reads « le 10/12 » and « jeudi 21/01 », but two
bare numbers are only a date after such a cue, since « 2/3 des membres »
is not the 2nd of March. Written with a slash, a day and a month are
written back with the month's name (« réu 10 décembre heure »), which the
day reader reads wherever it stands. What a slash also writes is left as
it is: a fraction (« 1/2 journée », « 2/3 des membres », « 3/4 temps »:
a numerator under a denominator of 2 to 4), a score (« 17/20 », no
month), a full date (« 10/12/2026 », read as typed), a path or an address
(a slash or a letter glued to the numbers)."""

from __future__ import annotations

import re

from handlers.understanding.periods import MONTHS

__all__ = ["slash_days"]

# Two numbers joined by one slash, with nothing glued on either side (no third number, letter or dot).
_SLASH_DAY = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")


def _day(match: re.Match[str]) -> str:
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12) or day < month <= 4:
        return match.group(0)  # « 17/20 » (a score), « 1/2 », « 2/3 », « 3/4 » (fractions)
    return f"{day} {MONTHS[month - 1]}"


def slash_days(text: str) -> str:
    """`text` with each day written « jj/mm » written « jj <mois> » (« présents 19/11 » → « présents 19
    novembre »); fractions, scores, full dates and paths are left as they are."""
    return _SLASH_DAY.sub(_day, text)
