"""A sum of money as minutes write it (read by amounts.py, the one reader of a
figure and its unit), for telling which decisions state an amount:
« 15 000 € », « 45 000 euros », « 12'000 CHF », « CHF 5000 », and the shorthands of thousands and millions that minutes use as much —
« 12k€ », « 1,2 M€ », « 3 Md€ », « 1,5 million d'euros », « 2 milliards
de francs ».

Without those shorthands « le forum emploi : montant ? » found no decision
stating a sum (« … financé à hauteur de 12k€ … ») and stayed unsure, or
an answer picked the one decision with a plain « 15 000 € » beside it.
A figure alone (« 18 places », « 30 % ») is no sum: the currency is what
says money.

A question may propose a sum to check rather than ask one: « c'est plus de
10 000 € le forum ? », « l'enveloppe dépasse le million ? », « on a bien un
million et demi pour 2027 ? ». The words of that sum and of the comparison
say nothing of the thing decided, so they are no part of its topic.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.date_numbers import CARDINAL_WORDS
from handlers.understanding.amounts import CURRENCY_WORDS, figures, states_sum
from handlers.understanding.normalise import Word

__all__ = ["proposes_sum", "sum_word"]

# Scale words: « un million », « deux milliards », « 12 k€ ».
_SCALES = frozenset({"million", "millions", "milliard", "milliards", "mille", "k", "keur", "md", "mds"})
# The words of a sum proposed and of its comparison (« plus de », « dépasse », « au-dessus de », « et demi »).
_COMPARING = frozenset({"plus", "moins", "depasse", "depassent", "depasser", "depassera", "superieur", "superieure",
                        "superieurs", "inferieur", "inferieure", "inferieurs", "dessus", "dessous", "demi", "environ",
                        "bien"}) | CURRENCY_WORDS


def sum_word(word: Word) -> bool:
    """A word of a sum a question proposes (a figure, a number word, a scale, a currency, a comparison)."""
    return any(c.isdigit() for c in word.folded) or word.raw in ("€", "k€", "M€") or word.folded in (
        CARDINAL_WORDS | _SCALES | _COMPARING)


def proposes_sum(text: str, found: Sequence[Word]) -> bool:
    """« … 10 000 € … ? », « … plus d'un million … ? », « … un million et demi … ? »: a sum proposed by figure or scale."""
    return states_sum(text) or any(w.folded in _SCALES - {"k"} for w in found) or any(
        value >= 1000 and value % 1000 == 0 for value, _ in figures(text))  # « c'est plus de 10 000 le forum ? »
