"""A due date said as the end of a period (blind set 36): the one reading of /tache, /tache_modifier and /echeance.

A task's or a deadline's due date said as a period's end is that period's last day: « fin janvier » (31 January),
« (avant / d'ici / pour / au plus tard / jusqu'à) la fin du mois » (this month's), « … du mois prochain », « fin de
semaine » (this week's Friday: a working group's week ends on Friday), « fin T1 » / « fin du premier trimestre »
(31 March), « fin S1 » (30 June), « fin d'année » (31 December), « fin 2027 ». The day is handed to the date reader
as a plain date (« 31/01 », « 31/12/2026 ») so the past, the year of a month said without one and the five-year bound
are checked as for any date (« fin novembre » on 1 December is « le 30/11 »: passed, refused).

A span that names no end (« courant janvier », « début mars », « mi-février », « dans l'année », « au printemps »,
« bientôt »), the end of the school year (its date differs by zone and school), two ends (« fin janvier ou début
février ») and a period that does not exist (« fin T5 », « mi-trucmuche ») are refused, the example built from today.
A meeting (/seance) needs a day: it never reads any of this (the date reader refuses them).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from handlers.date_calendar import format_day
from handlers.date_words import fold, month_of, weekday_of
from handlers.messages import InputError

__all__ = ["PeriodEnd", "day_example", "period_end", "period_end_last", "vague_tail"]

# What may open a due date before the period: « d'ici la fin du mois », « d'ici à fin janvier », « au plus tard fin
# mars », « en fin de mois ».
_LEAD = (r"(?:(?:avant|d'ici(?:\s+a)?|pour|au\s+plus\s+tard|jusqu'(?:a|au|en)|a|en|dernier\s+delai|echeance\s*:?|date\s+limite\s*:?)"
         r"\s+)?(?:la\s+|l'\s*)?")
_YEAR = r"(?:\s+(?P<year>20\d\d))?"
_ORDINALS = {"premier": 1, "1er": 1, "1e": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "second": 2, "troisieme": 3, "3e": 3,
             "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4, "dernier": 4}
# Said just after a period's end, a second one: « fin janvier début février », « fin janvier ou fin février ».
_SECOND = re.compile(r"^\s*(?:,|/|-|ou\b|et\b|voire\b|debut\b|mi\b|mi-|courant\b|fin\b)")
# A span that names no end; « dès que possible », « rapidement » (ASAP) name no date at all.
_MONTH_WORD = r"(?P<month>[a-z]{3,10})(?![a-z])\.?"
_VAGUE_MONTH = re.compile(rf"{_LEAD}(?:(?:en\s+|au\s+)?debut|dans\s+le\s+courant|courant|(?:au\s+|vers\s+la\s+|a\s+la\s+)?"
                          rf"mi\s*-?|(?:au\s+)?milieu)\s*(?:de\s+|du\s+|d')?{_MONTH_WORD}{_YEAR}")
# A feast as a span's bound (folded): « Noël », « le jour de l'an », « Nouvel An », « la Saint-Sylvestre », « Pâques ».
_FEAST = (r"(?:(?:le\s+)?(?:jour|premier)\s+de\s+l'\s*an|(?:le\s+)?nouvel\s+an|(?:la\s+)?saint[\s-]sylvestre|noel|paques"
          r"|(?:la\s+)?(?:toussaint|pentecote|chandeleur)|l'\s*ascension|(?:le\s+)?reveillon|(?:la\s+)?rentree)")
_VAGUE_SPAN = re.compile(
    rf"{_LEAD}(?:(?:(?:en\s+|au\s+)?debut|dans\s+le\s+courant|courant|mi\s*-?|(?:au\s+)?milieu)\s*(?:de\s+|du\s+|d')?"
    r"(?:l'\s*)?(?:annee|mois|semaine|trimestre|semestre)(?:\s+(?:prochaine?|suivante?))?"
    r"|dans\s+l'\s*annee|dans\s+(?:le|les)\s+(?:mois|semaines)\s+(?:qui\s+viennent|a\s+venir)"
    r"|(?:au|avant\s+le|ce|d'ici\s+le)\s+printemps|(?:en|avant\s+l'|cet|d'ici\s+l')\s*(?:ete|automne|hiver)|a\s+l'\s*automne"
    r"|(?:a|avant|apres|pour|d'ici)\s+la\s+rentree|bientot|prochainement|un\s+de\s+ces\s+jours|plus\s+tard"
    # the school holidays said with a time word (blind set 40: « préparer la kermesse pendant les vacances de printemps »
    # was stored with the span in its text and no due date); « pour les vacances » is a purpose, the text's
    r"|(?:(?:pendant|durant|avant|apres|d'ici)\s+les|au\s+cours\s+des|jusqu'aux)\s+(?:vacances|conges|relaches|fetes)"
    r"(?:\s+(?:scolaires|d'ete|d'hiver|d'automne|de\s+(?:la\s+|l'\s*)?[a-z]+))?"
    # the days between two feasts (blind set 41: « ranger la salle entre Noël et le jour de l'an » was stored with the
    # span in its text and no due date, where /echeance refuses it)
    rf"|entre\s+{_FEAST}\s+et\s+{_FEAST}|entre\s+les\s+(?:deux\s+)?fetes"
    r"|(?:la|cette)\s+semaine\s+prochaine|le\s+mois\s+prochain|ce\s+mois-ci|cette\s+semaine)(?![\w-])")
_IN_MONTH = re.compile(rf"(?:en|pour|courant|dans\s+le\s+mois\s+de)\s+{_MONTH_WORD}{_YEAR}\s*$")
_MID = re.compile(rf"{_LEAD}(?:au\s+|vers\s+la\s+|a\s+la\s+)?mi\b")
_DAY_NEXT = re.compile(r"[\s,]*(?:le\s+)?(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")
_PERIOD_WORDS = frozenset({"annee", "mois", "semaine", "trimestre", "semestre"})
# At the end of a task's text, « fin » or « mi- » and one word that the reader above did not read as a period's end.
# (« à mi-temps », « à mi-parcours », « à mi-chemin » are no dates)
_ODD_END = re.compile(rf"{_LEAD}(?:fin\s+|mi\s*-?\s*)(?!(?:temps|parcours|chemin|hauteur|course|mandat|saison|journee|distance|"
                      r"voix|clos|lourd)\b)[a-z0-9]+\s*$")
_ASAP_FIRST = re.compile(rf"{_LEAD}(?:des\s+que\s+possible|le\s+plus\s+(?:vite|tot)\s+possible|au\s+plus\s+vite|asap)(?![\w-])")
_ASAP = re.compile(r"(?:des\s+que\s+possible|le\s+plus\s+(?:vite|tot)\s+possible|au\s+plus\s+vite|rapidement|asap)\s*$")
_SCHOOL = re.compile(rf"{_LEAD}fin\s+(?:de\s+l'\s*|d'\s*)annee\s+(?:scolaire|universitaire)|{_LEAD}fin\s+de\s+l'\s*exercice")


@dataclass(frozen=True, slots=True)
class PeriodEnd:
    """A period's end read at the start of a text: its last day, that day written for the date reader (« 31/01 »
    without a year when none was said, so the reader's rule for a date without year decides), what was said, and
    where it ends in the text."""

    day: date
    written: str
    said: str
    end: int

    def note(self, read: date) -> str:
        """The reply's word on it: what was said, and the day stored."""
        return f"« {self.said} » : lu comme le dernier jour, le {format_day(read)}."


