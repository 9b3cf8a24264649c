"""How long a body or the group has existed: « ça fait combien de temps que
le GEIQ existe ? », « depuis quand l'association existe ? ».

Nothing in a group's records dates a founding: the first sitting the bot
knows is only the first one recorded, and a sitting found by the body's
name (« Assemblée générale du GEIQ ») was shown with confidence, its date
to come, as if it answered. Unless the record shown itself writes the
founding (« l'association créée en 2019 … »), the bot stays unsure: a member
may know, and a wrong date is worse than none."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["founding_unstated"]

# « depuis quand », « ça fait combien de temps », « depuis combien d'années », « en quelle année », « il y a combien ».
_HOW_LONG = re.compile(r"\b(?:depuis quand|depuis combien|combien de temps|combien d annees|combien d ans"
                       r"|en quelle annee|quand)\b")
# The founding asked by its verb: « existe », « a été créé », « fondée » (not a name: « la Fondation Clos Fleuri »).
_FOUNDED = re.compile(r"\b(?:exist\w*|cree|creee|crees|creees|fonde|fondee|fondes|fondees)\b")


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def founding_unstated(question: str, shown: str) -> bool:
    """One sentence of `question` asks since when something exists, and the reply `shown` writes no founding
    (« Je travaille depuis peu à la Fondation … Quand a lieu la prochaine séance ? » asks none)."""
    asked = [_plain(sentence) for sentence in re.split(r"[.!?\n]+", question)]
    return any(_HOW_LONG.search(s) and _FOUNDED.search(s) for s in asked) and _FOUNDED.search(_plain(shown)) is None
