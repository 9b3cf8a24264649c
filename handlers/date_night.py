"""« Demain » typed after midnight (blind set 12).

At 00:20 on Tuesday, « demain 14h » is Wednesday by the calendar, but whoever
has not slept yet means Tuesday, « tomorrow » after the night, as often: the
reader would store one of the two days with no sign that it guessed. Between
midnight and `NIGHT_ENDS` o'clock, « demain » and « après-demain » are asked
about, naming both days; « aujourd'hui », « ce soir », a weekday or a date
say the day whatever the hour, and are read as always.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from handlers.date_calendar import format_day
from handlers.date_words import fold, tokenize
from handlers.messages import InputError

__all__ = ["NIGHT_ENDS", "refuse_tomorrow_at_night"]

# Before this hour « demain » may mean the day that has just begun (the writer's « tomorrow », after the night).
NIGHT_ENDS = 4


def refuse_tomorrow_at_night(said: str, now: datetime, day: date) -> None:
    """Refuse `said` (the date expression as typed, read as `day`) when it counts
    days from « demain » in the small hours of `now`."""
    if now.hour >= NIGHT_ENDS:
        return
    words = [tok.text for tok in tokenize(fold(said))]
    if "demain" not in words:
        return
    sooner = day - timedelta(days=1)
    said_word = "après-demain" if "apres" in words else "demain"
    raise InputError(
        f"Il est {now.hour}h{now.minute:02d} : « {said_word} », c'est le {format_day(sooner)} (après la nuit) "
        f"ou le {format_day(day)} ? Je ne devine pas : écrivez le jour (ex. « {format_day(sooner)} » "
        f"ou « {format_day(day)} »)."
    )
