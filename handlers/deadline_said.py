"""Deadlines said against the group's own meetings (blind set 32): what follows
`/echeance` (or a task's « pour ») when a coordinator names the meeting rather
than the date — « avant la prochaine séance », « la veille de la séance 3 »,
« 3 jours avant la séance du 14 janvier », « J-7 de la prochaine réunion »,
« une semaine avant le prochain copil », « 48h avant la séance 4 », « le jour
de la séance 4 à midi », « pour la séance de mars », « Envoyer le bilan la
veille de la prochaine séance » (the text first).

The rules a coordinator reads in the reply:
- the meeting as the bound (« avant », « d'ici », « pour », « à », « jusqu'à »,
  « au plus tard à / pour / lors de ») is its day at its start hour: ready when
  the meeting opens;
- a day counted from it (« la veille », « le lendemain », « le jour de », « 3
  jours avant », « J-7 de », « un mois avant ») is that day, with no hour unless
  one is said after it (« … à 18h »); « huit jours » = 7, « quinze jours » = 14;
- hours counted (« 48h avant », « une heure avant ») count back from its start.

Which meeting: « la prochaine séance / réunion », « le prochain copil /
comité » (the first to come not cancelled), « la séance 3 » (the store's
number), « la séance du 14 janvier », « la séance de mars » (the month's only
sitting), « la 2e séance de janvier », « la séance de jeudi prochain », and a
bare « la séance » only when one meeting is to come. The deadline is then
written out as a plain date (« mercredi 9 décembre 2026 : envoyer le bilan »)
and handed to the date reader, so the hour said after it, the text, the past and
the five-year bound are checked as for any date (the same way as
handlers/move_said.py writes out a move). What cannot be told exactly is refused
with how to write it, never guessed: no meeting to come, a number the store does
not hold, a cancelled or held meeting, a month with two sittings, « la séance
d'après » (after which?), another body (« la prochaine AG »), a vague count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handlers.date_calendar import format_day
from handlers.date_words import fold, month_of, weekday_of
from handlers.messages import InputError
from handlers.move_said import ANY_TIME, DAY_WORDS, offset_said
from storage.models import Meeting

__all__ = ["DAY_OF_MONTH", "HOW", "DeadlineSaid", "deadline_said", "deadline_said_last", "meeting_named", "months_from", "names_a_meeting", "on_day", "said_more_of_it"]

HOW = ("Écrivez la date (ex. « mercredi 9 décembre : bilan ») ou nommez la séance : « avant la prochaine séance », "
       "« la veille de la séance 3 », « J-7 de la séance du 14 janvier ».")


@dataclass(frozen=True, slots=True)
class DeadlineSaid:
    """A deadline counted from a meeting, written as a plain date for the date reader."""

    text: str  # « mercredi 9 décembre 2026 : envoyer le bilan », « jeudi 10 décembre 2026 14h00 relire le CR »
    meeting: Meeting  # the meeting it was counted from, for the reply
    day: date  # the day it falls on (checked against today before the reader sees it)


_TARDY = r"(?:au\s+plus\s+tard\s+)?"
# The meeting as the bound, then the article it takes: « avant la », « jusqu'à la », « lors de la », « à la », « au ».
_BOUND = re.compile(_TARDY + r"(?P<bound>avant|d\s*'\s*ici|pour|jusqu\s*'\s*|lors\s+|)\s*")
_BOUND_ARTICLES = {"avant": ("la", "le", "notre", "l'"), "dici": ("la", "le", "notre", "l'", "a la", "au"), "pour": ("la", "le", "notre", "l'"),
                   "jusqu'": ("a la", "au", "a notre"), "lors": ("de la", "du", "de notre"), "": ("a la", "au", "a notre")}
_DAY = re.compile(_TARDY + r"(?:la\s+|l\s*'\s*|le\s+)?(?P<word>veille|avant\s*-?\s*veille|lendemain|surlendemain|jour)\s+")
_MONTHS_COUNT = re.compile(_TARDY + r"(?P<n>un|1|deux|2|trois|3)\s+mois\s+(?P<dir>avant|apres)\s+")
_J = re.compile(_TARDY + r"(?:a\s+)?j\s*(?P<sign>[-+])\s*(?P<n>\d{1,3})\s+(?:(?P<avant>avant)\s+)?")
_ARTICLE = re.compile(r"(?P<art>de\s+la|de\s+notre|de\s+l\s*'|du|a\s+la|a\s+notre|au|la|le|notre|l\s*')\s*")
_NOUN = r"(?P<noun>seances?|reunions?|rencontres?|copil|comite(?:\s+de\s+pilotage)?|pleniere)\b"
_REF = re.compile(rf"(?:(?P<next>prochaine?)\s+|(?P<rank>premiere|1re|1ere|deuxieme|2e|2eme|seconde?|troisieme|3e|3eme|derniere?)\s+)?{_NOUN}")
_OTHER_BODY = re.compile(r"(?:prochaine?\s+)?(?P<body>ag|assemblee\s+generale|ca|conseil\s+d\s*'\s*administration|bureau|cse|comex|"
                         r"conseil\s+municipal|conseil\s+communautaire)\b")
_NUMBER = re.compile(r"\s*(?:n\s*°|no\b\.?|numero|#)?\s*(?P<n>\d{1,4})\b(?!\s*(?:/|h\b|heures?\b))(?!:\d)(?![a-z])")
# A meeting's day as said after « du » (« du 14/01 », « du jeudi 14 janvier 2027 »); also handlers/meeting_ref.py's.
DAY_OF_MONTH = (r"(?:(?P<weekday>[a-z]{5,})\s+)?(?P<day>\d{1,2})(?:er)?(?:\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{2,4}))?"
                r"|\s+(?P<month_name>[a-z]{3,})\.?(?:\s+(?P<year_said>\d{4}))?)")
_ON_DAY = re.compile(r"\s+du\s+" + DAY_OF_MONTH + r"\b")
_OF_MONTH = re.compile(r"\s+(?:de\s+|d\s*'\s*)(?P<word>[a-z]{3,})\b(?:\s+(?P<next>prochain))?")
_AFTER_WHICH = re.compile(r"\s+(?:d\s*'\s*apres|d\s*'\s*ensuite|suivante?|qui\s+suit|d\s*'\s*avant|precedente?)\b")
_RANKS = {"premiere": 0, "1re": 0, "1ere": 0, "deuxieme": 1, "2e": 1, "2eme": 1, "second": 1, "seconde": 1,
          "troisieme": 2, "3e": 2, "3eme": 2, "dernier": -1, "derniere": -1}
# What would qualify the meeting named, which Greffier cannot check (« la prochaine séance du comité », « plénière »).
_QUALIFIED = re.compile(r"\s+(?:du|de|des|d\s*')\s|\s*,?\s*(?:pleniere|ordinaire|extraordinaire|technique|restreinte?|elargie?|"
                        r"mensuelle|trimestrielle|annuelle)\b")
# What may not follow a deadline counted from a meeting: a second meeting or day offered (« … séance 3 ou 4 »).
_OFFERED = re.compile(r"\s*,?\s*(?:ou|voire|et|sinon)\b")
# A text said first, before the meeting: it must not end with a word that belongs to the count (« peu », « 2 ou »).
_HEAD_END = re.compile(r"(?:\b(?:peu|bien|juste|ou|et|voire|soit|puis|vers|tres|plus|moins|environ|longtemps|quelques|ouvres?|"
                       r"ouvrables?|la|le|les|de|du|des|d|a|dans|semaine|jours?|heures?|veille)|\d)\W*$")
_HEAD_DATE = re.compile(r"\d|\b(?:veille|lendemain|semaine|jours?|avant|apres|j\s*[-+])\b")


def names_a_meeting(text: str) -> bool:
    """Whether `text` speaks of one of the group's meetings (« … la séance 3 », « … la prochaine réunion »): a date
    reader's refusal then says how to count from it."""
    return re.search(rf"\b(?:la|le|du|au|notre|l')\s*(?:prochaine?\s+)?{_NOUN}", fold(text)) is not None


