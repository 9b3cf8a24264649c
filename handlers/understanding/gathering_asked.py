"""The group's own gathering asked when or where: « on se voit quand pour
l'insertion ? », « on se réunit quand pour le budget ? », « on se retrouve
où pour la visite ? », « quand est-ce qu'on se revoit pour les fiches ? ».

« on » or « nous » with a pronominal verb of meeting (se voir, se revoir,
se réunir, se retrouver, se rencontrer) asks for a sitting of the group:
what follows « pour » is its purpose. A task is nobody's gathering, so a
task whose words share that purpose (« insertion » near « mise à
l'emploi ») does not answer it, whatever « quand » asks of tasks elsewhere
(« c'est pour quand le devis ? »). The question is left to the meeting
readings: the agenda point that holds the purpose, or the readings offered.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word

__all__ = ["asks_gathering"]

_SUBJECTS = frozenset({"on", "nous"})
_REFLEXIVE = frozenset({"se", "s", "nous"})
_MEETING_VERBS = frozenset({"voir", "revoir", "reunir", "retrouver", "rencontrer", "rassembler"})
_ASKING = frozenset({"quand", "ou", "heure", "date", "jour"})


def asks_gathering(found: Sequence[Word]) -> bool:
    """« on se voit quand … ? »: the subject « on / nous », the reflexive, a verb of meeting; « quand », « où »,
    « quelle heure », « quel jour » asked."""
    if not any(w.folded in _ASKING for w in found):
        return False
    return any(a.folded in _SUBJECTS and b.folded in _REFLEXIVE and c.lemma in _MEETING_VERBS
               for a, b, c in zip(found, found[1:], found[2:]))