def _month(word: str) -> int | None:
    """A month's name or its short form (« janv », « fév »), never a weekday the typo rule would take (« mardi »)."""
    return month_of(word) if weekday_of(word) is None else None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _ahead(day_of: Callable[[int], date], today: date) -> date:
    """The period's end this year, or next year's once it has passed."""
    this = day_of(today.year)
    return this if this >= today else day_of(today.year + 1)


def _friday(today: date, weeks: int) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(days=4 + 7 * weeks)


# A year's parts: quarters and semesters, how they are named in the refusal of one that does not exist.
_PARTS = {4: "quatre trimestres (T1 à T4)", 2: "deux semestres (S1, S2)"}


def _part_end(number: int, parts: int, year: str | None, today: date, label: str) -> date:
    """The last day of the year's `number`-th quarter (`parts` 4) or semester (2): of `year` if said, else the
    nearest to come."""
    if not 1 <= number <= parts:
        raise InputError(f"« {label} » : une année n'a que {_PARTS[parts]}. " + day_example(today))

    def last(in_year: int) -> date:
        return _month_end(in_year, 12 // parts * number)

    return last(int(year)) if year else _ahead(last, today)


def day_example(today: date, month: int | None = None) -> str:
    """How to write a due date, with a day ahead of `today` and no hour: the 15th of `month` (the nearest to come, its
    last day once the 15th has passed), else a week from today."""
    if month is not None:
        year = today.year + (month < today.month)
        day = date(year, month, 15) if date(year, month, 15) > today else _month_end(year, month)
        name = format_day(day, weekday=False).rsplit(" ", 1)[0]
        last = format_day(_month_end(year, month), weekday=False).rsplit(" ", 1)[0]
        return f"Écrivez le jour (ex. « le {name} »), ou « fin {last.split()[1]} » pour le {last}."
    ahead = format_day(today + timedelta(days=7)).rsplit(" ", 1)[0]
    return f"Écrivez le jour (ex. « le {ahead} »), ou la fin d'une période (« fin du mois », « fin janvier »)."


def _refuse_vague(said: str, today: date, month: int | None = None) -> None:
    raise InputError(f"« {said} » ne dit pas quel jour : je ne devine pas une échéance. " + day_example(today, month))


def period_end(text: str, today: date) -> PeriodEnd | None:
    """The period end said at the start of `text` (« fin janvier : bilan », « d'ici la fin du mois »), or None when
    `text` opens with none. Raises InputError for a span that names no end, the end of the school year, two ends or
    a period that does not exist; what follows the period is the caller's."""
    folded = fold(text.replace("’", "'"))
    if (found := _SCHOOL.match(folded)) is not None:
        raise InputError(f"« {text[:found.end()].strip()} » n'a pas la même date partout (selon la zone, l'école, "
                         f"l'organisme) : je ne devine pas. " + day_example(today))
    for pattern in (_VAGUE_MONTH, _IN_MONTH):
        if (found := pattern.match(folded)) is not None:
            said, word = text[:found.end()].strip(), found.group("month")
            if word in _PERIOD_WORDS or _month(word) is not None:
                _refuse_vague(said, today, _month(word))
            if pattern is _VAGUE_MONTH and _MID.match(folded) and _ODD_END.match(folded):  # « mi-trucmuche »
                raise InputError(f"« {said} » ne nomme aucun mois : je ne devine pas. " + day_example(today))
    if (found := _VAGUE_SPAN.match(folded) or _ASAP_FIRST.match(folded)) is not None \
            and not _DAY_NEXT.match(folded, found.end()):  # « la semaine prochaine mardi » is the reader's
        _refuse_vague(text[:found.end()].strip(), today)
    if (found := re.match(rf"{_LEAD}fin\s+", folded)) is None:
        return None
    start = found.end()
    read = _end_of(folded[start:], today, text)
    if read is None:
        return None
    day, written, length = read
    end = start + length
    if _SECOND.match(folded[end:]):
        raise InputError(f"« {text.strip()} » : deux échéances, laquelle ? Une seule date par échéance. " + day_example(today))
    said_from = folded.rfind("fin", 0, start)  # the reply quotes the period, not its connector
    return PeriodEnd(day, written, text[said_from:end].strip(), end)


def _end_of(rest: str, today: date, text: str) -> tuple[date, str, int] | None:
    """After « fin »: the period's last day, written for the reader, and how much of `rest` said it."""
    label = text.strip()
    if m := re.match(r"(?:de\s+|du\s+|de\s+ce\s+)mois(?:-ci|\s+ci)?(?:\s+(?P<next>prochain))?(?![\w-])", rest):
        first = today.replace(day=1) + timedelta(days=32 if m.group("next") else 0)
        return _full(_month_end(first.year, first.month), m.end())
    if m := re.match(r"(?:de\s+(?:la\s+|cette\s+)?)?semaine(?:\s+(?P<next>prochaine))?(?![\w-])", rest):
        return _full(_friday(today, 1 if m.group("next") else 0), m.end())
    if m := re.match(rf"(?:du\s+)?t(?P<n>\d)(?![\w-]){_YEAR}", rest):
        return _full(_part_end(int(m.group("n")), 4, m.group("year"), today, label), m.end())
    if m := re.match(rf"du\s+(?P<ord>[\w]+)\s+trimestre(?![\w-]){_YEAR}", rest):
        return _full(_part_end(_ORDINALS.get(m.group("ord"), 0), 4, m.group("year"), today, label), m.end())
    if m := re.match(r"du\s+trimestre(?:\s+(?P<next>prochain))?(?![\w-])", rest):
        quarter = (today.month - 1) // 3 + 1 + (1 if m.group("next") else 0)
        year = today.year + (quarter > 4)
        return _full(_month_end(year, 3 * ((quarter - 1) % 4 + 1)), m.end())
    if m := re.match(rf"(?:du\s+)?s(?P<n>\d)(?![\w-]){_YEAR}", rest):
        return _full(_part_end(int(m.group("n")), 2, m.group("year"), today, label), m.end())
    if m := re.match(rf"du\s+(?P<ord>[\w]+)\s+semestre(?![\w-]){_YEAR}", rest):
        number = {"premier": 1, "1er": 1, "second": 2, "deuxieme": 2, "2e": 2, "dernier": 2}.get(m.group("ord"), 0)
        return _full(_part_end(number, 2, m.group("year"), today, label), m.end())
    if m := re.match(r"du\s+semestre(?:\s+(?P<next>prochain))?(?![\w-])", rest):
        half = (today.month - 1) // 6 + 1 + (1 if m.group("next") else 0)
        return _full(_month_end(today.year + (half > 2), 6 * ((half - 1) % 2 + 1)), m.end())
    if m := re.match(r"(?:de\s+l'\s*|d'\s*)annee(?:\s+(?P<next>prochaine)|\s+(?P<year>20\d\d))?(?![\w-])", rest):
        year = int(m.group("year")) if m.group("year") else today.year + (1 if m.group("next") else 0)
        return _full(date(year, 12, 31), m.end())
    if m := re.match(r"(?P<year>20\d\d)(?!\d)", rest):
        return _full(date(int(m.group("year")), 12, 31), m.end())
    if m := re.match(rf"(?:de\s+|d'\s*)?{_MONTH_WORD}{_YEAR}(?![\w-])", rest):
        if (month := month_of(m.group("month"))) is None:
            if m.start("month") == 0 and m.end() == len(rest.rstrip(" .!")) and not m.group("year"):
                # « fin trucmuche » said alone as the due date: no period (« fin de droits » is the text's)
                raise InputError(f"« {label} » ne nomme aucune période : je ne devine pas. " + day_example(today))
            return None
        if m.group("year"):
            return _full(_month_end(int(m.group("year")), month), m.end())
        last = _ahead(lambda y: _month_end(y, month), today)
        return last, f"{last:%d/%m}", m.end()  # no year said: the reader's rule decides (« 30/11 » on 1 December)
    if m := re.match(r"t\d+|du\s+\w+\s+(?:trimestre|semestre)", rest):
        raise InputError(f"« {label} » ne nomme aucune période : je ne devine pas. " + day_example(today))
    return None


def _full(day: date, length: int) -> tuple[date, str, int]:
    return day, f"{day:%d/%m/%Y}", length


_OPENING = re.compile(r"(?:^|(?<=\s))(?:avant|d'ici(?:\s+a)?|pour|au\s+plus\s+tard|jusqu'(?:a|au|en)|a|en|echeance|date\s+limite|"
                      r"dernier\s+delai)\s")


def period_end_last(text: str, today: date) -> tuple[int, PeriodEnd] | None:
    """A period end that closes `text` after its connector (« Envoyer le bilan avant la fin du mois »): where it
    starts and what it reads; the text first, as /echeance reads « Relire le CR avant la prochaine réunion »."""
    folded = fold(text.replace("’", "'"))
    for found in _OPENING.finditer(folded):
        if not found.start():
            continue
        try:
            end = period_end(text[found.start():], today)
        except InputError:
            continue
        if end is not None and not text[found.start() + end.end:].strip(" .!"):
            return found.start(), end
    return None


def vague_tail(text: str, from_start: bool = False) -> str | None:
    """A span that names no end closing a task's text (« organiser le séminaire au printemps », « … courant
    janvier », « … fin trucmuche »), for the reader to refuse; « dès que possible », « rapidement » and a span after
    « de / du » (« le planning de la semaine prochaine ») stay the text's. With `from_start` the span may be the whole
    text (/tache_modifier 3 au printemps)."""
    folded = fold(text.replace("’", "'"))
    if _ASAP.search(folded):
        return None
    for found in re.finditer(r"(?:^|(?<=\s))\S", folded):
        start = found.start()
        if (not start and not from_start) or re.search(r"(?:\b(?:de|du|des|d|l)\W*|[«“\"]\s*)$", folded[:start]):
            continue
        if _vague_whole(folded[start:]):
            return text[start:]
    return None


def _vague_whole(tail: str) -> bool:
    """Whether the whole of `tail` (folded) is a span that names no end, or « fin » / « mi- » and no period."""
    whole = len(tail.rstrip(" .!"))
    if any((m := p.match(tail)) is not None and m.end() >= whole for p in (_VAGUE_SPAN, _SCHOOL, _ODD_END)):
        return True
    for pattern in (_IN_MONTH, _VAGUE_MONTH):  # a month's name, or a period's (« en turc » is the text's)
        if (m := pattern.match(tail)) is not None and m.end() >= whole:
            word = m.group("month")
            return _month(word) is not None or word in _PERIOD_WORDS or (pattern is _VAGUE_MONTH and _MID.match(tail) is not None
                                                                               and _ODD_END.match(tail) is not None)
    return False
