"""What the date reader left: a place, a deadline's text. Date words in it
mean the date was not read as typed, so they are looked for and refused
rather than stored in the place (`… Sceaux, le premier jeudi`)."""

from __future__ import annotations

import re
from datetime import date

from handlers.date_clock import STREET_WORDS, read_clock
from handlers.date_guard import ZONE_CODES
from handlers.date_reader import Reader
from handlers.date_weekdays import WEEKDAY_NAMES
from handlers.date_words import ORDINALS, fold, month_of, normalize

__all__ = ["stray"]

# A sign then a bare number (not an ordinal « - 2e lecture »): the rest of a date or a time.
# A spaced colon is punctuation (« 2 février : 3 rapports »).
_GLUED = re.compile(r"(?:[-./] *|:)[0-9]+(?![0-9A-Za-zÀ-ÿ])")
# …unless, after a date without a time (« 14h - 16 » may be a range), a spaced dash only separates it from a count
# or an address (« 15 janvier - 12 exemplaires », « - 2 place du … »).
_COUNTED = re.compile(r"[-–—] +[0-9]+ +(?!(?:jours|nuits|semaines|heures|minutes|mois|ans)\b)"
                      r"(?:[a-zà-ÿ]+[sx]\b|(?:" + "|".join(STREET_WORDS) + r")\b)", re.IGNORECASE)

_RECURRING_BEFORE = ("chaque", "les", "tous", "toutes")
_LEADING = ("min", "minutes", "prochain", "prochaine", "suivant", "suivante", "semaine", "semaines", "mois", "soir", "matin", "midi", "minuit",
            "heure", "heures", "environ", "apres", "trente", "quinze", "quart", "demie", "quarante", "h",
            "dernier", "derniere", "passe", "passee", "moins", "courant")
# Words that offer a second date after the one read (« le 2 ou le 3 février », « le 12, voire le 13 »).
_ALTERNATIVE = ("ou", "voire", "sinon", "&", "+", "et")
# A meeting moved, further on in the text: « …, reportée au 21 janvier » gives another date than the one read.
_MOVED = re.compile(r"\b(?:report|decal|repouss|deplac|avance|remis|transfer|decale)\w*\s+(?:a|au|pour|le|a\s+la)\s+"
                    r"(?:\w+\s+){0,2}?(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|semaine|mois)")
# Between two numbers at the start of the rest: a date, a month and year, a range of hours.
_PAIRED = ("/", ".", "-", "–", "—", "a", ":")
# A length of time right after the date (« sur 2 jours »), unless it counts something (« 2 jours de formation »).
_UNITS = ("jour", "jours", "nuit", "nuits", "semaine", "semaines", "heure", "heures", "h", "minute", "minutes", "min", "mn")
_RELATIVE = ("avant", "apres", "plus tot", "plus tard", "d ' avance", "de retard")
# Anywhere in the rest: what a place or a deadline's text does not say.
_ANYWHERE = ("du soir", "du matin", "de l ' apres - midi", "en huit", "en quinze", "mois prochain", "semaine prochaine",
             "semaine suivante", "semaine d ' apres", "aujourd ' hui", "apres - demain", "demain", "hier",
             "fin de journee", "en soiree", "heure locale", "heure belge", "heure suisse", "heure francaise",
             "heure de paris", "heure de bruxelles", "heure de geneve", "heure de zurich", "heure de montreal", "heure du quebec",
             "heure de l ' est", "heure d ' ete", "heure d ' hiver", "heure normale", "heure avancee", "en matinee", "dans la matinee", "dans la soiree", "dans l ' apres - midi",
             "d ' apres - midi", "du mat", "avant midi", "avant minuit", "le matin", "le soir", "l ' apres - midi",
             "dans la journee", "en journee", "fin de matinee", "debut de matinee", "fin de soiree", "debut de soiree")
# A year said in words after the date (« le 14 janvier 14h l'an prochain »), unless it qualifies a noun (« budget de l'an prochain »).
_YEAR_WORDS = ("an prochain", "annee prochaine", "an suivant", "annee suivante", "cette annee", "an dernier", "annee derniere")


