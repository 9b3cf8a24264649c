"""A precise day named in a question (`la réunion du 10 décembre`,
`qu'y a-t-il jeudi prochain ?`), read by the date reader of
handlers.dates, as a one-day period.

The date reader looks ahead, as a coordinator planning a meeting needs; a
question may well ask about the past ("la réunion du 17 novembre"), so a
day and month without a year is the nearer of the last and the next one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from handlers.dates import format_day, parse_when
from handlers.messages import UserError
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word
from handlers.understanding.periods import MONTHS, Period, month_of
from handlers.understanding.tense import DECIDED, PAST, perfect

__all__ = ["WEEKDAYS", "asked_in_past", "find_day", "week_of"]

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# « le 15 courant », « le 3 ct »: of the current month.
_CURRENT = ("courant", "ct", "crt")
# After a weekday, what moves it on, as the date reader reads it.
_AFTER_WEEKDAY = (
    (("prochain",), "prochain"), (("prochaine",), "prochain"), (("suivant",), "suivant"),
    (("en", "huit"), "en huit"), (("en", "quinze"), "en quinze"), (("d", "apres"), "d'après"),
    (("de", "la", "semaine", "prochaine"), "de la semaine prochaine"), (("la", "semaine", "prochaine"), "la semaine prochaine"),
)


def _past_day(day: int, month: int, today: date) -> date | None:
    for year in (today.year, today.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= today:
            return candidate
    return None


# Words that put a question in the past (tense.py), and « décidé » (« qu'a-t-on décidé le 3 ? »);
# « mardi dernier » is read below.
_PAST_WORDS = PAST | DECIDED


# « j'ai été comptée présente le 25 ? », « on a été combien le 25 ? »: the passé composé of « être » said of the
# asker or of us (« été » alone is also the summer; « la réunion a été déplacée au 15 » may look ahead).
_HAVE_BEEN = (("j", "ai", "ete"), ("on", "a", "ete"), ("nous", "avons", "ete"), ("j", "avais", "ete"),
              # « qu'est-ce qui s'est dit en octobre ? »: what was said at a meeting held (meeting_outcome.py)
              ("s", "est", "dit"), ("se", "sont", "dit"))
# « les décisions prises à la rentrée ? », « quelles décisions ont été prises ? »: « pris » is past only after what
# was taken (« c'est pris en charge ? » looks at today), and a decision is only ever taken at a meeting held.
_TAKEN = frozenset({"prise", "prises", "pris"})
_TAKEN_THINGS = frozenset({"decision", "decisions", "mesure", "mesures"})


_TO_COME = frozenset({"seront", "sera", "etre", "serons"})  # « les décisions qui seront prises », « vont être prises »


def _taken(folded: list[str]) -> bool:
    return any(w in _TAKEN and _TAKEN_THINGS & set(folded[max(0, i - 4):i]) and not _TO_COME & set(folded[max(0, i - 2):i])
               for i, w in enumerate(folded))


# « qu'est-ce qui était prévu à la réunion du 15 décembre ? »: the plan as it stood, past, of a day that may be ahead
# (a sitting since cancelled or moved; set 48c): the tense is the plan's, not the day's. So is a change heard of
# (« on m'a dit que le comité de jeudi avait bougé »): the change is past, the sitting ahead.
_PLANNED = frozenset({"prevu", "prevue", "prevus", "prevues", "programme", "programmee", "programmes", "programmees",
                      "planifie", "planifiee", "cense", "censee", "bouge", "deplace", "deplacee", "decale", "decalee",
                      "reporte", "reportee", "avance", "avancee", "annule", "annulee", "change", "changee"})


def _planned_after(folded: list[str], i: int) -> bool:
    """A participle of planning or of change at `i` (« était prévue »), or after « été » (« avait été décalée »)."""
    i += folded[i:i + 1] == ["ete"]
    return folded[i:i + 1] != [] and folded[i] in _PLANNED


def asked_in_past(folded: list[str]) -> bool:
    """The message puts its question in the past (« c'était », « a eu lieu », « décidé », « j'ai été », « on a
    financé »)."""
    return any(w in _PAST_WORDS and not _planned_after(folded, i + 1) for i, w in enumerate(folded)) or any(
        tuple(folded[i:i + 3]) in _HAVE_BEEN for i in range(len(folded) - 2)) or _taken(folded) or perfect(folded)


def _weekday_and_day(weekday: int | None, day: int, today: date, past: bool = False) -> date | None:
    """The date falling on `day` of its month, and on `weekday` if given: in
    the past tense the last one; otherwise the next one if it is within six
    weeks, else the nearer of the last and the next (« mardi 3 » in
    December is 3 November, not 3 August); None if there is none within a year."""
    def matches(candidate: date) -> bool:
        return candidate.day == day and (weekday is None or candidate.weekday() == weekday)
    ahead = next((today + timedelta(days=k) for k in range(0, 366) if matches(today + timedelta(days=k))), None)
    back = next((today - timedelta(days=k) for k in range(1, 366) if matches(today - timedelta(days=k))), None)
    if past and back is not None:
        return back
    if ahead is None or back is None or (ahead - today).days <= 42:
        found = ahead or back
    else:
        found = min(ahead, back, key=lambda d: abs((d - today).days))
    if weekday is not None and found is not None and abs((found - today).days) > 42:
        # « la réunion du jeudi 15 » on 1 December when the 15th is a Tuesday: the weekday's own 15th is months away
        # (15 October), so the weekday is the slip, not the day: the nearest 15th, whose weekday the answer shows (set
        # 44c). « mardi 3 » in December is still 3 November, four weeks back.
        return _weekday_and_day(None, day, today) or found
    return found


def _exists(day: int, month: int) -> bool:
    try:
        date(2024, month, day)  # a leap year: 29 February exists
    except ValueError:
        return False
    return True


def _period(day: date, start: int, end: int, locale: str) -> Period:
    return Period(day, day + timedelta(days=1), f"le {format_day(day, locale)}", start, end)


# Before « 8.12 », « 2/02 » (read as two numbers): the words that make them a day and its month.
_NUMERIC_CUES = frozenset({"le", "du", "au", "ce", "ici", "jusqu", "avant", "apres", "et", "entre", "pour", *WEEKDAYS})


def _numeric_month(folded: list[str], i: int) -> int | None:
    """The month of « le 8.12 », « du 2/02 », « jeudi 21/01 » (two numbers after a cue), else None."""
    month = folded[i + 1]
    # « copil 12.01.2027 lieu ? »: a four-digit year after the two numbers makes them a date without a cue (set 44c).
    dated = i + 2 < len(folded) and folded[i + 2].isdigit() and len(folded[i + 2]) == 4
    if (i == 0 or folded[i - 1] not in _NUMERIC_CUES) and not dated or not month.isdigit() or len(month) > 2:
        return None
    return int(month) if 1 <= int(month) <= 12 and 1 <= int(folded[i]) <= 31 else None


# The nouns a « du <jour> » dates (« la réunion du mercredi », « l'ordre du jour du mardi », « à partir du lundi »).
_DATED_HEADS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True) | {"visio", "jour", "partir", "depuis"}


# What makes « du mercredi » a day again: « du mercredi prochain / en huit / de la semaine prochaine ».
_DATING_AFTER = frozenset({"prochain", "prochaine", "suivant", "dernier", "passe", "en", "d", "de", "la"})


def _habitual(folded: list[str], i: int) -> bool:
    """« les inscriptions du mercredi », « la permanence du mardi »: a weekday
    that names a recurring thing, no day to read (« la réunion du mercredi »,
    « du mercredi prochain » and « du mercredi 9 » are days)."""
    if i < 2 or folded[i - 1] != "du" or folded[i - 2] in _DATED_HEADS:
        return False
    after = folded[i + 1] if i + 1 < len(folded) else ""
    return not after.isdigit() and after not in _DATING_AFTER


_NEXT_WEEK = (["semaine", "prochaine"], ["semaine", "pro"], ["semaine", "suivante"])
# Between « la semaine prochaine » and the weekday checked: « c'est bien », « ce sera », « donc ».
_CHECKING = frozenset({"c", "est", "ce", "sera", "bien", "donc", "toujours", "ca"})


def _next_week_checked(folded: list[str], i: int) -> int | None:
    """« la semaine prochaine, c'est bien jeudi ? »: next week named, then only the words checking a day before
    the weekday at `i`; the index of « semaine », else None."""
    j = i
    while j > 0 and folded[j - 1] in _CHECKING:
        j -= 1
    return j - 2 if j < i and j >= 2 and folded[j - 2:j] in _NEXT_WEEK else None


def find_day(words: list[Word], now: datetime, locale: str = "fr_FR") -> Period | None:
    """The first precise day in the message, if the date reader reads one."""
    folded = [w.folded for w in words]
    past = asked_in_past(folded)
    for i, word in enumerate(folded):
        # "10 décembre", "10 décembre 2026", "1er mars"
        number = word.removesuffix("er")
        if number.isdigit() and i + 1 < len(folded) and len(number) <= 2:
            month = month_of(folded[i + 1]) or _numeric_month(folded, i)
            if month is None:
                continue
            if not _exists(int(number), month):
                # "le 45 mars", "le 31 février": a day that does not exist matches nothing.
                return Period(now.date(), now.date(), f"le {int(number)} {MONTHS[month - 1]}", i, i + 2)
            end = i + 2
            text = f"{int(number)} {MONTHS[month - 1]}"
            start = i - 1 if i > 0 and folded[i - 1] in WEEKDAYS else i
            if end < len(folded) and folded[end].isdigit() and len(folded[end]) == 4:
                # « la réunion du 8 décembre 2025 »: that very day, past or not (never the 8 December to come)
                try:
                    given = date(int(folded[end]), month, int(number))
                except ValueError:  # « le 29 février 2027 », year 0: no such day, nothing matches
                    return Period(now.date(), now.date(), f"le {text} {folded[end]}", start, end + 1)
                return _period(given, start, end + 1, locale)
            try:
                ahead: date | None = parse_when(text, now, require_time=False).start.date()
            except UserError:
                ahead = None
            # Without a year, the nearer of the last and the next such day.
            last = _past_day(int(number), month, now.date())
            today = now.date()
            if last is not None and (past or ahead is None):
                return _period(last, start, end, locale)  # « la réunion du 3 novembre, c'était où ? »
            candidates = [d for d in (ahead, last) if d is not None]
            if not candidates:
                return None
            return _period(min(candidates, key=lambda d: abs((d - today).days)), start, end, locale)
        # "jeudi 10": the nearest 10th that is a Thursday.
        if word in WEEKDAYS and i + 1 < len(folded) and folded[i + 1].removesuffix("er").isdigit():
            if i + 2 < len(folded) and (month_of(folded[i + 2]) is not None or _numeric_month(folded, i + 1)):
                continue  # "jeudi 10 décembre", « mardi 8/12 » (set 44c): read at the number
            found = _weekday_and_day(WEEKDAYS.index(word), int(folded[i + 1].removesuffix("er")), now.date(), past)
            return _period(found, i, i + 2, locale) if found else None
        # "le 10", "la réunion du 10", "du 1er": the nearest such day of a month.
        day_number = folded[i + 1].removesuffix("er") if i + 1 < len(folded) else ""
        until = word == "au" and i > 0 and folded[i - 1] in ("jusqu", "ici")  # « jusqu'au 20 », « d'ici au 20 »
        pair = word == "les" and folded[i + 2:i + 3] in (["et"], ["ou"])  # « les 8 et 11 », not « les 10 jours »
        if (word in ("le", "du") or until or pair) and day_number.isdigit() and 1 <= int(day_number) <= 31 and (
                i + 2 >= len(folded) or month_of(folded[i + 2]) is None and not folded[i + 2].isdigit()):
            if i + 2 < len(folded) and folded[i + 2] in _CURRENT:
                # « le 15 courant » (Swiss and Belgian usage): that day of this month, past or not.
                today = now.date()
                this_month = date(today.year, today.month, int(day_number)) if _exists(int(day_number), today.month) else None
                return _period(this_month, i, i + 3, locale) if this_month else None
            found = _weekday_and_day(None, int(day_number), now.date(), past and not until)
            return _period(found, i, i + 2, locale) if found else None
        # "jeudi", "jeudi prochain", "ce jeudi"
        if word in WEEKDAYS and _habitual(folded, i):
            continue
        if word in WEEKDAYS:
            if past and folded[i + 1:i + 2] != ["prochain"] or folded[i + 1:i + 2] in (["dernier"], ["passe"]):
                # « mardi dernier », « la réunion de mardi, c'était où ? »: the last such day before today
                back = next(now.date() - timedelta(days=k) for k in range(1, 8)
                            if (now.date() - timedelta(days=k)).weekday() == WEEKDAYS.index(word))
                return _period(back, i, i + 1 + (folded[i + 1:i + 2] in (["dernier"], ["passe"])), locale)
            end, text, first = i + 1, word, i
            if folded[max(i - 2, 0):i] in _NEXT_WEEK:
                # Swiss « la semaine prochaine jeudi »: that day of next week, not the coming Thursday
                first, text = i - 2 - (folded[i - 3:i - 2] == ["la"]), f"semaine prochaine {word}"
            elif (said_at := _next_week_checked(folded, i)) is not None:
                # Belgian « la réunion de la semaine prochaine, c'est bien jeudi ? »: the day checked is of that week,
                # which the words from « semaine » on say together
                first, text = said_at, f"semaine prochaine {word}"
            for after, said in _AFTER_WEEKDAY:  # « vendredi en huit », « mardi de la semaine prochaine »
                if tuple(folded[i + 1:i + 1 + len(after)]) == after:
                    end, text = i + 1 + len(after), f"{word} {said}"
                    break
            try:
                return _period(parse_when(text, now, require_time=False).start.date(), first, end, locale)
            except UserError:
                return None
    return None


def week_of(period: Period, words: list[Word]) -> Period:
    """« la semaine du 28 décembre »: the week that day opens (or falls in),
    not the day alone; any other day is returned as it is."""
    i = period.start_word
    if i >= 1 and words[i].folded in ("du", "de") and words[i - 1].folded == "semaine":
        i += 1  # « la semaine du 14 »: the day's span starts at its own « du »
    if not period.exists or (period.end - period.start).days != 1 or i < 2:
        return period
    if words[i - 2].folded != "semaine" or words[i - 1].folded not in ("du", "de", "d"):
        return period
    monday = period.start - timedelta(days=period.start.weekday())
    label = "la semaine du " + period.label.removeprefix("le ")
    first = i - 3 if i >= 3 and words[i - 3].folded in ("la", "cette") else i - 2
    return Period(monday, monday + timedelta(days=7), label, first, period.end_word)