def said_more_of_it(rest: str) -> bool:
    """Whether `rest`, right after a meeting's name, qualifies it (« du comité », « plénière ») or offers another
    (« ou 4 »): which Greffier cannot check, so a date counted from it is asked, never read with those words left."""
    folded = fold(rest)
    return _QUALIFIED.match(folded) is not None or _OFFERED.match(folded) is not None


def deadline_said(text: str, meetings: Sequence[Meeting], now: datetime) -> DeadlineSaid | None:
    """`text` read as a deadline counted from one of the group's `meetings` (series expanded, soonest first), said at
    its start; None when it names no meeting there (a date said in full is the date reader's). Raises InputError for
    a meeting that cannot be told or a count that cannot be made exactly."""
    folded = fold(text.strip().replace("’", "'"))
    text = text.strip()
    if (found := _counted(text, folded, 0, meetings, now)) is None:
        return None
    day, at_time, meeting, end = found
    rest = text[end:]
    if _QUALIFIED.match(fold(rest)):
        raise InputError(f"« {text[:end + 16].strip()} … » : laquelle ? Je nomme les séances du groupe par « la prochaine "
                         "séance », leur numéro ou leur date (voir /seances). " + HOW)
    if _OFFERED.match(fold(rest)):
        raise InputError(f"« {text[:end + 12].strip()} … » : une seule date, s'il vous plaît. {HOW}")
    return _written(text, day, at_time, meeting, rest, now)


