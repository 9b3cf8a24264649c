"""The French date reader: a small grammar walked over tokens.

It reads, from the start of a text, one day and at most one time (in either
order, `à`, `le`, commas between) and stops at the first word that is
neither; what it did not consume is the rest (a place, a deadline's text),
sliced out of the original. Every form is read exactly or refused with a
French explanation: a span that names no day (`la semaine prochaine`), a
weekday that contradicts the date, an ordinal weekday without its month.

Days (relative to `today`):
- `aujourd'hui`, `demain`, `après-demain`, `ce soir`, `dans 3 jours`,
  `dans quinze jours` (14), `dans huit jours` (7), `dans 2 semaines`;
- a weekday alone: the next such day after today (`ce lundi`: today counts);
  `<jour> prochain`, `<jour> (de) la semaine prochaine/suivante`: that day of
  next calendar week; `<jour> d'après`: the one after the coming one;
  `<jour> en huit` / `en quinze`: that day one / two weeks after this week's;
- `17/09`, `17.09.2027`, `10-12-2026`, `2026-12-03`, `17 02`, `20 02 2014`,
  `17 septembre`, `1er mars`, `premier mars`; `le 16`, `mercredi 13`: the
  next such day of month; a weekday before a date is checked against it
  (`mardi 31-08`: day-month with a dash only after a weekday or `le`);
- `d'ici vendredi`, `pour vendredi 19 mars`, `avant vendredi`: the day itself;
- `le premier mercredi du mois prochain`, `le 2e mardi de janvier`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from handlers.date_calendar import format_day, make_date, next_day_of_month, next_occurrence
from handlers.date_countdown import countdown_at
from handlers.date_counted import counted_at
from handlers.date_working_days import working_day_at
from handlers.date_clock import STREET_WORDS, ClockReading, counted_noun, priced, read_clock, refuse_loose_minutes
from handlers.date_guard import refuse_after_clock, refuse_weekday_then_number
from handlers.date_relative import BOUND_TEXT, MAX_AHEAD_DAYS, Day, RelativeDays
from handlers.date_holidays import holiday_at
from handlers.date_leadins import leadin_at
from handlers.date_pasted import heading_at
from handlers.date_part_first import part_then_day
from handlers.date_lengths import read_timed
from handlers.date_month_said import month_said
from handlers.date_month_words import day_said_next, month_words, year_in_words
from handlers.date_moved import moved_lead, refuse_counted_from_moved
from handlers.date_numbers import spaced_sept, spoken_number
from handlers.date_shorthand import expand_shorthand
from handlers.date_week_numbers import week_then_day
from handlers.date_year_said import this_year_said
from handlers.date_words import PERIOD_NOUNS, fold, month_of, normalize, tokenize, weekday_of
from handlers.messages import InputError

__all__ = ["BOUND_TEXT", "MAX_AHEAD_DAYS", "Reader", "Reading", "find_day", "read"]

_SPANS = (
    "cette semaine", "la semaine prochaine", "semaine prochaine", "la semaine suivante", "la semaine d ' apres",
    "le mois prochain", "le mois suivant", "ce mois - ci", "ce mois", "ce week - end", "ce weekend",
    "le week - end prochain", "le weekend prochain", "le week - end", "le weekend", "dans la semaine",
    "en fin de semaine", "fin de semaine", "en debut de semaine", "debut de semaine", "fin du mois",
    "debut du mois", "la semaine du", "courant", "fin", "debut", "mi", "en",
)
# After « fin de », « début du »: the words that make it a span of days (« fin de la semaine », « début d'année »);
# « fin du mandat », « début des travaux » name something else.
_PERIOD_WORDS = frozenset({*PERIOD_NOUNS, "semaines", "annee", "an", "journee", "matinee", "apres", "soiree", "soir",
                           "matin", "periode", "vacances", "conges", "fetes", "ete", "hiver", "printemps", "automne",
                           "exercice", "rentree", "saison", "prochain", "prochaine", "mi", "ce", "cette"})
_DEADLINE_PREFIX = ("au plus tard le", "au + tard le", "d ' ici le", "d ' ici au", "avant le", "pour le", "pr le", "jusqu ' au", "en date du",
                    "date limite le", "date limite :", "date limite", "dernier delai le", "dernier delai :", "dernier delai")
# A month's name clipped where two names begin so (blind set 20): after a day of the month, neither is guessed.
_CLIPPED_MONTHS = {"ju": "juin ou juillet", "jui": "juin ou juillet", "ma": "mars ou mai", "mar": "mars, ou mardi"}
_PADDED_MONTHS = tuple(f"{m:02d}" for m in range(1, 10))
_BULLETS = ("·", "•", "-", "–", "—", "→", "*", "▪", "◦", ">")
# The rubric a minutes' line puts before the date it gives (« Prochaine séance le 17 avril 9h »).
_RUBRICS = (*(f"{first}{noun}" for first in ("prochaine ", "prochain ", "") for noun in (
    "seance", "reunion", "rencontre", "session", "comite", "rdv", "rendez - vous", "rendez vous",
    "ag", "assemblee generale", "conseil d ' administration", "copil", "comite de pilotage", "pleniere")),
    "prochain ca", "ca du", "ca le", "ca :", "quand",  # « AG le 22 mars à 18h », « CA du 22 mars » (not « ca 15h »: circa)
    "date et heure", "date et lieu", "date limite", "date butoir", "date - butoir", "date", "echeance", "delai",
    # a deadline as set in chat (blind set 15): « deadline vendredi 2 avril : … », « à rendre pour le 2 avril : … »
    "deadline", *(f"a {verb}{after}" for verb in ("rendre", "remettre", "envoyer", "renvoyer") for after in (" pour", "")))
# (the longer rubrics first: « délai de réponse : 2 avril » is not « délai » then « de réponse »)
_RUBRICS = (*(f"date de la {first}{noun}" for first in ("prochaine ", "") for noun in ("seance", "reunion")),  # (blind set 21's probes)
            *(f"{noun} {done}" for noun in ("date", "option", "creneau", "horaire") for done in (  # a poll's result (blind set 19)
               "retenue", "retenu", "choisie", "choisi", "fixee", "fixe", "arretee", "arrete", "confirmee", "confirme", "definitive", "definitif")),
            "delai de reponse", "delai de retour", "date de retour", "date de rendu", "retour attendu", "retours attendus",
            "reponse attendue", "reponses attendues", *_RUBRICS)
# After a meeting's rubric, the participle that sets its date (« Prochaine séance fixée au … »); not « initialement
# prévue », « reportée » (a move: date_moved.py).
_SET_FOR = tuple(f"{verb}{end}" for verb in ("fixe", "prevu", "programme", "arrete", "retenu", "planifie", "convoque")
                 for end in ("e", "", "es", "s"))
# Said after a deadline's day: part of the date, not of its text (« jusqu'au 15 janvier inclus : dossiers »;
# also between brackets: « 15 janvier (au plus tard) »).
_DEADLINE_AFTER = ("au plus tard", "dernier delai", "au plus tot", "inclusivement", "inclus", "compris", "delai de rigueur",
                   "delai imperatif", "dernier carat", "sans faute", "imperativement",  # Belgian « dernier carat »
                   "au + tard",  # « lundi 29 au + tard : rapport », as typed in chat (blind set 15)
                   "jour pour jour",  # « dans 3 semaines jour pour jour : budget » (blind set 15): exactly that day
                   "eod", "cob")  # « vendredi EOD : rapport »: end of day, close of business, as chat writes it


def ask_spaced_sept(said: str, value: int) -> None:
    """« le vingt sept à 10h »: dictated, the 27th; typed, « vingt » and « sept » may be the 20th of September
    (read so before blind set 16). Neither is guessed."""
    raise InputError(f"« {said} » : le {value}, ou le {value - 7} septembre ? Je ne devine pas : écrivez « le {value} » "
                     f"(ou « le {said.split()[-2]}-sept »), ou « le {value - 7} septembre ».")


def _no_day(said: str, today: date) -> None:
    """A period said where a day is expected (« fin janvier 14h » for a meeting): the example a week ahead of today,
    never a fixed day that passes (blind set 36; a due date reads a period's end first, handlers/period_end.py)."""
    ahead = today + timedelta(days=7)
    day = format_day(ahead).rsplit(" ", 1)[0]
    raise InputError(f"« {said} » ne dit pas quel jour : je ne devine pas. Précisez le jour "
                     f"(ex. « {day} 14h » ou « {day.split()[0]} prochain 14h »).")


@dataclass(frozen=True, slots=True)
class Reading:
    day: date | None
    clock: ClockReading | None
    rest: str
    said: str  # the date expression as typed


class Reader(RelativeDays):
    def __init__(self, text: str, today: date, zone: str | None = None) -> None:
        super().__init__(expand_shorthand(tokenize(fold(text))), text)  # « dem1 », « la sem pro » (blind set 20)
        self.today = today
        self.zone = zone  # the group's time zone's name: which days are public holidays (date_working_days)

    # -- explicit dates ------------------------------------------------------

    def _year(self, i: int) -> tuple[int | None, int]:
        if self.num(i, 4) is not None and len(self.word(i)) == 4:
            return int(self.word(i)), i + 1
        # « deux mille vingt-six »; « de l'année en cours » (blind set 28): this year's
        return year_in_words(self, i) or this_year_said(self, i, self.today) or (None, i)

    def _dayword(self, i: int) -> tuple[int, int] | None:
        """`17`, `1er`, `premier` -> (day, next index)."""
        if self.word(i) == "premier":
            return 1, i + 1
        if (spelled := spoken_number(self, i)) is not None and 2 <= spelled[0] <= 31 and self.word(i - 1) != "-":
            k = spelled[1]  # « le deux janvier », « le vingt-trois mars », « le trente et un », dictated « le vingt neuf mars »
            if spaced_sept(self, i, k) and month_of(self.word(k)) is None:
                ask_spaced_sept(self.label(i, k), spelled[0])  # « le vingt sept à 10h »: the 27th, or 20 September?
            if month_of(self.word(k)) is not None and month_of(self.word(k + 1)) is None or month_words(self, k) or (
                    (self.word(i - 1) == "le" or weekday_of(self.word(i - 1)) is not None)
                    and (k == len(self.toks) or read_clock(self, k + (self.word(k) in ("a", ","))))):
                return spelled  # without a month only after « le » or a weekday, before a time: « le vingt-cinq à 19h »
            if (self.word(i - 1) in ("le", "au") or weekday_of(self.word(i - 1)) is not None) and self._closes_day(k):
                return spelled  # a deadline's day in words (blind set 16's probes): « pour le vingt-cinq : rapport »
        if (n := self.num(i)) is None:
            return None
        if self.word(i + 1) in ("er", "re", "ere", "ier") and self.adjacent(i + 1):
            return n, i + 2
        if n == 1 and self.word(i + 1) in ("er", "ier") and month_of(self.word(i + 2)) is not None:
            return n, i + 2  # « le 1 er avril »: a phone's space before the ordinal's ending (blind set 15), with its month
        if (self.word(i + 1) in ("e", "eme", "ieme") and self.adjacent(i + 1) and self.word(i + 2).isalpha()
                and month_of(self.word(i + 2)) is not None):
            return n, i + 2  # « le 12e janvier », « le 12ème janvier »: a day said as an ordinal (blind set 24's probes)
        if self.word(i + 1).isalpha() and self.adjacent(i + 1) and month_of(self.word(i + 1)) is None:
            return None  # "3e version", "2h": not a day of the month
        if priced(self, i + 1):
            return None  # « samedi 10€ … », « mardi, 15 % de remise »: an amount
        return n, i + 1

    def _closes_day(self, k: int) -> bool:
        """What may close a day of the month said in words, as the same day in digits is read (« le 25 :
        rapport »): a colon, a spaced dash, a comma, « au plus tard »; not a noun (« le deux pièces »)."""
        if self.word(k) in (":", ",", ";", "–", "—") or (self.word(k) == "-" and not self.adjacent(k)):
            return True
        return self.seq(k, "au plus tard", "au + tard", "dernier delai", "delai de rigueur", "inclus", "compris") is not None

    def _is_time_next(self, i: int) -> bool:
        """The number before `i` is an hour: `17h`, `17 heures`, `17:30` (a
        spaced colon is punctuation: « vendredi 17 : relire … »)."""
        if self.word(i) == ":":
            return self.adjacent(i) and self.adjacent(i + 1) and self.num(i + 1) is not None
        return self.word(i) in ("h", "heure", "heures", "hr", "hrs", "hre", "hres", "pm", "am") or self.seq(i, "p . m .", "a . m .") is not None

    def _spaced_month(self, i: int) -> bool:
        """`17 02`, `13 12 10h`, `3 9 2027`: a month after a space only when
        written `02` or followed by a year, a time or nothing: in « le 25 4
        fiches », 4 is a count, not April."""
        after = i + 1
        return (self.word(i).startswith("0") or after >= len(self.toks) or self.word(after) == ","
                or (self.num(after, 4) is not None and len(self.word(after)) == 4) or read_clock(self, after) is not None)

    def _refuse_spaced_month(self, j: int, k: int) -> None:
        """« le 14 11 Mairie »: the 14/11, or the 14th and « 11 Mairie »? A
        month after a space is read only as `02` or before a year, a time or
        nothing (`_spaced_month`); elsewhere a number that could be the month
        is asked about, unless it counts something (« le 25 4 fiches »)."""
        m = self.num(k)
        if m is None or not 1 <= m <= 12 or self.adjacent(k) or (self.adjacent(k + 1) and self.word(k + 1).isalpha()):
            return
        spaced_dash = self.word(k + 1) in ("-", "–", "—") and not self.adjacent(k + 1)
        if (read_clock(self, k) is not None and not spaced_dash) or counted_noun(self, k + 1):
            return  # « le 16 9h », « le 16 10-12h »; but « le 13 11 – 17h »: 11h–17h, or the 13/11 at 17h?
        day, said = self.label(j, k), self.label(j, k + 1)
        raise InputError(
            f"« {said} » : le {day}/{m:02d}, ou le {day} suivi de « {self.word(k)} … » ? Je ne devine pas. "
            f"Écrivez « {day}/{m:02d} » pour la date, ou une virgule après le jour (« {day}, {self.word(k)} … »)."
        )

    def explicit(self, i: int, bare_day: bool) -> tuple[date, int] | None:
        j, after_au = i, self.word(i) == "au"
        if (k := self.seq(j, *_DEADLINE_PREFIX, "le", "du", "au")) is not None:
            j, bare_day = k + (self.word(k) == "le" == self.word(k - 1)), True  # « le le 12 janvier »: typed twice
        w = self.word
        if self.num(j, 4) and len(w(j)) == 4 and w(j + 1) == "-" and self.num(j + 2) and w(j + 3) == "-" and self.num(j + 4):
            label = self.label(j, j + 5)
            return make_date(int(w(j)), int(w(j + 2)), int(w(j + 4)), label), j + 5
        if (d := self.num(j)) is not None and (found := self._careless_numeric(j)) is not None:
            return found  # « 12 /02 », « 12/02/ 2027 », « 12..02 » (blind set 20)
        if (d := self.num(j)) is not None and w(j + 1) in ("/", ".", "-") and self.adjacent(j + 1) and self.adjacent(j + 2):
            sep, m = w(j + 1), self.num(j + 2)
            if m is not None and not self._is_time_next(j + 3):
                if (w(j + 3) == sep and self.adjacent(j + 3) and self.adjacent(j + 4) and self.num(j + 4, 4) is not None
                        and len(w(j + 4)) in (2, 4)):
                    label, year = self.label(j, j + 5), int(w(j + 4))
                    return make_date(year + 2000 if len(w(j + 4)) == 2 else year, m, d, label), j + 5
                # "31-08" only where a day is expected ("mardi 31-08", "le 31-08"), or with a time or a month
                # « 08 » after it (« 3-12 à 14h », « 15-07 rapport »): elsewhere "9-11" may be hours
                if sep != "-" or bare_day or read_clock(self, j + 3) is not None or w(j + 2) in _PADDED_MONTHS:
                    k = j + 3 + (sep == "." and w(j + 3) == "." and self.adjacent(j + 3))  # Swiss "17.3."
                    if (sep != "-" and self.num(k, 4) and len(w(k)) == 4 and 1900 <= int(w(k)) <= 2100
                            and not self.adjacent(k + 1)):  # (not « 9/7 2027-T2 »: a quarter; a far year is then bounded)
                        return make_date(int(w(k)), m, d, self.label(j, k + 1)), k + 1  # « 30/04 2027 », « 29.10. 2027 »
                    if (this_year := this_year_said(self, k, self.today)) is not None:  # « le 30/04 de l'année en cours »
                        return make_date(this_year[0], m, d, self.label(j, this_year[1])), this_year[1]
                    return next_occurrence(m, d, self.today, self.label(j, k)), k
        if (d := self.num(j)) is not None and (m := self.num(j + 1)) is not None and not self.adjacent(j + 1):
            if 1 <= m <= 12 and not self._is_time_next(j + 2) and self._spaced_month(j + 1):
                year, k = self._year(j + 2)
                label = self.label(j, k)
                return (make_date(year, m, d, label) if year else next_occurrence(m, d, self.today, label)), k
        if (found := self._dayword(j)) is not None:
            d, k = found
            month = month_of(w(k)) if w(k).isalpha() else None
            stop = k + 1 + (w(k + 1) == "." and self.adjacent(k + 1))
            if month is None and (other_way := month_said(self, k)) is not None:
                month, stop = other_way  # « le 12 du mois 1 », « le 3 du mois de février », « le 8 de novembre » (blind set 24)
            if month is not None:
                year, k = self._year(stop)
                if year is None and (after := self.seq(k, "prochain", "qui vient")) is not None:
                    k = after  # "le 7 décembre prochain": the next one, as without the word
                label = self.label(j, k)
                return (make_date(year, month, d, label) if year else next_occurrence(month, d, self.today, label)), k
            if month is None and w(k) in _CLIPPED_MONTHS and not (self.word(k + 1).isalpha() and self.word(k + 1) != "a"):
                said = self.label(j, k + 1)  # « le 3 jui : bilan » (blind set 20: read as the 3rd with « jui » as the text)
                raise InputError(f"« {said} » : {_CLIPPED_MONTHS[w(k)]} ? Je ne devine pas : écrivez le mois en entier "
                                 f"(ex. « {self.label(j, k)} {_CLIPPED_MONTHS[w(k)].split()[0].rstrip(',')} »).")
            if (next_said := day_said_next(self, k, d, self.today, self.label(j, k))) is not None:
                return next_said  # « le 14 prochain » (blind set 22)
            if (said_month := month_words(self, k)) is not None:
                offset, k = said_month  # « le 18 courant », « le 3 du mois prochain »
                month_start = (self.today.replace(day=1) + timedelta(days=32 * offset)).replace(day=1)
                return make_date(month_start.year, month_start.month, d, self.label(j, k)), k
            if bare_day and w(k) in PERIOD_NOUNS:
                _no_day(self.label(j, k + 1), self.today)  # « au premier trimestre », « le 1er semestre »: no day of the month
            if bare_day and not self._is_time_next(k) and month_of(w(k)) is None:
                if (after_au or d > 31) and (w(k) in STREET_WORDS or counted_noun(self, k)):
                    return None  # « jeudi au 12 rue des Écoles », « mercredi 45 avenue Foch »: an address, not a day
                if counted_noun(self, k) or (w(k) in STREET_WORDS and w(k) not in ("bis", "ter")):
                    # « vendredi 12 rapports », « mardi 6 rue du Lac », « lundi 1er étage »: the day, or a count,
                    # a street number, a floor? Either reading would be a guess.
                    said = self.label(j, k + 1)
                    raise InputError(
                        f"« {said} » : le {self.label(j, k)} du mois, ou « {said} » dans le texte ? Je ne devine pas. Pour la date, "
                        f"ajoutez le mois (ex. « {self.label(j, k)} mars ») ; pour le texte, un deux-points avant "
                        f"(« … : {said} »)."
                    )
                self._refuse_spaced_month(j, k)
                return next_day_of_month(d, self.today, self.label(j, k)), k
        return None

    def _careless_numeric(self, j: int) -> tuple[date, int] | None:
        """A day and month typed fast (blind set 20): a slash with a space on one side only (« 12 /02 », « 12/ 02 »,
        « 12/02/ 2027 », « 02 /12 /2027 »: a spaced slash on both sides is a separator, « 12.1 / 14h »), or a dot
        typed twice (« 12..02 »). The year after a careless slash only in four digits."""
        w, d = self.word, self.num(j)
        if w(j + 1) == "." and w(j + 2) == "." and self.adjacent(j + 1) and self.adjacent(j + 2) and self.adjacent(j + 3):
            m = self.num(j + 3)
            if m is None or self._is_time_next(j + 4) or w(j + 4) == ".":
                return None
            return next_occurrence(m, d, self.today, self.label(j, j + 4)), j + 4
        def careless(k: int) -> bool:  # the slash at `k` touches exactly one of its neighbours
            return w(k) == "/" and self.adjacent(k) != self.adjacent(k + 1)
        tidy = w(j + 1) == "/" and self.adjacent(j + 1) and self.adjacent(j + 2)
        if not (careless(j + 1) or tidy) or (m := self.num(j + 2)) is None or self._is_time_next(j + 3):
            return None
        if w(j + 3) == "/" and (careless(j + 3) or (careless(j + 1) and self.adjacent(j + 3) and self.adjacent(j + 4))):
            if self.num(j + 4, 4) is None or len(w(j + 4)) != 4:
                return None
            return make_date(int(w(j + 4)), m, d, self.label(j, j + 5)), j + 5
        if not careless(j + 1):
            return None
        return next_occurrence(m, d, self.today, self.label(j, j + 3)), j + 3

    # -- the rest --------------------------------------------------------------

    def span(self, i: int) -> None:
        """Refuse the phrases that name a week or a month, not a day."""
        if self.word(i).isalpha() and month_of(self.word(i)) is not None:
            j: int | None = i + 1  # "mars 14h": a month, no day
        else:
            j = self.seq(i, *_SPANS)
        if j is None:
            return
        head = self.word(i)
        if head in ("en", "courant", "fin", "debut", "mi") and not (month_of(self.word(j)) or self.word(j) in ("-",)):
            if head not in ("fin", "debut") or self.word(j) not in ("de", "du"):
                return
            k = j + 1 + (self.word(j + 1) in ("la", "l", "le", "les", "ce", "cette", "cet"))
            k += self.word(k) == "'"
            if self.word(k).isalpha() and self.word(k) not in _PERIOD_WORDS and month_of(self.word(k)) is None:
                return  # « 15.01.31 : fin du mandat » (blind set 17): an end that names no period is the text's
        j += head == "mi" and self.word(j) == "-"  # « mi-mars », said whole in the refusal (it said « mi- »)
        _no_day(self.label(i, min(j + 1, len(self.toks))) if head in ("en", "courant", "fin", "debut", "mi") else self.label(i, j),
                self.today)

    def _holiday(self, i: int) -> tuple[date, int] | None:
        """A holiday, and its date said again after it, checked (« la Saint-Nicolas, lundi 6 décembre, 16h »,
        blind set 17: the date was left in the rest and refused)."""
        if (got := holiday_at(self, i, self.today)) is None:
            return None
        day, j = got
        opened = self.word(j) in (",", "(")
        k = j + opened
        if not opened or (again := self.weekday_phrase(k) or self.explicit(k, bare_day=False)) is None:
            return got
        other, m = again
        if other != day:
            raise InputError(f"« {self.label(i, m)} » : le {format_day(day)} ou le {format_day(other)} ? "
                             "Je ne devine pas : donnez la date.")
        if self.word(j) == "(":
            return (day, m + 1) if self.word(m) == ")" else got
        return day, m

    def day_at(self, i: int) -> tuple[Day, int] | None:
        if (found := self.relative(i)) is not None:
            return found
        if (found := part_then_day(self, i)) is not None:
            return found  # « dans la matinée du 12 à 10H » (blind set 28)
        for reader in (lambda k: countdown_at(self, k), lambda k: working_day_at(self, k, self.zone), self.week_then_weekday,
                       lambda k: week_then_day(self, k), self._holiday, lambda k: counted_at(self, k),
                       self.nth_weekday, self.weekday_phrase, self.short_weekday,
                       lambda k: self.explicit(k, bare_day=False)):
            if (got := reader(i)) is not None:
                if (part := self._day_part(got[1])) is not None:
                    return Day(got[0], part[0]), part[1]  # "mercredi soir 19h30", "le 3 décembre au matin"
                return Day(got[0], None), got[1]
        self.span(i)
        return None


# Between day and time, as calendars export them (blind set 19): Google's « jeudi 14 janvier⋅09:30 – 11:00 », a
# middle dot, a bullet; a spaced slash (« mardi 12.1 / 14h / local du club »: a glued one is a date's or a range's).
_PASTED_SEPARATORS = ("·", "⋅", "•", "∙")


def _iso_t(reader: Reader, i: int) -> bool:
    """ISO 8601's « T » between a date and its time (« 2027-01-12T14:00:00 »), glued to both."""
    return (reader.word(i) == "t" and reader.adjacent(i) and reader.adjacent(i + 1) and reader.num(i - 1) is not None
            and reader.num(i + 1) is not None and reader.word(i + 2) == ":")


def read(raw: str, today: date, zone: str | None = None) -> Reading:
    """Read a day and a time at the start of `raw` (`zone`: the group's, for its public holidays); see the
    module docstring."""
    text = normalize(raw)
    reader = Reader(text, today, zone)
    day: Day | None = None
    clock: ClockReading | None = None
    i = 0
    while reader.word(i) in _BULLETS and i < 2:
        i += 1  # a line pasted from a list: « · 22 septembre : … », « - jeudi 14 janvier 9h »
    if (k := heading_at(reader, i)) is not None:
        i = k  # « Invitation : mar. 12 janv. 2027 14:00 », « Rappel : jeu. 14 janv. 09:30 » (blind set 27)
    # « Prochaine séance le 17 septembre … », « Date : jeudi … »: the minutes' rubric, pasted with the date; the
    # command already says it. A rubric of a single word (« Date », « Réunion ») only before « le », « du », « : »
    # or a time (« réunion 14h » then lacks its day; « Réunion 12 janvier » may be a title).
    if (k := reader.seq(i, *_RUBRICS)) is not None and (after := reader.seq(k, *_SET_FOR)) is not None and reader.word(after) in (
            "le", "au", "du", "pour"):
        i = after  # « Prochaine réunion fixée au mardi 19 courant, 14h », « Réunion prévue le … » (blind set 21's probes)
    elif (k := reader.seq(i, *_RUBRICS)) is not None and (
            reader.word(k) in (":", "le", "du", "au") or k - i > 1 and reader.word(k - 1) not in ("date", "echeance", "delai")
            or read_clock(reader, k) is not None or weekday_of(reader.word(k)) is not None  # « RDV jeudi 15 avril »
            or reader.word(k) in ("demain", "aujourd", "apres") and k - i == 1 and reader.word(i) == "rdv"):  # « rdv dem1 14h »
        i = k
    # « reportée au mardi 6 avril, 14h », « la séance est décalée à jeudi 14h »: the new date of a move
    moved = (k := moved_lead(reader, i)) is not None
    i = k if k is not None else i
    if not moved and (k := leadin_at(reader, i)) is not None:
        i = k  # « Je vous propose de nous retrouver le jeudi 14 janvier à 10h … », pasted whole (blind set 19)
        if raw.rstrip().endswith("?"):  # « On se retrouve le 12/05 à 14h au local ? »: asked, not decided
            raise InputError(f"« {raw.strip()[:60]} » est une question : la date est-elle décidée ? Je n'enregistre qu'une "
                             "date ferme. Écrivez-la quand elle est confirmée (ex. « mercredi 12 mai 14h au local »).")
    while i and reader.word(i) in (",", ":"):
        i += 1
    if i and reader.word(i) == "du" and weekday_of(reader.word(i + 1)) is not None:
        i += 1  # « Séance du jeudi 1er avril 2027 à 14h » (« du 12 avril » is read by the date itself)
    lead = clock_at = i
    while True:
        while reader.word(i) in (",", ";") or (reader.word(i) in ("-", "–", "—", ":", "|", *_PASTED_SEPARATORS) and i > 0) or (
                i > 0 and reader.word(i) == "/" and not reader.adjacent(i) and not reader.adjacent(i + 1)) or _iso_t(reader, i):
            i += 1
        if clock is None and (got := read_timed(reader, i, None, dotted=day is not None)) is not None:
            clock, clock_at, i = got, i, got.stop  # with its length or end said in words (« 14h (durée 1h30) »)
            continue
        if (clock is None and reader.word(i) in ("(", "[") and (got := read_clock(reader, i + 1, None, dotted=day is not None))
                and reader.word(got.stop) in (")", "]")):  # « mardi 15 mai (14h) »: the time between brackets
            clock, clock_at, i = got, i + 1, got.stop + 1
            continue
        if day is None and (found := reader.day_at(i)) is not None:
            day, i = found
            i = reader.weekday_after(i, day.value) or i
            i = reader.rank_after(i, day.value) or i  # « jeudi 14 janvier (2e jeudi du mois) » (blind set 23)
            continue
        break
    if moved:
        refuse_counted_from_moved(reader, lead, i)  # « reportée au jeudi suivant »: after the meeting moved
    if day is not None and day.hint is not None and clock is None:  # « demain matin : rapport », « pour ce soir »
        raise InputError(f"« {reader.label(lead, i).rstrip(' ,;:–—-|')} » : à quelle heure ? Je ne devine pas. Donnez l'heure "
                         "(ex. « demain 10h ») ou le jour seul (« demain »).")
    refuse_loose_minutes(reader, clock, i)
    refuse_after_clock(reader, clock, i)
    refuse_weekday_then_number(reader, clock, clock_at, today)
    if day is not None and day.hint is not None and clock is not None:
        clock = read_timed(reader, clock_at, day.hint, dotted=True) or clock
        hour = clock.start.hour
        if ((day.hint == "soir" and hour < 12) or (day.hint == "matin" and hour >= 12) or (day.hint == "pm" and not 12 <= hour <= 19)
                or (day.hint == "fin" and not 17 <= hour <= 20)):  # « fin »: « en fin de journée » (blind set 21's probes)
            # « le 12 au soir à 8h du matin », « demain soir à minuit » (probing after blind set 18: read 08h00, 00h00
            # of that day): the part of the day said with the day and the time disagree
            raise InputError(f"« {reader.label(lead, i).rstrip(' ,;:–—-|')} » se contredit : précisez l'heure sur 24 heures "
                             "(ex. « le 12 à 20h »).")
    bracket = reader.word(i) == "(" or (reader.word(i) == "," and reader.word(i + 1) == "(")
    opened = i + (reader.word(i) == ",") + bracket
    if day is not None and (k := reader.seq(opened, *_DEADLINE_AFTER)) is not None and (not bracket or reader.word(k) == ")"):
        i = k + bracket  # "vendredi 19 mars au plus tard : rapport", « 15 janvier (inclus) »
        while reader.word(i) in (",", ":"):
            i += 1
    while i > 0 and (reader.word(i - 1) in ("-", "–", "—", ":", ";", "|", *_PASTED_SEPARATORS)
                     or reader.word(i - 1) == "/" and not reader.adjacent(i - 1)):
        i -= 1  # a dash the loop skipped but nothing followed: it belongs to the rest
    rest = text[reader.toks[i].start:] if i < len(reader.toks) else ""
    said = reader.label(lead, i)
    return Reading(day.value if day else None, clock, rest, said)


def find_day(raw: str, today: date) -> tuple[date, int, int] | None:
    """The first day named anywhere in `raw` (a question: « la séance du
    jeudi 10/12 ? »), with the span it covers in `raw` (NFC text), or None.
    What would be refused at the start of a command (a span of days, a
    weekday that contradicts the date) is not a day here either."""
    reader = Reader(normalize(raw), today)
    for i in range(len(reader.toks)):
        try:
            found = reader.day_at(i)
        except InputError:
            continue
        if found is not None:
            day, j = found
            return day.value, reader.toks[i].start, reader.toks[j - 1].end
    return None
