"""Words that say the date is the usual or the agreed one (blind set 26): « jeudi 14h comme d'habitude »,
« mardi 4 mai 18h, comme convenu, salle polyvalente », « vendredi 7 mai comme prévu : rapport », « le 11
novembre à 11h comme chaque année ».

Left at the head of the rest they became the meeting's place (« comme d'habitude » stored and shown as where
the meeting is) or the head of the deadline's text (« comme convenu : rapport »). They say nothing the date
does not: the day and the hour are the usual or agreed ones, as written. Like « date confirmée »
(date_hedges.py), they belong to the date and go, right after it, whatever follows (a separator, the place,
the end). Closing a meeting's place (« au local comme d'habitude », « en visio, comme convenu ») they go too:
the place is the usual one, as its name says; a deadline's text keeps them there (« relire le PV comme
d'habitude » is the task).

« comme prévu », « comme convenu », « comme annoncé »… may take a complement (« comme convenu avec la
mairie », « comme prévu au dernier CA »): followed by words that do not begin a place, what they agree with
would be taken for the place or the text, so the line is asked about. « comme d'habitude », « comme chaque
année » take none, but what follows them without a separator must begin a meeting's place too (« comme d'habitude
pour le bureau » is asked; « vendredi 7 mai comme d'habitude envoyer le rapport »: the task).

« comme chaque mois », « comme tous les jeudis », « comme chaque semaine » name a series: /seance reads « chaque
mois » after the place as a recurrence (storage/recurrence.py), so for a meeting they are asked about (this
meeting alone, or a series?) wherever they are; before a deadline's text they go like « comme d'habitude ».
Said after another weekday than the day read (« vendredi 14h comme chaque jeudi ») they are asked about too.
"""

from __future__ import annotations

import re
from datetime import date

from handlers.date_calendar import format_day
from handlers.date_words import fold
from handlers.messages import InputError

__all__ = ["without_as_usual"]

_SEPARATORS = " \t,;–—-([/·⋅•∙|"  # (a calendar's « · » and « | » too: blind set 27's probes)
_APOSTROPHE = r" ?' ?"
# Said of the date's habit, no complement after them (folded text).
_HABIT = (r"comme (?:d" + _APOSTROPHE + r"hab(?:itude|itu|\.)?|toujours|d" + _APOSTROPHE + r"ordinaire|a l" + _APOSTROPHE
          + r"accoutumee|de coutume|la derniere fois|a chaque fois|l" + _APOSTROPHE + r"an (?:dernier|passe)|"
          r"chaque (?:annee|an|fois)|tous les ans)"
          r"|sans faute")
# Said of an agreement: may take a complement (« comme convenu avec la mairie »).
_AGREED = r"comme (?:prevu|convenu|annonce|indique|promis|entendu|decide|mentionne)e?s?"
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_HEAD_WEEKLY = re.compile(r"comme (?:chaque|tous les) (" + "|".join(_WEEKDAYS) + r")s?(?![\w'])")
# A series' words after « comme » (storage/recurrence.py reads « chaque mois », « tous les jeudis » as one).
_SERIES = re.compile(r"comme (?:chaque (?:mois|semaine|trimestre|" + "|".join(_WEEKDAYS) + r")|tous les (?:mois|trimestres|quinze jours|15 jours|"
                     + "|".join(_WEEKDAYS) + r")s?|toutes les (?:semaines|\w+ semaines))(?![\w'])")
_HEAD_HABIT = re.compile(r"(?:" + _HABIT + r")(?![\w'])")
_HEAD_AGREED = re.compile(r"(?:" + _AGREED + r")(?![\w'])")
_HEAD_SERIES = _SERIES
# What may begin a place after « comme convenu » (« comme convenu par téléphone », « comme prévu sur Zoom »,
# « comme convenu à la mairie »); not « au dernier CA », « par le bureau », « avec … », « lors de … », « dans … ».
_PLACE_START = re.compile(
    r"(?:\s*[,;:–—)\]-]|\s*$| +(?:(?:a|au|aux|en|sur|chez)\b(?! +(?:dernier|derniere|precedent|precedente|cours|reunion|ca|ag)\b)"
    r"|par (?:telephone|tel|visio|visioconference|zoom|teams|skype|jitsi|meet)\b|(?:salle|local|mairie|maison|foyer|espace|centre|cafe|restaurant|ecole|gymnase|stade|parc|jardin|place|rue|"
    r"visio|visioconference|zoom|teams)\b|[(\[]))")
_CLOSING = re.compile(r"(?:[ ,;–—-]+|\s*[(\[]\s*)(?:" + _HABIT + "|" + _AGREED + r")\s*[)\]]?\s*[.!]?$")


def without_as_usual(rest: str, require_time: bool, day: date | None = None) -> str:
    """`rest` without « comme d'habitude », « comme convenu »… said right after the date (and, for a meeting,
    closing its place); refuses « comme convenu » followed by what it agrees with, and « comme chaque jeudi »
    after another weekday than `day`'s."""
    head = len(rest) - len(rest.lstrip(_SEPARATORS))
    folded = fold(rest)
    if require_time and (series := _SERIES.search(folded, head)) is not None:
        said = rest[series.start():series.end()]
        raise InputError(f"« {said} » : cette séance seule, ou une série ? Je ne devine pas. Pour cette séance, écrivez-la "
                         f"sans ces mots ; pour une série, « {said.split(' ', 1)[1]} » après le lieu "
                         "(ex. « jeudi 14h salle B chaque mois »).")
    if (weekly := _HEAD_WEEKLY.match(folded, head)) is not None and day is not None:
        if _WEEKDAYS.index(weekly.group(1)) != day.weekday():
            raise InputError(f"Le {format_day(day)}, « {rest[head:weekly.end()]} » : lequel des deux ? "
                             "Je ne devine pas. Donnez le jour seul (ex. « jeudi 14h salle B »).")
        return without_as_usual(_after_bracket(rest, folded, head, weekly.end()), require_time, day)
    found = _HEAD_HABIT.match(folded, head) or _HEAD_AGREED.match(folded, head) or _HEAD_SERIES.match(folded, head)
    if found is not None:
        # what follows must begin a place (or a capitalised name, « comme d'habitude Mairie de Sion »), or follow a
        # separator: « comme convenu avec la mairie », « comme d'habitude pour le bureau » are asked about
        habit = found.re is not _HEAD_AGREED
        if (_PLACE_START.match(folded, found.end()) is None and (require_time or not habit)
                and not (habit and rest[found.end():found.end() + 2][-1:].isupper() and rest[found.end()] == " ")):
            said = rest[head:].strip()[:60]
            raise InputError(
                f"« {said} » : je ne sais pas où finissent ces mots et où commence "
                + ("le lieu. Écrivez la date puis le lieu seul (ex. « jeudi 14h salle B »)."
                   if require_time else "le texte. Écrivez la date, un deux-points, puis le texte (ex. « 15 mars : bilan »).")
            )
        # « comme convenu, comme d'habitude »; « (comme convenu) salle B »: its bracket goes with it
        return without_as_usual(_after_bracket(rest, folded, head, found.end()), require_time, day)
    if require_time and (closing := _CLOSING.search(folded, head)) is not None and closing.start() > head:
        return rest[:closing.start()]
    return rest


def _after_bracket(rest: str, folded: str, head: int, end: int) -> str:
    """`rest` from `end`, past the bracket that closes the words when the head opened one."""
    if "(" in rest[:head] or "[" in rest[:head]:
        closing = re.match(r"\s*[)\]]", folded[end:])
        if closing is not None:
            return rest[end + closing.end():]
    return rest[end:]
