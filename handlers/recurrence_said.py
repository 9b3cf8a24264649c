"""Recurrences as coordinators write them after /seance (blind set 30): the rule read wherever it stands (before the
date, between the time and the place, after the place, after « puis »), in the forms people use (« un jeudi sur
deux », « une semaine sur deux », « tous les premiers mardis du mois », « chaque 1er mardi », « le 15 de chaque mois »,
« hebdo », « (mensuel) », « tous les huit jours », Québec's « à tous les mardis », « aux deux semaines »), a start said
instead of the first date (« à partir du 5 janvier, tous les mardis à 14h »: the first date the rule gives on or after
it), and what the store cannot hold refused with what to do instead, never read as a simpler rule: an exception
(« sauf en août »), an end (« jusqu'en juin »), a count (« 10 séances »), two days (« les mardis et jeudis », « le 2e
et le 4e jeudi »), every N months, a quarter, a year, every day, « bimensuel » (twice a month, or every two months?),
the 5th or second-to-last weekday, a day of the month some months lack (« chaque mois » on a 31st).

`read_series` is /seance's reading when its text holds a recurrence; it returns None when it holds none, and then the
command reads the text as it always has. The rules are storage/recurrence.py's (`weekly:N`, `monthly`, `nth:K:W`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handlers.date_calendar import format_day
from handlers.date_reader import read
from handlers.dates import When, parse_when
from handlers.messages import InputError
from storage.recurrence import MAX_WEEKS, Rule, describe_rule, nth_weekday, ordinal

__all__ = ["first_on_or_after", "read_series"]

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WD = r"(?P<day>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
_ANY_WD = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
_ORD = (r"(?P<ord>premiers?|premieres?|1(?:ers?|ieres?|iers?|eres?|res?)|deuxiemes?|2(?:emes?|es?|nds?)|secondes?|seconds?"
        r"|troisiemes?|3(?:emes?|es?)|quatriemes?|4(?:emes?|es?)|derniers?|dernieres?)")
_ANY_ORD = _ORD.replace("(?P<ord>", "(?:") + r"|(?:5(?:emes?|es?)|cinquiemes?|avant[ -]derni(?:er|ere)s?)"
_TOUS = r"(?:\bune\s+fois\s+)?(?:\ba\s+)?\b(?:tous|tout|toutes|toute)\s+les"
_MONTH_TAIL = r"\s+(?:du|de\s+chaque|de\s+tous\s+les)\s+mois\b(?!\s*(?:prochain|suivant|d'apres|dernier|en\s+cours|courant|de\b|d'))"
_MONTHS = (r"janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct"
           r"|novembre|nov|decembre|dec")
_MONTH_NUMBERS = {"jan": 1, "fev": 2, "mar": 3, "avr": 4, "mai": 5, "juin": 6, "juil": 7, "aou": 8, "sep": 9, "oct": 10,
                  "nov": 11, "dec": 12}
# A digit of any script: \d reads Arabic-Indic or fullwidth ones, not superscripts or circled ones, which are still
# numbers to their writer (« toutes les ² semaines » is refused with how to write it, never a place).
_DIGIT = r"(?:\d|[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u249b\u24ea-\u24ff\u2776-\u2793])"
_N = rf"(?P<n>{_DIGIT}{{1,2}}|deux|trois|quatre|cinq|six|sept|huit)"
_NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "quinze": 15}
# every N days a coordinator means as whole weeks (« tous les huit jours » is a week, as « dans huit jours » is)
_DAYS_AS_WEEKS = {7: 1, 8: 1, 14: 2, 15: 2, 21: 3, 28: 4}

# The rules the store can hold, in the order they are looked for (a longer phrase first).
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("nth_le", rf"\ble\s+{_ORD}\s+{_WD}{_MONTH_TAIL}"),  # also a date (« le dernier jeudi du mois »: this month's)
    ("nth", rf"(?:\b(?:chaque|les)|{_TOUS})\s+{_ORD}\s+{_WD}(?:{_MONTH_TAIL})?"),
    ("nth", rf"(?<![\w'-]){_ORD}\s+{_WD}{_MONTH_TAIL}"),
    ("nth", rf"(?:\bchaque\s+mois|{_TOUS}\s+mois)\s*,?\s+(?:le\s+)?{_ORD}\s+{_WD}\b"),
    ("nth", rf"\b(?:le\s+)?{_ORD}\s+{_WD}\s*,?\s+(?:chaque\s+mois|tous\s+les\s+mois)\b"),
    ("monthday", r"\ble\s+(?P<md>\d{1,2}|premier)(?:er)?\s+de\s+(?:chaque|tous\s+les)\s+mois\b"),
    ("monthday", rf"(?:{_TOUS}|\bchaque)\s+(?P<md>\d{{1,2}})(?:er)?\s+du\s+mois\b"),
    ("monthday", rf"{_TOUS}\s+(?P<md>\d{{1,2}})(?:er)?(?=\s*(?:$|[,;(]))"),
    ("monthday", rf"(?:{_TOUS}\s+mois|\bchaque\s+mois),?\s+le\s+(?P<md>\d{{1,2}})(?:er)?\b(?!\s*(?:[/.]\d|\d|h\b|(?:{_MONTHS})\b))"),
    ("weeks", rf"(?:{_TOUS}|\bchaque)\s+{_N}\s+semaines\b"),
    ("weeks", rf"\b(?:une|1)\s+semaine\s+sur\s+{_N}\b"),
    ("weeks", rf"\baux\s+{_N}\s+semaines\b"),
    ("day_of", rf"\b(?:un|1)\s+{_WD}\s+sur\s+{_N}\b"),
    ("day_of", rf"{_TOUS}\s+{_N}\s+{_WD}\b"),
    ("days", rf"{_TOUS}\s+(?P<n>\d{{1,2}}|sept|huit|quinze)\s+jours\b"),
    ("fortnight", rf"(?:{_TOUS}\s+quinzaines|\bchaque\s+quinzaine)\b"),
    ("weekly", rf"(?:\bchaque\s+semaine|{_TOUS}\s+semaines|\b(?:une|1)\s+fois\s+par\s+semaine)\b"),
    ("weekday", rf"(?:\bchaque|{_TOUS})\s+{_WD}\b(?!\s*(?:\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\b|\d{{1,2}}\s*[/.]\s*\d))"),
    ("weekday", rf"\ble\s+{_WD}\s+de\s+chaque\s+semaine\b"),
    ("monthly", rf"(?:\bchaque\s+mois|{_TOUS}\s+mois|\b(?:une|1)\s+fois\s+par\s+mois|\bmensuellement)\b"),
    ("plural", r"\bles\s+(?P<day>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s\b"),  # alone: « …, les mardis »
    ("adjective", r"\b(?P<adj>hebdo|hebdomadaires?|mensuel(?:le)?s?)\b"),
    ("yearly", r"\bannuel(?:le)?s?\b"),  # alone (« …, annuel »): refused; after a noun (« AG annuelle »), a name
))
# A weekday said next to a rule of weeks (« le jeudi toutes les 2 semaines », « chaque semaine le lundi »).
_DAY_BEFORE = re.compile(rf"\ble\s+{_WD}\s*,?\s*$")
_DAY_AFTER = re.compile(rf"^\s*,?\s*le\s+{_WD}\b(?!\s*\d)")
_LINK_BEFORE = re.compile(r"(?:\bpuis|\bensuite|\bet\s+ensuite|\bet\s+puis|\bet\s+par\s+la\s+suite|\bpar\s+la\s+suite)\s*,?\s*$")
_OPEN_END = re.compile(r"^\s*,?\s*(?:jusqu'a|jusqu a)\s+nouvel\s+ordre\b")
_HEDGE_AFTER = re.compile(r"^\s*,?\s*\(?\s*(?:environ|a\s+peu\s+pres|en\s+gros|plus\s+ou\s+moins|a\s+confirmer|en\s+principe"
                          r"|normalement|si\s+possible|en\s+general|a\s+priori)\b")
_HEDGE_BEFORE = re.compile(r"(?:\ben\s+principe|\bnormalement|\ba\s+priori|\ben\s+general|\benviron|\bgrosso\s+modo)\s*,?\s*$")
_SEGMENT_EDGE = re.compile(r"[,;:()\[\]|–—]|\s-\s")
# « rapport de tous les mois précédents »: months counted back, no rhythm
_QUALIFIED = re.compile(r"^\s+(?:precedents?|precedentes?|passes?|passees?|ecoules?|ecoulees?|derniers?|dernieres?|suivants?"
                        r"|suivantes?|a\s+venir|prochains?|prochaines?|restants?|restantes?|d'avant|de\s+l'annee)\b")
# The first date said by its rank (« le 3e mardi du mois de janvier »): « chaque mois » after it is ambiguous
_RANKED_DAY = re.compile(rf"{_ANY_ORD.join(('(?:', ')'))}\s+{_ANY_WD}\b")
_AS_USUAL = re.compile(r"\bcomme\s+$")  # « comme chaque mois »: date_as_usual.py asks (a single sitting or a series?)
# A part of the day said with the weekday (« tous les jeudis soir »): it must agree with the time.
_PART_AFTER = re.compile(r"^\s+(?P<part>soirs?|matins?|apres-midis?|apres-midi|aprem)\b")
_PART_HOURS = {"soir": range(17, 24), "matin": range(0, 12), "apres": range(12, 19), "aprem": range(12, 19)}
_STANDALONE = re.compile(r"(?:(?:rythme|frequence|periodicite)\s*:?\s*)?(?:seance\s+|reunion\s+)?$")

_NO_END = ("Greffier ne sait pas encore arrêter une série à une date : planifiez-la sans fin, puis annulez les dates en "
           "trop avec /seance_annuler <n°>@jj/mm (ou planifiez ces séances une à une).")
_NO_COUNT = ("Greffier ne sait pas encore compter les séances d'une série : planifiez-la sans nombre, puis annulez les "
             "dates en trop avec /seance_annuler <n°>@jj/mm (ou planifiez ces séances une à une).")
_NO_EXCEPTION = ("Greffier ne sait pas encore exclure des dates d'une série : planifiez la série sans l'exception, puis "
                 "annulez chaque date à sauter avec /seance_annuler <n°>@jj/mm (ex. /seance_annuler 3@10/08).")
_ONLY = ("une série se répète chaque semaine, toutes les 2 à 8 semaines, chaque mois (le même jour du mois, du 1er "
         "au 28) ou le 1er, 2e, 3e, 4e ou dernier jour de la semaine du mois")
_TWO_DAYS = ("deux jours par semaine ou par mois : Greffier ne sait pas encore en faire une seule série. Planifiez une "
             "série par jour (ex. « mardi 5 janvier 14h, tous les mardis » puis « jeudi 7 janvier 14h, tous les jeudis »).")
_YEARLY = "Greffier ne répète pas une séance d'année en année : planifiez-la chaque année."
# What the store cannot hold, looked for whenever a text is read as a series's; (pattern, reason).
_CANNOT: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), reason) for pattern, reason in (
    (rf"(?:\b(?:le|les|chaque)|{_TOUS})\s+(?:{_ANY_ORD})\s*(?:,|et|&|ou)\s*(?:le\s+|les\s+)?(?:{_ANY_ORD})\s+{_ANY_WD}", _TWO_DAYS),
    (rf"(?:\b(?:les|chaque)|{_TOUS})\s+{_ANY_WD}\s*(?:,|et|&|ou)\s*(?:les\s+|le\s+)?{_ANY_WD}\b", _TWO_DAYS),
    (rf"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s\s+(?:et|ou|&)\s+{_ANY_WD}\b", _TWO_DAYS),
    (r"\b(?:deux|2|trois|3|quatre|4)\s+fois\s+par\s+(?:mois|semaine|an)\b", _TWO_DAYS),
    (r"\ben\s+alternance\b|\balterne\w*", _TWO_DAYS),
    (rf"\bdu\s+{_ANY_WD}\s+au\s+{_ANY_WD}\b|(?:{_TOUS}\s+jours|\bchaque\s+jour|\bquotidien\w*)\b",
     f"Greffier ne planifie pas de séance chaque jour : {_ONLY}."),
    (rf"(?:\b(?:le|les|chaque|l')|{_TOUS})?\s*\b(?:5(?:emes?|es?)|cinquiemes?)\s+{_ANY_WD}\b",
     f"tous les mois n'ont pas de cinquième jour de la semaine : {_ONLY}. Écrivez « le dernier … du mois » si c'est "
     "ce que vous voulez dire, ou planifiez ces séances une à une."),
    (rf"\bavant[ -]derni(?:er|ere)s?\s+{_ANY_WD}\b",
     f"Greffier ne sait pas encore répéter l'avant-dernier jour du mois : {_ONLY}. Planifiez ces séances une à une."),
    (r"\b(?:semaines?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?)\s+(?:pair|impair)(?:e|es|s)?\b",
     "Greffier ne compte pas les numéros de semaine : écrivez « toutes les 2 semaines » après la date de la première "
     "séance."),
    (r"\bbimensuel\w*", "ce mot veut dire deux fois par mois pour les uns, tous les deux mois pour les autres : je ne "
     "devine pas. Écrivez « toutes les 2 semaines » ou « le 1er et le 3e … » (une série par jour), ou planifiez ces "
     "séances une à une."),
    (rf"\b(?:trimestriel\w*|bimestriel\w*|semestriel\w*|(?:chaque|par|de\s+chaque)\s+(?:trimestre|semestre)s?"
     rf"|(?:{_TOUS}|chaque)\s+(?:trimestres|semestres|(?:\d+|deux|trois|quatre|six|douze)\s+mois)"
     r"|un\s+mois\s+sur\s+\w+|aux\s+(?:\d+|deux|trois|quatre|six)\s+mois)\b",
     f"Greffier ne sait pas encore répéter une séance tous les deux, trois ou six mois : {_ONLY}. Planifiez ces "
     "séances une à une."),
    (rf"(?:{_TOUS}\s+(?:ans|annees)|(?<!comme\s)\bchaque\s+annee|\bannuellement|\bune\s+fois\s+par\s+an)\b",
     _YEARLY),
))
# What a series's text may not add to the rule (only looked for when it holds one).
_CANNOT_ADD: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), reason) for pattern, reason in (
    (r"\b(?:sauf|excepte|hormis|hors|en\s+dehors\s+d\w*|a\s+l'exception|pas\s+pendant|sans\s+les\s+vacances)\b", _NO_EXCEPTION),
    (rf"\bjusqu\W*(?:en|au|aux|a)\b(?!\s+nouvel\s+ordre)|\bde\s+(?:{_MONTHS})\s+a\s+(?:{_MONTHS})\b"
     rf"|\bd'ici\s+(?:la\s+fin|fin|l'ete|(?:{_MONTHS})\b)", _NO_END),
    (r"\b(?:du|de\s+l'|de\s+la|pendant\s+l'|pendant\s+le|pendant\s+la|cette|ce)\s*(?:premier|1er|deuxieme|2e|second|"
     r"troisieme|3e|quatrieme|4e|dernier)?\s*(?:trimestre|semestre|annee|saison|ete|hiver|printemps|automne)\b", _NO_END),
    (rf"\b(?:puis|et|ou)\s+(?:le\s+|les\s+)?(?:{_ANY_ORD})\b", _TWO_DAYS),
    (r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)\s+(?:seances|reunions|sessions|fois"
     r"|rencontres|ateliers|dates|occurrences|cours)\b(?!\s+par\b)|\bserie\s+de\s+\d+|\b(?:pendant|sur|durant)\s+(?:\d+|un|deux|trois"
     r"|quatre|cinq|six|dix|douze)\s+(?:mois|semaines|ans?)\b", _NO_COUNT),
))
# A start said instead of (or besides) the first date: « à partir du 5 janvier », « dès lundi », « à compter de mai ».
_FROM = re.compile(r"\b(?:a\s+partir|a\s+compter)\s+(?:du\s+|de\s+la\s+|de\s+l'|de\s+|d')|(?<![\w'])des\s+(?:le\s+)?")
_FROM_DAY = re.compile(
    rf"(?P<date>(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:\d{{1,2}}(?:er)?|premier)\s+(?:{_MONTHS})\b\.?"
    rf"(?:\s+\d{{4}})?|\d{{1,2}}\s*[/.]\s*\d{{1,2}}(?:\s*[/.]\s*\d{{2,4}})?|demain|apres-demain|aujourd'hui"
    rf"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:prochain|qui\s+vient))?(?!\s*\d)"
    rf"|(?:le\s+)?\d{{1,2}}(?:er)?(?!\s*(?:h|:|[/.]\s*\d|\d)))\b"
    rf"|(?P<now>maintenant|ce\s+jour)\b|(?P<month>(?:{_MONTHS}))\b\.?(?:\s+(?P<year>\d{{4}}))?|(?P<week>semaine\s+prochaine)\b")


@dataclass(frozen=True, slots=True)
class _Found:
    rule: Rule
    start: int
    end: int
    dated: bool  # « le premier mardi du mois » is also a date: this month's (the README's ordinals)
    part: str | None = None  # « tous les jeudis soir »: checked against the time


def _fold(text: str) -> str:
    """Lower case without accents, one character for one (spans found in it hold in `text`)."""
    out = []
    for c in text:
        low = c.lower()
        out.append(unicodedata.normalize("NFD", low if len(low) == 1 else c)[0])
    return "".join(out).replace("’", "'")


def _number(word: str) -> int:
    if not word.isascii():
        raise InputError(f"« {word} » : écrivez le nombre avec les chiffres 0 à 9.")
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _standalone(folded: str, start: int, end: int) -> bool:
    """Whether the words at start:end stand alone between separators (« salle B (hebdo) », « …, mensuel »), rather than
    qualify a noun (« Réunion mensuelle », « bilan hebdomadaire »: the meeting's name, or a series?)."""
    return bool(_STANDALONE.fullmatch(_segment(folded, start, end)[0])) and not _segment(folded, start, end)[1]


def _segment(folded: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after start:end up to the nearest separators (a comma, a bracket, a colon, a dash)."""
    before = folded[:start]
    cut = max((m.end() for m in _SEGMENT_EDGE.finditer(before)), default=0)
    after = _SEGMENT_EDGE.search(folded, end)
    head = before[cut:].strip()
    return head + " " if head else "", (folded[end:after.start()] if after is not None else folded[end:]).strip()


def _rule_of(kind: str, groups: dict[str, str | None], said: str) -> Rule:
    day = groups.get("day")
    said_day = _WEEKDAYS.index(day) if day else None
    if kind in ("nth_le", "nth"):
        assert groups["ord"] is not None and said_day is not None
        return Rule("nth", nth=ordinal(groups["ord"]), weekday=said_day)
    if kind == "monthday":
        assert groups["md"] is not None
        return Rule("monthly", said_date=1 if groups["md"] == "premier" else int(groups["md"]))
    if kind in ("weeks", "day_of"):
        assert groups["n"] is not None
        interval = _number(groups["n"])
        if not 1 <= interval <= MAX_WEEKS:
            raise InputError(f"Toutes les {interval} semaines : choisissez entre 1 et {MAX_WEEKS} semaines.")
        return Rule("weekly", interval, said_day=said_day)
    if kind == "days":
        assert groups["n"] is not None
        weeks = _DAYS_AS_WEEKS.get(_number(groups["n"]))
        if weeks is None:
            raise InputError(f"« {said} » : {_ONLY} ; planifiez ces séances une à une.")
        return Rule("weekly", weeks)
    if kind == "fortnight":
        return Rule("weekly", 2)
    if kind in ("weekly", "weekday", "plural"):
        return Rule("weekly", 1, said_day=said_day)
    if kind == "monthly":
        return Rule("monthly")
    adjective = groups["adj"] or ""
    return Rule("weekly", 1) if adjective.startswith("hebdo") else Rule("monthly")


def _found_rules(raw: str, folded: str) -> list[_Found]:
    """Every rule phrase in the text, with the words that go with it (a weekday said next to a rule of weeks, « puis »
    before it, « jusqu'à nouvel ordre » after it); raises for a hedged rule or an adjective that may be a name."""
    masked = folded
    found: list[_Found] = []
    for kind, pattern in _RULES:
        for match in pattern.finditer(masked):
            start, end = match.start(), match.end()
            said = raw[start:end].strip()
            if kind == "yearly":
                if _standalone(folded, start, end):
                    raise InputError(f"« {said} » : {_YEARLY}")
                continue
            if _AS_USUAL.search(masked[:start]) or _QUALIFIED.match(masked[end:]):
                masked = masked[:start] + " " * (end - start) + masked[end:]
                continue  # (nor a shorter phrase inside it: « comme tous les jeudis » is not « les jeudis »)
            if kind in ("adjective", "plural") and not _standalone(folded, start, end):
                head, tail = _segment(folded, start, end)
                raise InputError(
                    f"« {raw[start - len(head.rstrip()) - (1 if head else 0):end + len(tail) + (1 if tail else 0)].strip()} » : "
                    "une série (chaque semaine, chaque mois), ou le nom de "
                    "la séance ? Pour une série, écrivez la règle après le lieu (« chaque mois », « le premier mardi du "
                    "mois ») ; pour une seule séance, écrivez la date sans ce mot.")
            groups = match.groupdict()
            if kind in ("weeks", "days", "fortnight", "weekly") and groups.get("day") is None:
                if (near := _DAY_BEFORE.search(masked[:start])) is not None:
                    groups, start = {**groups, "day": near.group("day")}, near.start()
                elif (near := _DAY_AFTER.match(masked[end:])) is not None:
                    groups, end = {**groups, "day": near.group("day")}, end + near.end()
            if (link := _LINK_BEFORE.search(masked[:start])) is not None:
                start = link.start()
            if kind in ("weekday", "plural") and (part := _PART_AFTER.match(masked[end:])) is not None:
                groups, end = {**groups, "part": part.group("part")}, end + part.end()
            if (open_end := _OPEN_END.match(masked[end:])) is not None:
                end += open_end.end()
            if _HEDGE_AFTER.match(masked[end:]) or _HEDGE_BEFORE.search(masked[:start]):
                raise InputError(f"« {said} » avec une réserve : une série se planifie à date fixe. Écrivez la règle "
                                 "sans réserve une fois décidée, ou planifiez les séances une à une.")
            found.append(_Found(_rule_of(kind, groups, said), start, end, kind == "nth_le", groups.get("part")))
            masked = masked[:start] + " " * (end - start) + masked[end:]
    return sorted(found, key=lambda f: f.start)


def _without(text: str, start: int, end: int) -> str:
    """`text` without start:end, the separators left around the gap tidied (« 14h, , salle B » → « 14h, salle B »)."""
    joined = text[:start].rstrip() + " " + text[end:].lstrip()
    joined = re.sub(r"\s*([,;:])\s*(?:[,;:]\s*)+", r"\1 ", joined)
    joined = re.sub(r"\s+([,;])", r"\1", joined)
    joined = re.sub(r"\(\s*\)|\[\s*\]", " ", joined)
    return " ".join(joined.split()).strip(" \t,;:–—-")


def first_on_or_after(rule: Rule, start: date, day_given: bool) -> date | None:
    """The rule's first date on or after `start` (None when the rule needs a day `start` does not give: « chaque mois »
    from a month)."""
    if rule.kind == "nth":
        year, month = start.year, start.month
        for _ in range(14):
            day = nth_weekday(year, month, rule.nth, rule.weekday)
            if day is not None and day >= start:
                return day
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return None
    if rule.said_day is not None:
        return start + timedelta(days=(rule.said_day - start.weekday()) % 7)
    if rule.kind == "monthly" and rule.said_date is not None:
        if start.day <= rule.said_date:
            return start.replace(day=rule.said_date)
        return (start.replace(day=1) + timedelta(days=32)).replace(day=rule.said_date)
    return start if day_given else None


def _month_start(word: str, year: str | None, today: date) -> date:
    month = next(number for prefix, number in _MONTH_NUMBERS.items() if word.startswith(prefix))
    if year is not None:
        start = date(int(year), month, 1)
    else:
        start = date(today.year + (month < today.month), month, 1)
    return max(start, today)


def _start_said(raw: str, folded: str, now: datetime) -> tuple[int, int, date, bool] | None:
    """A start said in the text (« à partir du 5 janvier », « dès lundi », « à partir de mai »): its span, the day it
    gives and whether that is a day (not a month or a week)."""
    for lead in _FROM.finditer(folded):
        if lead.group().startswith("des") and raw[lead.start():lead.start() + 3].lower() != "dès" and "le" not in lead.group():
            continue  # « des » alone is the article; « dès » (or « des le 5 ») says a start
        said = _FROM_DAY.match(folded, lead.end())
        if said is None:
            continue
        today = now.date()
        if said.group("month") is not None:
            return lead.start(), said.end(), _month_start(said.group("month"), said.group("year"), today), False
        if said.group("week") is not None:
            return lead.start(), said.end(), today + timedelta(days=7 - today.weekday()), False
        if said.group("now") is not None:
            return lead.start(), said.end(), today, True
        day_said = raw[said.start():said.end()]
        day = parse_when(f"le {day_said}" if day_said.isdigit() else day_said, now, require_time=False).start.date()
        return lead.start(), said.end(), day, True
    return None


def _refusal(folded: str, raw: str, patterns: tuple[tuple[re.Pattern[str], str], ...], clause: bool = False) -> str | None:
    """The first reason of `patterns` that the text calls for, quoting what was said (with `clause`, up to the next
    separator: « sauf pendant les vacances scolaires »)."""
    for pattern, reason in patterns:
        if (found := pattern.search(folded)) is not None:
            end = found.end()
            if clause:
                after = _SEGMENT_EDGE.search(folded, end)
                end = after.start() if after is not None else len(folded)
            return f"« {raw[found.start():end].strip(' ,;:()')} » : {reason}"
    return None


def read_series(text: str, now: datetime) -> tuple[When, Rule] | None:
    """The first date and the rule of a series typed after /seance (`text` cleaned, `now` in the group's zone), or None
    when the text says no recurrence (or only « le premier mardi du mois » with no other date: a date, read as before).
    Raises InputError, in French, for a series not read exactly or that the store cannot hold."""
    folded = _fold(text)
    if (reason := _refusal(folded, text, _CANNOT)) is not None:
        raise InputError(reason)
    found = _found_rules(text, folded)
    if not found:
        return None
    outside = folded
    for f in found:  # (what the rule's own words say is no addition: « puis le troisième mercredi du mois »)
        outside = outside[:f.start] + " " * (f.end - f.start) + outside[f.end:]
    if (reason := _refusal(outside, text, _CANNOT_ADD, clause=True)) is not None:
        raise InputError(reason)
    if len(found) > 1:
        said = " » et « ".join(text[f.start:f.end].strip() for f in found)
        raise InputError(f"« {said} » : deux récurrences pour une séance, je ne devine pas laquelle. Gardez-en une.")
    rule, start, end, dated, part = found[0].rule, found[0].start, found[0].end, found[0].dated, found[0].part
    said = text[start:end].strip(" ,")
    rest = _without(text, start, end)
    folded_rest = _fold(rest)
    bound = _start_said(rest, folded_rest, now)
    first: date | None = None
    if bound is not None:
        first = first_on_or_after(rule, bound[2], bound[3])
        if first is None:
            raise InputError(f"« {rest[bound[0]:bound[1]]}, {said} » : quel jour ? Donnez la date de la première séance "
                             "(ex. « le 15 février à 14h, chaque mois »).")
        rest = _without(rest, bound[0], bound[1])
    try:
        when = parse_when(rest, now)
    except InputError:
        if read(rest, now.date(), getattr(now.tzinfo, "key", None)).day is not None:
            raise  # the date given is refused: its reason stands
        if first is not None:
            when = parse_when(f"{first:%d/%m/%Y} {rest}", now)  # the first date the start gives, the time said after
        elif dated:
            return None  # « le dernier jeudi du mois à 18h »: this month's, a date (the README's ordinals)
        else:
            raise InputError(f"« {said} » : donnez aussi la date de la première séance (ex. « mardi 5 janvier 14h salle "
                             "B, tous les mardis ») ou le début de la série (« à partir du 5 janvier, tous les mardis à "
                             "14h »).") from None
    else:
        if first is not None and when.start.date() != first:
            raise InputError(f"« {said} », à partir du {format_day(bound[2]) if bound else ''} : la première séance "
                             f"serait le {format_day(first)}, pas le {format_day(when.start.date())}. Donnez la date de la "
                             "première séance de la série.")
    if rule.kind == "monthly" and rule.said_date is None and (ranked := _RANKED_DAY.search(_fold(rest))) is not None:
        raise InputError(f"« {rest[ranked.start():ranked.end()]} », « {said} » : le même jour du mois ({when.start.day}) "
                         f"ou le même rang ? Écrivez « {rest[ranked.start():ranked.end()]} du mois » ou « le "
                         f"{when.start.day} de chaque mois ».")
    check_first(rule, when.start.date())
    if part is not None and when.has_time and when.start.hour not in _PART_HOURS[part[:5].rstrip("s-")]:
        raise InputError(f"« {said} » et {when.start:%H}h{when.start:%M} ne vont pas ensemble : donnez l'heure de la séance.")
    return when, rule


def check_first(rule: Rule, first: date) -> None:
    """Refuse a first date the rule does not give, or a day of the month some months lack."""
    if not rule.matches(first):
        raise InputError(f"Le {format_day(first)} n'est pas « {describe_rule(rule)} » : donnez la date de la première "
                         "séance de la série.")
    if rule.kind == "monthly" and first.day > 28:
        raise InputError(
            f"Le {first.day} n'existe pas tous les mois : « chaque mois » sauterait les mois qui n'en ont pas. Choisissez "
            f"un jour du 1er au 28, « le dernier {_WEEKDAYS[first.weekday()]} du mois », ou planifiez ces séances une à une.")
