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
# The founding asked: « existe », « a été créé », « fondée », « la création du groupement ».
_FOUNDED = re.compile(r"\b(?:exist\w*|cree|creee|crees|creees|fonde|fondee|fondes|fondees|creation|fondation)\b")


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def founding_unstated(question: str, shown: str) -> bool:
    """`question` asks since when something exists, and the reply `shown` writes no founding."""
    asked = _plain(question)
    return bool(_HOW_LONG.search(asked) and _FOUNDED.search(asked)) and _FOUNDED.search(_plain(shown)) is None
