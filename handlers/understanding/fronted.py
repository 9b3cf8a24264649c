"""A period, a meeting place or a thing put first in spoken French:
« jusqu'en janvier, on a quoi comme dates ? », « en mars, il se passe quoi ? »,
« la salle des Gardes, on y retourne quand ? », « le plan grand froid, on en
parle quand ? ».

The intent examples give the period (or place) where written French puts
it, after the clause (« on a quoi comme dates <periode> »), and the model
compares adjacent pairs of lemmas too, so one typed first and cut off by a
comma loses the pairs that tie it to the question. The clause is also read
with it put back after the clause, and each intent keeps the closest of the
readings: the words are the same, only their order is the examples'. A
thing put first and taken up by a pronoun (« on en parle », « on doit les
rendre ») is set back where the pronoun stands (« on parle de … »).
"""

from __future__ import annotations

from handlers.understanding.entities import Entity
from handlers.understanding.intents import PLACEHOLDERS
from handlers.understanding.normalise import Word, words

__all__ = ["fronted_orders", "merged_ranking", "qui_resumes", "resumed_order"]

# What may stand first, and its placeholders (« en janvier, … », « la semaine prochaine, … », « la salle des
# Gardes, on y retourne quand ? »).
_FRONTED = frozenset({"period", "month", "place"})
_PUT_BACK = frozenset({PLACEHOLDERS["period"], PLACEHOLDERS["month"], PLACEHOLDERS["place"]})
_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une"})
# How many words may open the lead before its period or place (« et en mars, … », « à la mairie, … »).
_LEAD = 2


def _lead_words(text: str, found: list[Word]) -> int:
    """How many of `found` stand before the message's first comma (0 when no comma, or when its words and
    `found` do not line up, e.g. a name the group spelled over two words)."""
    if "," not in text:
        return 0
    lead = [w.folded for w in words(text.split(",", 1)[0])]
    return len(lead) if lead and [w.folded for w in found[:len(lead)]] == lead else 0


def fronted_orders(text: str, found: list[Word], entities: list[Entity], tokens: list[str]) -> list[list[str]]:
    """`tokens` with a fronted period or place moved after the clause, in the ways the examples write it: with
    the lead's prepositions (« on se voit où en <mois> ») and without its article or bounds (« on a quoi comme
    dates <periode> »). Empty unless the words before the first comma end with a period, a month or a meeting
    place the entities found, and a clause follows."""
    lead = _lead_words(text, found)
    if not lead or lead >= len(found):
        return []
    if not any(e.kind in _FRONTED and e.end == lead and e.start <= _LEAD for e in entities):
        return []
    # The lead's tokens end with its placeholders (« en », « zzmois », « zzperiode »); an article before them
    # (« la semaine prochaine », « la salle des Gardes ») would part them from the clause.
    marks = [i for i, t in enumerate(tokens[:lead + 2]) if t in _PUT_BACK]
    if not marks or marks[-1] + 1 >= len(tokens):
        return []
    clause, lead_tokens = tokens[marks[-1] + 1:], tokens[:marks[-1] + 1]
    if tokens[marks[-1]] == PLACEHOLDERS["place"]:
        clause = [t for t in clause if t != "y"]  # « la salle des Gardes, on y retourne quand ? »: « y » is the place
    # A month is both « zzmois » and « zzperiode »: the examples say one or the other (« en <mois> », « <periode> »).
    readings = [clause + [t for t in lead_tokens if t not in _ARTICLES], *(clause + [tokens[i]] for i in marks)]
    return [r for k, r in enumerate(readings) if r not in readings[:k]]


def merged_ranking(first: list[tuple[str, float]], second: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Each intent at the closer of its two scores, best first."""
    best = dict(first)
    for name, score in second:
        best[name] = max(score, best.get(name, -1.0))
    return sorted(best.items(), key=lambda item: -item[1])


# « la tranquillité, on en parle quand ? », « le compte rendu, on le reçoit quand ? », « la salle, on y va
# quand ? »: a subject, then the pronoun standing for the thing put first, then the verb (a modal may come
# between: « les bilans, on doit les rendre quand ? »).
# « la formation, qui l'organise ? »: « qui » is the subject asked, the pronoun still the thing put first.
_SUBJECTS = frozenset({"on", "il", "elle", "ils", "elles", "nous", "vous", "je", "tu", "qui"})
# « la formation, c'est qui qui l'organise ? »: the spoken cleft before the subject « qui » says « qui » once more.
_CLEFT = ["c", "etre", "qui"]
_RESUMING = {"en": ["de"], "y": ["a"], "le": [], "la": [], "les": [], "l": [], "lui": ["a"], "leur": ["a"]}
_MODALS = frozenset({"devoir", "pouvoir", "aller", "falloir", "vouloir", "avoir", "etre"})
_ASKING = frozenset({"qui", "quoi", "quand", "ou", "quel", "comment", "combien", "pourquoi"})


def resumed_order(tokens: list[str]) -> list[str] | None:
    """`tokens` with the thing put first set back where its pronoun stands, or None: « la tranquillité, on en
    parle quand ? » read as « on parle de la tranquillité quand ? ». Only the first subject is looked at: the
    pronoun follows it at once, or after a modal (« on doit les rendre »). « qui » may be that subject (« la
    formation, qui l'organise ? » read as « qui organise la formation ? »), after a cleft too (« c'est qui qui
    l'organise ? »)."""
    for k in range(1, len(tokens) - 3):
        if tokens[k:k + 4] == [*_CLEFT, "qui"]:
            tokens = tokens[:k] + tokens[k + 3:]
            break
    for k in range(1, len(tokens) - 2):
        if tokens[k] not in _SUBJECTS:
            continue
        at = k + 1 + (tokens[k + 1] in _MODALS and tokens[k + 2] in _RESUMING)
        if tokens[at] not in _RESUMING or at + 1 >= len(tokens):
            return None
        lead = tokens[:k]
        if any(t in _ASKING for t in lead) or not any(t.startswith("zz") for t in lead):
            return None  # a thing put first is a noun of the records or the store, and asks nothing itself
        # « la salle, qui l'a réservée ? »: the auxiliary and its participle are the verb, set back together.
        verb = at + 1 + (tokens[at + 1] in _AUXILIARIES and at + 2 < len(tokens))
        return tokens[k:at] + tokens[at + 1:verb + 1] + _RESUMING[tokens[at]] + lead + tokens[verb + 1:]
    return None


# « qui l'a réservée ? », « qui les a envoyés ? »
_AUXILIARIES = frozenset({"a", "ont", "avoir", "est", "sont", "etre"})
_OBJECTS = frozenset({"l", "le", "la", "les"})


def qui_resumes(tokens: list[str]) -> bool:
    """« le café des aidants de janvier qui l'organise ? » typed without its comma: « qui » then an object pronoun
    after a thing of the records put first — no relative clause of that thing (it would be its subject, not
    « l' »), the same question as with the comma."""
    return any(tokens[k] == "qui" and tokens[k + 1] in _OBJECTS and any(t.startswith("zz") for t in tokens[:k])
               for k in range(2, len(tokens) - 2))
