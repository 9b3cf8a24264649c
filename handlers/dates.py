"""French dates: parsing what coordinators type, formatting what members read.

Parsing covers the forms people write in a chat — `17/09/2021 9h-11h30`,
`17.09.2021 09:00`, `17 septembre 2021 9h00`, `jeudi prochain 14h`,
`demain 18h30`, `mardi en huit à 3h de l'après-midi` — day first, in the
group's time zone. The reading itself is `handlers.date_reader` (a grammar
over tokens that decides exactly which words it consumed); this module
adds the checks that need the clock and the zone, and the formatting.
dateparser and Duckling were measured and are not used (see the README).

Rules a coordinator can rely on:
- a weekday alone is the next such day after today (`jeudi 14h`);
  `<jour> prochain` is that day in next calendar week;
- a date without a year is the next one to come, except one that passed
  less than two weeks ago, which is refused as past (a likely slip);
- a date in the past, a weekday that contradicts the date, a time that a
  daylight-saving change skips or repeats, an end before the start: all
  refused with an explanation;
- nothing beyond five years ahead (`31/12/9999` is refused, not stored).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_timedelta

from handlers.date_after_event import refuse_time_of_event
from handlers.date_as_usual import without_as_usual
from handlers.date_calendar import format_day
from handlers.date_corrections import corrected, refuse_hedged_time, without_correction_marks, without_rest_marks, without_strikes
from handlers.date_hedges import without_hedges
from handlers.date_meals import refuse_meal_time
from handlers.date_meeting_bound import refuse_bound_on_meeting
from handlers.date_periods_said import period_said
from handlers.date_vague_said import vague_said
from handlers.date_pasted import same_day_end, without_calendar_marks
from handlers.date_night import LAST_MINUTE, before_midnight, next_if_past, refuse_tomorrow_at_night
from handlers.date_reader import BOUND_TEXT, MAX_AHEAD_DAYS, read
from handlers.date_moved import refuse_kept_as_before
from handlers.date_rest import restated, stray
from handlers.date_week_numbers import check_weeks, without_bracketed_weeks
from handlers.date_year_said import refuse_year_left
from handlers.date_within_period import refuse_period_or_condition, without_holiday_said
from handlers.date_words import fold
from handlers.messages import InputError
from storage.recurrence import find_rule  # the recurrence phrases /seance reads after the place

__all__ = [
    "When",
    "format_day",
    "format_relative",
    "format_time",
    "format_when",
    "parse_duration",
    "parse_when",
    "format_duration",
    "leftover_date_words",
]


_DURATION = re.compile(
    r"^\s*(\d{1,4})\s*(j|jours?|d|days?|h|heures?|hours?|min|minutes?|m|sem|semaines?|w|weeks?)\s*$",
    re.IGNORECASE,
)


def parse_duration(raw: str) -> timedelta | None:
    """`7j`, `1 jour`, `2h`, `30min`, `2sem` -> timedelta (None if not one)."""
    found = _DURATION.match(raw)
    if not found:
        return None
    amount, unit = int(found.group(1)), found.group(2).lower()
    if amount <= 0:
        return None
    if unit.startswith(("sem", "w")):
        return timedelta(weeks=amount)
    if unit.startswith(("j", "d")):
        return timedelta(days=amount)
    if unit.startswith("h"):
        return timedelta(hours=amount)
    return timedelta(minutes=amount)


def format_duration(lead: timedelta) -> str:
    """The short form used by `/rappels`: 7j, 2h, 30min."""
    seconds = int(lead.total_seconds())
    if seconds % 86400 == 0:
        return f"{seconds // 86400}j"
    if seconds % 3600 == 0:
        return f"{seconds // 3600}h"
    return f"{seconds // 60}min"


# -- formatting ----------------------------------------------------------------


def format_time(moment: datetime | time) -> str:
    return f"{moment.hour:02d}h{moment.minute:02d}"


def format_when(start: datetime, end: datetime | None = None, locale: str = "fr_CH") -> str:
    """`vendredi 17 septembre 2021, 09h00–11h30`; an end on another day
    names its day (`…, 09h00 – samedi 18 septembre 2021, 16h00`), so a
    two-day seminar never reads as one long day."""
    out = f"{format_day(start.date(), locale)}, {format_time(start)}"
    if end is not None and end.date() != start.date():
        out += f" – {format_day(end.date(), locale)}, {format_time(end)}"
    elif end is not None:
        out += f"–{format_time(end)}"
    return out


def format_relative(target: datetime, now: datetime, locale: str = "fr_CH") -> str:
    """`aujourd'hui`, `demain`, `dans 3 jours`, `dans 2 semaines`, `il y a 2 jours`."""
    days = (target.astimezone(now.tzinfo).date() - now.date()).days
    if days == 0:
        delta = target - now
        if abs(delta) < timedelta(minutes=1):
            return "maintenant"
        return f"aujourd'hui, {format_timedelta(delta, add_direction=True, locale=locale)}"
    if days == 1:
        return "demain"
    if days == 2:
        return "après-demain"
    if days == -1:
        return "hier"
    if 0 < days < 14:
        return f"dans {days} jours"
    return _days_phrase(days, locale)


@lru_cache(maxsize=4096)
def _days_phrase(days: int, locale: str) -> str:
    return format_timedelta(timedelta(days=days), add_direction=True, threshold=1.5, locale=locale)


# -- parsing -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class When:
    """A parsed date: start (aware), optional end, and the text that follows."""

    start: datetime
    end: datetime | None
    has_time: bool
    rest: str
    notes: tuple[str, ...] = ()  # French remarks for the reply (an approximate time, « minuit »)


def _localize(day: date, at: time, zone: ZoneInfo, label: str) -> datetime:
    """Attach the zone, refusing wall-clock times that DST skips or repeats."""
    naive = datetime.combine(day, at)
    first, second = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    round_trip = first.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise InputError(
            f"{label} n'existe pas le {format_day(day, weekday=False)} : les horloges avancent "
            f"d'une heure cette nuit-là (changement d'heure). Choisissez une autre heure."
        )
    if first.utcoffset() != second.utcoffset():
        raise InputError(
            f"{label} existe deux fois le {format_day(day, weekday=False)} : les horloges reculent "
            f"d'une heure cette nuit-là (changement d'heure). Choisissez une autre heure."
        )
    return first


def _bound(day: date, today: date) -> None:
    """Refuse a day beyond the bound before any arithmetic on it can overflow."""
    if (day - today).days > MAX_AHEAD_DAYS:
        limit = today + timedelta(days=MAX_AHEAD_DAYS)
        raise InputError(
            f"Le {format_day(day)} est trop loin : {BOUND_TEXT} (jusqu'au {format_day(limit)})."
        )


# A full stop closing the message, as dictation writes one (blind set 16's probes), after a word of four letters or
# more, a lone capital or a number (« salle du conseil. », « salle B. », « salle 12. »): not an abbreviation's
# (« av. », « St. », « bât. », « etc. »), nor an ellipsis.
_LAST_WORD = re.compile(r"(\w+)\.$")


def _tone_mark(c: str) -> bool:
    return c.isspace() or c in "!\ufe0f\u200d" or unicodedata.category(c) in ("So", "Sk", "Cs")


# The emoji put before a date like a bullet: a calendar, a pin, a pointer, a bell. Not one that says something of the
# date (« ❌ », « ⚠️ », « ❓ », « ✅ »: cancelled, doubtful, done?), left to the refusal of no date at the start.
_LEADING_MARKS = frozenset("📅📆🗓📌📍👉➡▶►▸🔹🔸🔷🔶⏰🔔🕐🕑🕒🕓🕔🕕🕖🕗🕘🕙🕚🕛⌚\ufe0f\u200d")


def _without_leading_marks(raw: str) -> str:
    """`raw` without the emoji put before the date like a bullet (« 📅 mardi 5 octobre à 14h », blind set 22)."""
    start = 0
    while start < len(raw) and (raw[start].isspace() or raw[start] in _LEADING_MARKS):
        start += 1
    return raw[start:] if start and not raw[:start].isspace() else raw


def _without_marks(place: str) -> str:
    """A meeting's place without the emoji or « !! » typed after it or between the time and it (blind set 20:
    « salle B 👍 », « salle 3 !! », « 14h 👍 salle B »): they are the writer's tone, not part of the place."""
    start, end = 0, len(place)
    while end and _tone_mark(place[end - 1]):
        end -= 1
    while start < end and _tone_mark(place[start]):
        start += 1
    return place[start:end]


