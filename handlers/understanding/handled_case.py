"""« on fait quoi des dossiers incomplets ? », « que fait-on des impayés ? »,
« les dossiers incomplets, on en fait quoi ? », « qu'est-ce qu'on fait des
demandes hors délai ? »: how the group deals with a case, which is a rule it
decided (« Les dossiers incomplets sont renvoyés au prescripteur sous huit
jours »).

The examples read « on fait quoi » as a request for help or for the asker's
tasks, and the case's words were too few to lead (set 33, Strasbourg). The
question names no time nor meeting (« on fait quoi jeudi ? », « on fait
quoi à la prochaine commission ? » ask for the agenda) and no member; the
decisions answer on its other words is kept only when it is sure, and only
when those words are the whole case (« ce qui reste à la fin du marché »
kept « fin » alone, which a decision « d'ici fin 2027 » holds). A number
in the question leaves it to the rules on ages and sums (« on fait quoi
des moins de 25 ans ? », decision_ages.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.normalise import Word, fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words

__all__ = ["TIMED_OR_PERSON", "handled_case"]

# « on (en) fait quoi », « que fait-on », « qu'est-ce qu'on (en) fait », « que faire », « quoi faire », as folded words.
_HANDLING = re.compile(r"\b(?:on|nous) (?:en )?(?:fait|faisons|fera|ferait) quoi\b|\bque (?:fait|faisons) on\b"
                       r"|\bqu est ce (?:qu on|que l on|que nous) (?:en )?(?:fait|faisons|fera)\b"
                       r"|\b(?:que|quoi) faire\b"
                       # « il se passe quoi si je loupe trois conseils de suite ? », « qu'est-ce qui se passe si … ? »,
                       # « que se passe-t-il si … ? »: what follows from a case is the rule decided on it (set 49b).
                       r"|\b(?:il se passe|ca se passe|il arrive) quoi (?:si|s il|s ils|quand|en cas)\b"
                       r"|\bqu est ce qui (?:se passe|arrive) (?:si|s il|s ils|quand|en cas)\b"
                       r"|\bque se passe t il (?:si|s il|s ils|quand|en cas)\b"
                       # « il se passe quoi le matin à l'école ouverte ? »: what a thing decided holds, at a part of
                       # the day (the lead's set 96).
                       r"|\b(?:il se passe|ca se passe) quoi (?:le matin|l apres midi|le soir|a l|au|aux)\b")
# « un élève qui trouve pas de stage, il se passe quoi ? »: the case said first, then what follows from it (the lead's
# set 96); « en mars, il se passe quoi ? » names a time and stays the dates' (TIMED_OR_PERSON below). Matched on the
# folded words with their commas.
_FRONTED_CASE = re.compile(r", (?:il se passe|ca se passe|il arrive|qu est ce qui se passe|que se passe t il) quoi$"
                           r"|, (?:qu est ce qui se passe|que se passe t il)$")
# « un élève de 3e », « en 2nde »: a class or a rank, no age nor sum.
_ORDINAL = re.compile(r"\d+(?:e|eme|er|ere|nde|nd)")
# Typed without « ? » (« on fait quoi des eleves exclus », « les tablettes on en fait quoi »), the case said right
# after « quoi » or before « on en fait quoi » at the end still makes it a question on how to deal with it.
_CASE_SAID = re.compile(r"\bquoi (?:de|des|du|d|pour|avec)\b|\ben (?:fait|fera) quoi$")
# Entities that make it another question: a time or a meeting (the agenda), a member (their work); they also pick
# one meeting where « toujours » is then « still » (usual_place.py).
TIMED_OR_PERSON = frozenset({"person", "month", "period", "when", "today", "tomorrow", "this_week", "next_week",
                             "week_after_next", "this_month", "this_year", "next_year", "next_weekend"})
# The words of asking how to deal with it, never the case's.
_FRAME = frozenset({"on", "nous", "en", "fait", "faisons", "fera", "ferait", "quoi", "que", "qu", "est", "ce", "l",
                    "faire", "alors", "du", "coup", "concretement", "il", "se", "passe", "arrive", "t", "si", "s", "cas",
                    # « si je loupe trois conseils »: missing is the case's verb, what is missed names it (« absent à
                    # trois conseils de suite »).
                    "rate", "rater", "loupe", "louper", "manque", "manquer",
                    # « les gens qui ont déclaré … par erreur, on fait quoi ? »: who is in the case, said by what they
                    # did (the lead's set 84).
                    "gens", "personnes", "ceux", "celles",
                    # « il se passe quoi le matin à … ? »: the part of the day asked, which the rule decided says.
                    "matin", "soir", "apres", "midi"})


def handled_case(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer on the case named, when the message asks how the group deals with it and that answer
    is sure; else None and `u` as it was."""
    folded = " ".join(w.folded for w in u.words)
    typed = " ".join(re.findall(r"\w+|,", fold(u.text)))
    if not (_HANDLING.search(folded) or "?" in u.text and _FRONTED_CASE.search(typed)) or (
            "?" not in u.text and not _CASE_SAID.search(folded)):
        return None
    if any(e.kind in TIMED_OR_PERSON or (e.kind == "place" and e.extra.get("formation")) for e in u.entities):
        return None
    if any(any(c.isdigit() for c in w.folded) and not _ORDINAL.fullmatch(w.folded) for w in u.words):
        return None  # « on fait quoi des moins de 25 ans ? »: an age or a sum, whose rule decision_ages.py picks
    case: list[Word] = [w for w in u.topic if w.folded not in _FRAME]
    if not case:
        return None  # « on fait quoi ? »: nothing named
    if any(w.folded not in {c.folded for c in case} for w in content_words(u.words) if w.folded not in _FRAME):
        return None  # « ce qui reste à la fin du marché, on en fait quoi ? »: the case is more than the topic kept (« fin »)
    return as_decision(ctx, u, case, answer)
