"""Which meeting a command acts on, named by its number or in words (blind set 34).

`/seance_deplacer`, `/seance_annuler`, `/presents`, `/excuses`, `/absents`, `/presence` and `/compte_rendu` take the
meeting first: by number as before (« 3 », « n°3 », « #3 », « séance 3 », « 3@15/12 »), or as people say it —
« la prochaine », « la dernière séance », « la réunion du 14 janvier », « celle de jeudi », « du 19/11 », « jeudi
dernier », « hier », « la 2e séance de janvier », « de la dernière réunion ». `read_target` is the one reading of all
seven commands, shared with the date evaluation (tests/handlers/dates_eval.py, mode `meeting_ref`), so the two cannot
drift apart.

The rules a coordinator reads in the reply (which always names the meeting acted on, number and date):
- the words name a meeting as /echeance and /seance name it (handlers/deadline_said.py `meeting_named`, one piece of
  code): « la prochaine » = the first to come not cancelled; « la dernière » = the latest held (begun, not cancelled;
  handlers/seance_said.py's rule); « la séance du 14 janvier » = the meeting of that day, its weekday checked; « la
  séance de février » = the month's only sitting, a month without year being the nearest such month (« novembre » on 1
  December is last month's: attendance names past ones); « la 2e séance de janvier » by rank;
- a day: « jeudi dernier » = the latest Thursday before today, « jeudi prochain » = Thursday of next calendar week,
  « (celle / la séance) de jeudi » = the next Thursday (the Dates rule), « hier », a date « 19/11 », « jeudi 10/12 »;
- a member's name is never read as a meeting: where names follow (/presents, /excuses, /absents) a bare weekday or
  month (« Jeudi », « Marie Janvier ») stays a name; words need an article, figures, « dernier » or « prochain »;
- what each command may act on: a meeting to come for /seance_deplacer and /seance_annuler (a date of a series named
  by its day: that date alone), one already begun for /presents and /absents named in words, any for /excuses,
  /presence and /compte_rendu; never a cancelled one.
Refused with how to write it, never guessed: a day without a meeting (the meetings listed), a month with two sittings,
a weekday that contradicts the date, « la dernière » when none is held, « la séance d'avant » (before which?).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from handlers.args import looks_numeric, number
from handlers.date_calendar import format_day
from handlers.date_words import fold, month_of, weekday_of
from handlers.deadline_said import HOW as DEADLINE_HOW
from handlers.deadline_said import DAY_OF_MONTH, meeting_named, on_day, said_more_of_it
from handlers.dates import parse_when
from handlers.held import just_held_of, latest_of
from handlers.messages import InputError, UserError
from storage.models import Meeting

__all__ = ["COMMAND_NEEDS", "Target", "pick_occurrence", "read_target"]

Need = Literal["coming", "held", "any"]
# What each command may act on (module docstring); the commands that take names after the meeting.
COMMAND_NEEDS: dict[str, Need] = {"seance_deplacer": "coming", "seance_annuler": "coming", "presents": "held",
                                  "absents": "held", "excuses": "any", "presence": "any", "compte_rendu": "any"}
_NAMES = {"presents", "excuses", "absents"}

HOW = ("Nommez la séance par son numéro (« 4 », voir /seances) ou en toutes lettres : « la prochaine », « la dernière "
       "séance », « la séance du 14 janvier », « du 19/11 », « jeudi dernier ».")

# The meeting by number, named first: « n°3 », « #3 », « séance 3 », or a bare « 3 » (digits of any script, so that
# `number` can refuse « ³ » clearly); « la séance 3 », « de la réunion n°3 » are the same number said in words.
_WHICH = re.compile(r"^\s*(?:n°|#|s[ée]ance\s*(?:n°)?)?\s*([^\s:,;]+)\s*:?(?=\s|$)", re.IGNORECASE)
_SAID_NUMBER = re.compile(r"(?:(?:de|pour)\s+)?(?:la|le)\s+(?:seance|reunion)\s+(?:n\s*°\s*|numero\s+|no\s+)?(?P<n>\d{1,4})(?=[\s:,;]|$)")
# What may open the words: « de la … », « du … » (kept: `meeting_named` reads « du »), « pour la … », « d'hier ».
_LEAD = re.compile(r"(?:de\s+(?=la\s|notre\s|l'|celle\s|[a-z]+\s+(?:dernier|prochain)\b|[a-z]+$|[a-z]+\s*[:,])|pour\s+(?=la\s|notre\s|le\s)|d'\s*(?=hier))")
_CELLE = re.compile(r"celle\s+(?=d)")
_LAST = re.compile(r"(?:la|notre)\s+derniere(?:\s+(?:seance|reunion|rencontre|fois))?\b(?!\s+(?:de|d')\s*[a-z])"
                   r"(?!\s+(?:seance|reunion|rencontre|fois)\b)")  # (« la dernière séance de janvier » is by rank in its month)
# « la prochaine » alone (« la prochaine séance », « la prochaine AG » are `meeting_named`'s, which refuses another body).
_NEXT = re.compile(r"(?:la|notre)\s+prochaine\b(?!\s+(?:seances?|reunions?|rencontres?|fois|ag|assemblee|ca|conseil|bureau|copil|comite|"
                   r"cse|comex|pleniere)\b)")
_BEFORE = re.compile(r"(?:la|notre)\s+(?:seance|reunion)\s+(?:d'\s*avant|precedente|d'\s*apres|suivante)\b|(?:la|notre)\s+precedente\b")
_YESTERDAY = re.compile(r"hier(?:\s+(?:soir|matin|midi|apres\s*-?\s*midi))?\b")
_WEEKDAY = re.compile(r"(?P<day>[a-z]{5,8})(?:\s+(?P<which>dernier|prochain))?(?=[\s:,;]|$)")
_DATE = re.compile(r"(?:le\s+)?" + DAY_OF_MONTH + r"(?=[\s:,;.]|$)")
_SEPARATOR = re.compile(r"[\s:,;–—-]*")


@dataclass(frozen=True, slots=True)
class Target:
    """The meeting a command acts on and the rest of its arguments (names, new date, reason)."""

    meeting: Meeting  # the stored meeting, or for attendance and minutes the date acted on
    occurrence: Meeting | None  # one date of a series, when only that date is meant
    rest: str

    @property
    def acted(self) -> Meeting:
        return self.occurrence or self.meeting


def read_target(command: str, args: str, stored: Sequence[Meeting], dates: Sequence[Meeting], now: datetime,
                usage: str) -> Target:
    """The meeting `args` names first (or the default one) and the rest, for `command`; `stored` are the group's
    meetings, `dates` them with their series expanded (overrides applied) from `now - SERIES_LOOKBACK` to
    `now + SERIES_LOOKBACK`, soonest first. Raises UserError for anything not read exactly."""
    need = COMMAND_NEEDS[command]
    text = args.strip()
    folded = fold(text.replace("’", "'"))
    if (said := _SAID_NUMBER.match(folded)) is not None:  # « la séance 3 »: the number form
        text = said.group("n") + text[said.end():]
        folded = fold(text.replace("’", "'"))
    try:
        found = _in_words(text, folded, dates, now, command in _NAMES)
    except InputError as refused:
        raise UserError(refused.message.replace(DEADLINE_HOW, HOW), usage) from None
    if found is None:
        return _numbered(command, text, stored, dates, now, usage)
    meeting, end = found
    rest = text[_SEPARATOR.match(text, end).end():].strip()  # type: ignore[union-attr]
    if said_more_of_it(text[end:]):  # « la dernière séance du CA Dubois »: which Greffier cannot check, never names
        raise UserError(f"« {text} » : laquelle ? Une seule séance du groupe, sans autre précision"
                        f"{' (les noms après « : »)' if command in _NAMES else ''}. {HOW}", usage)
    _check(meeting, need, command, now, usage)
    if command in ("presence", "compte_rendu") and rest:
        raise UserError(f"« {rest} » : je n'attends rien après la séance. {HOW}", usage)
    if command == "seance_deplacer" and not rest:
        raise UserError("Il manque la nouvelle date et l'heure.", usage)
    series = next((m for m in stored if m.number == meeting.number), meeting)
    if command.startswith("seance_"):
        if series.status == "cancelled":
            raise UserError(f"La séance n°{series.number} est annulée.", usage)
        return Target(series, meeting if meeting.occurrence is not None else None, rest)
    return Target(meeting, None, rest)


def _in_words(text: str, folded: str, dates: Sequence[Meeting], now: datetime, names: bool) -> tuple[Meeting, int] | None:
    """The meeting `text` names in words at its start and where its name ends; None when it names none there."""
    at = lead.end() if (lead := _LEAD.match(folded)) is not None else 0
    if (before := _BEFORE.match(folded, at)) is not None:
        raise InputError(f"« {text[:before.end()]} » : avant ou après laquelle ? Écrivez « la dernière séance », « la "
                         "prochaine » ou son numéro (voir /seances).")
    if (last := _LAST.match(folded, at)) is not None:
        held = [m for m in dates if m.start <= now and m.status != "cancelled"]
        if not held:
            raise InputError(f"« {text[:last.end()]} » : aucune séance n'a encore été tenue. {HOW}")
        return held[-1], last.end()
    if (coming_said := _NEXT.match(folded, at)) is not None:
        coming = [m for m in dates if m.start > now and m.active]
        if not coming:
            raise InputError(f"« {text[:coming_said.end()]} » : aucune séance n'est prévue. Voyez /seances.")
        return coming[0], coming_said.end()
    if (celle := _CELLE.match(folded, at)) is not None:  # « celle du 10 décembre » is « la séance du 10 décembre »
        shift = len("la seance ") - celle.end()
        found = meeting_named("la séance " + text[celle.end():], "la seance " + folded[celle.end():], 0,
                              ("la",), dates, now, held=True, nearest_month=True)
        return (found[0], found[1] - shift) if found is not None else None
    found = meeting_named(text, folded, at, ("la", "le", "notre", "l'", "de la", "du", "de notre", "de l'"), dates, now,
                          held=True, nearest_month=True)
    if found is not None:
        return found
    return _said_day(text, folded, at, dates, now, names)


def _said_day(text: str, folded: str, at: int, dates: Sequence[Meeting], now: datetime, names: bool) -> tuple[Meeting, int] | None:
    """A meeting named by its day: « hier », « jeudi dernier », « jeudi prochain », « 19/11 », « du jeudi 19 novembre »."""
    start = at + 3 if folded.startswith("du ", at) else at
    today = now.date()
    if (yesterday := _YESTERDAY.match(folded, start)) is not None:
        return _on(today - timedelta(days=1), text[:yesterday.end()], dates), yesterday.end()
    if (dated := _DATE.match(folded, start)) is not None and _a_date(dated, folded, at, start):
        try:  # (« la séance du 19/11 »'s own reading; a weekday checked against the date)
            return on_day(text[:dated.end()], dated, dates, now, held=True), dated.end()
        except InputError as refused:
            if "aucune séance" not in refused.message:
                raise
            raise InputError(_none_on(text[:dated.end()], _date_of(dated, now), dates)) from None
    weekday = _WEEKDAY.match(folded, start)
    if weekday is None or (day_index := weekday_of(weekday.group("day"))) is None:
        return None
    if names and weekday.group("which") is None and start == 0:
        return None  # « /presents Jeudi »: a member's name, never a meeting
    which = weekday.group("which")
    if which == "dernier":
        day = today - timedelta(days=(today.weekday() - day_index - 1) % 7 + 1)
    elif which == "prochain":
        day = today - timedelta(days=today.weekday()) + timedelta(days=7 + day_index)
    else:
        day = today + timedelta(days=(day_index - today.weekday()) % 7)
    return _on(day, text[:weekday.end()], dates), weekday.end()


def _a_date(dated: re.Match[str], folded: str, at: int, start: int) -> bool:
    """Whether `dated` is a date: figures (« 19/11 »), or a month's name after « le », « du » or a weekday (« 4 mars »
    alone stays the number 4 and its text, as before this round); a word before it must be a weekday."""
    if dated.group("weekday") and weekday_of(dated.group("weekday")) is None:
        return False
    if dated.group("month"):
        return True
    said_as_date = start > at or folded.startswith("le ", start) or dated.group("weekday") is not None
    return said_as_date and month_of(dated.group("month_name") or "") is not None and weekday_of(dated.group("month_name")) is None


def _date_of(dated: re.Match[str], now: datetime) -> date | None:
    """The day a refused « du 3/12 » said, for the refusal's wording: its year said, else the nearest such date."""
    month = int(dated.group("month")) if dated.group("month") else month_of(dated.group("month_name") or "")
    said_year = dated.group("year") or dated.group("year_said")
    years = [2000 + int(said_year) % 100] if said_year else [now.year - 1, now.year, now.year + 1]
    days = []
    for year in years:
        try:
            days.append(date(year, month or 0, int(dated.group("day"))))
        except ValueError:
            continue
    return min(days, key=lambda d: abs((d - now.date()).days)) if days else None