def _without_sentence_end(rest: str) -> str:
    found = _LAST_WORD.search(rest)
    if found is None or rest.endswith(".."):
        return rest
    word = found.group(1)
    return rest[:-1] if len(word) >= 4 or word.isdigit() or (len(word) == 1 and word.isupper()) else rest


# The minutes' rubric before a meeting's place, pasted with the date: the place is what follows it.
_PLACE_RUBRIC = re.compile(r"^(?:lieu|où|ou|adresse|endroit)\s*:\s*(?=\S)", re.IGNORECASE)
# A bound in front of the day (« avant le 15 », « jusqu'au 20 », « d'ici le 5 »): a deadline's day, but a meeting
# takes place on a day, not before one: read as that day it would be a silently different date (blind set 14).
_BOUND_FIRST = re.compile(r"^\W*(?:avant|jusqu\W*(?:au|à|a)|d\W*ici|au plus tard|dernier d[ée]lai|dans les|end[ée]ans"
                          r"|sous(?=\s+(?:\d+|un|une|deux|trois|huit|dix|quinze|huitaine|quinzaine)\b))\b", re.IGNORECASE)


# The place or the deadline's text pasted BEFORE the date (blind set 19): « Salle du conseil – mardi 12/01/2027 – 14h00 »,
# « Retour des questionnaires : 15/01/2027 ». Read only when nothing is read at the start, the text after the
# separator is a whole date with nothing after it, and the text before names no date, no time, no move, no
# cancellation, no choice, and (for a meeting) is not the meeting's title.
_HEAD_SPLIT = re.compile(r"\s+[:–—-]\s+|\s*[,;:|]\s+|\s*[·⋅•]\s*")
_HEAD_REFUSED = re.compile(
    r"\b(?:annul\w*|report\w*|decal\w*|deplac\w*|pas|plus|sauf|ou|hors|sans|ferme\w*|lieu|initial\w*|prevu\w*|ancien\w*"
    r"|jusqu|depuis|partir|envoye\w*|recu\w*|cree\w*|modifie\w*|publie\w*|transfere\w*|ecrit|objet|sujet|cc|date|heure"
    r"|horaire|quand|option|sondage|vote\w*|non|oui|sinon|peut|si|entre|vers|environ|apres|avant|fin|debut|mi"
    # a greeting or a rubric, not a place nor a text (« Bonjour à tous, mercredi 12 mai à 14h », « Rappel : … »)
    r"|bonjour|bonsoir|salut|hello|coucou|attention|rappel\w*|infos?|important|urgent|nb|ps|fyi|merci|chers?|cheres?|tous"
    r"|toutes|madame|monsieur|mesdames|messieurs|collegues|amis"
    # a speaker, not a place (« Je vous propose : lundi 10 janvier à 18h »)
    r"|je|j|nous|vous|on|il|elle|ils|elles|propos\w*|suggere\w*|suggestion\w*"
    # a heading (« À vos agendas : … », « Invitation : … »)
    r"|agendas?|noter|note|invitation\w*|convocation\w*|save|annonce\w*|communique|nouvelle|nouveau|reunion\w*|seances?)\b|[?:]")