def deadline_said_last(text: str, meetings: Sequence[Meeting], now: datetime) -> DeadlineSaid | None:
    """`text` read as « <texte> <deadline counted from a meeting> » (« Relire le CR avant la prochaine réunion »); None
    when no meeting is named at its end. Tried only once the date reader has found no date at the start."""
    text = text.strip()
    folded = fold(text.replace("’", "'"))
    for space in re.finditer(r"\s+", folded):
        at = space.end()
        try:
            found = _counted(text, folded, at, meetings, now)
        except InputError:
            continue  # (« la séance 9 » inside a longer text is no deadline of ours yet: the ending decides)
        if found is None or text[found[3]:].strip(" .!"):
            continue
        head = text[:space.start()].strip().rstrip(" :,;–—-").strip()
        if not head or _HEAD_END.search(fold(head)) or _HEAD_DATE.search(fold(head)):
            raise InputError(f"« {text} » : je ne sais pas compter « {head} » depuis la séance. {HOW}")
        day, at_time, meeting, _ = found
        return _written(text, day, at_time, meeting, f" : {head}", now)
    return None


def _counted(text: str, folded: str, at: int, meetings: Sequence[Meeting], now: datetime
             ) -> tuple[date, tuple[int, int] | None, Meeting, int] | None:
    """(day, hour and minute or None, meeting, end) of a deadline counted from a meeting at `at`; None if none."""
    if (j := _J.match(folded, at)) is not None:
        articles = ("la", "le", "notre") if j.group("avant") else ("de la", "du", "de notre")
        if (ref := meeting_named(text, folded, j.end(), articles, meetings, now)) is None:
            return None
        days = int(j.group("n")) * (-1 if j.group("sign") == "-" else 1)
        return ref[0].start.date() + timedelta(days=days), None, ref[0], ref[1]
    if (word := _DAY.match(folded, at)) is not None and (word.group("word") != "jour" or "le" in folded[word.start():word.start("word")]):
        # (« le jour de la séance »; a bare « jour de la séance » is « l'ordre du jour de la séance »)
        if (ref := meeting_named(text, folded, word.end(), ("de la", "du", "de notre", "de l'"), meetings, now)) is None:
            return None
        key = re.sub(r"[\s-]", "", word.group("word"))
        days = 0 if key == "jour" else DAY_WORDS.get(key, -2)
        return ref[0].start.date() + timedelta(days=days), None, ref[0], ref[1]
    if (months := _MONTHS_COUNT.match(folded, at)) is not None:
        if (ref := meeting_named(text, folded, months.end(), ("la", "le", "notre"), meetings, now)) is None:
            return None
        count = {"un": 1, "deux": 2, "trois": 3}.get(months.group("n")) or int(months.group("n"))
        return months_from(ref[0].start.date(), -count if months.group("dir") == "avant" else count, text), None, ref[0], ref[1]
    if (amount := re.compile(_TARDY).match(folded, at)) is not None and re.match(r"\s*(?:\d|[a-z]+\s+(?:semaine|jour|heure|minute|quart|demi))",
                                                                                  folded[amount.end():]):
        try:
            offset = offset_said(text, folded, amount.end(), 0)
        except InputError as refused:
            raise InputError(f"« {text} » : {refused.message.split(' : ', 1)[-1].split(' (ex.')[0]} {HOW}") from None
        if offset is not None:
            days, minutes, direction, end = offset
            if (ref := meeting_named(text, folded, re.compile(r"\s*").match(folded, end).end(), ("la", "le", "notre"), meetings, now)) is None:  # type: ignore[union-attr]
                return None
            meeting = ref[0]
            hours_said = re.search(r"\d\s*h\b|heure|minute|\bmin|\bmn|quart|demi", folded[amount.end():end]) is not None
            if not hours_said:
                return meeting.start.date() + timedelta(days=days), None, meeting, ref[1]
            if direction > 0:
                raise InputError(f"« {text[at:ref[1]].strip()} » : compté depuis le début de la séance ou sa fin ? Écrivez "
                                 "l'heure (ex. « le lendemain de la séance 3 à 16h »).")
            if _hour_follows(text, ref[1]):
                raise InputError(f"« {text[at:ref[1] + 8].strip()} … » : compté en heures, puis une heure ? Écrivez l'un "
                                 "ou l'autre (ex. « 48h avant la séance 3 » ou « le jour de la séance 3 à 10h »).")
            naive = datetime.combine(meeting.start.date(), meeting.start.time()) + timedelta(days=days, minutes=minutes)
            return naive.date(), (naive.hour, naive.minute), meeting, ref[1]
    if (bound := _BOUND.match(folded, at)) is not None:
        key = re.sub(r"[\s']", "", bound.group("bound"))
        key = "jusqu'" if key == "jusqu" else key  # (« d'ici » is « dici », « lors de » « lors »)
        if (ref := meeting_named(text, folded, bound.end(), _BOUND_ARTICLES.get(key, ()), meetings, now)) is None:
            return None
        meeting = ref[0]
        if _hour_follows(text, ref[1]):
            raise InputError(f"« {text[at:ref[1] + 8].strip()} … » : la séance n°{meeting.number} commence à "
                             f"{meeting.start:%H}h{meeting.start:%M} ; à quelle heure l'échéance ? Écrivez « avant la séance "
                             f"{meeting.number} » (à son début) ou « le jour de la séance {meeting.number} à 10h ».")
        return meeting.start.date(), (meeting.start.hour, meeting.start.minute), meeting, ref[1]
    return None


