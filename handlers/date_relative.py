"""Days said relative to today in the date reader: `aujourd'hui`, `demain`,
`ce soir`, `dans quinze jours`, `d'ici 8 jours`, `aujourd'hui en huit`, and
the part of the day said after a day (`demain soir`, `mercredi en matinée`),
which tells what « 8h » means. Part of `handlers.date_reader`, whose `Reader`
inherits these phrases (moved out of it to keep it readable in one sitting).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from handlers.date_calendar import format_day, in_months
from handlers.date_clock import read_clock
from handlers.date_counted import days_counted
from handlers.date_numbers import spoken_number
from handlers.date_weekdays import WeekdayPhrases
from handlers.date_words import is_demain
from handlers.messages import InputError

__all__ = ["BOUND_TEXT", "MAX_AHEAD_DAYS", "Day", "RelativeDays"]

# Whatever is farther than this is refused, whichever way it was written.
MAX_AHEAD_DAYS = 5 * 365 + 1
BOUND_TEXT = "Greffier accepte les dates jusqu'à 5 ans à l'avance"
_DAY_PARTS = (("soir", "soir"), ("au soir", "soir"), ("en soiree", "soir"), ("dans la soiree", "soir"), ("matin", "matin"),
              ("au matin", "matin"), ("en matinee", "matin"), ("dans la matinee", "matin"), ("apres - midi", "pm"),
              ("apres midi", "pm"), ("dans l ' apres - midi", "pm"), ("dans l ' apres midi", "pm"), ("aprem", "pm"),
              ("en apres - midi", "pm"), ("en avant - midi", "matin"), ("avant - midi", "matin"),  # Quebec « avant-midi »: morning
              # Quebec « dans l'avant-midi », « en PM », « en AM » before the time (blind set 28's probes: refused)
              ("dans l ' avant - midi", "matin"), ("dans l ' avant midi", "matin"), ("l ' avant - midi", "matin"),
              ("en p . m .", "pm"), ("en pm", "pm"), ("en a . m .", "matin"), ("en am", "matin"),
              # « le 14 en début d'après-midi, à 14h », « le 2 en fin de matinée, vers 11h30 » (blind set 21): the part
              # of the day more closely, said before the time; alone it still asks « à quelle heure ? »
              *((f"en {edge} {part}", hint) for edge in ("fin", "debut") for part, hint in (
                  ("de matinee", "matin"), ("d ' apres - midi", "pm"), ("d ' apres midi", "pm"), ("d ' aprem", "pm"),
                  ("de soiree", "soir"))), ("en fin de journee", "fin"), ("en debut de journee", "matin"),
              # « samedi le matin à 9h », « le mardi 12 janvier le matin à 10h », « mercredi le soir à 6h » (blind set
              # 24): the part of the day with its article, as plain speech says it before the time
              ("le matin", "matin"), ("le soir", "soir"), ("l ' apres - midi", "pm"), ("l ' apres midi", "pm"),
              ("l ' aprem", "pm"))
# Before « demain », « aujourd'hui »: a deadline that day (« pour demain : relire le CR »), as « d'ici vendredi ».
_RELATIVE_DEADLINE = ("d ' ici", "pour", "au plus tard", "jusqu ' a", "date limite :", "date limite")


# After a count of days: calendar days, as the reader counts them; days it does not count (working days, « jours
# francs » that leave out the first and last); and where the count starts.
_CALENDAR_DAYS = ("calendaires", "calendaire", "calendrier", "civils", "pleins")
_OTHER_DAYS = ("ouvrables", "ouvrable", "ouvres", "ouvre", "ouvrees", "francs", "franc", "de travail", "travailles",
               "ouvrables", "de semaine")
_FROM = ("a compter de", "a compter du", "a compter d '", "a partir de", "a partir du", "a partir d '", "apres",
         "suivant", "suivants", "qui suivent", "a dater de", "a dater du", "a dater d '")
# « sous 8 jours à réception du courrier », « dans 15 jours à la signature » (probing after blind set 17): counted
# from an event, as « dès réception »; read from today, the event was left in the deadline's text
_EVENT_NOUNS = ("reception", "signature", "notification", "livraison", "publication", "parution", "envoi", "emission",
                "facturation", "validation", "approbation", "commande", "demande", "remise", "cloture")
_TODAY = ("aujourd ' hui", "ce jour", "maintenant", "la date du jour", "de ce jour")


@dataclass(frozen=True, slots=True)
class Day:
    value: date
    hint: str | None  # "soir" from "ce soir": applies to "8h"


class RelativeDays(WeekdayPhrases):
    """The relative half of the reader; `Reader` supplies the rest."""

    def relative(self, i: int) -> tuple[Day, int] | None:
        for phrase, offset, hint in (
            ("aujourd ' hui", 0, None), ("avant - hier", -2, None), ("hier", -1, None), ("ce soir", 0, "soir"), ("ce matin", 0, "matin"), ("cet apres - midi", 0, "pm"),
            ("apres - demain", 2, None), ("apres demain", 2, None), ("demain", 1, None),
            # Quebec « à soir », « à matin »: tonight, this morning, as « ce soir », « ce matin » (blind set 28)
            ("a soir", 0, "soir"), ("a matin", 0, "matin"),
        ):
            if (j := self.seq(i, phrase)) is not None or (
                    (k := self.seq(i, *_RELATIVE_DEADLINE)) is not None and offset >= 0 and (j := self.seq(k, phrase)) is not None) or (
                    phrase == "demain" and (j := self._demain_slip(i)) is not None):
                day = self.today + timedelta(days=offset)
                if offset >= 0 and (k := self.seq(j, "en huit", "en quinze")) is not None:
                    day, j = day + timedelta(days=7 if self.word(j + 1) == "huit" else 14), k  # « aujourd'hui en huit »
                if offset and (part := self._day_part(j)) is not None:
                    hint, j = part
                return Day(day, hint), j
        if (k := self.seq(i, "d '", "de")) is not None and (j := self.seq(k, "aujourd ' hui", "demain")) is not None and (
                after := self.seq(j, "en huit", "en quinze")) is not None:
            # « d'aujourd'hui en huit », « de demain en quinze » (blind set 17): as without « d' », « de »
            start = self.today + timedelta(days=self.word(k) == "demain")
            return Day(start + timedelta(days=7 if self.word(j + 1) == "huit" else 14), None), after
        if (k := self.seq(i, "sous huitaine", "sous quinzaine")) is not None:
            # « sous huitaine : réponse » (blind set 17): a week, as « sous huit jours »; « sous quinzaine »: two
            # (« dans une quinzaine » is said roughly, and stays refused)
            return Day(self.today + timedelta(days=7 if self.word(k - 1) == "huitaine" else 14), None), self._counted_from_today(i, k)
        if self.word(i) == "ce" and self.word(i + 1) == "midi":
            return Day(self.today, None), i + 1  # « ce midi »: today, and « midi » is read as the time
        if (ahead := self._ahead(i)) is not None:
            return self._in_week_of(ahead[0], i, ahead[1])
        # « jeudi dans trois semaines », « le mardi dans quinze jours »: that weekday in the week then
        if (found := self._weekday(self.seq(i, "le") or i)) is not None and (ahead := self._ahead(found[1])) is not None:
            return self._in_week_of(ahead[0], i, ahead[1], found[0])
        return None

    def _demain_slip(self, i: int) -> int | None:
        """The index after « demian », « pour deamin » (one typing slip of « demain »), or None."""
        k = self.seq(i, *_RELATIVE_DEADLINE) or i
        return k + 1 if self.word(k) != "demain" and is_demain(self.word(k)) else None

    def _ahead(self, i: int) -> tuple[date, int] | None:
        """« dans 3 jours »; « d'ici 8 jours », « sous 8 jours », « dans les 15 jours », Belgian « endéans les 15
        jours »: a deadline that far (the day, and the index after the phrase; a meeting refuses a bound: dates.py)."""
        # (« ds 15 jours »: « dans » as typed on a phone, blind set 15)
        # (« pour dans une semaine : le bilan »: a deadline said as the delay, blind set 24)
        n = self.seq(self.seq(i, "pour") or i, "dans les", "d ' ici les", "dans", "ds", "d ' ici", "sous", "endeans les", "endeans")
        if n is None or (counted := self._count(n)) is None:
            return None
        count, u = counted
        unit = self.word(u)
        if (days := days_counted(count, unit)) is not None:  # "huit jours" is a week, "quinze jours" two
            if unit == "sem" and self.word(u + 1) == "." and self.adjacent(u + 1):
                u += 1  # « dans 3 sem. 14h »: the abbreviation's dot belongs to it
        elif unit == "mois" and count <= 60:
            month_day = in_months(self.today, count, self.label(i, u + 1))  # « dans un mois »: that day of the month
            return month_day, self._counted_from_today(i, u + 1)
        else:
            return None
        if days > MAX_AHEAD_DAYS:
            raise InputError(f"« {self.label(i, u + 1)} » est trop loin : {BOUND_TEXT}.")
        end = self._counted_from_today(i, u + 1)
        # « dans 2 semaines jour pour jour 14h »: the count is exact (blind set 15); before a time too
        return self.today + timedelta(days=days), self.seq(end, "jour pour jour") or end

    def _counted_from_today(self, i: int, j: int) -> int:
        """After « dans 10 jours » (at `j`): what says how the days are counted (blind set 15's deadlines).
        Calendar days from today are what the reader counts (« calendaires », « à compter d'aujourd'hui » go
        with the date); working days, « jours francs » or days counted from another event are asked for: read
        as calendar days from today they were silently wrong (« dans 10 jours ouvrables : rapport »)."""
        if (k := self.seq(j, *_CALENDAR_DAYS)) is not None:
            j = k
        if (k := self.seq(j, *_OTHER_DAYS)) is not None:
            said = self.label(i, k)
            raise InputError(f"« {said} » : je compte les jours du calendrier, pas les jours ouvrables ni les jours francs "
                             "(fériés et week-ends selon le lieu) ; je ne devine pas. Donnez la date (ex. « vendredi 9 avril »).")
        if read_clock(self, j) is not None:
            return j  # « dans 3 jours à partir de 18h », « dans quinze jours dès 12h »: the time, read next
        at = j + (self.word(j) == ",")
        if self.word(at) == "a" and self.word(noun := self.seq(at + 1, "la", "l '") or at + 1) in _EVENT_NOUNS:
            raise InputError(f"« {self.label(i, noun + 1)} … » : compté à partir d'un autre jour qu'aujourd'hui ? Je ne devine "
                             "pas. Donnez la date elle-même (ex. « vendredi 9 avril »).")
        if (k := self.seq(j, *_FROM)) is not None or (self.word(j) == "des" and self.label(j, j + 1).lower() == "dès"
                                                        and (k := j + 1)):  # (« dès réception », not « des rapports »)
            if (today := self.seq(k, *_TODAY)) is not None:
                return today  # « dans 10 jours à compter d'aujourd'hui »: as without the words
            raise InputError(f"« {self.label(i, k + 1)} … » : compté à partir d'un autre jour qu'aujourd'hui ? Je ne devine pas. "
                             "Donnez la date elle-même (ex. « vendredi 9 avril »).")
        return j

    def _in_week_of(self, target: date, i: int, j: int, weekday: int | None = None) -> tuple[Day, int]:
        """« dans trois semaines jeudi » (or « jeudi dans trois semaines », `weekday` read before):
        that weekday in the week of `target`, read only when it is also the first such day from
        `target` on; otherwise (« dans trois semaines mardi » said on a Thursday: the Tuesday of that
        week, or the one after?) asked. Without a weekday after `j`: `target` itself."""
        k = j
        if weekday is None:
            at = self.seq(j, ", le", ",", "le") or j
            found = self._weekday(at)
            if found is None or self.explicit(found[1] + (self.word(found[1]) == ","), bare_day=True) is not None:
                return Day(target, None), j  # no weekday, or one before a date (« dans 2 semaines, jeudi 17 »): checked after
            weekday, k = found
        in_week = target + timedelta(days=weekday - target.weekday())
        if in_week < target:
            said = self.label(i, k)
            raise InputError(f"« {said} » : le {format_day(in_week)} (cette semaine-là) ou le "
                             f"{format_day(in_week + timedelta(days=7))} ? Je ne devine pas : donnez la date.")
        return Day(in_week, None), k

    def _count(self, i: int) -> tuple[int, int] | None:
        """« 3 », « huit », « vingt et un » (jours): the count and the index after it."""
        if (n := self.num(i, 4)) is not None:
            return (n, i + 1) if n else None
        return spoken_number(self, i)  # « dans vingt cinq jours », dictated

    def _day_part(self, i: int) -> tuple[str, int] | None:
        """`soir`, `en soirée`, `au matin`, `aprem` after a day: what « 8h » then means."""
        for phrase, hint in _DAY_PARTS:
            if (k := self.seq(i, phrase)) is not None:
                return hint, k
        return None
