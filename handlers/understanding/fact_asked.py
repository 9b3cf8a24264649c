"""The words of a question that only ask for a fact, apart from the thing
the fact is of (fifteenth round, set 23b).

« les places d'hiver sont valables jusqu'à quand ? », « le montant de
l'intervention chauffage ? », « l'abonnement, c'est pour combien de temps ? »:
« valables », « jusqu'à », « le montant », « combien de temps » ask for a
date, an amount, a duration; no decision says them (« … du 1er décembre au
31 mars », « … portée à 300 euros », « … pour un an »). Counted among the
topic's words they halved the share the decision held of the question, and
a decision that said everything else was never found. The thing asked about
is weighed without them (decision_lead.py); what the fact must be (a number,
a date) is checked there as before.

And the time words a question shares with a decision: « la fête de
décembre » of « … le samedi 19 décembre », « les article 60 en 2027 » of
« … en 2027 » name the thing decided by its own date, no meeting or period
to look in."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.normalise import Word, fold, words

__all__ = ["ASKING", "FRAMING", "asks_validity", "bodies_as_named", "said_in", "without_asking"]

# Folded words that ask for a fact's value or its end, not for a thing (« jusqu » of « jusqu'à quand »).
# (Not « durée », « fréquence »: families find by them the decisions that say « dure 18 mois », « toutes les six
# semaines ».)
ASKING = frozenset({"jusqu", "valable", "valables", "montant", "montants", "somme", "temps", "hauteur"})
# Of these, words that ask only after « combien de » / « quel » (« combien de temps », « à quelle hauteur »): « le
# temps de travail », « le temps partiel » name the thing decided.
_ASKING_AFTER = {"temps": frozenset({"combien", "quel", "quelle", "longtemps"}),
                 "hauteur": frozenset({"quel", "quelle", "combien"})}
# Words of a time phrase that carry no date of their own (« en 2027 », « de décembre »).
_GLUE = frozenset({"en", "de", "d", "du", "le", "la", "l", "au", "cet", "cette", "ce", "a", "pour", "mois"})


# Folded words that frame a yes-or-no check (« faut … ? », « ils doivent … ? », « on sait … ? », « ont droit … ? »,
# « les gens », « chaque », « plusieurs »): left out of the weighing when no decision says them
# (a decision saying « obligatoire », « chaque mois » is found by them through its families, topics.py).
FRAMING = frozenset({"faut", "falloir", "doit", "doivent", "devoir", "devons", "devez", "peut", "peuvent", "pouvoir",
                     "sait", "savent", "savoir", "droit", "droits", "gens", "chaque", "plusieurs"})


def without_asking(topic: Sequence[Word], texts: Sequence[str] = (), found: Sequence[Word] = ()) -> list[Word]:
    """`topic` without the words that ask for the fact, nor those that frame the question and no text of `texts`
    holds, unless nothing else is left. « quelqu'un qui … » (`found`, the question's words) frames a case (« quelqu'un
    qui sort de la rue, il touche combien ? »); « quelqu'un a un chargeur ? » asks the members, and is kept."""
    from handlers.understanding.topics import topic_scores  # topics.py reads modules this one is read by

    folded = [w.folded for w in found]
    case = any(w == "quelqu" and "qui" in folded[i + 1:i + 3] for i, w in enumerate(folded))
    framing = FRAMING | ({"quelqu"} if case else set())
    position = {id(w): i for i, w in enumerate(found)}

    def asking(w: Word) -> bool:
        if w.folded not in _ASKING_AFTER or id(w) not in position:
            return w.folded in ASKING
        at = position[id(w)]
        return bool(set(folded[max(0, at - 3):at]) & _ASKING_AFTER[w.folded])

    kept = [w for w in topic if not asking(w) and not (
        (w.folded in framing or w.lemma in framing) and texts and max(topic_scores([w], texts)) == 0.0)]
    return kept if kept else list(topic)


def said_in(span: Sequence[Word], text: str) -> bool:
    """Every dated word of `span` (a month, a year) is written in `text` (« décembre » in « … 19 décembre … »)."""
    said = set(re.findall(r"\w+", fold(text)))
    dated = [w.folded for w in span if w.folded not in _GLUE]
    return bool(dated) and all(w in said for w in dated)


# « c'est valable jusqu'à quand ? », « la carte est valide combien de temps ? »: how long a right or a measure holds,
# which a decision says (« pour un an », « du 1er décembre au 31 mars ») and no task does (a task is due, not valid).
_VALIDITY = frozenset({"valable", "valables", "valide", "valides", "validite"})


def asks_validity(found: Sequence[Word]) -> bool:
    """The question asks how long something holds (« valable », « valide »)."""
    return any(w.folded in _VALIDITY for w in found)


def bodies_as_named(entities: Sequence[object], found: Sequence[Word], topic: Sequence[Word]) -> list[Word]:
    """`topic` with a body's name typed in pieces put back in one word (« le samu social » is « Samusocial » as a
    decision writes it), so that a decision naming the body holds it."""
    glued: dict[int, Word] = {}
    for e in entities:
        if getattr(e, "kind", None) != "org":
            continue
        typed = [found[i] for i in range(e.start, min(e.end, len(found)))]
        label = [w for w in words(e.label, shorthand=False) if w.folded.isalnum()]
        if len(typed) > 1 and len(label) == 1 and "".join(w.folded for w in typed) == label[0].folded:
            glued.update({id(w): label[0] for w in typed})
    if not glued:
        return list(topic)
    kept = [w for w in topic if id(w) not in glued]
    return kept + [w for w in {id(v): v for v in glued.values()}.values()]
