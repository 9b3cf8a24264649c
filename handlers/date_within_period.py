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
juillet : ranger le local pendant les vacances »).
"""

from __future__ import annotations

import re

from handlers.date_periods_said import folded
from handlers.messages import InputError

__all__ = ["refuse_period_or_condition"]

_SEPARATORS = " \t,;–—-([/"
# What says the day is within or outside a period (folded text).
_WITHIN = r"(?:pendant|durant|hors|en dehors (?:de|des|du)|avant|apres|entre|au cours (?:de|des|du)|en pleine?s?|en periode (?:de|des))"
_ARTICLE = r"(?:(?:la|le|les|l'|ces|cette|nos|vos)\s*)?"
# The periods of the school and the year (date_periods_said.py names the same ones said alone).
_PERIOD_NOUN = (r"(?:vacances|conges|relaches|fetes|rentree|ponts?|periode scolaire|periode des fetes|"
                r"treve des confiseurs|semaine blanche|semaine de relache|examens|grandes vacances)")
_PERIOD = re.compile(rf"{_WITHIN}\s+{_ARTICLE}{_PERIOD_NOUN}\b(?:\s+(?:scolaires?|d'ete|d'hiver|d'automne|de\s+[\w']+|d'\w+|du\s+\d+\s+\w+))?")
# A condition put on the date (« si … », « s'il … », « selon … », « à condition … »); « si possible » is date_hedges.py's.
_CONDITION = re.compile(r"(?:si (?!possible\b)(?=[a-z])|s'(?:il|ils) |selon |suivant (?:les|la|le) (?:dispo|disponibilit|meteo|nombre)"
                        r"|a condition |sous condition|en fonction (?:de|des|du) )")


def refuse_period_or_condition(rest: str, require_time: bool) -> None:
    """Refuses `rest` when it begins, right after the date, with a period the day must fall in or a condition."""
    head = len(rest) - len(rest.lstrip(_SEPARATORS))
    text = folded(rest)
    if (period := _PERIOD.match(text, head)) is not None:
        said = rest[head:period.end()]
        example = "« jeudi 8 juillet 14h salle B »" if require_time else "« vendredi 16 juillet : bilan »"
        raise InputError(
            f"« {said} » : le jour tombe-t-il bien dans cette période ? Je ne connais pas les vacances ni les fêtes "
            f"de chaque zone et de chaque année, je ne devine pas. Donnez le jour seul (ex. {example})."
        )
    if (condition := _CONDITION.match(text, head)) is not None:
        said = rest[head:].strip()[:60]
        raise InputError(
            f"« {said} » : la date est-elle décidée ? Je n'enregistre qu'une date ferme, pour la rappeler aux membres. "
            "Écrivez-la sans condition quand elle est confirmée (ex. « mardi 4 mai 18h salle B »)."
        )
