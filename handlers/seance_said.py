"""New meetings said against the group's own meetings (blind set 33): what follows
`/seance` when a coordinator takes the date, the hours or the place from another
meeting rather than writing them — « même heure même lieu dans un mois », « jeudi 14
janvier, même heure, même salle », « le jeudi qui suit la séance 3 à 14h salle B »,
« 15 jours après la dernière séance, même heure », « la semaine d'après la prochaine
séance, même jour même heure », « mardi 19 janvier, mêmes horaires que la dernière
fois », « 4 semaines après la séance du 10 décembre, même créneau », « un mois jour
pour jour après la séance 3 ».

The rules a coordinator reads in the reply (« D'après la séance n°3 (…) : … »):
- the meeting counted from is named as /echeance names it (handlers/deadline_said.py,
  one piece of code: « la prochaine séance », « la séance 3 », « la séance du 10
  décembre », « la séance de mars », « la 2e séance de janvier », a bare « la séance »
  when one is to come), held ones included (a new meeting may follow a past one), and
  « la dernière séance / réunion », « la dernière fois » = the latest meeting held;
- « même heure / horaire(s) / créneau » = its start and end; « même lieu / salle /
  endroit » = its place; « même jour » = its weekday (checked against the date read);
  tied to a meeting by « … que la séance 4 », else to the meeting the date is counted
  from, else to the latest held;
- a day counted from it (« le lendemain », « la veille », « le surlendemain », « 15 jours
  après », « un mois (jour pour jour) après », « le jeudi qui suit », « la semaine
  d'après ») keeps its hours when no hour is said (as a move keeps them); its place only
  when « même lieu » is said; « dans 15 jours » stays counted from today.

The day is then written out as a plain date and handed to the date reader (as
handlers/move_said.py writes a move), so the hour said after it, the place, the past
and the bound are checked as for any date. Refused with how to write it, never
guessed: no meeting held for « la dernière séance », a number the store does not hold,
a cancelled meeting, a month with two sittings, « même lieu » of a meeting without
one, « même heure » then another hour, « même heure le mois prochain » (which day?),
« même jour » that the date contradicts, hours counted after a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from handlers.date_calendar import format_day
from handlers.date_words import fold, weekday_of
from handlers.dates import When, parse_when
from handlers.deadline_said import HOW as DEADLINE_HOW
from handlers.deadline_said import meeting_named, months_from, said_more_of_it
from handlers.messages import InputError
from handlers.move_said import DAY_WORDS, LATER, counted_weekday, offset_said
from storage.models import Meeting

__all__ = ["HOW", "SeanceSaid", "SeanceWhen", "kept_as_a_move_says", "read_seance_said", "seance_said", "takes_from_meeting"]

HOW = ("Écrivez la date et l'heure (ex. « jeudi 14 janvier 14h ») ou comptez depuis une séance : « le lendemain de la "
       "séance 3 à 10h », « 15 jours après la dernière séance, même heure », « jeudi 14 janvier, même heure, même lieu ».")

_NOUNS = r"(?:seance|reunion|rencontre)"
# What is taken from a meeting: « même heure », « à la même heure », « mêmes horaires », « même créneau », « même lieu ».
_KEPT = re.compile(r"(?:\s*[,;]\s*|\s+|^)(?:et\s+)?(?:a\s+la\s+|a\s+|au\s+|dans\s+la\s+|dans\s+le\s+)?memes?\s+(?P<what>heures?|horaires?|creneaux?|lieux?|salles?|"
                   r"endroits?|jours?|dates?)\b")
_WHAT = {"heure": "hours", "horaire": "hours", "creneau": "hours", "lieu": "place", "salle": "place", "endroit": "place",
         "jour": "day", "date": "day"}


def _kind(found: re.Match[str]) -> str:
    """What a « même … » keeps: "hours", "place" or "day"."""
    word = found.group("what")
    return _WHAT["creneau" if word == "creneaux" else word.rstrip("sx")]


_THAN = re.compile(r"\s+que\s+")
# « la dernière séance », « notre dernière réunion », « la dernière fois » (not « la dernière séance de janvier »).
_LAST = re.compile(rf"(?:la|notre)\s+derniere\s+(?:{_NOUNS}|fois)\b(?!\s+(?:de|d')\s*[a-z])")
_REF_ARTICLES = ("la", "le", "notre", "l'")
# The counts that open the text: « le lendemain de », « le jeudi qui suit », « la semaine d'après », « un mois après ».
_DAY = re.compile(r"(?:le\s+|la\s+|l'\s*)?(?P<word>surlendemain|lendemain|avant\s*-?\s*veille|veille)\s+(?P<of>de\s+|du\s+|d'\s*)")
_WEEKDAY = re.compile(r"(?:le\s+)?(?P<day>[a-z]{5,})\s+(?:qui\s+suit|suivant|apres|d'\s*apres)\s+")
_WEEK = re.compile(r"la\s+semaine\s+(?:d'\s*apres|suivant|suivante|qui\s+suit)\s+")
_MONTHS = re.compile(r"(?P<n>un|1|deux|2|trois|3)\s+mois\s+(?:jour\s+pour\s+jour\s+)?(?P<dir>avant|apres)\s+")
# A day without a day in it, with something kept: « même créneau le mois prochain » (which day of it?).
_SPAN = re.compile(r"(?:le\s+mois|la\s+semaine)\s+(?:prochaine?|pro|qui\s+vient)\s*$")
_NEXT_WEEK = re.compile(r"la\s+semaine\s+(?:prochaine|pro|qui\s+vient)\s*$")


@dataclass(frozen=True, slots=True)
class SeanceSaid:
    """A new meeting said against another: a text for the date reader, and what it takes from `meeting`."""

    text: str  # « vendredi 15 janvier 2027 à 9h30 Mairie », « dans un mois », « jeudi 17/12 »
    meeting: Meeting  # the meeting counted from, or whose hours or place are taken
    counted: bool  # the day is counted from it
    hours: bool  # « même heure »: its start and end are taken
    place: bool  # its place is taken
    day: bool  # « même jour »: the day read must fall on its weekday
    latest: bool  # it was named as « la dernière séance » or not at all: the latest held

    def note(self, hours: bool) -> str:
        """The reply's word on what was taken (`hours`: its start and end), and from which meeting."""
        m = self.meeting
        where = f", {m.place}" if m.place else ""
        when = format_day(m.start.date()) + f", {m.start:%H}h{m.start:%M}" + (f"–{m.end:%H}h{m.end:%M}" if m.end else "")
        taken = [w for w, on in (("date comptée depuis elle", self.counted), ("même heure", hours),
                                 ("même lieu", self.place), ("même jour de la semaine", self.day and not self.counted)) if on]
        latest = ", la dernière tenue" if self.latest else ""
        return f"D'après la séance n°{m.number} ({when}{where}{latest}) : {', '.join(taken)}."