def _hour_follows(text: str, at: int) -> bool:
    """Whether an hour is said right after `at` (« … à 10h »): a second hour for a deadline already at one."""
    after = fold(text[at:])
    lead = re.compile(r"[\s,;:–—-]*(?:a\s+|vers\s+)?").match(after)
    return ANY_TIME.match(after, lead.end() if lead else 0) is not None


def meeting_named(text: str, folded: str, at: int, articles: Sequence[str], meetings: Sequence[Meeting], now: datetime,
                  held: bool = False, nearest_month: bool = False) -> tuple[Meeting, int] | None:
    """The meeting named at `at` of `text` (`folded`, its folded form), after one of `articles`, and where its name
    ends; None when no meeting is named there; InputError when one is named but cannot be told exactly. With `held`,
    a meeting already held may be named (a new meeting counted from it, handlers/seance_said.py); a deadline may not.
    With `nearest_month`, a month without year is the nearest such month, past ones included (« la séance de novembre »
    on 1 December: attendance and minutes name past meetings, handlers/meeting_ref.py); else the next such month."""
    article = _ARTICLE.match(folded, at)
    if article is None or re.sub(r"\s+", " ", article.group("art")).replace(" '", "'").replace("l '", "l'") not in articles:
        return None
    if (other := _OTHER_BODY.match(folded, article.end())) is not None and not _REF.match(folded, article.end()):
        raise InputError(f"« {text[at:other.end()].strip()} » : je ne connais que les séances du groupe (voir /seances). "
                         "Pour une autre instance, écrivez la date (ex. « vendredi 15 janvier : rapport »).")
    ref = _REF.match(folded, article.end())
    if ref is None:
        return None
    said = text[at:ref.end()].strip()
    end = ref.end()
    if ref.group("next"):
        chosen = _coming(meetings, now)
        if not chosen:
            raise InputError(f"« {said} » : aucune séance n'est prévue. Écrivez la date, ou planifiez la séance avec /seance.")
        return chosen[0], end
    if (which := _AFTER_WHICH.match(folded, end)) is not None:
        raise InputError(f"« {text[at:which.end()].strip()} » : après laquelle ? Écrivez « la prochaine séance » ou son "
                         "numéro (« la séance 3 », voir /seances).")
    if (month := _OF_MONTH.match(folded, end)) is not None and _is_month(month.group("word")):
        return _in_month(text[at:month.end()].strip(), month_of(month.group("word")) or 0, ref.group("rank"), meetings, now, held,
                         nearest_month), month.end()
    if ref.group("rank"):
        raise InputError(f"« {said} » : laquelle, la {text[ref.start('rank'):ref.end('rank')]} de quoi ? Écrivez son numéro (« la séance 3 », "
                         "voir /seances), sa date (« la séance du 14 janvier ») ou son mois (« la 2e séance de janvier »).")
    if (number := _NUMBER.match(folded, end)) is not None:
        return _numbered(said + text[end:number.end()], int(number.group("n")), meetings, now, held), number.end()
    if (on := _ON_DAY.match(folded, end)) is not None:
        return on_day(text[at:on.end()].strip(), on, meetings, now, held), on.end()
    if (month := _OF_MONTH.match(folded, end)) is not None and (weekday := weekday_of(month.group("word"))) is not None:
        return _on_weekday(text[at:month.end()].strip(), weekday, bool(month.group("next")), meetings, now, held), month.end()
    coming = _coming(meetings, now)
    if len(coming) == 1:  # « avant la séance » when one meeting is to come: that one
        return coming[0], end
    raise InputError(f"« {said} » : laquelle ? " + (f"{len(coming)} séances sont prévues. Écrivez « la prochaine séance », "
                     "son numéro (« la séance 3 ») ou sa date (« la séance du 14 janvier »), voir /seances."
                     if coming else "Aucune séance n'est prévue. Écrivez la date."))


