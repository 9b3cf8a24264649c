"""A count said of the things a question lists: « il n'y a que trois points à
l'ordre du jour de janvier ? », « on a deux réunions en janvier ? », « trois
échéances ce mois-ci, c'est tout ? ».

The member checks how many points, meetings or dates there are; the list the
answer shows says it. Read as any other word, the number word (« trois ») was
an unknown topic that no agenda point holds, and the question stayed unsure.
A number word right before a plural noun of such things frames the question
(pipeline.py) and is no topic; digits already read as numbers. So does one
before an order word and such a noun: « les quatre prochaines séances », « les
trois dernières décisions », « les deux premières échéances » (set 40c)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.sitting_order import PLURAL

__all__ = ["counted_items"]

_COUNTS = frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"})
_LISTED = frozenset({"points", "reunions", "seances", "echeances", "decisions", "taches", "dates", "sujets"})
# Order words in the plural between the count and the noun (« les quatre prochaines séances »).
_ORDERED = PLURAL
_ORDERED_NOUNS = _LISTED | {"rencontres", "comites", "copils", "actions", "ateliers", "dates", "limites", "reus"}


def counted_items(found: Sequence[Word]) -> set[int]:
    """Indices of the number words counting the listed things (« trois » in « trois points »)."""
    counted = {i for i, (w, after) in enumerate(zip(found, found[1:])) if w.folded in _COUNTS and after.folded in _LISTED}
    return counted | {i for i, (w, order, noun) in enumerate(zip(found, found[1:], found[2:]))
                      if w.folded in _COUNTS and order.folded in _ORDERED and noun.folded in _ORDERED_NOUNS}