@dataclass(frozen=True, slots=True)
class SeanceWhen:
    """What /seance stores for a meeting said against another: the date read, the place, the reply's word."""

    when: When  # start and end as stored; its rest is the place said, if any
    place: str | None  # the place taken from the meeting (« même lieu »), else None: the place said
    note: str


def read_seance_said(text: str, meetings: Sequence[Meeting], now: datetime) -> SeanceWhen | None:
    """`text` (what follows /seance) read against the group's `meetings` at `now`: the date (its hours taken from the
    meeting when none is said), the place; None when it takes nothing from a meeting. Raises InputError."""
    if (said := seance_said(text, meetings, now)) is None:
        return None
    meeting = said.meeting
    probe = parse_when(said.text, now, require_time=False)
    if probe.has_time and said.hours:
        raise InputError(f"« {text} » : « même heure », puis une autre heure ? Écrivez l'une ou l'autre (ex. « jeudi 14 "
                         "janvier, même heure » ou « jeudi 14 janvier 15h »).")
    taken = not probe.has_time and (said.hours or said.counted)  # a day counted from it keeps its hours, as a move does
    when = parse_when(said.text, now, default_time=meeting.start.time() if taken else None)
    if taken and meeting.end is not None:
        when = replace(when, end=when.start + (meeting.end - meeting.start))  # (on the wall clock: the same hours)
    if said.day and when.start.weekday() != meeting.start.weekday():
        raise InputError(f"« {text} » : « même jour », mais le {format_day(when.start.date())} n'est pas un "
                         f"{format_day(meeting.start.date()).split()[0]} comme la séance n°{meeting.number}. Je ne devine "
                         f"pas. {HOW}")
    if said.place and when.rest.strip(" ,;"):
        raise InputError(f"« {text} » : « même lieu », puis « {when.rest.strip(' ,;')} » ? Écrivez l'un ou l'autre. {HOW}")
    return SeanceWhen(when, meeting.place if said.place else None, said.note(taken))


def seance_said(text: str, meetings: Sequence[Meeting], now: datetime) -> SeanceSaid | None:
    """`text` (what follows /seance) read against the group's `meetings` (series expanded, held ones included) at
    `now`; None when it takes nothing from a meeting (an ordinary date is the date reader's). Raises InputError for a
    meeting that cannot be told or a date that cannot be made exactly."""
    text = text.strip().replace("’", "'")
    try:
        return _said(text, meetings, now)
    except InputError as refused:
        if DEADLINE_HOW in refused.message:  # (the naming is /echeance's: its examples are deadlines)
            raise InputError(refused.message.replace(DEADLINE_HOW, HOW)) from None
        raise