# Numbers in that text are the place's or the task's (blind set 22: « Salle 14 – mardi 19/01 – 14h », « Rapport T4 : le 15
# janvier », « 2e relance : vendredi 15 », « Dossier n° 12-2027 : … »), unless shaped as a date or a time (« 3/4 »,
# « 2.04 », « 14h », « 12 mars »; a file's number after « n° » is none), or a number alone says nothing else.
_HEAD_FILE_NUMBER = re.compile(r"\b(?:n ?°|no\.?|num(?:ero)?\.?|ref\.?) *[\w/.-]+")
_HEAD_DATE_SHAPE = re.compile(r"\d *[/.:h] *\d|\d *h\b|\d(?:er|e)? +(?:janv|fevr?|mars|avr|mai|juin|juil|aout|sept?|oct|nov|dec)|^[\W\d_]*$"
                              # a week's number (« Rapport S24 »), a day after its article (« Les 12 et 13 », « Fête du 14 »)
                              r"|\b(?:s|sem|semaine) ?\.? ?\d{1,2}\b|\b(?:le|les|du|au|des|l ?')\s*\d{1,2}(?:er)?\s*(?:$|[^\w\s]|(?:et|ou|au|a)\b)")
_HEAD_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A meeting's place named before its date must say it is a place (« Salle du conseil – … », « Maison des associations,
# … », « En visio, … »): « Paul, mercredi 12/01 18h » speaks to Paul.
_PLACE_WORDS = frozenset({
    "salle", "salles", "mairie", "maison", "local", "locaux", "siege", "espace", "centre", "cafe", "restaurant", "brasserie",
    "visio", "visioconference", "zoom", "teams", "ecole", "college", "lycee", "gymnase", "hotel", "chez", "rue", "avenue",
    "boulevard", "place", "chemin", "route", "quai", "batiment", "aula", "buvette", "foyer", "auditorium", "amphi",
    "amphitheatre", "cafeteria", "mediatheque", "bibliotheque", "eglise", "temple", "stade", "parc", "jardin", "club",
    "cercle", "pavillon", "domaine", "chateau", "universite", "campus", "hall", "etage", "agence", "antenne", "palais",
    "mjc", "cure", "presbytere", "refuge", "chalet", "cabane", "grange", "auberge", "bistrot", "bar", "taverne", "piscine"})