def _on(day: date, said: str, dates: Sequence[Meeting]) -> Meeting:
    found = [m for m in dates if m.start.date() == day]
    if not found:
        raise InputError(_none_on(said, day, dates))
    return found[0]


def _none_on(said: str, day: date | None, dates: Sequence[Meeting]) -> str:
    """« pas de séance le jeudi 3 décembre ; les séances : … » (the nearest few, so the right one can be picked)."""
    held = [m for m in dates if m.status != "cancelled"]
    if day is not None:  # the nearest few around that day, not a series' two years
        held = sorted(sorted(held, key=lambda m: abs((m.start.date() - day).days))[:4], key=lambda m: m.start)
    listed = ", ".join(f"n°{m.number} le {format_day(m.start.date())}" for m in held[:4])
    when = f"le {format_day(day)}" if day is not None else "ce jour-là"
    return f"« {said.strip()} » : pas de séance {when} ; les séances : {listed or 'aucune'}. {HOW}"


def _check(meeting: Meeting, need: Need, command: str, now: datetime, usage: str) -> None:
    """Refuse a meeting the command may not act on (module docstring)."""
    named = f"La séance n°{meeting.number} du {format_day(meeting.start.date())}"
    if meeting.status == "cancelled":
        raise UserError(f"{named} est annulée. {HOW}", usage)
    if need == "coming" and meeting.start <= now:
        raise UserError(f"{named} est déjà tenue : seule une séance à venir se déplace ou s'annule. {HOW}", usage)
    if need == "held" and meeting.start > now:
        raise UserError(f"{named} n'a pas encore eu lieu : les {'présents' if command == 'presents' else 'absents'} se "
                        "notent pendant ou après la séance (/excuses pour qui s'excuse d'avance).", usage)


