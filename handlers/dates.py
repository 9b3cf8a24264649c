"""French dates: parsing what coordinators type, formatting what members read.

Parsing covers the forms people write in a chat — `17/09/2021 9h-11h30`,
`17.09.2021 09:00`, `17 septembre 2021 9h00`, `jeudi prochain 14h`,
`demain 18h30` — day first, in the group's time zone. Month and weekday
names come from Babel's French locale data; dateparser is the fallback for
rarer wordings, fenced so that it never guesses silently. dateparser alone
gets the common forms wrong (`jeudi 14h` becomes 14 March), hence the
grammar first.

Rules a coordinator can rely on:
- a weekday alone is the next such day after today (`jeudi 14h`);
  `<jour> prochain` is that day in next calendar week;
- a date without a year is the next one to come, except one that passed
  less than two weeks ago, which is refused as past (a likely slip);
- a date in the past, a weekday that contradicts the date, a time that a
  daylight-saving change skips or repeats, an end before the start: all
  refused with an explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_timedelta, get_day_names, get_month_names

from handlers.messages import InputError

__all__ = [
    "When",
    "format_day",
    "format_relative",
    "format_time",
    "format_when",
    "parse_duration",
    "parse_when",
    "format_duration",
]

# A day-month with no year that passed this recently is a slip, not next year.
ROLLOVER_REFUSAL = timedelta(days=14)

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


@lru_cache(maxsize=4096)
def format_day(day: date, locale: str = "fr_CH", weekday: bool = True) -> str:
    """`vendredi 17 septembre 2021`; the first of a month is `1er`.

    Cached: Babel takes about 0.2 ms a date, and listings repeat days."""
    pattern = "EEEE d MMMM y" if weekday else "d MMMM y"
    out = format_date(day, pattern, locale=locale)
    if day.day == 1:
        out = re.sub(r"(^|\s)1(\s)", r"\g<1>1er\g<2>", out, count=1)
    return out


def format_when(start: datetime, end: datetime | None = None, locale: str = "fr_CH") -> str:
    """`vendredi 17 septembre 2021, 09h00–11h30`."""
    out = f"{format_day(start.date(), locale)}, {format_time(start)}"
    if end is not None:
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


def _fold_accents(word: str) -> str:
    return word.translate(str.maketrans("éèêëûüôîïàâç", "eeeeuuoiiaac"))


@cache
def _names() -> tuple[dict[str, int], dict[str, int]]:
    """French month and weekday names (and accentless, abbreviated forms)."""
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale="fr").items():
            for form in {name.lower(), name.lower().rstrip("."), _fold_accents(name.lower()).rstrip(".")}:
                months[form] = number
    days: dict[str, int] = {}
    for number, name in get_day_names("wide", locale="fr").items():
        days[name.lower()] = number
        days[_fold_accents(name.lower())] = number
    return months, days


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _grammar() -> re.Pattern[str]:
    months, days = _names()
    month, weekday = _alternation(months), _alternation(days)
    return re.compile(
        rf"""^\s*(?:(?:le|la|du)\s+)?
        (?:
            (?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}}))
          | (?P<num>(?P<nd>\d{{1,2}})[./](?P<nm>\d{{1,2}})(?:[./](?P<ny>\d{{4}}|\d{{2}}))?)
          | (?P<named>(?:(?P<nwd>{weekday})\s+)?(?:le\s+)?(?P<dd>\d{{1,2}})(?:er)?\s+(?P<month>{month})\.?(?:\s+(?P<year>\d{{4}}))?)
          | (?P<rel>aujourd['’]hui|après[- ]demain|apres[- ]demain|demain)
          | (?P<wd>(?P<wday>{weekday})(?:\s+(?P<next>prochain|suivant))?)
        )(?![\w])""",
        re.IGNORECASE | re.VERBOSE,
    )


_TIME = re.compile(
    r"""^\s*,?\s*(?:(?:à|a|de|dès|des)\s+)?
    (?P<h>\d{1,2})\s*(?:[hH]\s*(?P<m>\d{2})?|:(?P<m2>\d{2}))
    (?:\s*(?:-|–|—|à|a|jusqu['’]à)\s*(?P<eh>\d{1,2})\s*(?:[hH]\s*(?P<em>\d{2})?|:(?P<em2>\d{2})))?
    (?![\w])""",
    re.IGNORECASE | re.VERBOSE,
)


def _mk_date(year: int, month: int, day: int, label: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(f"La date « {label} » n'existe pas.") from None


def _next_occurrence(month: int, day: int, today: date, label: str) -> date:
    """The next `day/month` to come, refusing one that has just passed."""
    candidate = _mk_date(today.year, month, day, label) if not (month == 2 and day == 29) else None
    if candidate is None:  # 29 February: the next leap year's
        year = today.year
        while True:
            try:
                candidate = date(year, 2, 29)
                if candidate >= today:
                    return candidate
            except ValueError:
                pass
            year += 1
    if candidate >= today:
        return candidate
    if today - candidate < ROLLOVER_REFUSAL:
        raise InputError(
            f"Le {format_day(candidate, weekday=False)} est passé. "
            f"Pour l'an prochain, précisez l'année ({label}/{today.year + 1})."
        )
    return candidate.replace(year=candidate.year + 1)


def _resolve_day(found: re.Match[str], today: date) -> date:
    months, days = _names()
    label = found.group(0).strip()
    if found.group("iso"):
        return _mk_date(int(found.group("iy")), int(found.group("im")), int(found.group("id")), label)
    if found.group("num"):
        day, month, year = int(found.group("nd")), int(found.group("nm")), found.group("ny")
        if not year:
            return _next_occurrence(month, day, today, label)
        full_year = int(year) + 2000 if len(year) == 2 else int(year)
        return _mk_date(full_year, month, day, label)
    if found.group("named"):
        month = months[found.group("month").lower().rstrip(".")]
        day = int(found.group("dd"))
        year = found.group("year")
        result = _mk_date(int(year), month, day, label) if year else _next_occurrence(month, day, today, label)
        said = found.group("nwd")
        if said and days[said.lower()] != result.weekday():
            actual = format_date(result, "EEEE", locale="fr")
            raise InputError(f"Le {format_day(result, weekday=False)} est un {actual}, pas un {said.lower()}.")
        return result
    if found.group("rel"):
        word = found.group("rel").lower()
        offset = 0 if word.startswith("aujourd") else 1 if word == "demain" else 2
        return today + timedelta(days=offset)
    weekday = days[found.group("wday").lower()]
    if found.group("next"):
        next_monday = today + timedelta(days=7 - today.weekday())
        return next_monday + timedelta(days=weekday)
    ahead = (weekday - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead)


def _fallback(text: str, now: datetime) -> tuple[date, str] | None:
    """Ask dateparser about the first few words, only day-and-month readings."""
    import dateparser  # slow import; only needed for unusual wordings

    words = text.split()
    for count in range(min(len(words), 5), 0, -1):
        head = " ".join(words[:count])
        if not re.search(r"[a-zA-Zéû]", head) or re.search(r"\d\s*[h:]\s*\d*$", head):
            continue  # bare numbers and times are not dates
        parsed = dateparser.parse(
            head,
            languages=["fr"],
            settings={
                "DATE_ORDER": "DMY",
                "PREFER_DATES_FROM": "future",
                "RELATIVE_BASE": now.replace(tzinfo=None),
                "REQUIRE_PARTS": ["day", "month"],
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
        if parsed is not None:
            return parsed.date(), " ".join(words[count:])
    return None


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


def _mk_time(hour: str, minute: str | None) -> time:
    h, m = int(hour), int(minute or 0)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise InputError(f"L'heure « {hour}h{minute or '00'} » n'existe pas.")
    return time(h, m)


def parse_when(raw: str, now: datetime, require_time: bool = True) -> When:
    """Parse `<date> [heure[-fin]] [reste]` in the zone of `now` (aware).

    Raises `InputError` with a French explanation when the date is missing,
    impossible, past, or skipped by a daylight-saving change.
    """
    zone = now.tzinfo
    if not isinstance(zone, ZoneInfo):
        raise TypeError("now must carry a ZoneInfo")
    today = now.date()
    found = _grammar().match(raw)
    if found:
        day, rest = _resolve_day(found, today), raw[found.end():]
    else:
        fallback = _fallback(raw, now)
        if fallback is None:
            raise InputError(f"Je ne reconnais pas de date au début de « {raw.strip()[:60]} ».")
        day, rest = fallback
    timed = _TIME.match(rest)
    if timed is None:
        if require_time:
            raise InputError(f"Il manque l'heure pour le {format_day(day)} (ex. « 14h » ou « 9h-11h30 »).")
        start = _localize(day, time(0, 0), zone, "Minuit")
        end = None
    else:
        start_time = _mk_time(timed.group("h"), timed.group("m") or timed.group("m2"))
        start = _localize(day, start_time, zone, f"L'heure {format_time(start_time)}")
        end = None
        if timed.group("eh"):
            end_time = _mk_time(timed.group("eh"), timed.group("em") or timed.group("em2"))
            end = _localize(day, end_time, zone, f"L'heure {format_time(end_time)}")
            if end <= start:
                raise InputError(f"La fin ({format_time(end_time)}) doit suivre le début ({format_time(start_time)}).")
        rest = rest[timed.end():]
    if (start.date() < today) or (timed is not None and start <= now):
        raise InputError(f"Le {format_when(start) if timed else format_day(day)} est déjà passé.")
    return When(start, end, timed is not None, rest.strip(" \t,;–—-"))