_HEAD_MAX_WORDS = 8
# The line a mail client puts before a quoted message (« Le mar. 12 janv. 2027 à 14:00, Paul <…> a écrit : »,
# blind set 19's probes: read as a meeting with « Paul <…> a écrit » as its place): the date the mail was sent.
_QUOTED_MAIL = re.compile(r"(?:\ba (?:ecrit|envoye)|\bwrote)\s*:?\s*$")


def _text_first(raw: str, now: datetime, require_time: bool, default_time: time | None = None) -> When | None:
    """`raw` read as « <place or text>, <date> » (see _HEAD_SPLIT); None when it does not read so."""
    from handlers.date_leadins import event_noun_first, meeting_noun_first
    for found in _HEAD_SPLIT.finditer(raw):
        head, tail = raw[:found.start()].strip(), raw[found.end():].strip()
        folded = fold(head)
        # « Réunion du bureau : jeudi 4 février, 9h précises » (blind set 21): a meeting's title as a rubric, before a
        # colon; the command already says a meeting is set, and the place, if any, follows the date
        titled = require_time and found.group().strip() == ":" and (meeting_noun_first(folded) or (
            # « Galette des rois : vendredi 8 janvier 16h, au foyer » (blind set 41); an event said with its place
            # (« Repas au foyer : … ») keeps it as before
            event_noun_first(folded) and not _PLACE_WORDS & set(folded.replace("'", " ").split())))
        heading = re.sub(r"\b(?:reunion\w*|seances?)\b", "", folded) if titled else folded  # (its noun is no greeting)
        if (not head or not tail or len(head.split()) > _HEAD_MAX_WORDS or _HEAD_REFUSED.search(heading)
                or (require_time and not titled and (meeting_noun_first(folded) or not _PLACE_WORDS & set(folded.replace("'", " ").split())))):
            continue
        if read(tail, now.date(), now.tzinfo.key).day is None or _HEAD_DATE_SHAPE.search(_HEAD_FILE_NUMBER.sub("", folded)):
            continue
        when = parse_when(tail, now, require_time=require_time, text_first=False, default_time=default_time)  # its refusals stand: it is a date
        if leftover_date_words(head, now.date()) is not None:
            return None
        if any(int(year) > when.start.year for year in _HEAD_YEAR.findall(folded)):
            return None  # « Échéance 2028 : le 7 janvier » typed in 2027: the year may be the date's
        if titled:
            return when
        if when.rest:
            return None
        return When(when.start, when.end, when.has_time, head.rstrip(" ,;:–—-·⋅•"), when.notes)
    return None


