"""A wish to the group: « bonne journée », « bon week-end à tous », « bonnes fêtes Karim ! », « bonne réunion ? ».

A wish names a time of day, a week, a holiday or a meeting, whose words a
record may share (« la journée des aidants », « la réunion du 8 »): read as
a topic, « bonne journée ? » listed the tasks of the day of carers, with or
without a question mark typed by habit. The message is a wish when it is
only « bon(ne)(s) » and such a noun, with greetings, « à tous » and the
names of members around it. « bonne nouvelle, le budget est voté » and
« bonne question, qui préside ? » say more, and are read as they were.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word

__all__ = ["is_wish"]

_GOOD = frozenset({"bon", "bonne", "bons", "bonnes", "tres", "excellent", "excellente", "belle", "beau"})
# What one wishes a good one of: a part of the day or the week, a holiday, a journey, a meeting, an undertaking.
_WISHED = frozenset({"journee", "soiree", "nuit", "matinee", "aprem", "apres", "midi", "semaine", "week", "end", "weekend",
                     "we", "fin", "fete", "fetes", "vacances", "annee", "an", "continuation", "courage", "appetit", "route",
                     "retour", "rentree", "chance", "reunion", "seance", "reu", "dimanche", "samedi", "conge", "conges",
                     "anniversaire", "noel", "retraite", "reprise"})
# Words around a wish: « à tous », « et à bientôt », « de journée », a greeting or « merci ».
_AROUND = frozenset({"a", "tous", "toutes", "tout", "le", "monde", "et", "de", "d", "la", "l", "les", "vous", "toi",
                     "bonjour", "salut", "coucou", "merci", "encore", "aussi", "bientot", "greffier"})


def is_wish(found: Sequence[Word], entities: Sequence[Entity]) -> bool:
    """The message is a wish to the group (see the module's docstring), asking nothing."""
    named = {i for e in entities if e.kind == "person" for i in range(e.start, e.end)}
    said = [w.folded for i, w in enumerate(found) if i not in named]
    goods = [i for i, w in enumerate(said) if w in _GOOD]
    if not goods or not any(w in _WISHED for w in said[goods[0] + 1:goods[0] + 3]):
        return False
    return all(w in _GOOD or w in _WISHED or w in _AROUND for w in said)
