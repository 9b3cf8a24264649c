"""What a calendar, a mail client or a poll pastes around a date (blind set 27: dates pasted from elsewhere).

- The notification's heading before the date: « Invitation : mar. 12 janv. 2027 14:00 – 16:00 », « Rappel : jeu. 14
  janv. 09:30 », « Invitation mise à jour : … », « Événement modifié : … ». The command already says what is set: the
  heading is neither the place nor the deadline's text, and the date after its colon is read as at the start. Only
  before a colon (« Rappel jeudi 14h » is not a heading; nor is a heading followed by a title, « Rappel : Réunion du
  bureau – mar. 12 janv. », which stays unread, and so refused).
- A cancelled or declined event's mark, « (annulé) », « · Annulé », right after the date or closing the line: refused,
  since the pasted event is no meeting to set (it was stored as planned with the place « (annulé) »).
- The mark of an edited event, « (modifié) », « (mis à jour) », right after the date or closing a meeting's place: a
  calendar's word, not the place (it was stored as « (modifié) », « Salle B (modifié) »). Closing a deadline's text it
  stays, as « bilan (confirmé) » does (tests/handlers/test_dates_blind22.py): « budget (modifié) » may be the task.
- An all-day event's « (toute la journée) » right after the date: a deadline's day is the whole day, the words go
  (they opened the deadline's text); a meeting needs its start, and a time said with them contradicts them: asked.
- An export's end said with its day again, « 12/01/2027 14:00 - 12/01/2027 16:00 », « du mar. 12 janv. 2027 14:00 au
  mar. 12 janv. 2027 16:00 »: one span of that day, read as « 14:00-16:00 » when both days are the same day; another
  day stays a second day, refused (the store holds one span).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

from handlers.date_words import fold, normalize
from handlers.messages import InputError

__all__ = ["heading_at", "same_day_end", "without_calendar_marks"]


class _Words(Protocol):
    """The part of the reader this module walks (date_reader.Reader)."""

    def word(self, i: int) -> str: ...

    def seq(self, i: int, *phrases: str) -> int | None: ...


# A calendar's or a mail client's notification heading, on folded words; the longer ones first.
_HEADINGS = ("invitation mise a jour", "invitation modifiee", "invitation modifie", "nouvelle invitation",
             "invitation", "rappel d ' evenement", "rappel", "evenement modifie", "evenement mis a jour", "nouvel evenement",
             "mise a jour", "mis a jour")


def heading_at(reader: _Words, i: int) -> int | None:
    """The index after « <heading> : » at `i` (where the date should start), None if there is none."""
    k = reader.seq(i, *_HEADINGS)
    return k + 1 if k is not None and reader.word(k) == ":" else None


# The edited event's mark, between brackets (folded text).
_EDITED = r"[(\[] *(?:modifiee?|mise? a jour|maj)(?: le [^()\[\]]{1,40})? *[)\]]"  # « (modifié le 5 janv.) »
_EDITED_HEAD = re.compile(r"[\s,;:–—-]*" + _EDITED)
_EDITED_END = re.compile(r"\s*" + _EDITED + r"\s*$")
# An all-day event (Outlook, Google Agenda, Thunderbird: « Toute la journée »), right after the date.
_ALL_DAY_HEAD = re.compile(r"[\s,;:–—-]*(?:[(\[] *(?:toute la journee|journee entiere|jour entier) *[)\]])")


# A cancelled or declined event's mark (« mar. 12 janv. 2027 14:00 – 16:00 (annulé) », « … · Annulé », blind set 27's
# probes: stored as a planned meeting with the place « (annulé) »), right after the date or closing the line.
_CANCELLED = r"(?:annulee?s?|supprimee?s?|refusee?s?|declinee?s?|cancell?ed|declined)"
_CANCELLED_HEAD = re.compile(r"[\s,;:–—·⋅•∙|-]*[(\[]? *" + _CANCELLED + r" *[)\]]?(?![\w'’])")
_CANCELLED_END = re.compile(r"(?:\s*[(\[] *" + _CANCELLED + r" *[)\]]|\s*[,;–—·⋅•∙|-] *" + _CANCELLED + r")\s*[.!]?\s*$")


def _refuse_cancelled(said: str, require_time: bool) -> None:
    what = "la séance" if require_time else "l'échéance"
    raise InputError(f"« {said.strip(' ,;:–—·⋅•∙|-')} » : cet événement est-il annulé ? Je n'enregistre pas {what} : "
                     "recopiez la date sans ce mot si elle tient (pour annuler une séance notée : « /seance_annuler <n> »).")


def without_calendar_marks(rest: str, require_time: bool, has_clock: bool) -> str:
    """`rest` without the edited mark right after the date or closing a meeting's place, and without a deadline's
    « (toute la journée) »; a meeting said « (toute la journée) » is asked for its start, and an event marked cancelled
    is refused."""
    folded = fold(rest)
    if (cancelled := _CANCELLED_HEAD.match(folded)) is not None or (cancelled := _CANCELLED_END.search(folded)) is not None:
        _refuse_cancelled(rest[cancelled.start():cancelled.end()], require_time)
    if (edited := _EDITED_HEAD.match(folded)) is not None:
        return without_calendar_marks(rest[edited.end():], require_time, has_clock)
    if (all_day := _ALL_DAY_HEAD.match(folded)) is not None:
        said = rest[all_day.start():all_day.end()].lstrip(" \t,;:–—-")
        if require_time:
            raise InputError(f"« {said} » : une séance a besoin de son heure de début (ex. « mardi 12 janvier 9h-17h »).")
        if has_clock:
            raise InputError(f"« {said} » après une heure se contredit : donnez le jour seul (toute la journée) ou "
                             "l'heure seule (ex. « vendredi 15 janvier : rapport »).")
        return without_calendar_marks(rest[all_day.end():], require_time, has_clock)
    if require_time and (edited := _EDITED_END.search(folded)) is not None and edited.start() > 0:
        return rest[:edited.start()]  # « …, Salle B (modifié) »
    return rest


# What joins a start to its end when the end repeats the day: a dash; « au » or « jusqu'au » after « du ».
_DASH_JOIN = re.compile(r"\s*[-–—]\s+")
_TO_JOIN = re.compile(r"\s*(?:au|jusqu ?['’] ?au)\s+")
_FROM = re.compile(r"\s*du\s+")


def same_day_end(raw: str, today: date, zone: str | None) -> str | None:
    """`raw` rewritten with its end as a time alone (« 12/01/2027 14:00-16:00 ») when the end repeats the start's day,
    else None."""
    from handlers.date_reader import read  # (the reader imports this module)

    text = normalize(raw)
    opened = _FROM.match(fold(text))
    if opened is not None:
        text = text[opened.end():]
    try:  # what is not a repeated day keeps the refusal of the reading as typed
        first = read(text, today, zone)
    except InputError:
        return None
    if first.day is None or first.clock is None or first.clock.end is not None or first.clock.until or first.clock.approx:
        return None
    rest = first.rest
    join = (_TO_JOIN if opened is not None else _DASH_JOIN).match(fold(rest))
    if join is None:
        return None
    try:
        second = read(rest[join.end():], today, zone)
    except InputError:
        return None  # « le 12 janvier à 9h – avancée à la semaine prochaine »: its own refusal stands (test_dates_seeds.py)
    if (second.day != first.day or second.clock is None or second.clock.end is not None or second.clock.until
            or second.clock.approx or second.clock.ends_at_midnight or second.clock.ends_next_day or first.clock.ends_next_day):
        return None
    end = second.clock.start
    head = text[:len(text) - len(rest)].rstrip()
    return f"{head}-{end.hour:02d}:{end.minute:02d} {second.rest}".rstrip()