def _titled(raw: str, now: datetime) -> str | None:
    """`raw` after a meeting's or an event's title that ends right before « le <date> » (« Vœux du maire le lundi 11
    janvier à 18h30, salle des fêtes », « Réunion du bureau le jeudi 14 janvier, 14h »: blind set 41; the command
    already says a meeting is set), when a day is read there and the title names no place; None otherwise."""
    from handlers.date_leadins import title_before_day
    words = [fold(w) for w in raw.split()]
    start = title_before_day(raw, words)
    if start is None or _PLACE_WORDS & set(fold(raw[:start]).replace("'", " ").split()):
        return None
    return raw[start:] if read(raw[start:], now.date(), now.tzinfo.key).day is not None else None


def parse_when(raw: str, now: datetime, require_time: bool = True, strict_rest: bool = True, text_first: bool = True,
               *, default_time: time | None = None) -> When:
    """Parse `<date> [heure[-fin]] [reste]` (time and date in either order) in
    the zone of `now` (aware; a parameter, so dates can be read relative to
    any moment, e.g. a minutes' date).

    Raises `InputError` with a French explanation when the date is missing,
    impossible, past, beyond the bound, names no single day, or skipped by a
    daylight-saving change. With `strict_rest`, a date-like word left in the
    rest (`… Mairie 14h`, `…, le premier jeudi`) is refused too: it would
    otherwise end up in the place or the deadline's text.
    """
    zone = now.tzinfo
    if not isinstance(zone, ZoneInfo):
        raise TypeError("now must carry a ZoneInfo")
    raw = _without_leading_marks(raw)  # « 🗓️ mardi 19 janvier à 14h » (blind set 22)
    # « ~~mardi 12~~ mercredi 13 janvier 14h », « *mercredi 13 … », « le 12/01 (date corrigée) à 14h » (blind set 29)
    raw = without_correction_marks(without_strikes(raw))
    if (found := corrected(raw, now.date(), zone.key, require_time)) is not None:
        fixed, heading = found
        when = parse_when(fixed, now, require_time, strict_rest, text_first, default_time=default_time)  # « mardi 12, pardon mercredi 13 janvier 14h »
        if require_time or when.rest or not heading:
            return when
        # (a deadline with nothing after its heading's date: « Correction : 15/01 » may name the task, read as before)
    unbracketed, weeks = without_bracketed_weeks(raw)
    if weeks:  # « mardi 19 (S03) à 14h », « …, salle 14 (S03) » (blind set 22): the week checked, never the place
        when = parse_when(unbracketed, now, require_time, strict_rest, text_first, default_time=default_time)
        check_weeks(when.start.date(), weeks, raw)
        return when
    today = now.date()
    reading = read(raw, today, zone.key)
    # « 12/01/2027 14:00 - 12/01/2027 16:00 », « du mar. 12 janv. 2027 14:00 au mar. 12 janv. 2027 16:00 » (blind set 27)
    if ((reading.day is not None and reading.clock is not None and reading.rest[:1] in "-–—" and reading.rest)
            or fold(raw).lstrip().startswith("du ")) and (joined := same_day_end(raw, today, zone.key)) is not None:
        return parse_when(joined, now, require_time, strict_rest, text_first, default_time=default_time)
    if reading.day is None:
        if reading.clock is None and text_first and strict_rest and (first := _text_first(raw, now, require_time, default_time)) is not None:
            return first
        if reading.clock is None and text_first and strict_rest and require_time and (titled := _titled(raw, now)) is not None:
            return parse_when(titled, now, require_time, strict_rest, text_first=False, default_time=default_time)
        if reading.clock is not None:
            raise InputError(f"Il manque le jour pour « {reading.said} » (ex. « jeudi 17 décembre {reading.said} »).")
        if (period := period_said(raw)) is not None:
            raise InputError(period)  # « à la rentrée », « après les vacances de février »: why no day was read
        if (vague := vague_said(raw)) is not None:
            raise InputError(vague)  # « vers le 15 janvier », « tous les jeudis » (blind set 23): why no day was read
        raise InputError(f"Je ne reconnais pas de date au début de « {raw.strip()[:60]} ».")
    day, clock = reading.day, before_midnight(reading.clock)  # « avant minuit »: 23h59 of the day
    if clock is not None:
        day = next_if_past(reading.said, clock.said, day, clock.start, now.replace(tzinfo=None))  # « le 28 à 9h » on the 28th at 23:30
    _bound(day, today)
    refuse_tomorrow_at_night(reading.said, now, day)
    if day < today:  # before any zone arithmetic: year 1 in UTC+14 would overflow
        said = f"{format_day(day)}, {format_time(clock.start)}" if clock else format_day(day)
        raise InputError(f"Le {said} est déjà passé.")
    # (« avant 12h »: an end); also after a rubric or a move's lead (« Réunion décalée à sous quinzaine, 14h »)
    if require_time and (_BOUND_FIRST.match(raw) or _BOUND_FIRST.match(reading.said)) and not (reading.clock and reading.clock.until):
        raise InputError(f"« {raw.strip()[:40]} » borne une période : une séance a besoin de son jour "
                         "(ex. « le 15 à 14h »).")
    rest = without_calendar_marks(reading.rest, require_time, clock is not None)  # « (modifié) », « (toute la journée) »
    rest = without_rest_marks(rest, require_time)  # « 14h (rectifié) », « salle B (corrigé) » (blind set 29)
    rest = restated(rest, day, today)  # « demain 14h, soit le 21 mars »: the day said twice
    refuse_period_or_condition(rest, require_time)  # « jeudi 14h pendant les vacances », « 18h si la salle est libre »
    rest = without_holiday_said(rest, day, zone.key)  # « le 11 novembre à 11h (férié) »: checked, then dropped
    rest = without_hedges(without_as_usual(rest, require_time, day))  # « jeudi 14h comme d'habitude » (blind set 26)
    if strict_rest:
        if clock is not None:
            refuse_hedged_time(rest, clock.said)  # « 14h-ish » (blind set 29)
        refuse_kept_as_before(rest)  # « jeudi même heure : relecture »: the hour of the meeting moved, not known here
        refuse_time_of_event(rest, require_time)  # « jeudi 14 à 14h, à l'issue du comité »: when another event ends (blind set 21)
        refuse_year_left(rest)  # « le 31 décembre de l'an prochain : x » (blind set 28's probes: kept as the text)
        if not require_time:
            _refuse_recurring_deadline(rest)  # « le 15 de chaque mois : relevé » (blind set 30): a deadline does not recur
        # (trailing separators go first, as they will from the stored text: « lundi et 0 , » keeps « et 0 », whose
        # lone number is checked as it will be stored; found by test_dates_property)
        _refuse_stray(rest.rstrip(" \t,;:/|–—-·⋅•∙"), today, after_clock=reading.clock is not None)
        if clock is not None or not require_time:  # (a meeting without its time is asked for it first)
            refuse_meal_time(rest, require_time)  # « 12 h au dîner », « 19 h sur l'heure du souper » (blind set 28's probes)
    if _QUOTED_MAIL.search(fold(rest)):
        raise InputError(f"« {raw.strip()[:60]} » : c'est la ligne d'un courriel cité, qui date son envoi, pas une séance "
                         "ni une échéance. Donnez la date voulue (ex. « mardi 12 janvier 14h salle B »).")
    notes: tuple[str, ...] = ()
    if clock is not None and clock.until and require_time:
        raise InputError(
            f"« {clock.said} » dit quand la séance doit être finie, pas quand elle commence : "
            "donnez le début (ex. « 14h-16h »)."
        )
    if clock is not None:
        refuse_bound_on_meeting(reading.said, require_time)  # « jeudi 18 février à 15H au plus tard » (blind set 28)
    if clock is None:
        if require_time and default_time is None:
            raise InputError(f"Il manque l'heure pour le {format_day(day)} (ex. « 14h » ou « 9h-11h30 »).")
        kept = default_time if require_time else None  # a move keeps the meeting's hour
        label = "Minuit" if kept is None else f"L'heure {format_time(kept)}"
        start, end = _localize(day, kept or time(0, 0), zone, label), None
    else:
        start = _localize(day, clock.start, zone, f"L'heure {format_time(clock.start)}")
        end_day = day + timedelta(days=1) if clock.ends_at_midnight or clock.ends_next_day else day  # « de 22h à minuit »
        end = None if clock.end is None else _localize(end_day, clock.end, zone, f"L'heure {format_time(clock.end)}")
        if clock.until and clock.start == LAST_MINUTE and "minuit" in clock.said.lower():
            notes = (f"« {clock.said} » : noté le {format_day(day)} à 23h59.",)
        if clock.approx:
            notes = (f"Heure approximative (« {clock.said} ») : notée {format_time(clock.start)}.",)
        if clock.start == time(0, 0) and "minuit" in clock.said.lower():
            # "le 31/12 à minuit" may mean the night that ends the 31st: say which one was read
            notes += (f"« Minuit » est lu comme le début du {format_day(day)} (00h00) ; "
                      "pour la fin de cette journée, écrivez « 23h59 ».",)
    timed = clock is not None or (require_time and default_time is not None)
    if start.date() < today or (timed and start <= now):
        raise InputError(f"Le {format_when(start) if timed else format_day(day)} est déjà passé.")
    # separators between the date and the text go, whatever their order (« 14 h., salle B »); a rest of signs
    # alone (« 14h15' », a minute mark) is no place
    rest = rest.strip(" \t,;:/|–—-·⋅•∙").lstrip(".…,;:/|–—-→⇒=> \t·⋅•∙")  # (« · salle B »: a calendar's middle dot)
    rest = _PLACE_RUBRIC.sub("", rest) if require_time else rest  # « Date : 22/03, 18h, Lieu : salle 14 »
    rest = _without_sentence_end(rest)  # « … à 10h, salle du conseil. »: dictation's full stop is no part of the place
    rest = _without_marks(rest) if require_time else rest  # « salle B 👍 », « 14h !! salle B »
    return When(start, end, timed, rest if any(c.isalnum() for c in rest) else "", notes)


