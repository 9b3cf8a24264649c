"""A period put first in spoken French: « jusqu'en janvier, on a quoi comme
dates ? », « ce mois-ci, il y a quoi ? », « en mars, il se passe quoi ? ».

The intent examples give the period where written French puts it, after
the clause (« on a quoi comme dates <periode> »), and the model compares
adjacent pairs of lemmas too, so a period typed first and cut off by a
comma loses the pairs that tie it to the question. The clause is also read
with the period put back after it, and each intent keeps the closer of the
two readings: the words are the same, only their order is the examples'.
"""

from __future__ import annotations

from handlers.understanding.entities import Entity
from handlers.understanding.intents import PLACEHOLDERS
from handlers.understanding.normalise import Word, words

__all__ = ["fronted_order", "merged_ranking"]

# Placeholders of a when that may stand first (« en janvier, … », « la semaine prochaine, … »).
_WHEN = frozenset({PLACEHOLDERS["period"], PLACEHOLDERS["month"]})
# Words that may open the fronted period without belonging to it (« et en mars, … », « bon, … » is no period).
_LEAD = 2


def _lead_words(text: str, found: list[Word]) -> int:
    """How many of `found` stand before the message's first comma (0 when no comma, or when its words and
    `found` do not line up, e.g. a name the group spelled over two words)."""
    if "," not in text:
        return 0
    lead = [w.folded for w in words(text.split(",", 1)[0])]
    return len(lead) if lead and [w.folded for w in found[:len(lead)]] == lead else 0


def fronted_order(text: str, found: list[Word], entities: list[Entity], tokens: list[str]) -> list[str] | None:
    """`tokens` with a fronted period moved after the clause, or None when no period is put first: the words
    before the first comma end with a period or month the entities found, and a clause follows."""
    lead = _lead_words(text, found)
    if not lead or lead >= len(found):
        return None
    if not any(e.kind in ("period", "month") and e.end == lead and e.start <= _LEAD for e in entities):
        return None
    # The lead's tokens end with its placeholders (« en », « zzmois », « zzperiode »): those alone are put back,
    # its article and prepositions (« la semaine prochaine », « d'ici février ») would part them from the clause.
    lead_tokens = [i for i, t in enumerate(tokens[:lead + 2]) if t in _WHEN]
    if not lead_tokens or lead_tokens[-1] + 1 >= len(tokens):
        return None
    return tokens[lead_tokens[-1] + 1:] + [tokens[i] for i in lead_tokens]


def merged_ranking(first: list[tuple[str, float]], second: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Each intent at the closer of its two scores, best first."""
    best = dict(first)
    for name, score in second:
        best[name] = max(score, best.get(name, -1.0))
    return sorted(best.items(), key=lambda item: -item[1])
