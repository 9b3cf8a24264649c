"""Weekdays in the date reader: `jeudi`, `mardi prochain`, `mercredi d'après`,
`lundi en huit`, `d'ici vendredi`, Swiss `je 18.3`, and ordinal weekdays
(`le premier mercredi du mois prochain`). A weekday before a date is checked
against it. Part of `handlers.date_reader`, whose `Reader` reads the dates
these phrases are checked against (`explicit`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from handlers.date_calendar import ROLLOVER_REFUSAL, format_day, next_day_of_month, nth_weekday
from handlers.date_clock import Phrases, read_clock
from handlers.date_counted import near_enough
from handlers.date_holidays import feast_disagrees, feast_in_brackets, holiday_at
from handlers.date_there import refuse_that_weekday, weekday_there
from handlers.date_week_numbers import week_number_at, week_of_day_at, weekday_in_week, weekday_in_week_of
from handlers.date_words import ORDINALS, month_of, weekday_of
from handlers.messages import InputError

__all__ = ["WEEKDAY_NAMES", "WeekdayPhrases"]

WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_SHORT_WEEKDAYS = {"lu": 0, "ma": 1, "me": 2, "je": 3, "ve": 4, "sa": 5, "di": 6}
# Next week abbreviated as people type it: « mardi semaine pro », « jeudi sem. prochaine ».
_NEXT_WEEK_SHORT = ("de la semaine pro", "la semaine pro", "semaine pro", "de la sem . prochaine", "la sem . prochaine",
                    "sem . prochaine", "sem prochaine", "sem . pro", "sem pro")
# « du mois » after an ordinal weekday: this month (« du mois prochain » is read before).
_THIS_MONTH = ("du mois en cours", "du mois courant", "de ce mois - ci", "de ce mois", "du mois")
# After a weekday, what counts it from an event (« jeudi qui suit la réunion », « mardi avant l'AG »).
_FROM_EVENT = ("qui suit", "qui suivra", "qui precede", "qui precedera", "juste apres", "juste avant", "apres", "avant")
# …and those of them that count from a day the reader reads (« le jeudi qui suit le 15 »): after (1) or before (-1).
_FROM_DAY = (("qui suit", 1), ("qui suivra", 1), ("juste apres", 1), ("apres", 1), ("suivant", 1), ("qui precede", -1),
             ("qui precedera", -1), ("juste avant", -1), ("avant", -1))
# (not « des »: folded, « dès 9h » is the same word)
_DETERMINERS = ("la", "le", "l", "les", "du", "cette", "ce", "cet", "notre", "votre", "nos", "vos", "son", "sa", "ses",
                "leur", "leurs")
_WEEKDAY_DEADLINE = ("au plus tard", "au + tard", "d ' ici a", "d ' ici", "avant", "pour", "pr", "jusqu ' au", "jusqu ' a", "date limite :",
                     "date limite", "dernier delai :", "dernier delai")
# After « du », « de l' » following a weekday, the part of the day it is (not an event).
_DAY_PARTS = ("matin", "soir", "apres", "aprem", "matinee", "soiree", "journee", "midi", "nuit", "avant")
# A day of the month alone after a weekday (« dimanche 30 », « lundi le 1er »): no month, no year said.
_BARE_NUMBER = re.compile(r"(le\s+)?\d{1,2}\s*(er)?")


def _contradiction(day: date, weekday: int) -> InputError:
    actual = WEEKDAY_NAMES[day.weekday()]
    return InputError(f"Le {format_day(day)[len(actual) + 1:]} est un {actual}, pas un {WEEKDAY_NAMES[weekday]}.")


class WeekdayPhrases(Phrases):
    """The weekday half of the reader; `Reader` supplies `today`, `_year` and `explicit`."""

    today: date

    def _year(self, i: int) -> tuple[int | None, int]:
        raise NotImplementedError

    def explicit(self, i: int, bare_day: bool) -> tuple[date, int] | None:
        raise NotImplementedError

    def _weekday(self, i: int) -> tuple[int, int] | None:
        if not self.word(i).isalpha() or (wd := weekday_of(self.word(i))) is None or self.in_name(i):
            return None  # not « Mardi-Gras »
        j = i + 1
        if self.word(j) == "." and self.adjacent(j):
            j += 1
        return wd, j

    def _coming(self, weekday: int, today_counts: bool) -> date:
        ahead = (weekday - self.today.weekday()) % 7
        return self.today + timedelta(days=ahead if ahead or today_counts else 7)

    def weekday_phrase(self, i: int) -> tuple[date, int] | None:
        j, this = i, False
        if (k := self.seq(j, *_WEEKDAY_DEADLINE)) is not None:
            j = k  # "d'ici vendredi": the day itself, as "avant le 15/12"
        if (k := self.seq(j, "le prochain", "la prochaine", "au prochain", "prochain", "prochaine")) is not None and (
                found := self._weekday(k)) is not None:
            return self._next_said_first(i, *found)
        if (k := self.seq(j, "ce", "le", "au")) is not None:  # « (déplacée) au jeudi 30 »
            j, this = k, self.word(i) == "ce"
        if j > i and weekday_of(self.word(j)) is not None and (holiday := holiday_at(self, j, self.today)) is not None:
            return holiday  # « d'ici lundi de Pâques », « reportée au lundi de Pentecôte »: the holiday, not the coming Monday
        refuse_that_weekday(self, j)  # « ce jeudi-là »: a Thursday said earlier (blind set 24)
        if (found := self._weekday(j) or self._plural_weekday(j)) is None:
            return None
        wd, j = found
        j = weekday_there(self, j, wd, self.today)  # « jeudi là », as plain speech says the coming one (blind set 24)
        self._refuse_weekday_of_event(i, j)
        j += self.word(j) == ","
        named = j  # after the weekday
        if (following := self._following_day(i, wd, j)) is not None:
            return following
        monday = self.today - timedelta(days=self.today.weekday())
        by_word: date | None = None
        if (k := self.seq(j, "qui vient", "qui arrive")) is not None:
            by_word, j = self._coming(wd, this), k  # « mercredi qui vient »: the coming one, as « mercredi » alone
        elif (k := self.seq(j, "prochain", "prochaine", "suivant", "de la semaine prochaine", "la semaine prochaine",
                            "de la semaine suivante", "la semaine suivante", "semaine prochaine", *_NEXT_WEEK_SHORT)) is not None:
            by_word, j = monday + timedelta(days=7 + wd), k
        elif (k := self.seq(j, "de la semaine d ' apres", "la semaine d ' apres", "d ' apres")) is not None:
            by_word, j = self._coming(wd, False) + timedelta(days=7), k
        elif (k := self.seq(j, "en huit", "en 8")) is not None:
            by_word, j = self._coming(wd, True) + timedelta(days=7), k
        elif (k := self.seq(j, "en quinze", "en 15")) is not None:
            by_word, j = self._coming(wd, True) + timedelta(days=14), k
        elif (k := self.seq(j, "de cette semaine", "cette semaine")) is not None:
            by_word, j = monday + timedelta(days=wd), k
        elif (week := week_number_at(self, j)) is not None:  # « mardi de la semaine 3 », « lundi S06 » (blind set 21)
            by_word, j = weekday_in_week(self.today, week[0], wd, self.label(i, week[1])), week[1]
        elif (named_day := week_of_day_at(self, j)) is not None:  # « jeudi de la semaine du 18 janvier » (blind set 23)
            by_word, j = weekday_in_week_of(named_day[0], wd, self.label(i, named_day[1])), named_day[1]
        if by_word is None and (counted := self._from_day(i, wd, j)) is not None:
            return counted  # « le jeudi qui suit le 15 »
        said = self.label(i, j)
        self._refuse_from_event(i, named, j)
        j2 = j + (self.word(j) == ",")
        explicit = self.explicit(j2, bare_day=True)
        if explicit is None:
            return (by_word or self._coming(wd, this)), j
        day, k = explicit
        if (_BARE_NUMBER.fullmatch(self.label(j2, k).lower()) and self.word(k) in ("-", "–", "—")
                and self.adjacent(k) and self.adjacent(k + 1) and self.num(k + 1) is not None  # glued: « 8-12h »
                and (hours := read_clock(self, k - 1)) is not None and hours.end is not None and hours.stop > k + 1):
            # « jeudi 8-12h » (blind set 15's hours « 9h-12h » typed short): Thursday the 8th at 12h, or Thursday
            # from 8h to 12h? Asked when the 8th is a Thursday; otherwise only the hours make sense.
            if day.weekday() == wd:
                named_day, first, end = self.label(i, j), self.word(k - 1), self.label(k + 1, hours.stop)
                raise InputError(f"« {self.label(i, hours.stop)} » : le {self.label(i, k)} à {end}, ou {named_day} de "
                                 f"{first}h à {end} ? Je ne devine pas. Écrivez « {self.label(i, k)} à {end} » ou "
                                 f"« {named_day} {first}h-{end} ».")
            return (by_word or self._coming(wd, this)), j
        if day.weekday() != wd and day == self.today and _BARE_NUMBER.fullmatch(self.label(j2, k).lower()):
            # « dimanche 30 » typed on Friday the 30th: the weekday says it is not today, so the next 30th
            day = next_day_of_month(day.day, self.today + timedelta(days=1), self.label(j2, k))
        if day.weekday() != wd:
            raise _contradiction(day, wd)
        if by_word is not None and by_word != day:
            raise InputError(f"« {said} » est le {format_day(by_word)}, pas le {format_day(day)} : lequel des deux ?")
        return day, k

    def _next_said_first(self, i: int, wd: int, j: int) -> tuple[date, int]:
        """« le prochain jeudi » (left refused by blind set 24): the next Thursday to come, or « jeudi prochain », the
        Thursday of next calendar week? Read when both are the same day (said from Thursday on), asked otherwise; a
        date after it is checked."""
        coming = self._coming(wd, False)
        next_week = self.today - timedelta(days=self.today.weekday()) + timedelta(days=7 + wd)
        said = self.label(i, j)
        if coming != next_week:
            raise InputError(f"« {said} » : le {format_day(coming)} (le prochain à venir) ou le {format_day(next_week)} "
                             f"({WEEKDAY_NAMES[wd]} de la semaine prochaine) ? Je ne devine pas : donnez la date.")
        j2 = j + (self.word(j) == ",")
        if (explicit := self.explicit(j2, bare_day=True)) is not None:
            if explicit[0] != coming:
                raise InputError(f"« {said} » est le {format_day(coming)}, pas le {format_day(explicit[0])} : lequel des deux ?")
            return coming, explicit[1]
        return coming, j

    def _following_day(self, i: int, wd: int, j: int) -> tuple[date, int] | None:
        """« le jeudi suivant le 12 janvier » (left refused by blind set 24 as counted from an event): the first such
        weekday after that day, as « le jeudi qui suit le 12 janvier »; when that day is itself the weekday named
        (« le jeudi suivant le 14 janvier », a Thursday), « suivant » may say next week's and the date restate it: asked."""
        if (k := self.seq(j, "suivant", "suivante")) is None:
            return None
        # (a feast may come without its article, « le mardi suivant Pâques »: read as « qui suit Pâques »; it was
        # « mardi suivant », next week's, with « Pâques » left in the text — probing after blind set 40)
        anchor = self.explicit(k, bare_day=True) if self.word(k) in ("le", "la", "l", "du") else None
        anchor = anchor or holiday_at(self, k, self.today, counted_from=True)
        if anchor is None:
            return None
        if anchor[0].weekday() == wd:
            raise InputError(f"« {self.label(i, anchor[1])} » : le {format_day(anchor[0])} lui-même, ou le "
                             f"{WEEKDAY_NAMES[wd]} d'après ? Je ne devine pas : donnez la date.")
        return self._from_day(i, wd, j)

    def _from_day(self, i: int, wd: int, j: int) -> tuple[date, int] | None:
        """« le jeudi qui suit le 15 », « le lundi après le 20 mars », « le mardi qui précède la Saint-Nicolas »
        (blind set 17; was refused as counted from an event): the first such weekday strictly after (before) a
        day the reader reads. A day of the month alone whose last one has just passed, with its weekday after
        still ahead (« le jeudi qui suit le 15 » typed on the 16th), is asked: this month's, or next month's?"""
        for phrase, way in _FROM_DAY:
            if (k := self.seq(j, phrase)) is None:
                continue
            found = self.explicit(k, bare_day=True) or holiday_at(self, k, self.today, counted_from=True)
            if found is None:
                return None
            anchor, m = found
            anchor = near_enough(anchor, self.today, self.label(i, m))  # (« … qui suit le 31/12/9999 » overflowed, blind set 23's probes)
            if way > 0:
                day = anchor + timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
            else:
                day = anchor - timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)
            if _BARE_NUMBER.fullmatch(self.label(k, m).lower()) and anchor.month != self.today.month:
                last = anchor.replace(year=self.today.year, month=self.today.month) if anchor.day <= 28 else None
                near = last and (last + timedelta(days=(wd - last.weekday() - 1) % 7 + 1) if way > 0 else
                                 last - timedelta(days=(last.weekday() - wd - 1) % 7 + 1))
                if near is None or near >= self.today:
                    raise InputError(f"« {self.label(i, m)} » : le {format_day(near) if near else '… de ce mois'} ou le "
                                     f"{format_day(day)} ? Je ne devine pas : donnez la date.")
            return day, m
        return None

    def _plural_weekday(self, i: int) -> tuple[int, int] | None:
        """« jeudis 3 décembre »: a slip for « jeudi », read only before the date it is
        checked against; alone (« jeudis à 14h ») it may say every Thursday: asked."""
        w = self.word(i)
        if not w.endswith("s") or w[:-1] not in WEEKDAY_NAMES or self.word(i - 1) in ("les", "tous", "des", "ces", "chaque"):
            return None
        if self.explicit(i + 1 + (self.word(i + 1) == ","), bare_day=True) is None:
            raise InputError(f"« {self.label(i, i + 1)} » : un {w[:-1]} précis, ou chaque {w[:-1]} ? Je ne devine pas. "
                             f"Donnez la date (ex. « {w[:-1]} 12 mai 14h ») ; pour une série, écrivez après le lieu "
                             f"« chaque {w[:-1]} ».")
        return WEEKDAY_NAMES.index(w[:-1]), i + 1

    def _refuse_from_event(self, i: int, named: int, j: int) -> None:
        """« le jeudi d'après la réunion », « mercredi suivant l'AG », « jeudi qui suit le
        conseil »: a day counted from an event whose date the reader does not know;
        read as « jeudi d'après » alone, the event would end up in the text."""
        # right after the weekday only: in « mercredi de la semaine d'après les 70 ans du club », the week is named
        k = self.seq(j, *_FROM_EVENT) or (j if self.seq(named, "d ' apres", "suivant", "suivante") == j else None)
        if k is None or self.word(k) not in _DETERMINERS:
            return
        end = k + 1 + (self.word(k + 1) == "'")
        said = self.label(i, min(end + 1, len(self.toks)))  # up to the event's first word: « jeudi d'après l'AG »
        raise InputError(f"« {said} » compte à partir d'un événement : je ne devine pas sa date. "
                         "Écrivez le jour lui-même (ex. « jeudi 12 novembre 14h »).")

    def _refuse_weekday_of_event(self, i: int, j: int) -> None:
        """« le vendredi de la kermesse », « le samedi du week-end du 11 mai », « mardi des vacances »
        (found probing after blind set 12b): the weekday of an event or a period, whose date the
        reader does not know; read as the coming weekday, the event became the deadline's text.
        Not « jeudi de 14h à 16h » (a time), « samedi du 11 mai » (a date), nor the next week's
        phrases (« mardi de la semaine prochaine ») read after this."""
        k = self.seq(j, "de la", "de l '", "du", "des")
        if (k is None or not self.word(k).isalpha() or month_of(self.word(k)) is not None or read_clock(self, j) is not None
                or self.word(k) in _DAY_PARTS):
            return  # (« jeudi du matin 9h », « mardi de l'après-midi » say what « 9h » means)
        if self.seq(j, "de la semaine prochaine", "de la semaine suivante", "de la semaine d ' apres", "de la semaine pro",
                    "de la sem", "de cette semaine") is not None or week_number_at(self, j) is not None:
            return  # (« mardi de la semaine 3 »: a week number, date_week_numbers)
        if week_of_day_at(self, j) is not None:
            return  # (« jeudi de la semaine du 18 janvier »: the week of a day, read after this)
        end = k + 1
        while self.word(end) == "-" and self.adjacent(end) and self.adjacent(end + 1):
            end += 2  # « week-end », « Saint-Jean »: the whole name
        said = self.label(i, min(end, len(self.toks)))
        raise InputError(f"« {said} » : le jour d'un événement ou d'une période dont je ne connais pas la date. "
                         "Écrivez le jour lui-même (ex. « samedi 11 mai 10h »).")

    def week_then_weekday(self, i: int) -> tuple[date, int] | None:
        """« semaine prochaine mardi », « la semaine suivante, le jeudi 30 »:
        that day of next calendar week (a date after it is checked)."""
        k = self.seq(i, "la semaine prochaine", "semaine prochaine", "la semaine suivante", "semaine suivante",
                     "la semaine qui vient", "semaine qui vient")  # (« la semaine qui vient mardi », left refused by blind set 24)
        if k is None:
            return None
        k = self.seq(k, ", le", ",", "le") or k
        if (wd := self._weekday(k)) is None:
            return None
        monday = self.today - timedelta(days=self.today.weekday())
        day, j = monday + timedelta(days=7 + wd[0]), wd[1]
        if (explicit := self.explicit(j + (self.word(j) == ","), bare_day=True)) is not None:
            if explicit[0] != day:
                raise InputError(f"« {self.label(i, j)} » est le {format_day(day)}, pas le {format_day(explicit[0])} : lequel des deux ?")
            j = explicit[1]
        return day, j

    def weekday_after(self, i: int, day: date) -> int | None:
        """« le 23 mars (jeudi) 14h », « 23/03, jeudi, 14h »: the weekday said after
        the date, checked against it; the index after it, or None (« 23 mars
        jeudi 30 … » names another date: left to the rest check). A feast said there as the day's name,
        « le 17 mai, lundi de Pentecôte, à 14h », « jeudi 6 mai (Ascension) 10h », is checked the same way (blind
        set 40's probes: the first was stored with « de Pentecôte » as the text, the second refused for its hour;
        after the time, « 10h (Ascension) », it was read: date_rest.restated), also as the feast's day, « jeudi 6 mai,
        jour de l'Ascension, 10h » (`_feast_restated`); not after « pour », « avant » (« le 5, pour la Saint-Nicolas »)."""
        j = i + (self.word(i) in ("(", ","))
        if self.word(i) == "(" and (named := feast_in_brackets(self, j, day)) is not None:
            agrees, k = named  # « le 6 janvier (l'Épiphanie) à 15h », « le 25 décembre (Noël) » (blind set 41)
            if not agrees:
                raise feast_disagrees(day, self.label(j, k - 1))
            return k
        if (j > i and self.word(j) not in ("pour", "pr", "avant", "apres", "a", "au", "d", "des")
                and (feast := self._feast_restated(j))):
            seen, k = feast
            if self.word(i) == "(":
                if self.word(k) != ")":
                    return None
                k += 1
            if seen != day:
                raise InputError(f"Le {format_day(day)} ou le {format_day(seen)} (« {self.label(j, feast[1])} ») : "
                                 "lequel des deux ?")
            return k
        if (found := self._weekday(j)) is None or self.explicit(found[1], bare_day=True) is not None:
            return None
        wd, k = found
        if self.word(i) == "(":
            if self.word(k) != ")":
                return None
            k += 1
        if day.weekday() != wd:
            raise _contradiction(day, wd)
        return k

    def _feast_restated(self, j: int) -> tuple[date, int] | None:
        """A feast said at `j` after the date as the day's name (« , lundi de Pentecôte, ») or as the day of a feast
        (« , jour de l'Ascension, », « (jour de Noël) »: probing after blind set 42, both refused for the hour after
        them): its day and the index after it. « jour de » makes a bare feast its day, as « le jour de » does."""
        if (feast := holiday_at(self, j, self.today)) is not None or self.word(j) != "jour":
            return feast
        k = self.seq(j + 1, "de", "du")
        return holiday_at(self, k, self.today, counted_from=True) if k is not None else None

    def short_weekday(self, i: int) -> tuple[date, int] | None:
        """Swiss agenda style `je 18.3`, `Lu 7 déc`: a two-letter weekday only
        before a date with its month, checked against it (alone, `me` or `ma`
        are ordinary words)."""
        wd = _SHORT_WEEKDAYS.get(self.word(i))
        if wd is None:
            return None
        j = i + 1 + (self.word(i + 1) == "." and self.adjacent(i + 1))
        if (found := self.explicit(j, bare_day=False)) is None:
            return None
        day, k = found
        if day.weekday() != wd:
            raise _contradiction(day, wd)
        return day, k

    def _rank(self, j: int) -> tuple[int, int] | None:
        """A weekday's rank in its month at `j` (« 2e », « deuxième », « dernier », « avant-dernier ») and the index
        after it, or None."""
        key = self.word(j)
        if self.num(j) is not None and self.adjacent(j + 1) and self.word(j + 1) in ("er", "re", "ere", "e", "eme", "nd"):
            key, j = key + self.word(j + 1), j + 1
        if (k := self.seq(j, "avant - dernier", "avant - derniere", "avant dernier", "avant derniere")) is not None:
            key, j = "avant-dernier", k - 1  # « l'avant-dernier jeudi du mois » (blind set 17): the last but one
        return (ORDINALS[key], j + 1) if key in ORDINALS else None

    def rank_after(self, i: int, day: date) -> int | None:
        """« jeudi 14 janvier (2e jeudi du mois) à 14h », « lundi 1er février, premier lundi du mois, 10h » (blind set
        23): the day's rank in its month said after it, checked against the day itself (« du mois » is then the day's
        month, not today's); the index after it, or None when no rank of that month follows."""
        if self.word(i) not in ("(", ","):
            # « … 9h le premier mardi du mois »: with no bracket nor comma before it, the series the sitting opens
            # (a recurrence, checked against the first date by the /seance command), not a rank restating the day.
            return None
        j = self.seq(i + 1, "le", "l '") or i + 1
        if (ranked := self._rank(j)) is None or (found := self._weekday(ranked[1])) is None:
            return None
        (nth, _), (wd, k) = ranked, found
        if (m := self.seq(k, *_THIS_MONTH)) is not None and self.word(m) not in ("de", "d", "prochain", "suivant"):
            k = m
        elif (m := self.seq(k, "de", "d '", "du mois de", "du mois d '")) is not None and month_of(self.word(m)) == day.month:
            k = m + 1
        else:
            return None
        if self.word(i) == "(":
            if self.word(k) != ")":
                return None
            k += 1
        if nth_weekday(day.year, day.month, nth, wd) != day:
            raise InputError(f"Le {format_day(day)} n'est pas « {self.label(j, k).rstrip(' )')} » : lequel des deux ? "
                             "Je ne devine pas : donnez la date seule.")
        return k

    def nth_weekday(self, i: int) -> tuple[date, int] | None:
        j = self.seq(i, *_WEEKDAY_DEADLINE) or i  # « d'ici le 3e vendredi de janvier », as « d'ici vendredi » (blind set 23)
        # « (reportée) au premier mardi de mai »; « la deuxième mardi »: the article's gender slipped (blind set 24)
        j = self.seq(j, "le", "au", "l '", "la") or j
        if (ranked := self._rank(j)) is None or (found := self._weekday(ranked[1])) is None:
            return None
        nth, (wd, j) = ranked[0], found
        said = self.label(i, j)
        said_year: int | None = None
        if (k := self.seq(j, "du mois prochain", "du mois suivant")) is not None:
            year, month = (self.today.year + 1, 1) if self.today.month == 12 else (self.today.year, self.today.month + 1)
        elif (k := self.seq(j, "du mois de", "du mois d '", "de", "d '", "en")) is not None and (month := month_of(self.word(k)) or 0):
            if self.word(k) == "sept" and self.word(k + 1) in ("a", "-", "–") and self.word(k + 2) not in ("", "h"):
                raise InputError(f"« {self.label(i, k + 3)} » : en septembre, ou de 7h à … ? Je ne devine pas. "
                                 "Écrivez le mois en entier (« septembre ») ou l'heure avec « h » (« de 7h à 9h »).")
            said_year, k = self._year(k + 1 + (self.word(k + 1) == "." and self.adjacent(k + 1)))  # « de sept. »
            year = said_year or self.today.year
            if said_year is None and (after := self.seq(k, "prochain")) is not None and (
                    self.word(after) in ("", ",", ":", ";", "(", "–", "—", "-") or read_clock(self, after) is not None):
                # « le 2e jeudi de janvier prochain » (blind set 23): the next one, as without the word; said in
                # that month, this month's or next year's? asked. (Before a noun, « … de mars prochain CA », the
                # word may be the noun's: left to the rest check.)
                if month == self.today.month:
                    raise InputError(f"« {self.label(i, after)} » : celui de ce mois-ci, ou celui de l'an prochain ? "
                                     f"Je ne devine pas : précisez l'année (ex. « {self.label(i, k)} {year + 1} »).")
                k = after
        elif (k := self.seq(j, *_THIS_MONTH)) is not None and self.word(k) not in ("de", "d", "prochain", "suivant"):
            # « le dernier mercredi du mois »: this month's, never next year's; passed, it is asked for again
            year, month, said_year = self.today.year, self.today.month, self.today.year
            day = nth_weekday(year, month, nth, wd)
            if day is not None and day < self.today:
                raise InputError(f"« {self.label(i, k)} », c'était le {format_day(day)} : c'est passé. "
                                 f"Pour le mois prochain, écrivez « {said} du mois prochain ».")
        else:
            raise InputError(
                f"« {said} » : de quel mois ? Écrivez par ex. « {said} du mois prochain » ou « {said} de janvier », "
                "ou la date elle-même. Pour une séance récurrente, donnez la première date puis « … du mois »."
            )
        day = nth_weekday(year, month, nth, wd)
        if said_year is None:
            # « le dernier jeudi de novembre » typed on Friday 28 November was read as next year's (blind set 16's
            # probes): one that passed less than two weeks ago is a slip, as a day and month are
            # (date_calendar.next_occurrence), last year's too (« le dernier vendredi de décembre » on 3 January)
            passed = [d for d in (nth_weekday(year - 1, month, nth, wd), day) if d is not None and d < self.today]
            if passed and self.today - passed[-1] < ROLLOVER_REFUSAL:
                raise InputError(f"« {self.label(i, k)} », c'était le {format_day(passed[-1])} : c'est passé. Pour l'an "
                                 f"prochain, précisez l'année (ex. « {self.label(i, k)} {passed[-1].year + 1} »).")
        if said_year is None and (day is None or day < self.today) and (year, month) <= (self.today.year, self.today.month):
            day = nth_weekday(year + 1, month, nth, wd)  # "de mars" in December: next year's
        if day is None:
            raise InputError(f"Il n'y a pas de « {said} » en {month:02d}/{year}.")
        return day, k
