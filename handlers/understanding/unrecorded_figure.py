"""A figure asked that the decisions found do not state: « combien de permis
on a financés en octobre ? », « combien coûte un permis en moyenne ? ».

The question's words find the decision on the thing (« L'aide au permis de
conduire est de 800 euros par jeune … ») and it was shown with confidence,
as if it said how many permits were paid for or what a permit costs on
average. It says neither: a count asked (« combien de N ») is stated by a
record only where a number stands before the thing counted (« 612 jeunes
aidés », « Quatre places », « deux fois par an »), and an average only
where a record says « moyen ». Otherwise the bot stays unsure: a member of
the group may know the figure, and a wrong sum read off another decision is
worse than none."""

from __future__ import annotations

import re

from handlers.date_numbers import CARDINAL_WORDS
from handlers.understanding.normalise import fold

__all__ = ["figure_unstated"]

# « combien de permis », « cb d'aides », « le nombre de jeunes »: the noun counted after the count word.
_COUNTED = re.compile(r"\b(?:combien|cb|cbn|nombre) (?:de |d )(\w+)")
# « en moyenne », « le coût moyen », « la moyenne des aides »: an average asked.
_AVERAGE = re.compile(r"\b(?:en moyenne|moyen|moyenne|moyens|moyennes)\b")
# A number written before the thing counted (« 612 jeunes », « quatre places », « deux nouvelles places »).
# « un jeune » is no count: « un » and « une » are left out.
_NUMBER = r"(?:\d[\d  .']*|" + "|".join(sorted((CARDINAL_WORDS | {"cent", "cents", "mille"}) - {"un", "une"},
                                                key=len, reverse=True)) + r")"
# Counted nouns a duration, a sum or a share answers (« pendant combien de temps ? »: « quatre semaines »).
_MEASURED = frozenset({"temps", "jours", "jour", "semaines", "mois", "heures", "ans", "annees", "minutes", "euros",
                       "argent", "francs", "pourcent", "pourcentage", "fois"})
# Nouns counted by how often, not by how many (« combien de réunions par an ? »: « deux fois par an »).
_TIMES = re.compile(r"\b" + _NUMBER + r" fois\b")


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _stem(noun: str) -> str:
    """« permis », « aides », « jeunes » -> a stem that their singular and plural share."""
    return noun[:-1] if len(noun) > 4 and noun[-1] in "sx" else noun


def figure_unstated(question: str, decisions: list[str]) -> bool:
    """`question` asks a count or an average that none of the `decisions` shown states."""
    asked, shown = _plain(question), " | ".join(_plain(d) for d in decisions)
    if _AVERAGE.search(asked):
        return _AVERAGE.search(shown) is None
    counted = _COUNTED.search(asked)
    if counted is None or counted.group(1) in _MEASURED:
        return False
    stem = _stem(counted.group(1))
    # The number may stand one or two words before the noun (« deux nouvelles places », « 30 foyers »).
    stated = re.compile(r"\b" + _NUMBER + r" (?:\w+ ){0,2}?" + re.escape(stem) + r"\w*\b")
    return stated.search(shown) is None and _TIMES.search(shown) is None
