"""Spans of days a question builds around a day it names: « d'ici le 10 »,
« jusqu'au 20 », « avant le 15 janvier » (from today to that day), « à
partir du 15 », « après le 15 » (from that day on), « du 10 au 20 décembre »,
« entre le 10 et le 20 » (from one day to the other), « la semaine du 14 »
(that week).

A day alone is `days.find_day`'s business; without these, « les échéances
jusqu'au 20 ? » was answered for the 20th alone, which is confidently wrong.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from handlers.dates import format_day
from handlers.understanding.days import find_day, week_of
from handlers.understanding.normalise import Word
from handlers.understanding.periods import Period, month_of

__all__ = ["day_span"]

# Before the day: the words that make it the end of a span starting today, and
# whether the day itself is in (« jusqu'au 20 ») or not (« avant le 20 »).
_UNTIL: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("d", "ici"), True), (("jusqu",), True), (("jusque",), True), (("avant",), False),
)
# Before the day: the words that make it the start of a span (« à partir du 15 », « dès le 15 », « après le 15 »).
# « la réunion d'après celle du 10 », « la séance qui suit celle du 10 décembre »: the day is another meeting's, the span after it.
_FROM: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("a", "partir"), True), (("des",), True), (("apres",), False), (("apres", "celle"), False), (("apres", "celui"), False),
    (("suit", "celle"), False), (("suit", "celui"), False), (("suivant", "celle"), False), (("suivant", "celui"), False),
)
_AHEAD = timedelta(days=400)  # what « à partir du 15 » lists: as far as the dates to come go
_ARTICLES = ("le", "au", "a", "l", "du")
# Between two days: « du 10 au 20 », « entre le 10 et le 20 », « du 10 jusqu'au 20 ».
# « le 8 ou le 11 », « les 8 et 11 décembre »: both days, and those between (the reply names the span);
# « vendredi ou jeudi »: the same, whichever is said first.
_BETWEEN = (("au",), ("a",), ("et",), ("ou",), ("jusqu", "au"), ("jusqu", "a"))


def _before(folded: list[str], start: int, phrase: tuple[str, ...]) -> int | None:
    """The index where `phrase` starts if it ends right before `start`."""
    first = start - len(phrase)
    return first if first >= 0 and tuple(folded[first:start]) == phrase else None


def _bounded(day: Period, folded: list[str], today: date, locale: str) -> Period | None:
    """From today to the day (« d'ici le 10 »), or from the day on (« à partir du 15 »)."""
    start = day.start_word
    if folded[start] in ("le", "du") or (start > 0 and folded[start - 1] not in _ARTICLES):
        at = start  # the day's own « le », or no article before it (« d'ici vendredi »)
    else:
        at = start - 1
    for phrase, inclusive in _FROM:
        first = _before(folded, at, phrase)
        if first is not None:
            begin = day.start if inclusive else day.end
            label = f"{'à partir du' if inclusive else 'après le'} {format_day(day.start, locale)}"
            return Period(max(begin, today), max(begin, today) + _AHEAD, label, first, day.end_word)
    for phrase, inclusive in _UNTIL:
        first = _before(folded, at, phrase)
        if first is None or day.start < today:
            continue
        end = day.end if inclusive else day.start
        said = format_day(day.start, locale)
        label = f"d'ici le {said}" if inclusive else f"avant le {said}"
        return Period(today, max(end, today), label, first, day.end_word)
    return None


def _range(day: Period, words: list[Word], now: datetime, locale: str) -> Period | None:
    folded = [w.folded for w in words]
    k = day.end_word
    step = next((len(p) for p in _BETWEEN if tuple(folded[k:k + len(p)]) == p), None)
    if step is None:
        return None
    k += step
    k += k < len(folded) and folded[k] in ("le", "au", "du", "les")
    bare_first = folded[day.end_word - 1].removesuffix("er").isdigit()  # « du 10 au 20 décembre »: the 10th of December
    after = folded[k + 1] if k + 1 < len(folded) else ""
    if after in ("h", "heure", "heures") or (k < len(folded) and folded[k].isdigit() and int(folded[k]) > 31):
        return None  # « le 10 à 14 heures »: a time, not a second day
    if k < len(folded) and folded[k].isdigit() and month_of(after) is None:
        # « jusqu'au 20 », « et le 20 »: the first such day from the first one on
        last = next((day.start + timedelta(days=n) for n in range(62)
                     if (day.start + timedelta(days=n)).day == int(folded[k])), None)
        end_word = k + 1
    else:
        second = find_day(words[k:], now, locale) if k < len(folded) else None
        if second is None or second.start_word != 0 or not second.exists:
            return None
        last, end_word = second.start, k + second.end_word
    if last is None:
        return None
    first: date | None = day.start
    if folded[day.end_word] == "ou" and not bare_first and day.start > last:
        # « c'est vendredi ou jeudi ? »: either of two days of the week, told in any order; the span is the two and
        # those between (not a month back from Thursday to the Friday before it).
        first, last = last, day.start
    elif bare_first or day.start > last:
        first = _last_before(last, day.start.day)
    if first is None or first > last or (last - first).days > 366:
        return None
    begin = day.start_word - (day.start_word > 0 and folded[day.start_word - 1] in ("entre", "du"))
    label = f"du {format_day(first, locale)} au {format_day(last, locale)}"
    return Period(first, last + timedelta(days=1), label, begin, end_word)


def _last_before(last: date, day: int) -> date | None:
    """The latest date on `day` of its month not after `last` (« du 28 au 3 janvier »: 28 December)."""
    for back in range(0, 62):
        candidate = last - timedelta(days=back)
        if candidate.day == day:
            return candidate
    return None


# Holidays on a fixed day that open a range (« entre Noël et le 10 janvier », « du jour de l'an au 15 »).
_FIXED_HOLIDAYS = {("noel",): (12, 25), ("toussaint",): (11, 1), ("nouvel", "an"): (1, 1), ("jour", "de", "l", "an"): (1, 1),
                   ("saint", "sylvestre"): (12, 31), ("armistice",): (11, 11)}


def _from_holiday(day: Period, folded: list[str], locale: str) -> Period | None:
    """« entre Noël et le 10 janvier »: from the holiday's last day before the second one to it. Read as the second
    day alone, the span was silently the 10th."""
    k = day.start_word - (day.start_word > 0 and folded[day.start_word - 1] in ("le", "l"))
    if k < 1 or folded[k - 1] not in ("et", "au", "a"):
        return None
    for words, (month, number) in _FIXED_HOLIDAYS.items():
        at = k - 1 - len(words)
        at -= at >= 2 and tuple(folded[at:k - 1]) == words and folded[at - 1] in ("la", "le", "l")  # « entre la Toussaint »
        if at >= 1 and tuple(folded[at:k - 1])[-len(words):] == words and folded[at - 1] in ("entre", "de", "du", "d"):
            first = _last_before(day.start, number)
            while first is not None and first.month != month:
                first = _last_before(first - timedelta(days=1), number)
            if first is None or (day.start - first).days > 366:
                return None
            label = f"du {format_day(first, locale)} au {format_day(day.start, locale)}"
            return Period(first, day.end, label, at - 1, day.end_word)
    return None


# A part of the day said right after it (« mardi soir », « jeudi après-midi », « demain matin »; « aprem » as typed).
_DAY_PARTS: tuple[tuple[str, ...], ...] = (("apres", "midi"), ("soir",), ("soiree",), ("matin",), ("matinee",),
                                           ("midi",), ("aprem",))


# The articles that make a weekday a habit or a day described (« le mercredi », « un samedi », « chaque lundi »).
_ARTICLED = frozenset({"le", "les", "un", "chaque", "tous", "des"})


def _with_day_part(day: Period, folded: list[str]) -> Period:
    """`day` with the part of the day said right after it (« Inès sera là mardi soir ? »): the words say when, as
    the day does; left over, « soir » was a topic the readings weighed (the lead's set 95). Not after an article:
    « le mercredi matin » is a habit (every Wednesday morning) a decision may hold (recorded_habits.py), « un samedi
    matin » a day described, which the part of it may tell apart."""
    if _ARTICLED.intersection(folded[max(day.start_word - 1, 0):day.start_word + 1]):
        return day
    for part in _DAY_PARTS:
        if tuple(folded[day.end_word:day.end_word + len(part)]) == part:
            return replace(day, end_word=day.end_word + len(part))
    return day


def day_span(day: Period, words: list[Word], now: datetime, locale: str = "fr_FR") -> Period:
    """The span the question means around `day`: a range, a bound, a week, or the day (with the part of it said)."""
    if not day.exists or (day.end - day.start).days != 1:
        return day
    folded = [w.folded for w in words]
    spanned = (_from_holiday(day, folded, locale) or _range(day, words, now, locale)
               or _bounded(day, folded, now.date(), locale) or week_of(day, words))
    return _with_day_part(day, folded) if spanned is day else spanned