def _said(text: str, meetings: Sequence[Meeting], now: datetime) -> SeanceSaid | None:
    rest, kept, named = _without_kept(text, meetings, now)
    folded = fold(rest)
    counted = _counted(rest, folded, meetings, now)
    if counted is None and not kept:
        return None
    if counted is not None:
        day, meeting, end, latest = counted
        if named is not None and named[0] is not meeting:
            raise InputError(f"« {text} » : compté depuis la séance n°{meeting.number}, l'heure ou le lieu de la séance "
                             f"n°{named[0].number} ? Je ne devine pas. {HOW}")
        if day < now.date():
            raise InputError(f"« {text} » tombe le {format_day(day)}, déjà passé (compté depuis la séance n°{meeting.number} "
                             f"du {format_day(meeting.start.date())}). {HOW}")
        tail = rest[end:].strip(" ,;")
        written = f"{format_day(day)} {tail}".strip()
    else:
        meeting, latest = named if named is not None else (_latest(text, meetings, now), True)
        written = rest.strip(" ,;")
        if not written:
            raise InputError(f"« {text} » : quel jour ? {HOW}")
        if "day" in kept and _NEXT_WEEK.fullmatch(fold(written)):
            # « même jour même heure la semaine prochaine »: the meeting's weekday in next calendar week
            monday = now.date() - timedelta(days=now.weekday()) + timedelta(days=7)
            written = format_day(monday + timedelta(days=meeting.start.weekday()))
        elif _SPAN.search(fold(written)):
            raise InputError(f"« {text} » : quel jour ? « {written} » n'en nomme aucun. {HOW}")
    if "place" in kept and not meeting.place:
        raise InputError(f"« {text} » : la séance n°{meeting.number} du {format_day(meeting.start.date())} n'a pas de lieu. "
                         "Écrivez le lieu (ex. « … 14h salle B »).")
    return SeanceSaid(written, meeting, counted is not None, "hours" in kept, "place" in kept, "day" in kept, latest)


def _without_kept(text: str, meetings: Sequence[Meeting], now: datetime
                  ) -> tuple[str, set[str], tuple[Meeting, bool] | None]:
    """`text` without « même heure », « même lieu que la séance 4 » …; what they keep; the meeting they name, if
    any (and whether it was named as the latest held)."""
    kept: set[str] = set()
    named: tuple[Meeting, bool] | None = None
    while (found := _KEPT.search(fold(text))) is not None:
        kept.add(_kind(found))
        end = found.end()
        folded = fold(text)
        if (than := _THAN.match(folded, end)) is not None:
            at = than.end()
            if (last := _LAST.match(folded, at)) is not None:
                said, end = (_latest(text, meetings, now), True), _alone(text, at, last.end())
            elif (ref := meeting_named(text, folded, at, _REF_ARTICLES, meetings, now, held=True)) is not None:
                said, end = (ref[0], False), _alone(text, at, ref[1])
            else:
                raise InputError(f"« {text[found.start():].strip()} » : que quelle séance ? Écrivez « … que la séance 3 » "
                                 f"ou « … que la dernière fois ». {HOW}")
            if named is not None and named[0] is not said[0]:
                raise InputError(f"« {text} » : deux séances nommées ; de laquelle prendre l'heure et le lieu ? {HOW}")
            named = said
        text = text[:found.start()] + (" " if found.group(0)[:1] in ",; " else "") + text[end:]
    return re.sub(r"\s{2,}", " ", text).strip(), kept, named