def _is_month(word: str) -> bool:
    """« janvier », « dec », « fevrier » (a month's name or its usual cut), never a weekday."""
    return month_of(word) is not None and weekday_of(word) is None


def _coming(meetings: Sequence[Meeting], now: datetime) -> list[Meeting]:
    return sorted((m for m in meetings if m.active and m.start > now), key=lambda m: m.start)


def _usable(meeting: Meeting, said: str, now: datetime, held: bool = False) -> Meeting:
    """`meeting` if a date may be counted from it: not cancelled, not already begun unless `held` is allowed."""
    if meeting.status == "cancelled":
        raise InputError(f"« {said} » : la séance n°{meeting.number} du {format_day(meeting.start.date())} est annulée. {HOW}")
    if meeting.start <= now and not held:
        raise InputError(f"« {said} » : la séance n°{meeting.number} du {format_day(meeting.start.date())} est déjà tenue. {HOW}")
    return meeting


def _numbered(said: str, number: int, meetings: Sequence[Meeting], now: datetime, held: bool = False) -> Meeting:
    """The meeting the store numbers `number` (for a series, its one date to come)."""
    dates = [m for m in meetings if m.number == number]
    if not dates:
        raise InputError(f"« {said} » : il n'y a pas de séance n°{number}. Voyez /seances.")
    coming = [m for m in dates if m.start > now and m.active]
    if len(coming) > 1:
        raise InputError(f"« {said} » : la séance n°{number} est récurrente ; laquelle de ses dates ? Écrivez « la séance "
                         f"du {coming[0].start:%d/%m} ».")
    return _usable(coming[0] if coming else dates[-1], said, now, held)


