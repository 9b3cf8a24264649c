"""Words that qualify the date, said right after it (found probing after
blind set 12b): « le 15 mars max : bilan », « dans 15 jours à peu près »,
« dans un mois ou deux », « le 15 mars si possible ».

Left at the head of the rest they became the deadline's text or the place
(« max : bilan »), and the stored date read as firm what was said as an
estimate or one of two. A bound (« max », « maximum », « grand max ») says the
day is the deadline itself: it belongs to the date and goes, as « au plus
tard » does. An estimate, an alternative or a wish (« environ », « grosso
modo », « ou deux », « voire plus tôt », « si possible ») is asked about: the
writer gives the date alone, or puts the words after a colon in the text.
"""

from __future__ import annotations

import re

from handlers.date_words import fold
from handlers.messages import InputError

__all__ = ["without_hedges"]

_SEPARATORS = " \t,;–—-("
# « au plus tard » said in chat words: the day read is the deadline itself. Lower case only (« Max » is a name),
# and not before a number (« maximum 12 personnes » is a capacity).
_BOUND = re.compile(r"(?:au |grand |au grand )?max(?:i|imum)?\b\.?(?! *\d)")  # not « maximum 12 personnes »
# What makes the date an estimate, one of two or a wish; not before a number (« environ 30 personnes » is a count).
_HEDGE = re.compile(
    r"(?:ou a peu pres|a peu pres|a peu de chose pres|a quelques jours pres|a (?:un|deux|trois) jours? pres|"
    r"a une semaine pres|environ|approximativement|grosso modo|plus ou moins|"
    r"(?:ou|voire) (?:plus tot|plus tard|avant|apres|deux|trois|quelques|un peu)|et quelques|et des poussieres|"
    r"si possible|idealement|dans l ?' ?ideal|de preference|au mieux|au pire|a la louche)\b(?! *\d)"
)


def without_hedges(rest: str) -> str:
    """`rest` without a bound said after the date (« max »); refuses an
    estimate, an alternative or a wish said there."""
    head = len(rest) - len(rest.lstrip(_SEPARATORS))
    folded = fold(rest)
    if (bound := _BOUND.match(rest, head)) is not None and (bound.end() == len(rest) or not rest[bound.end()].isalnum()):
        return rest[bound.end():]
    if (hedge := _HEDGE.match(folded, head)) is not None:
        said = rest[head:hedge.end()]
        raise InputError(
            f"« {said} » : la date est-elle ferme ? Je ne devine pas. Écrivez la date seule (ex. « 15 mars : bilan »), "
            f"ou ces mots dans le texte après un deux-points (« 15 mars : bilan, {said} »)."
        )
    return rest
