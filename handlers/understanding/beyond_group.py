"""A count asked over the country or the world, or a public election's score: general knowledge, no record.

« combien il y a de maisons sport-santé en France ? », « le nombre de
logements indignes en France ? », « combien de CPTS dans le pays ? »: the
member wants a national (or world) figure. The group's records hold its
own figures only, and a decision naming the thing (« La maison sport-santé
demande le renouvellement de son label … ») was shown with confidence as
if it answered (the lead's set 60). Such a message is answered as unsure,
saying what the bot holds, before any reading: nothing of the store is its
answer. A count over the group's own territory (« combien de communes dans
l'agglo ? ») is left to the readings."""

from __future__ import annotations

import re

from handlers.messages import Reply
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome

__all__ = ["beyond_unsure", "counted_beyond"]

_COUNT = re.compile(r"\b(?:combien|cbn|nombre|chiffre|chiffres)\b")
_BEYOND = re.compile(r"\b(?:en france|dans toute la france|dans le monde|en europe|au niveau national|a l echelle "
                     r"nationale|dans le pays|sur le territoire national|au niveau mondial)\b")


# A public election (« aux municipales », « les législatives »): its results are the State's, never the group's
# (« combien de voix il a fait le maire aux municipales ? » found the decision giving the conseil citoyen « une voix
# consultative », set 49a); an election the group holds itself (« élue au scrutin secret ») says no such word.
_ELECTION = re.compile(r"\b(?:municipales|legislatives|presidentielles?|europeennes|regionales|departementales|"
                       r"senatoriales|cantonales)\b")
_SCORE = re.compile(r"\b(?:combien|cbn|nombre|score|scores|pourcentage|voix|resultats?)\b")


def counted_beyond(text: str) -> bool:
    """A count asked (« combien », « le nombre de ») over the country or the world, or a public election's score."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    if _SCORE.search(folded) is not None and re.search(r"\b(?:(?:aux|les|des)\s+|elections?\s+)" + _ELECTION.pattern,
                                                       folded):
        return True
    return _COUNT.search(folded) is not None and _BEYOND.search(folded) is not None


def beyond_unsure() -> Outcome:
    """What the bot says of a national or world figure: it holds the group's own records only."""
    return Outcome(Reply.of("Je ne connais que ce que le groupe a enregistré (séances, décisions, échéances, tâches, "
                            "membres) : pas de chiffres nationaux ni de résultats d'élections.",
                            "Pour les chiffres du groupe, demandez par ex. « qu'a-t-on décidé sur <sujet> ? »."),
                   None, False, "")
