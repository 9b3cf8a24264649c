"""« là » after a weekday, as plain speech says it (blind set 24): « jeudi là », « on se voit mardi là à 14h » is the
coming Thursday, the same as « jeudi » alone, and « là » belongs to the date, not to the place or the deadline's text
(it was left there: « pour jeudi là : ramener les photos » kept « là : ramener les photos »). « ce jeudi-là », « le
jeudi là » point back at a Thursday said earlier in the conversation, which the line does not name: asked. Part of
`handlers.date_weekdays`, which calls these around the weekday's name.

Without its accent, « la » is read so only before a time, a colon, a comma or the end (« jeudi la salle B » keeps its
place). Said on a Thursday, « jeudi là » may be today or next week's: asked.
"""

from __future__ import annotations

from datetime import date, timedelta

from handlers.date_calendar import format_day
from handlers.date_clock import Phrases, read_clock
from handlers.date_words import weekday_of
from handlers.messages import InputError

__all__ = ["refuse_that_weekday", "weekday_there"]


def _there(p: Phrases, k: int) -> bool:
    """« là » (or « -là ») at `k`."""
    if p.word(k) == "-" and p.adjacent(k) and p.adjacent(k + 1):
        k += 1
    return p.word(k) == "la" and (p.label(k, k + 1).lower() == "là" or p.word(k + 1) in ("", ",", ":", ";"))


def refuse_that_weekday(p: Phrases, j: int) -> None:
    """« ce jeudi-là », « le jeudi là » (the weekday at `j`, after « ce » or « le »): which Thursday? Asked."""
    if p.word(j - 1) not in ("ce", "le") or weekday_of(p.word(j)) is None or not _there(p, j + 1):
        return
    said = p.label(j - 1, j + 2 + (p.word(j + 1) == "-"))
    raise InputError(f"« {said} » renvoie à un {p.word(j)} dit plus tôt dans la conversation : je ne sais pas lequel. "
                     "Donnez la date (ex. « le 14/01 à 14h »).")


def weekday_there(p: Phrases, j: int, weekday: int, today: date) -> int:
    """After the name of `weekday` (at `j`): the index after « là » when it follows, `j` otherwise. Said on that
    weekday, « jeudi là » is today (as « ce jeudi ») or next week's (as « jeudi »): asked."""
    if p.word(j) != "la" or p.adjacent(j) or not (
            p.label(j, j + 1).lower() == "là" or p.word(j + 1) in ("", ",", ":", ";") or read_clock(p, j + 1) is not None):
        return j
    if weekday == today.weekday():
        said, next_week = p.label(j - 1, j + 1), today + timedelta(days=7)
        raise InputError(f"« {said} » : aujourd'hui ({format_day(today)}), ou le {format_day(next_week)} ? Je ne devine pas. "
                         "Donnez la date (ex. « le 14/01 à 14h »).")
    return j + 1