def _counted(text: str, folded: str, meetings: Sequence[Meeting], now: datetime
             ) -> tuple[date, Meeting, int, bool] | None:
    """(day, meeting, end, named as the latest held) of a day counted from a meeting at the start of `text`."""
    if (word := _DAY.match(folded)) is not None:
        if (ref := _meeting(text, folded, word.start("of"), ("de la", "du", "de notre", "de l'"), meetings, now)) is None:
            return None
        key = re.sub(r"[\s-]", "", word.group("word"))
        return ref[0].start.date() + timedelta(days=DAY_WORDS.get(key, -2)), *ref
    if (named := _WEEKDAY.match(folded)) is not None and (weekday := weekday_of(named.group("day"))) is not None:
        if (ref := _meeting(text, folded, named.end(), _REF_ARTICLES, meetings, now)) is None:
            return None
        day = ref[0].start.date()
        return counted_weekday(day, weekday, LATER), *ref  # the first such day after it (as a move counts it)
    if (week := _WEEK.match(folded)) is not None:
        if (ref := _meeting(text, folded, week.end(), _REF_ARTICLES, meetings, now)) is None:
            return None
        return ref[0].start.date() + timedelta(days=7), *ref
    if (months := _MONTHS.match(folded)) is not None:
        if (ref := _meeting(text, folded, months.end(), _REF_ARTICLES, meetings, now)) is None:
            return None
        count = {"un": 1, "deux": 2, "trois": 3}.get(months.group("n")) or int(months.group("n"))
        try:
            day = months_from(ref[0].start.date(), -count if months.group("dir") == "avant" else count, text)
        except InputError:
            raise InputError(f"« {text[:ref[1]]} » : ce mois-là n'a pas de {ref[0].start.day}. {HOW}") from None
        return day, *ref
    if re.match(r"(?:\d|[a-z]+\s+(?:semaine|jour|heure|minute|quart|demi))", folded):
        offset = offset_said(text, folded, 0, 0)
        if offset is None:
            return None
        days, minutes, _, end = offset
        if (ref := _meeting(text, folded, re.compile(r"\s*").match(folded, end).end(), _REF_ARTICLES, meetings, now)) is None:  # type: ignore[union-attr]
            return None
        if minutes or not re.search(r"semaine|jour|\bj\b", folded[:end]):
            raise InputError(f"« {text[:end].strip()} … » : compté en heures depuis le début de la séance ou "
                             f"sa fin ? Écrivez le jour et l'heure (ex. « le lendemain de la séance 3 à 10h »).")
        return ref[0].start.date() + timedelta(days=days), *ref
    return None


def _meeting(text: str, folded: str, at: int, articles: Sequence[str], meetings: Sequence[Meeting], now: datetime
             ) -> tuple[Meeting, int, bool] | None:
    """The meeting named at `at` (« la dernière séance » too) and where its name ends; whether it was the latest."""
    lead = re.compile(r"\s*(?:de\s+|d'\s*)?").match(folded, at)
    if lead is not None and (last := _LAST.match(folded, lead.end())) is not None:
        return _latest(text, meetings, now), _alone(text, at, last.end()), True
    found = meeting_named(text, folded, at, articles, meetings, now, held=True)
    return None if found is None else (found[0], _alone(text, at, found[1]), False)


def _alone(text: str, at: int, end: int) -> int:
    """`end`, once checked that nothing qualifies the meeting named at `at` (« la dernière séance du bureau »)."""
    if said_more_of_it(text[end:]):
        raise InputError(f"« {text[at:end + 16].strip()} … » : laquelle ? Je nomme les séances du groupe par « la "
                         f"dernière séance », « la prochaine séance », leur numéro ou leur date (voir /seances). {HOW}")
    return end


def _latest(text: str, meetings: Sequence[Meeting], now: datetime) -> Meeting:
    """« la dernière séance », or no meeting named: the latest meeting held (begun, not cancelled)."""
    held = [m for m in meetings if m.start <= now and m.status != "cancelled"]
    if not held:
        raise InputError(f"« {text} » : aucune séance n'a encore été tenue ; de laquelle prendre la date, l'heure ou le "
                         "lieu ? Nommez-la (« mêmes horaires que la séance 1 », « le lendemain de la prochaine séance ») "
                         "ou écrivez la date et l'heure (ex. « jeudi 14 janvier 14h »).")
    return max(held, key=lambda m: m.start)


def kept_as_a_move_says(text: str) -> str:
    """`text` with each thing said to stay written as /seance_deplacer reads it (« mêmes horaires », « même créneau »
    → « même heure »; « au même endroit », « dans la même salle » → « même endroit »), so a move reads the same words
    as /seance (« jeudi 21 janvier, même créneau et au même endroit »)."""
    canonical = {"hours": "même heure", "place": "même endroit", "day": "même jour"}
    out, at = [], 0
    for found in _KEPT.finditer(fold(text)):
        what = _kind(found)
        if _THAN.match(fold(text), found.end()) and what == "place":
            continue  # « même endroit que le CA de juin »: a place described, kept whole as its name (blind set 15)
        if _THAN.match(fold(text), found.end()):  # « même heure que la séance 4 »: not the meeting moved
            raise InputError(f"« {text[found.start():].strip(' ,;')} » : un déplacement garde l'heure et le lieu de la séance "
                             "déplacée, sauf ceux que vous écrivez (ex. « jeudi 17/12 15h salle C »).")
        out.append(text[at:found.start()] + (", " if at or found.start() else "") + canonical[what])
        at = found.end()
    return "".join(out) + text[at:]


def takes_from_meeting(place: str) -> bool:
    """Whether `place` says « même heure », « même lieu » …: words no place is named with (a series' text, which
    this reading does not take, would otherwise store them as its place)."""
    return _KEPT.search(fold(place)) is not None