def leftover_date_words(rest: str, today: date, after_clock: bool = True) -> str | None:
    """The date-like words left in `rest` (None if none). A recurrence phrase
    (`le premier mardi du mois`) is the place's neighbour, not a date: it is
    set aside first (/seance reads it), then anything date-like counts."""
    try:
        _, probe, _ = find_rule(rest)
    except ValueError:
        probe = rest
    return stray(probe, today, after_clock)


# What may link a deadline's day to a recurrence said right after it (« le 15 de chaque mois », « le 15/01 puis chaque mois »).
_RECURRENCE_LINK = re.compile(r"(?:(?:de|d'|puis|et|ensuite|et\s+ensuite)\s*,?\s*)?", re.IGNORECASE)


def _refuse_recurring_deadline(rest: str) -> None:
    """A deadline's text that opens with a recurrence (« de chaque mois : relevé », « toutes les semaines : feuille de
    présence »): a deadline is one day; read, the text would hold the rhythm and the members be reminded once."""
    phrase = rest[_RECURRENCE_LINK.match(rest).end():]  # type: ignore[union-attr]  # (it matches the empty string)
    try:
        rule, _, said = find_rule(phrase)
    except ValueError:
        rule, said = None, ""
    if rule is not None and phrase.lower().startswith(said.lower()):
        raise InputError(
            f"« {rest[:len(rest) - len(phrase) + len(said)].strip()} » : une échéance ne se répète pas. Enregistrez la "
            "prochaine (ex. « /echeance 15/01 relevé des compteurs »), puis la suivante une fois celle-ci passée ; pour "
            "une séance qui se répète, /seance."
        )


def _refuse_stray(rest: str, today: date, after_clock: bool) -> None:
    left = leftover_date_words(rest, today, after_clock)
    if left is not None:
        raise InputError(
            f"« {left.strip().rstrip(').,;:')} » ressemble à une date ou une heure que je n'ai pas lue : je ne devine pas. "
            "Écrivez la date puis l'heure au début (ex. « jeudi 10 décembre 14h Mairie de Sceaux »)."
        )