def _numbered(command: str, text: str, stored: Sequence[Meeting], dates: Sequence[Meeting], now: datetime,
              usage: str) -> Target:
    """The number forms, as before this round: the first word for /seance_deplacer and /seance_annuler
    (`3`, `3@15/12`), `_WHICH` before the names, the whole text for /presence and /compte_rendu."""
    if command.startswith("seance_"):
        raw, _, rest = text.partition(" ")
        rest = rest[_SEPARATOR.match(rest).end():].strip()  # type: ignore[union-attr]
        if command == "seance_deplacer" and not rest:
            raise UserError("Il manque la nouvelle date et l'heure.", usage)
        meeting, occurrence = _active_target(raw, stored, dates, now, usage)
        return Target(meeting, occurrence if command == "seance_deplacer" or "@" in raw else None, rest)
    if command in _NAMES:
        which = _WHICH.match(text)
        raw, rest = (which.group(1), text[which.end():]) if which is not None and looks_numeric(which.group(1)) else ("", text)
    else:
        raw, rest = text, ""
    rest = rest[_SEPARATOR.match(rest).end():].strip()  # type: ignore[union-attr]
    if raw.strip():
        return Target(latest_of(_stored(raw, stored, usage), dates, now), None, rest)
    if (held := just_held_of(dates, now)) is not None:
        return Target(held, None, rest)
    if command == "presence":  # with nothing just held, /presence shows who comes to the next one
        coming = [m for m in dates if m.active and m.start > now]
        if coming:
            return Target(coming[0], None, rest)
    raise UserError("Aucune séance ne s'est tenue ces 7 derniers jours : précisez-la (« 4 », « la dernière séance », "
                    "« du 19/11 », voir /seances).", usage)


