"""A meeting moved relative to itself (blind set 31): what follows `/seance_deplacer
<n°>` when a coordinator says the move rather than the new date — « d'une semaine »,
« de 15 jours », « au lendemain même heure », « au jeudi suivant », « une heure plus
tôt », « à 15h » (the same day), « même jour 16h », « à la semaine suivante »,
« avancée au mercredi », « reportée d'une semaine », « 30 minutes plus tard ».

The move is counted from the meeting (for `3@14/01`, from that date of the series)
on the group's wall clock, then written out as a plain date (« 17/12/2026
14h00-16h00, salle C ») and handed to the date reader, so that the hour said after
it, the place, the past, the five-year bound and the daylight-saving gaps are checked
exactly as for any date. What cannot be counted exactly is refused with how to write
it, never guessed: a vague count (« de quelques jours », « d'une semaine ou deux »),
months and counts of days that are months said roughly (« d'un mois », « de 30
jours »), a direction and its opposite (« avancée d'une heure plus tard »), « plus
tard » with no date, a bare weekday with no direction (« au mercredi »: the next one,
or the one of the meeting's week?), an hour shift that leaves the meeting's day.

« prochain » stays counted from today, as the Dates section documents (« mardi
prochain 9h »); « suivant », « d'après », « précédent », « d'avant » are counted from
the meeting, which a move names as its reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handlers.date_calendar import format_day
from handlers.date_words import fold, month_of, weekday_of
from handlers.messages import InputError

__all__ = ["ANY_TIME", "DAY_WORDS", "LATER", "MoveSaid", "counted_weekday", "move_said", "offset_said", "said_direction", "without_kept_hour"]

LATER, EARLIER = 1, -1
MAX_DAYS = 21  # « de 21 jours » is three weeks; « de 30 jours » is a month said roughly (asked)
MAX_WEEKS = 8
EXAMPLE = "(ex. « d'une semaine », « au lendemain 10h », « une heure plus tôt » ou la date : « jeudi 17 décembre 14h »)"


@dataclass(frozen=True, slots=True)
class MoveSaid:
    """A move counted from the meeting, written as a plain date for the date reader."""

    text: str  # « jeudi 17 décembre 2026 14h00-16h00, salle C », or « vendredi 11 décembre 2026 à 10h »
    keeps_hour: bool  # no hour written: the reader is to take the meeting's (parse_when's `default_time`)
    direction: int  # LATER, EARLIER or 0: what the words said, checked against the new date by the caller


# The verb of a move, after its subject (« on la décale », « la séance est avancée », « à reporter »): the direction.
_LEAD = re.compile(
    r"(?:on\s+(?:la\s+|le\s+|l')?|(?:(?:la|cette|notre)\s+(?:seance|reunion)|elle|il)\s+(?:est|sera)\s+(?:desormais\s+|finalement\s+)?"
    r"|a\s+)?(?P<verb>report|repouss|retard|recul|differ|avanc|decal|deplac)(?:e|ee|es|ees|er|ons)?\b\s*")
_VERB_DIRECTION = {"report": LATER, "repouss": LATER, "retard": LATER, "recul": LATER, "differ": LATER, "avanc": EARLIER}

_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
            "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
            "vingt et un": 21, "trente": 30, "quarante": 40, "soixante": 60, "quatre-vingt-dix": 90, "cent": 100}
_NUMBER = r"\d{1,3}|" + "|".join(sorted((re.escape(w) for w in _NUMBERS), key=len, reverse=True))
_UNIT = r"semaines?|sem\b|jours?|j\b|heures?|h(?![a-z])|minutes?|mins?\b|mn\b|mois\b|ans?\b|annees?\b"
# An amount of time: « une semaine », « 15 jours », « 2h », « 1h30 », « une demi-heure », « trois quarts d'heure »,
# « une heure et demie ».
_AMOUNT = re.compile(
    rf"(?P<sign>[+-]\s*)?(?:(?P<half>une\s+demi\s*-?\s*heure)|(?P<quarters>un|trois)\s+quarts?\s+d'\s*heure"
    rf"|(?P<n>{_NUMBER})\s*(?P<unit>{_UNIT})(?:\s*(?P<minutes>\d{{2}})\b(?:\s*(?:min|mn)\b)?)?(?P<and_half>\s+et\s+demie?)?)")
# A count said roughly: never counted (« de quelques jours », « de 2-3 jours », « de deux ou trois jours », « plus tard »).
_VAGUE = re.compile(r"(?:de\s+|d'\s*)?(?:quelques|plusieurs|un\s+peu|une\s+petite|un\s+petit|un\s+bon|une\s+bonne)\b"
                    rf"|(?:de\s+|d'\s*)?(?:{_NUMBER})\s*(?:-|a|ou|/|voire)\s*(?:{_NUMBER})\s*(?:{_UNIT})"
                    r"|(?:un\s+peu\s+)?plus\s+(?:tard|tot)\s*$|a\s+plus\s+tard|sine\s+die|a\s+une\s+date\s+(?:ulterieure|a\s+\w+)"
                    r"|a\s+une\s+autre\s+date|ulterieurement")
# « la semaine prochaine » said alone: counted from today, it is the meeting's own week for a meeting a few days away.
_NEXT_WEEK = re.compile(r"(?:a\s+|pour\s+)?la\s+semaine\s+(?:prochaine|pro|qui\s+vient)\b(?!\s*,?\s*(?:le\s+)?[a-z]{5,}\b)")
_AFTER = re.compile(r"\s*(?P<word>plus\s+tard|plus\s+tot|apres|avant|en\s+avance|en\s+retard|de\s+plus)\b")
_AFTER_DIRECTION = {"plus tard": LATER, "apres": LATER, "en retard": LATER, "de plus": LATER, "plus tot": EARLIER,
                    "avant": EARLIER, "en avance": EARLIER}
_ROUGHLY = re.compile(rf"\s*(?:(?:ou|a|-|/)\s*(?:{_NUMBER})\b|ou\s+(?:plus|moins)\b|environ\b|a\s+peu\s+pres\b|max\b|maximum\b)")
_DAY_WORD = re.compile(r"(?:(?:au|le|a\s+la|la|l')\s*)?(?P<word>surlendemain|lendemain|avant\s*-?\s*veille|veille)\b"
                       r"(?:\s+(?:de\s+la|du|de\s+notre)\s+(?:reunion|seance|rencontre))?")
_OF_ANOTHER = re.compile(r"\s+(?:de|du|des|d')\b(?!\s*(?:\d{1,2}\s*(?:h|:|heures?\b)|midi\b))")  # (after « … de la réunion », which _DAY_WORD took)
DAY_WORDS = {"lendemain": 1, "surlendemain": 2, "veille": -1}
_ORDER = r"(?P<order>suivante?|d'\s*apres|d'\s*ensuite|qui\s+suit|precedente?|d'\s*avant|qui\s+precede)"
_WEEK = re.compile(rf"(?:a\s+|pour\s+)?la\s+semaine\s+{_ORDER}")
_WEEK_DAY = re.compile(r"\s*,?\s*(?:le\s+)?(?P<day>[a-z]{5,})\b(?!\s*\d)")  # « la semaine suivante, le mardi »
_DAY_OF_WEEK = re.compile(rf"(?:le\s+|au\s+|a\s+)?(?P<day>[a-z]{{5,}})\s+de\s+la\s+semaine\s+{_ORDER}")
_WEEKDAY_ORDER = re.compile(rf"(?:le\s+|au\s+|a\s+)?(?P<day>[a-z]{{5,}})\s+{_ORDER}\b")
# A weekday alone (no day of the month, « prochain », « en huit » … after it: those are the date reader's).
_BARE_WEEKDAY = re.compile(r"(?:le\s+|au\s+|a\s+)?(?P<day>[a-z]{5,})\b(?!\s*(?:\d{1,2}(?!\d)(?!\s*(?:h|:|heures?\b))"
                           r"|premier|1er|prochain|pro\b|proch|en\s+huit|en\s+quinze|qui\s+vient|la\b|de\s+la|soir|matin"
                           r"|midi|apres|\())")
# An hour where the move begins: the meeting's own day (« à 15h », « 15h », « même jour 16h », « de 15h à 18h »).
_TIME = r"(?:\d{1,2}\s*(?:h|:|heures?\b)|midi\b|minuit\b|(?:" + "|".join(w for w in _NUMBERS if " " not in w) + r")(?:-\w+)?\s+heures?\b)"
_HOUR_FIRST = re.compile(rf"(?:(?:le\s+)?meme\s+(?:jour|date)\s*,?\s*)?(?=(?:a\s+|vers\s+|de\s+|des\s+|entre\s+)?{_TIME})")
_SAME_DAY = re.compile(r"(?:le\s+|a\s+la\s+|la\s+)?meme\s+(?:jour|date)\s*,?\s*")
_HOUR_SPAN = re.compile(rf"de\s+{_TIME}\w*\s*(?:a|-|–|jusqu'?\s*a)\s*\d")
# Said to stay as it was: nothing to do (« au lendemain même heure », « à la semaine d'après, même jour »).
_KEPT = re.compile(r"\s*,?\s*(?:a\s+la\s+|a\s+)?meme\s+(?P<what>heure|horaire|jour|date)\b")
_KEPT_LAST = re.compile(r"(?:\s*,\s*|\s+)(?:le\s+|a\s+la\s+|la\s+)?meme\s+(?P<what>heure|horaire|jour|date)\s*$")
ANY_TIME = re.compile(_TIME)
# A weekday that names a feast or an event (« reportée au lundi de Pâques », « au mardi gras », « au vendredi saint »,
# « au samedi du marché de Noël »): the date reader's, which reads the feast and refuses the event's weekday (probing
# after blind set 39: the next Monday after the meeting was taken, « de Pâques » stored as the place).
_OF_EVENT = re.compile(rf"\s+(?:gras|saint|(?:de|des|du|d')\b(?!\s*(?:{_TIME}|la\s+semaine)))")
# The new day said again after the move (« au lendemain, vendredi 11 décembre », « d'une semaine (jeudi 17/12) »,
# « une semaine plus tard, soit le 17/12 »): checked, then dropped.
_RESTATED = re.compile(r"\s*(?:,\s*|\(\s*|\s)(?:soit\s+)?(?:le\s+)?(?:(?P<weekday>[a-z]{5,})\s+)?(?P<day>\d{1,2})(?!\s*(?:h|:|heures?\b|\d))(?:er)?"
                       r"(?:\s*[/.]\s*(?P<month>\d{1,2})(?:\s*[/.]\s*(?P<year>\d{2,4}))?|\s+(?P<month_name>[a-z]{3,})\.?(?:\s+(?P<year2>\d{4}))?)?"
                       r"(?P<close>\s*\))?")
_SPAN_AFTER = re.compile(r"\s*(?:a|-|–|jusqu'?\s*a)\s*\d")


def said_direction(text: str) -> int:
    """The direction a move's verb says at the start of `text` (« avancée au … »: EARLIER; « reportée au … »: LATER;
    « décalée », « déplacée » or none: 0), for the caller to check the new date against the meeting."""
    found = _LEAD.match(fold(text).lstrip())
    return _VERB_DIRECTION.get(found.group("verb"), 0) if found else 0


def move_said(text: str, start: datetime, end: datetime | None) -> MoveSaid | None:
    """`text` read as a move counted from the meeting at `start`–`end` (aware, the group's zone), written as a plain
    date; None when it says no such move (a date said in full is the date reader's). Raises InputError for a move
    that cannot be counted exactly."""
    text = text.strip()
    folded = fold(text)
    at = 0
    direction = 0
    if (lead := _LEAD.match(folded)) is not None:
        direction, at = _VERB_DIRECTION.get(lead.group("verb"), 0), lead.end()
        if at >= len(folded):
            raise InputError(f"« {text} » : à quelle date ? Je déplace une séance à une date précise {EXAMPLE}. "
                             "Pour l'annuler : /seance_annuler.")
    if _VAGUE.match(folded, at):
        raise InputError(f"« {text} » : à quelle date ? Je ne devine pas ; écrivez le décalage exact ou la nouvelle date "
                         f"{EXAMPLE}. Pour l'annuler : /seance_annuler.")
    if _NEXT_WEEK.match(folded, at):
        raise InputError(f"« {text} » : compté d'aujourd'hui, « la semaine prochaine » peut être celle de la séance. "
                         "Écrivez « à la semaine suivante » (sept jours après la séance) ou la date (ex. « jeudi 17 "
                         "décembre 14h »).")
    day = start.date()
    minutes = 0
    if (found := offset_said(text, folded, at, direction)) is not None:
        days, minutes, direction, at = found
        day += timedelta(days=days)
    elif (word := _DAY_WORD.match(folded, at)) is not None:
        if _OF_ANOTHER.match(folded, word.end()):
            return None  # « le lendemain de Noël », « la veille du 21 janvier »: the date reader's
        key = "veille" if word.group("word") == "veille" else word.group("word").replace(" ", "").replace("-", "")
        day += timedelta(days=DAY_WORDS.get(key, -2))
        at = word.end()
    elif (week := _WEEK.match(folded, at)) is not None:
        named_day = _WEEK_DAY.match(folded, week.end())
        day_name = named_day.group("day") if named_day and weekday_of(named_day.group("day")) is not None else None
        day = _in_week(day, _order(week.group("order")), day_name)
        at = named_day.end() if named_day and day_name else week.end()
    elif (week := _DAY_OF_WEEK.match(folded, at)) is not None and weekday_of(week.group("day")) is not None:
        day = _in_week(day, _order(week.group("order")), week.group("day"))
        at = week.end()
    elif (named := _WEEKDAY_ORDER.match(folded, at)) is not None and (weekday := weekday_of(named.group("day"))) is not None:
        day = counted_weekday(day, weekday, _order(named.group("order")))
        at = named.end()
    elif (bare := _BARE_WEEKDAY.match(folded, at)) is not None and (weekday := weekday_of(bare.group("day"))) is not None:
        if _OF_EVENT.match(folded, bare.end()):
            return None
        if direction == 0:
            if ANY_TIME.search(folded, bare.end()):
                return None  # « mercredi 14h », « décalée à jeudi 14h »: the next such day, as documented
            raise InputError(f"« {text} » : quel {bare.group('day')} ? Le prochain, celui de la semaine de la séance, "
                             "celui d'après ? Je ne devine pas. Écrivez « avancée au mercredi », « reportée au mercredi » "
                             "(le plus proche avant ou après la séance) ou la date (ex. « mercredi 16 décembre 14h »).")
        day = counted_weekday(day, weekday, direction)
        at = bare.end()
    elif _HOUR_SPAN.match(folded, at) or (_HOUR_FIRST.match(folded, at) is not None and not _offset_like(folded, at)):
        same = _SAME_DAY.match(folded, at)
        at = same.end() if same else at
    elif (same := _SAME_DAY.match(folded, at)) is not None:
        at = same.end()
    else:
        return None
    said = _VERB_DIRECTION.get(lead.group("verb"), 0) if lead else 0  # what the caller checks: the verb's
    rest, kept = _without_kept(text, at)
    rest = _without_restated(rest, day, text)
    if minutes == 0 and (more := offset_said(rest, fold(rest), 0, 0, hours_only=True)) is not None:
        _, minutes, _, used = more  # « au lendemain, une heure plus tôt »
        rest = rest[used:]
    if kept and ANY_TIME.match(fold(rest).lstrip(" ,;:-–à")):
        raise InputError(f"« {text} » : « même heure », puis une autre heure ? Écrivez l'une ou l'autre {EXAMPLE}.")
    return _written(day, minutes, start, end, rest, said)


def offset_said(text: str, folded: str, at: int, direction: int, hours_only: bool = False) -> tuple[int, int, int, int] | None:
    """An offset at `at` of `text` (`folded`, its folded form): (days, minutes, direction, end); None if none is said
    there."""
    lead = re.compile(r"\s*,?\s*(?P<de>de\s+|d'\s*|d\s+)?").match(folded, at)
    assert lead is not None  # (it matches the empty string)
    amount = _AMOUNT.match(folded, lead.end())
    if amount is None:
        return None
    after = _AFTER.match(folded, amount.end())
    said = after.group("word") if after else ""
    said = re.sub(r"\s+", " ", said)
    sign = (amount.group("sign") or "").strip()
    unit = (amount.group("unit") or "h").rstrip("s") if not amount.group("half") and not amount.group("quarters") else "h"
    days_said = unit in ("semaine", "sem", "jour", "j")
    # « 15h », « 2 jours » alone say no move; after a participle « reportée 15h » is an hour, « décalé 1 semaine » a shift
    if not (lead.group("de") or sign or after or (direction and days_said and not hours_only)):
        return None
    if unit[0] == "h" and _SPAN_AFTER.match(folded, amount.end()):
        return None  # « de 15h à 18h »: the hours of the day, no shift
    if hours_only and unit not in ("h", "heure", "minute", "min", "mn"):
        return None
    end = after.end() if after else amount.end()
    if _ROUGHLY.match(folded, end) or (amount.group("and_half") and unit not in ("h", "heure")):
        raise InputError(f"« {text[at:end + 12].strip()} … » : de combien exactement ? Je ne devine pas {EXAMPLE}.")
    if lead.group("de") and sign:
        raise InputError(f"« {text[at:end].strip()} » : plus tôt ou plus tard ? Écrivez « avancée de 2 jours » ou "
                         "« reportée de 2 jours ».")
    for other in ((_AFTER_DIRECTION.get(said, 0)), (LATER if sign == "+" else EARLIER if sign == "-" else 0)):
        if other and direction and other != direction:
            raise InputError(f"« {text[:end].strip()} » : plus tôt ou plus tard ? Les deux sont dits ; écrivez l'un "
                             f"ou l'autre {EXAMPLE}.")
        direction = direction or other
    direction = direction or LATER  # « décalée d'une semaine », « d'une semaine »: later, as people mean it
    if unit in ("moi", "mois", "an", "annee"):
        raise InputError(f"« {text[at:end].strip()} » : un mois n'a pas un nombre fixe de jours (même jour du mois, "
                         "quatre semaines, même rang du jeudi ?). Donnez la nouvelle date (ex. « jeudi 14 janvier 14h »).")
    if amount.group("half"):
        count, unit = 30, "minute"
    elif amount.group("quarters"):
        count, unit = (15 if amount.group("quarters") == "un" else 45), "minute"
    else:
        word = amount.group("n")
        count = int(word) if word.isdigit() else _NUMBERS[re.sub(r"\s+", " ", word)]
    if count == 0:
        raise InputError(f"« {text[at:end].strip()} » : un décalage de zéro ne déplace rien {EXAMPLE}.")
    if unit in ("semaine", "sem"):
        if count > MAX_WEEKS:
            raise InputError(f"« {text[at:end].strip()} » : c'est loin ; donnez la nouvelle date "
                             "(ex. « jeudi 14 janvier 14h »).")
        return direction * 7 * count, 0, direction, end
    if unit in ("jour", "j"):
        days = 7 if count == 8 else 14 if count == 15 else count  # « huit jours », « quinze jours »: a week, two
        if count > MAX_DAYS:
            raise InputError(f"« {text[at:end].strip()} » : {count} jours, ou un mois ? Je ne devine pas ; donnez la "
                             "nouvelle date (ex. « jeudi 14 janvier 14h »).")
        return direction * days, 0, direction, end
    minutes = count * 60 if unit in ("h", "heure") else count
    minutes += int(amount.group("minutes") or 0) + (30 if amount.group("and_half") else 0)
    if minutes % (24 * 60) == 0:  # « de 24h », « +48h »: whole days, the hour kept
        return direction * minutes // (24 * 60), 0, direction, end
    return 0, direction * minutes, direction, end


def _offset_like(folded: str, at: int) -> bool:
    """« 1h30 plus tard » begins with an hour but is an offset."""
    amount = _AMOUNT.match(folded, at)
    return amount is not None and _AFTER.match(folded, amount.end()) is not None


def _order(word: str) -> int:
    return EARLIER if word.startswith(("prec", "d'avant", "d' avant", "qui prec")) else LATER


def _in_week(day: date, order: int, weekday: str | None) -> date:
    """The meeting's weekday (or `weekday`) in the week after (LATER) or before (EARLIER) the meeting's."""
    moved = day + timedelta(days=7 * order)
    if weekday is None:
        return moved
    return moved - timedelta(days=moved.weekday()) + timedelta(days=weekday_of(weekday) or 0)


def counted_weekday(day: date, weekday: int, order: int) -> date:
    """The first `weekday` after `day` (LATER), or the last before it (EARLIER)."""
    step = ((weekday - day.weekday()) % 7 or 7) if order == LATER else -((day.weekday() - weekday) % 7 or 7)
    return day + timedelta(days=step)


def _without_kept(text: str, at: int) -> tuple[str, bool]:
    """The text after the move, without « même heure », « même jour » (what stays needs no saying); whether the hour
    was said to stay."""
    rest, kept = text[at:], False
    while (found := _KEPT.match(fold(rest))) is not None:
        kept = kept or found.group("what") in ("heure", "horaire")
        rest = rest[found.end():]
    if (last := _KEPT_LAST.search(fold(rest))) is not None:  # « à 15h le même jour »
        kept = kept or last.group("what") in ("heure", "horaire")
        rest = rest[:last.start()]
    return rest, kept


def _without_restated(rest: str, day: date, text: str) -> str:
    """`rest` without the new day said again right after the move, once checked against `day`."""
    found = _RESTATED.match(fold(rest))
    if found is None or (found.group("weekday") and weekday_of(found.group("weekday")) is None):
        return rest
    if found.group("month_name") and month_of(found.group("month_name")) is None:
        return rest  # « 17 dossiers »: no date (the reader will say what it makes of it)
    if rest.lstrip().startswith("(") and not found.group("close"):
        return rest
    month = int(found.group("month")) if found.group("month") else month_of(found.group("month_name") or "") or day.month
    year = found.group("year") or found.group("year2")
    checks = [int(found.group("day")) == day.day, month == day.month,
              found.group("weekday") is None or weekday_of(found.group("weekday")) == day.weekday(),
              year is None or int(year) % 100 == day.year % 100]
    if not all(checks):
        said = rest[found.start():found.end()].strip(" ,()")
        raise InputError(f"« {text} » : le décalage mène au {format_day(day)}, pas à « {said} ». Je ne devine pas : "
                         f"écrivez l'un ou l'autre {EXAMPLE}.")
    return rest[found.end():]


def without_kept_hour(text: str) -> tuple[str, bool]:
    """`text` without « même heure », « à la même heure » (a date said in full with the meeting's hour kept: « jeudi
    17/12 même heure »), and whether it was there."""
    found = re.compile(r"\s*,?\s*(?:a\s+la\s+|a\s+)?meme\s+(?:heure|horaire)\b").search(fold(text))
    if found is None:
        return text, False
    return text[:found.start()] + text[found.end():], True


def _written(day: date, minutes: int, start: datetime, end: datetime | None, rest: str, direction: int) -> MoveSaid:
    """The move as the date reader reads a date: the day, the hours when shifted, then what was said after."""
    rest = rest.strip()
    tail = f" {rest}" if rest else ""
    if minutes == 0:
        return MoveSaid(f"{format_day(day)}{tail}", True, direction)
    naive = datetime.combine(day, start.time()) + timedelta(minutes=minutes)
    naive_end = None if end is None else (datetime.combine(day, end.time()) + (end.date() - start.date())
                                          + timedelta(minutes=minutes))
    if naive.date() != day or (naive_end is not None and naive_end.date() != day):
        raise InputError(f"Ce décalage en heures change de jour ({naive:%d/%m} à {naive:%H}h{naive:%M}) : donnez la "
                         "nouvelle date et l'heure (ex. « vendredi 11 décembre 9h »).")
    hours = f"{naive:%H}h{naive:%M}" + (f"-{naive_end:%H}h{naive_end:%M}" if naive_end is not None else "")
    if ANY_TIME.match(fold(rest).lstrip(" ,;:-–à")):
        raise InputError(f"Un décalage en heures, puis une heure (« {rest} ») ? Écrivez l'un ou l'autre {EXAMPLE}.")
    return MoveSaid(f"{format_day(day)} {hours}{tail}", False, direction)
