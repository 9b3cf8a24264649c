"""« le comité de pilotage du 25 novembre s'est tenu où ? » when no sitting
was held on 25 November but one is headed « Comité de pilotage de la
campagne du 25 novembre »: the date is part of the sitting's name, not its
day. The reader found no sitting that day and showed the next one (set 41a).
When a sitting's noun comes right before « du <day> <month> », no sitting
falls on that day, and exactly one sitting's heading says « du <day>
<month> », the date is read as that sitting's own day."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.understanding.normalise import fold
from handlers.understanding.periods import MONTHS, month_of
from storage.models import Meeting

__all__ = ["date_of_heading"]

_MONTH = "|".join(MONTHS + ("fevrier", "aout", "decembre"))
# A sitting's noun, then « du 25 novembre » (the month as the headings write it).
_SITTING_DATE = re.compile(r"(?i)\b(?:r[ée]union|r[ée]u|s[ée]ance|comit[ée](?:\s+de\s+pilotage|\s+technique|\s+de\s+suivi)?|"
                           r"copil|cotech|commission|pl[ée]ni[èe]re|bureau|atelier|gt)\s+du\s+(?P<day>1er|\d{1,2})\s+"
                           rf"(?P<month>{_MONTH})\b(?!\s+\d)")


def date_of_heading(text: str, read_meetings: Callable[[], Sequence[Meeting]]) -> str:
    """`text` with « <sitting> du 25 novembre » given the day of the one sitting headed with that date, else as is
    (the meetings are read from the store only when such a phrase is there: every message passes here)."""
    found = _SITTING_DATE.search(text)
    if found is None:
        return text
    meetings = read_meetings()
    day = 1 if found.group("day") == "1er" else int(found.group("day"))
    month = month_of(fold(found.group("month")))
    if month is None or any(m.start.day == day and m.start.month == month for m in meetings):
        return text
    said = f" du {found.group('day')} {fold(found.group('month'))}"
    headed = [m for m in meetings if said in f" {fold(m.place.split(',')[0])}"]
    if len(headed) != 1:
        return text
    held = headed[0].start
    return f"{text[:found.start('day')]}{held.day} {MONTHS[held.month - 1]} {held.year}{text[found.end('month'):]}"
