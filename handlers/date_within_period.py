"""A period or a condition said right after the date (blind set 26): « jeudi 14h pendant les vacances »,
« jeudi 1er avril 14h pendant les vacances de Pâques », « jeudi 14h hors vacances scolaires », « jeudi 14h en
dehors des vacances », « jeudi 14h entre les fêtes », « vendredi 16 juillet, hors vacances : bilan »;
« mardi 18h si tout le monde est disponible », « mardi 18h, si la salle est libre », « lundi 10h selon les
disponibilités ».

Read, the day was stored with the period or the condition as the meeting's place or at the head of the
deadline's text. A period the day must fall in (or outside) depends on the school zone and the year, which
the reader does not know: whether the coming Thursday is « pendant les vacances » is not in the line, and
when it is not, the writer meant another Thursday. A condition says the date is not decided yet, as « si
possible » and « sous réserve » do (date_hedges.py). Both are asked about, right after the date only:
further on (after a colon, or after the place) they are the text's or the place's own words (« vendredi 16
juillet : ranger le local pendant les vacances »). The period's noun said alone after the date is one too
(« jeudi 14h (vacances scolaires) », « vendredi 7 mai (vacances) : rapport »), and so is any « pendant … » there
(« jeudi 14h pendant les travaux », « pendant le marché de Noël »): an event or a time of the year, never a place.

A day said to be a holiday (« le 11 novembre à 11h (férié) », « lundi 1er novembre 10h, jour férié ») is
checked against the public holidays of the group's country (date_working_days.py) and the words go; a day
that is none, or a zone whose holidays are not listed, is asked about.
"""

from __future__ import annotations

import re
from datetime import date

from handlers.date_calendar import format_day
from handlers.date_numbers import CARDINAL_WORDS
from handlers.date_periods_said import folded
from handlers.date_working_days import public_holiday
from handlers.messages import InputError

__all__ = ["refuse_period_or_condition", "without_holiday_said"]

_SEPARATORS = " \t,;–—-([/·⋅•∙|"  # (a calendar's « · » and « | » too: blind set 27's probes)
# What says the day is within or outside a period (folded text).
_WITHIN = r"(?:pendant|durant|hors|en dehors (?:de|des|du)|avant|apres|entre|au cours (?:de|des|du)|en pleine?s?|en periode (?:de|des))"
_ARTICLE = r"(?:(?:la|le|les|l'|ces|cette|nos|vos)\s*)?"
# The periods of the school and the year (date_periods_said.py names the same ones said alone).
_PERIOD_NOUN = (r"(?:vacances|conges|relaches|fetes|rentree|ponts?|periode scolaire|periode des fetes|"
                r"treve des confiseurs|semaine blanche|semaine de relache|examens|grandes vacances)")
_WHICH = r"\b(?:\s+(?:scolaires?|d'ete|d'hiver|d'automne|de\s+[\w']+|d'\w+|du\s+\d+\s+\w+))?"
_PERIOD = re.compile(rf"{_WITHIN}\s+{_ARTICLE}{_PERIOD_NOUN}{_WHICH}")
# The noun alone, in lower case (« (vacances scolaires) »; « Vacances Bleues » is a name).
_BARE_PERIOD = re.compile(rf"(?:les\s+|grandes\s+|periode\s+(?:de|des)\s+)?(?:vacances|conges|relaches){_WHICH}")
# Softer words before the school's own periods (« à la rentrée », « dès la rentrée », « lors des vacances », « au retour
# des congés », « en période scolaire »); not before a bridge or a feast (« au pont de Normandie », « aux Fêtes de Genève »).
_SOFT_PERIOD = re.compile(rf"(?:a|au|aux|en|des|lors (?:de|des|du)|au retour (?:de|des|du)|a partir (?:de|des|du)|jusqu'(?:a|au|aux))\s+"
                          rf"{_ARTICLE}(?:vacances|conges|relaches|rentree|periode scolaire|periode des vacances|"
                          rf"treve des confiseurs){_WHICH}")
