"""An apology that opens a question, as people write when they ask for help:
« bonjour madame excusez moi je voulais savoir quand est le prochain
conseil », « pardon de vous déranger, qui représente la CAF ? », « désolé
excusez-moi c'est où la réunion ? ». The formula (« excusez-moi »,
« excuse-moi », « pardon », « désolé(e) », with « de vous déranger » or
« pour le dérangement ») asks nothing: it is dropped as « pourriez-vous »
is, and « excusez » is not read as excusing oneself from a meeting. Only
when something is asked after it (a question word or a polite frame) and it
opens the message (after a greeting at most): « excusez-moi pour jeudi je
ne pourrai pas venir » and « je m'excuse, je serai absent » tell, and stay
news."""

from __future__ import annotations

from handlers.understanding.normalise import Word, lexicon

__all__ = ["apology"]

# The formulas, as folded words (the hyphen of « excusez-moi » is gone, typed or not).
_FORMULAS = (("excusez", "moi"), ("excuse", "moi"), ("excusez", "nous"), ("pardon",), ("pardonnez", "moi"),
             ("desole",), ("desolee",), ("dsl",))
# What may follow the formula and belongs to it (« de vous déranger », « pour le dérangement »).
_DISTURB = (("de", "vous", "deranger"), ("de", "te", "deranger"), ("pour", "le", "derangement"),
            ("du", "derangement"))


def apology(found: list[Word], asked_after: set[int]) -> set[int]:
    """Indices of an apology opening the message, when a question word or one of `asked_after` (a polite frame's
    indices) follows it."""
    folded = [w.folded for w in found]
    start = 0
    while start < len(folded) and start < 3 and folded[start] in lexicon().openers:
        start += 1
    for formula in _FORMULAS:
        end = start + len(formula)
        if tuple(folded[start:end]) != formula:
            continue
        for tail in _DISTURB:
            if tuple(folded[end:end + len(tail)]) == tail:
                end += len(tail)
                break
        asked = any(w in lexicon().question_words for w in folded[end:]) or any(i >= end for i in asked_after)
        return set(range(start, end)) if asked and end < len(folded) else set()
    return set()
