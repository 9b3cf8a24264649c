"""A calendar year named by its number: « les réunions en 2027 », « la 2e
réunion de 2027 », « le calendrier de 2027 », « de l'année 2027 ». With « en » any question
names the year; with « de » only after a word of meetings or calendar,
since « le bilan de 2026 » or « l'appel à projets de 2027 » name a record,
not a span; with « pour » only after such a word anywhere before (« le
calendrier du CDIAE pour 2027 ? »), and the bare number only right after one
(« le calendrier 2027 », « les séances 2027 »), never after a record's noun
(« le budget 2027 »). Only years near today's count (a date, not a figure)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from handlers.understanding.meeting_nouns import nouns

if TYPE_CHECKING:
    from handlers.understanding.periods import Period

__all__ = ["year_span"]

# Words after which « de 2027 » is a span: meetings and calendars (folded, singular or plural).
_OF_MEETINGS = nouns("plain", "chat", plural=True) | {"calendrier", "planning", "echeances", "dates", "agenda"}


def year_span(folded: list[str], i: int, today: date) -> Period | None:
    """« en 2027 » (or « de 2027 » after a meeting word) starting at word `i`, or None."""
    from handlers.understanding.periods import Period

    if _near_year(folded[i], today) and i > 0 and folded[i - 1] in _OF_MEETINGS:
        year = int(folded[i])  # « le calendrier 2027 »: the number alone is the span, the calendar stays a word
        return Period(date(year, 1, 1), date(year + 1, 1, 1), f"en {year}", i, i + 1)
    word = folded[i + 1] if i + 1 < len(folded) else ""
    if not _near_year(word, today):
        return None
    if folded[i] == "de" and not (i > 0 and folded[i - 1] in _OF_MEETINGS):
        return None
    if folded[i] == "pour" and not any(w in _OF_MEETINGS for w in folded[:i]):
        return None
    if folded[i] not in ("en", "de", "annee", "pour"):
        return None
    year = int(word)
    # The whole year, this one too: « la dernière réunion de 2026 » was held before today.
    return Period(date(year, 1, 1), date(year + 1, 1, 1), f"en {year}", i, i + 2)


def _near_year(word: str, today: date) -> bool:
    """`word` is the number of a year near today's (a date, not a figure)."""
    return word.isdigit() and len(word) == 4 and today.year - 1 <= int(word) <= today.year + 3
