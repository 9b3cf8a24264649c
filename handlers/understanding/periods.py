"""Period words in a question: `ce mois-ci`, `en décembre`, `la semaine
prochaine`, `d'ici la fin du mois`, `cette année`, `demain`.

A period is a span of days [start, end) in the group's time zone. Precise
dates typed by coordinators are the date reader's business
(handlers.dates); a question only ever needs a span to list what falls in it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from rapidfuzz import fuzz

from handlers.understanding.holiday_spans import holiday_span
from handlers.understanding.month_bounds import after_month, bounded_month, next_month_end
from handlers.understanding.normalise import Word, fold
from handlers.understanding.period_counts import more_periods
from handlers.understanding.period_parts import part_periods
from handlers.understanding.past_periods import past_periods, school_year_close
from handlers.understanding.school_periods import school_periods, winter_back

__all__ = ["FOLDED_MONTHS", "MONTHS", "Period", "find_period", "month_of", "month_span"]

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
# The same names as a folded question or reply spells them (« fevrier », « aout »), for the modules matching folded text.
FOLDED_MONTHS = tuple(fold(name) for name in MONTHS)
_SHORT = {"janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12}


def month_of(word: str) -> int | None:
    """The month a folded word names, typos allowed (`fevirer`, `decmbre`)."""
    if word in FOLDED_MONTHS:
        return FOLDED_MONTHS.index(word) + 1
    if word in _SHORT:
        return _SHORT[word]
    if len(word) >= 5:
        for i, name in enumerate(FOLDED_MONTHS):
            if len(name) >= 5 and fuzz.ratio(word, name) >= 85:
                return i + 1
    return None


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # excluded
    label: str  # as the reply names it: "en décembre 2026", "cette semaine"
    start_word: int
    end_word: int
    month: int | None = None  # "en décembre": read like the examples' "en <mois>"
    # « jusqu'au printemps »: the end is where the reader guesses a season starts (1 March), which a member may
    # place later (20 March): the answer says what comes next too (meetings_in_span.py).
    guessed_end: bool = False

    @property
    def exists(self) -> bool:
        """False for a day that does not exist ("le 30 février"): an empty span."""
        return self.start < self.end


def month_span(month: int, today: date, past: bool = False) -> tuple[date, date, str]:
    """The month a question names without its year: the coming (or current) such month, or in a question in the past
    tense (`past`) the latest such month not after today (« on a financé quoi en octobre ? » asked in December is
    October of this year, not of the next)."""
    if past:
        year = today.year if month <= today.month else today.year - 1
    else:
        year = today.year if month >= today.month else today.year + 1
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end, f"en {MONTHS[month - 1]} {year}"


def _week(today: date, offset: int) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=7)


def _month(today: date, offset: int) -> tuple[date, date]:
    year, month = today.year + (today.month - 1 + offset) // 12, (today.month - 1 + offset) % 12 + 1
    start = date(year, month, 1)
    return start, date(year + (month == 12), month % 12 + 1, 1)


# Seasons as months [first, last): spring is March to May, and so on.
_SEASONS = {"printemps": (3, 6), "ete": (6, 9), "automne": (9, 12), "hiver": (12, 3), "rentree": (9, 10)}
_SEASON_LABEL = {"printemps": "au printemps", "ete": "en été", "automne": "en automne", "hiver": "en hiver",
                 "rentree": "à la rentrée"}

_SEASON_NAME = {"printemps": "le printemps", "ete": "l'été", "automne": "l'automne", "hiver": "l'hiver", "rentree": "la rentrée"}

# The month a season's break starts, where it is not the season's first: the summer break is July's.
_BREAK_STARTS = {"ete": 7}

# Words that make "été" a season rather than a past participle ("ont été").
_SEASON_CUES = frozenset({"en", "cet", "cette", "ce", "l", "le", "au", "de", "du", "la", "d", "a", "avant", "apres", "pour"})

# Folded word sequences (with `*` for "any one word") -> how to compute the span.
_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    # « la semaine après la prochaine », « dans deux semaines » said the long way: the week after next (set 20d)
    (("semaine", "apres", "la", "prochaine"), "week_after_next"),
    (("semaine", "d", "apres", "la", "prochaine"), "week_after_next"),
    (("fin", "de", "la", "semaine"), "this_week"),  # « d'ici la fin de la semaine »
    (("semaine", "prochaine"), "next_week"),
    (("prochaine", "semaine"), "next_week"),
    (("semaine", "d", "apres"), "next_week"),
    (("cette", "semaine"), "this_week"),
    (("ce", "mois", "ci"), "this_month"),
    (("mois", "en", "cours"), "this_month"),
    (("fin", "du", "mois"), "this_month"),
    (("ce", "mois"), "this_month"),
    (("mois", "prochain"), "next_month"),
    (("prochain", "mois"), "next_month"),
    (("cette", "annee"), "this_year"),
    # « l'an prochain », « l'année prochaine », « l'an prochain » in formal letters.
    (("annee", "prochaine"), "next_year"),
    (("an", "prochain"), "next_year"),
    (("prochaine", "annee"), "next_year"),
    (("fin", "de", "l", "annee"), "this_year"),
    (("fin", "d", "annee"), "this_year"),
    (("aujourd", "hui"), "today"),
    (("ce", "soir"), "today"),
    (("apres", "demain"), "after_tomorrow"),
    (("avant", "hier"), "before_yesterday"),
    (("hier",), "yesterday"),
    (("demain",), "tomorrow"),
    (("mois", "d", "apres"), "next_month"),
    (("mois", "suivant"), "next_month"),
    (("week", "end", "prochain"), "next_weekend"),
    (("weekend", "prochain"), "next_weekend"),
    (("ce", "week", "end"), "weekend"),
    (("ce", "weekend"), "weekend"),
    # « la semaine qui vient », « le mois à venir », « la quinzaine qui vient »: the coming one, as « prochain(e) »
    # (« la semaine qui vient de s'écouler » is the one past: _coming_past).
    (("semaine", "qui", "vient"), "next_week"),
    (("semaine", "a", "venir"), "next_week"),
    (("mois", "qui", "vient"), "coming_month"),  # from today: said on the 1st, it is not the month after
    (("mois", "a", "venir"), "coming_month"),
    (("annee", "qui", "vient"), "next_year"),
    (("quinzaine", "qui", "vient"), "next_fortnight"),
    (("quinzaine", "a", "venir"), "next_fortnight"),
    (("quinzaine", "prochaine"), "next_fortnight"),
    (("prochaine", "quinzaine"), "next_fortnight"),
)


def _resolve(kind: str, today: date) -> tuple[date, date, str]:
    if kind == "this_week":
        return (today, _week(today, 0)[1], "cette semaine")
    if kind == "next_week":
        return (*_week(today, 1), "la semaine prochaine")
    if kind == "week_after_next":
        monday, end = _week(today, 2)
        return (monday, end, f"la semaine après la prochaine (du {monday:%d/%m} au {end - timedelta(days=1):%d/%m})")
    if kind == "next_fortnight":
        return (today, today + timedelta(days=15), "dans les quinze prochains jours")
    if kind == "coming_month":
        return (today, today + timedelta(days=31), "dans le mois qui vient")
    if kind == "this_month":
        return (today, _month(today, 0)[1], "ce mois-ci")
    if kind == "next_month":
        return (*_month(today, 1), "le mois prochain")
    if kind == "this_year":
        return (today, date(today.year + 1, 1, 1), f"d'ici la fin de {today.year}")
    if kind == "next_year":
        return (date(today.year + 1, 1, 1), date(today.year + 2, 1, 1), f"en {today.year + 1}")
    if kind == "today":
        return (today, today + timedelta(days=1), "aujourd'hui")
    if kind == "tomorrow":
        return (today + timedelta(days=1), today + timedelta(days=2), "demain")
    if kind in ("after_tomorrow", "yesterday", "before_yesterday"):
        offset, said = {"after_tomorrow": (2, "après-demain"), "yesterday": (-1, "hier"), "before_yesterday": (-2, "avant-hier")}[kind]
        return (today + timedelta(days=offset), today + timedelta(days=offset + 1), said)
    if kind == "next_weekend":
        # next calendar week's, as « samedi prochain » is for the date reader
        saturday = today - timedelta(days=today.weekday()) + timedelta(days=12)
        return (saturday, saturday + timedelta(days=2), f"le week-end du {saturday.day} {MONTHS[saturday.month - 1]}")
    saturday = today + timedelta(days=(5 - today.weekday()) % 7)
    return (saturday, saturday + timedelta(days=2), "ce week-end")


def _month_of_year(folded: list[str]) -> Period | None:
    """« la réunion de décembre 2027 », « en novembre 2025 »: that month of that year, a plain
    span (no month to roll to the next such month: the year says which one)."""
    for i in range(len(folded) - 1):
        year = folded[i + 1]
        if (month := month_of(folded[i])) is not None and year.isdigit() and len(year) == 4 and 1990 <= int(year) <= 2100:
            start = date(int(year), month, 1)
            end = date(start.year + (month == 12), month % 12 + 1, 1)
            begin = i - 1 if i > 0 and folded[i - 1] in ("en", "de", "d") else i
            return Period(start, end, f"en {MONTHS[month - 1]} {year}", begin, i + 2)
    return None
def _month_pair(folded: list[str], today: date) -> Period | None:
    from handlers.understanding.month_pairs import month_pair  # it reads this module: imported late

    return month_pair(folded, today)


def _asked_in_past(folded: list[str]) -> bool:
    from handlers.understanding.days import asked_in_past  # days reads this module: imported late

    return asked_in_past(folded)


def _bound_before(folded: list[str], i: int) -> int:
    """« d'ici la fin du mois », « jusqu'à la fin de la semaine »: the bound belongs to the period's words
    (left out, « d'ici la » weighed as words of the question and « quelles échéances » lost to tasks)."""
    k = i - (i > 0 and folded[i - 1] in ("la", "le"))
    for bound in (("d", "ici"), ("jusqu", "a"), ("avant",)):
        if k >= len(bound) and tuple(folded[k - len(bound):k]) == bound:
            return k - len(bound)
    return i


# Adverbs that sharpen a period's bound without changing its span (« juste après les vacances »).
_JUST = frozenset({"juste", "pile"})

# The genders of « prochain » read alike in a period's phrase.
_AGREED = {"prochaine": "prochain"}  # not the plurals: « les prochains mois » are no « mois prochain »


def find_period(words: list[Word], now: datetime) -> Period | None:
    """The first period named in the message, if any, run on to a second said with « et »
    (« cette semaine et la suivante »: period_joins.py)."""
    from handlers.understanding.period_joins import joined  # it reads this module: imported late

    first = _first_period(words, now)
    if first is not None and first.start_word > 0 and words[first.start_word - 1].folded in _JUST:
        # « juste après les vacances de Noël », « pile avant l'été »: the adverb belongs to the period (left out,
        # it weighed as a word of the question the answer did not account for, set 24c)
        first = replace(first, start_word=first.start_word - 1)
    return joined(words, now, first, _first_period) if first is not None else None


def _first_period(words: list[Word], now: datetime) -> Period | None:
    folded = [w.folded for w in words]
    today = now.date()
    if (dated := _month_of_year(folded)) is not None:
        return dated
    if (pair := _month_pair(folded, today)) is not None:
        return pair
    # « la semaine prochain »: a slip of gender (or a typo's nearest word) still names the week.
    agreed = [_AGREED.get(f, f) for f in folded]
    for i in range(len(folded)):
        if (bounded := bounded_month(folded, i, today) or next_month_end(folded, i, today)) is not None:
            return bounded  # « jusqu'en février », « avant mars »: from today to the bound
        if (later := after_month(folded, i, today)) is not None:
            return later  # « la réunion d'après janvier »: from February on, not January's (month_bounds.py)
        if (close := school_year_close(folded, i, today)) is not None:
            return close  # « le bilan de fin d'année scolaire »: June, not the calendar year's end
        for phrase, kind in _PHRASES:
            if tuple(agreed[i:i + len(phrase)]) == tuple(_AGREED.get(p, p) for p in phrase):
                if phrase[-1] == "vient" and agreed[i + len(phrase):i + len(phrase) + 1] == ["de"]:
                    continue  # « la semaine qui vient de passer » is the one just past
                start, end, label = _resolve(kind, today)
                return Period(start, end, label, _bound_before(folded, i), i + len(phrase))
        # "en décembre", "au mois de mars", "d'ici mars": a whole month.
        if folded[i] in ("en", "mois", "ici", "avant") and i + 1 < len(folded):
            nxt = i + 2 if folded[i + 1] == "de" and i + 2 < len(folded) else i + 1
            if folded[i] in ("ici", "avant"):
                # « d'ici (la) fin (de) janvier »: to that month's end, as « d'ici janvier »
                ahead = nxt + (folded[nxt] == "la")
                if folded[ahead:ahead + 1] == ["fin"]:
                    ahead += 1 + (folded[ahead + 1:ahead + 2] in (["de"], ["du"], ["d"]))
                    nxt = ahead if ahead < len(folded) else nxt
            month = month_of(folded[nxt])
            if month is not None:
                # « on s'est réunis où en octobre ? », « décidé au mois d'octobre » in December: the last October.
                start, end, label = month_span(month, today, folded[i] in ("en", "mois") and _asked_in_past(folded))
                if folded[i] in ("ici", "avant"):
                    start, label = today, f"d'ici {label.removeprefix('en ')}"
                # « au mois de janvier »: the « au » belongs to the period (left out, it weighed as a word of the
                # question and « qu'est-ce qu'il y a au mois de janvier » was not understood, set 23c).
                begin = i - 1 if folded[i] == "mois" and i > 0 and folded[i - 1] in ("au", "du") else i
                return Period(start, end, label, begin, nxt + 1, month)
        if (behind := past_periods(folded, i, today, now)) is not None:
            return behind  # « depuis la rentrée », « cet automne » in December, « jusqu'à la rentrée » (past_periods.py)
        if (worded := school_periods(folded, i, today, now)) is not None:
            return worded  # « avant les vacances », « la semaine de la rentrée », « d'ici la fin du trimestre »
        if (feast := holiday_span(folded, i, today)) is not None:
            return feast  # « d'ici la Saint-Nicolas », « avant l'Ascension », « entre Nouvel An et Pâques »
        # Seasons and the rentrée: the next such stretch (or the current one).
        if folded[i] == "noel" and i > 0 and folded[i - 1] in ("avant", "ici", "jusqu", "a"):
            christmas = date(today.year if today <= date(today.year, 12, 25) else today.year + 1, 12, 25)
            return Period(today, christmas, "d'ici Noël", i - 1, i + 1)
        rentree_month = i + 2 < len(folded) and folded[i + 1] == "de" and month_of(folded[i + 2]) is not None
        # « a été décidé » is the verb avoir, not « à l'été »: the accent tells them apart.
        participle = folded[i] == "ete" and words[i - 1].raw.casefold() == "a" if i > 0 else False
        # From November « la rentrée » is January's, whose date only France's calendar fixes (school_periods.py).
        winter_rentree = folded[i] == "rentree" and winter_back(today)
        if folded[i] in _SEASONS and i > 0 and folded[i - 1] in _SEASON_CUES and not rentree_month and not participle and (
                not winter_rentree):
            first, last = _SEASONS[folded[i]]
            year = today.year if today.month <= last or first > last else today.year + 1
            if first > last:  # winter runs over the new year
                year = today.year if today.month >= first or today.month < last else today.year
                start = date(year if today.month >= first else year - 1, first, 1)
                end = date(start.year + 1, last, 1)
            else:
                start, end = date(year, first, 1), date(year, last, 1)
                if end <= today:
                    start, end = date(year + 1, first, 1), date(year + 1, last, 1)
            label = f"{_SEASON_LABEL[folded[i]]} {start.year}"
            after = next((k for k in range(max(i - 2, 0), i) if folded[k] == "apres"), None)
            if after is not None:
                # « on se revoit quand après l'été ? »: from the season's end on, not the season itself (set 23c)
                return Period(end, end + timedelta(days=92), f"après {_SEASON_NAME[folded[i]]} {start.year} (dès le {end:%d/%m})",
                              after, i + 1)
            before = next((k for k in range(max(i - 3, 0), i) if folded[k] in ("avant", "ici", "jusqu")), None)
            if before is not None and start > today:
                # « avant la rentrée », « d'ici l'été »: from today to its start, not the season itself
                verb = "avant" if folded[before] == "avant" else "d'ici"
                # « avant l'été » is before the summer break: a working group's summer is July and August (set
                # 23c: « la dernière avant l'été » is the June sitting)
                bound = date(start.year, _BREAK_STARTS[folded[i]], 1) if folded[i] in _BREAK_STARTS else start
                # the last day said: where a season starts is the reader's guess (1 March), the member sees it
                last = bound - timedelta(days=1)
                return Period(today, bound, f"{verb} {_SEASON_NAME[folded[i]]} {start.year} (jusqu'au {last:%d/%m})", before, i + 1,
                              guessed_end=folded[before] == "jusqu")
            return Period(start, end, label, i, i + 1)
        if (found := more_periods(folded, i, today) or part_periods(folded, i, today)) is not None:
            return found
        # "dans les 15 prochains jours", "les 3 prochaines semaines"
        if folded[i].isdigit() and i + 2 < len(folded) and folded[i + 1].startswith("prochain"):
            unit = folded[i + 2]
            count = int(folded[i])
            if 0 < count <= 366 and unit.startswith(("jour", "semaine", "mois")):
                days = count * (1 if unit.startswith("jour") else 7 if unit.startswith("semaine") else 30)
                return Period(today, today + timedelta(days=days), f"dans les {count} prochains {unit}", i, i + 3)
    return None