def _stored(raw: str, stored: Sequence[Meeting], usage: str) -> Meeting:
    """The stored meeting `raw` names (`3`, `n°3`), or a French refusal."""
    n = number(raw, "le numéro de séance", usage)
    meeting = next((m for m in stored if m.number == n), None)
    if meeting is None:
        raise UserError(f"Il n'y a pas de séance n°{n}. Voyez /seances.", usage)
    return meeting


def _active_target(raw: str, stored: Sequence[Meeting], dates: Sequence[Meeting], now: datetime, usage: str
                   ) -> tuple[Meeting, Meeting | None]:
    """`3` or `3@15/12` -> (stored meeting, the date of the series meant if recurring: `@jj/mm`, else its next)."""
    raw_number, at, day_text = raw.partition("@")
    meeting = _stored(raw_number, stored, usage)
    if not meeting.active:
        raise UserError(f"La séance n°{meeting.number} est annulée ou déjà tenue.")
    if meeting.start <= now and not meeting.recurrence:
        raise UserError(f"La séance n°{meeting.number} a déjà commencé.")
    if not meeting.recurrence:
        if at:
            raise UserError(f"La séance n°{meeting.number} n'est pas récurrente : donnez son numéro seul.", usage)
        return meeting, None
    own = [m for m in dates if m.number == meeting.number]
    return meeting, pick_occurrence(meeting, own, day_text if at else None, now, usage)


def pick_occurrence(meeting: Meeting, expanded: Sequence[Meeting], day_text: str | None, now: datetime, usage: str) -> Meeting:
    """The date of the series `meeting` that `day_text` names (jj/mm; None: the next one) among its `expanded`
    occurrences; shared with the date evaluation (tests/handlers/dates_eval.py, mode `deplacer`)."""
    coming = [m for m in expanded if m.active and m.start > now]
    if day_text is None:
        if not coming:
            raise UserError(f"La séance n°{meeting.number} n'a plus de date à venir.")
        return coming[0]
    day = parse_when(day_text, now, require_time=False).start.date()
    for occurrence in coming:
        if occurrence.occurrence == day.isoformat():
            return occurrence
    raise UserError(f"La séance n°{meeting.number} n'a pas de date à venir le {format_day(day)}. Voyez /seances.", usage)