def _second_day(reader: Reader, i: int) -> bool:
    """A number at `i` after « ou » (any), or after « et » / « & » / « + » with « le » or
    a month or a time after it: a second day offered, not « et 3 ateliers »."""
    skipped = {reader.word(k) for k in range(i)}
    if not skipped & set(_ALTERNATIVE) or (n := reader.num(i)) is None or not 1 <= n <= 31:
        return False
    after = reader.word(i + 1)
    return bool(skipped & {"ou", "voire", "sinon"} or skipped & {"le", "du"} or after in ("", ",", "h", "er")
                or month_of(after) is not None)


def stray(rest: str, today: date, after_clock: bool = True) -> str | None:
    """A date-like phrase left in `rest` (that the reader did not read), or None.

    At the start of the rest, anything the reader would read or any date word
    counts; further on, only what a place or a deadline's text does not say:
    a weekday name, an ordinal weekday, a clock time, `du soir`, `en huit`,
    `demain`, `mois prochain`. A full date further on is text ("compte rendu
    de la réunion du 17/11"), and so is `midi` ("Avenue du Midi")."""
    text = normalize(rest)
    if _GLUED.match(text) and (after_clock or not _COUNTED.match(text)):
        return text[:40]  # "31-08", "10h-12", "14 h. 30" cut in two: a number after the date was not read
    reader = Reader(text, today)
    i = 0
    while reader.word(i) in (",", ";", ":", "(", "/", ".", "-", "–", "—", "et", "le", "la", "a", "au", "de", "du", "des", "d", "'",
                             *_ALTERNATIVE):
        i += 1
    if i < len(reader.toks):
        if _second_day(reader, i):
            return text[:40]  # « le 2 ou le 3 », « 14h ou 15h », « 2 & 3 février »: a second day or time, not a place
        year_at = i + (reader.word(i) == "en")  # « 14h 2027 », « 14h en 2028 »: a year the reader did not read
        if reader.num(year_at, 4) is not None and len(reader.word(year_at)) == 4 and abs(int(reader.word(year_at)) - today.year) <= 6:
            return text[reader.toks[i].start:][:40]
        if text[reader.toks[i].start] in "½¼¾" or (reader.num(i) is not None and i + 1 == len(reader.toks)):
            return text[reader.toks[i].start:][:40]  # "14h½", "14h30 15": half an hour, an end, a room? not guessed
        j = i + 1 if reader.word(i) in ("sur", "pendant", "durant", "pour") else i
        if reader.num(j) is not None and reader.word(j + 1) in _UNITS and reader.word(j + 2) not in ("de", "d"):
            return text[reader.toks[i].start:][:40]  # "14h sur 2 jours", "14h, 2 jours": a length, not a place
        if reader.num(i, 4) is not None and reader.word(i + 1) in _PAIRED and reader.num(i + 2, 4) is not None:
            return text[reader.toks[i].start:][:40]  # "12/2027 PV", "5 à 7 de Noël": a date or a range the reader did not read
        if reader.word(i) in _LEADING or month_of(reader.word(i)) is not None or read_clock(reader, i) is not None or reader.day_at(i) is not None:
            return text[reader.toks[i].start:][:40]
    if (moved := _MOVED.search(fold(text))) is not None:
        return text[moved.start():][:40]
    for k, tok in enumerate(reader.toks):
        w = tok.text
        clock = reader.num(k) is not None and (
            (reader.word(k + 1) == "h" and (reader.adjacent(k + 1) or not reader.word(k + 2).isalpha()))  # "14h", "14 h 30"
            or reader.word(k + 1) in ("heure", "heures")
            or (reader.word(k + 1) == ":" and reader.adjacent(k + 1) and reader.num(k + 2) is not None)
        )
        day_name = w in WEEKDAY_NAMES and reader.word(k - 1) not in _RECURRING_BEFORE
        ordinal_day = w in ORDINALS and reader.word(k + 1) in WEEKDAY_NAMES
        # « rdv 15 min avant », « 2 h plus tôt »: a time said relative to the one read
        relative = reader.num(k) is not None and reader.word(k + 1) in _UNITS and reader.seq(k + 2, *_RELATIVE) is not None
        year = reader.seq(k, *_YEAR_WORDS) is not None and "de" not in (reader.word(k - 1), reader.word(k - 3))
        phrase = reader.seq(k, *_ANYWHERE) is not None or w in ZONE_CODES or relative or year  # « dépôt (heure belge) », « … UTC »
        if clock or day_name or ordinal_day or phrase:
            return text[tok.start:][:40]
    return None