def on_day(said: str, on: re.Match[str], meetings: Sequence[Meeting], now: datetime, held: bool = False) -> Meeting:
    """« la séance du 14 janvier », « du 14/01 », « du jeudi 14 janvier »: the meeting held that day."""
    month = int(on.group("month")) if on.group("month") else month_of(on.group("month_name") or "")
    day = int(on.group("day"))
    if not month:
        raise InputError(f"« {said} » : de quel mois ? {HOW}")
    year = on.group("year") or on.group("year_said")
    found = [m for m in meetings if (m.start.month, m.start.day) == (month, day)
             and (year is None or m.start.year % 100 == int(year) % 100)]
    if not found:
        raise InputError(f"« {said} » : aucune séance n'est prévue ce jour-là. Voyez /seances.")
    meeting = next((m for m in found if m.start > now), found[-1])
    if on.group("weekday") and weekday_of(on.group("weekday")) != meeting.start.weekday():
        raise InputError(f"« {said} » : la séance n°{meeting.number} est le {format_day(meeting.start.date())}. Lequel est juste ?")
    return _usable(meeting, said, now, held)


def _on_weekday(said: str, weekday: int, next_week: bool, meetings: Sequence[Meeting], now: datetime, held: bool = False) -> Meeting:
    """« la séance de jeudi » (the coming one), « de jeudi prochain » (that day of next calendar week), as the Dates
    section reads them."""
    today = now.date()
    day = today + timedelta(days=(weekday - today.weekday()) % 7)
    if next_week:
        day = today - timedelta(days=today.weekday()) + timedelta(days=7 + weekday)
    found = [m for m in meetings if m.start.date() == day]
    if not found:
        raise InputError(f"« {said} » : aucune séance n'est prévue le {format_day(day)}. Voyez /seances.")
    return _usable(found[0], said, now, held)


def _in_month(said: str, month: int, rank: str | None, meetings: Sequence[Meeting], now: datetime, held: bool = False,
              nearest: bool = False) -> Meeting:
    """« la séance de mars » (its only sitting), « la 2e / dernière séance de janvier »: the next such month (`nearest`:
    the nearest one, up to five months back)."""
    year = now.year if month >= now.month else now.year + 1
    if nearest and (now.year * 12 + now.month) - ((year - 1) * 12 + month) <= 5:
        year -= 1
    sittings = [m for m in meetings if (m.start.year, m.start.month) == (year, month) and m.status != "cancelled"]
    if rank is not None:
        index = _RANKS[rank]
        if not -len(sittings) <= index < len(sittings):
            raise InputError(f"« {said} » : le mois compte {len(sittings)} séance(s). Voyez /seances.")
        return _usable(sittings[index], said, now, held)
    if len(sittings) == 1:
        return _usable(sittings[0], said, now, held)
    if not sittings:
        cancelled = [m for m in meetings if (m.start.year, m.start.month) == (year, month)]
        raise InputError(f"« {said} » : " + (f"la séance n°{cancelled[0].number} est annulée." if cancelled else
                                              "aucune séance n'est prévue ce mois-là.") + " Voyez /seances.")
    listed = ", ".join(f"n°{m.number} le {format_day(m.start.date(), weekday=False)}" for m in sittings)
    raise InputError(f"« {said} » : ce mois compte {len(sittings)} séances ({listed}). Écrivez « la séance "
                     f"{sittings[0].number} » ou « la séance du {sittings[0].start:%d/%m} ».")


def months_from(day: date, months: int, text: str) -> date:
    """The same day `months` months away; refused when that month has no such day."""
    index = day.year * 12 + day.month - 1 + months
    try:
        return day.replace(year=index // 12, month=index % 12 + 1)
    except ValueError:
        raise InputError(f"« {text} » : ce mois n'a pas de {day.day}. {HOW}") from None


def _written(text: str, day: date, at_time: tuple[int, int] | None, meeting: Meeting, rest: str, now: datetime) -> DeadlineSaid:
    """The deadline as the date reader reads a date: the day, its hour when counted in hours or bound to the start,
    then what was said after."""
    if day < now.date() or (at_time is not None and day == now.date() and at_time <= (now.hour, now.minute)):
        raise InputError(f"« {text.strip()} » tombe le {format_day(day)}, déjà passé (compté depuis la séance "
                         f"n°{meeting.number} du {format_day(meeting.start.date())}). {HOW}")
    hour = f" {at_time[0]:02d}h{at_time[1]:02d}" if at_time is not None else ""
    tail = rest.strip()
    return DeadlineSaid(f"{format_day(day)}{hour}{' ' + tail if tail else ''}", meeting, day)