# Any other time said with « pendant » or « durant » (« pendant les travaux », « durant le marché de Noël »).
_NUMBER_WORDS = "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True))
_DURING = re.compile(r"(?:pendant|durant)\s+(?!\d|(?:" + _NUMBER_WORDS + r"|quelques|plusieurs|toute|tout|tous|toutes|la duree|ce temps)(?![a-z])"
                     r"|[a-z]*(?:vingt|ante|cent|mille))"
                     r"[^\s,;:()\[\]]+(?: [^\s,;:()\[\]]+){0,3}")  # (a length, « pendant 2h », « pendant trois semaines », is date_guard.py's)
# A condition put on the date (« si … », « s'il … », « selon … », « à condition … »); « si possible » is date_hedges.py's.
_CONDITION = re.compile(r"(?:si (?!possible\b)(?=[a-z])|s'(?:il|ils) |selon |suivant (?:les|la|le) (?:dispo|disponibilit|meteo|nombre)"
                        r"|a condition |sous condition|en fonction (?:de|des|du) )")


def refuse_period_or_condition(rest: str, require_time: bool) -> None:
    """Refuses `rest` when it begins, right after the date, with a period the day must fall in or a condition."""
    head = len(rest) - len(rest.lstrip(_SEPARATORS))
    text = folded(rest)
    period = _PERIOD.match(text, head) or _SOFT_PERIOD.match(text, head)
    if period is None and head < len(rest) and rest[head].islower():
        period = _BARE_PERIOD.match(text, head)
    if period is not None:
        said = rest[head:period.end()]
        example = "« jeudi 8 juillet 14h salle B »" if require_time else "« vendredi 16 juillet : bilan »"
        raise InputError(
            f"« {said} » : le jour tombe-t-il bien dans cette période ? Je ne connais pas les vacances ni les fêtes "
            f"de chaque zone et de chaque année, je ne devine pas. Donnez le jour seul (ex. {example})."
        )
    if (during := _DURING.match(text, head)) is not None:
        said = rest[head:during.end()].rstrip(" ,;:)")
        example = "« jeudi 8 juillet 14h salle B »" if require_time else "« vendredi 16 juillet : bilan »"
        raise InputError(
            f"« {said} » : une période ou un événement, pas un lieu, et je ne sais pas s'il tombe ce jour-là. "
            f"Donnez le jour et l'heure seuls (ex. {example})."
        )
    if _CONDITION.match(text, head) is not None:
        said = rest[head:].strip()[:60]
        raise InputError(
            f"« {said} » : la date est-elle décidée ? Je n'enregistre qu'une date ferme, pour la rappeler aux membres. "
            "Écrivez-la sans condition quand elle est confirmée (ex. « mardi 4 mai 18h salle B »)."
        )


_HOLIDAY_SAID = re.compile(r"(?:(?:un |le )?(?:jour|journee) )?feriee?\b *[)\]]?")


def without_holiday_said(rest: str, day: date, zone: str) -> str:
    """`rest` without « (férié) », « jour férié » said right after `day` when it is a public holiday in `zone`'s
    country; refuses them when it is none, or when the zone's holidays are not listed."""
    head = len(rest) - len(rest.lstrip(_SEPARATORS))
    found = _HOLIDAY_SAID.match(folded(rest), head)
    if found is None:
        return rest
    said = rest[head:found.end()].rstrip(" )]")
    holiday = public_holiday(day, zone)
    if holiday is None:
        raise InputError(f"« {said} » : je ne connais pas les jours fériés de votre fuseau ({zone}), je ne peux pas "
                         f"vérifier le {format_day(day)}. Donnez la date seule.")
    if not holiday:
        raise InputError(f"« {said} » : le {format_day(day)} n'est pas un jour férié ici. Lequel est le bon, le jour "
                         "écrit ou le jour férié ? Je ne devine pas.")
    return rest[found.end():]
