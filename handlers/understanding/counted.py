"""A count asked is no person asked: « le PRE suit combien d'enfants ? »,
« la CAF donne combien pour les sorties ? ».

« combien » without « qui » asks how many or how much, which a decision or
a meeting's attendance says; the readings that answer who holds a charge
(in_charge, role_holder) cannot answer it, yet a task sharing the words
(« Mettre à jour la liste des enfants suivis par le PRE ») made « who is in
charge » the first reading and its pilot the answer. Readings of a body's
or the group's people stay: « combien de personnes représentent la
CAF ? » counts them."""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["counted"]

# The readings that name who is in charge of something, never how many.
_WHO_CHARGED = frozenset({"in_charge", "role_holder"})
_COUNT = frozenset({"combien", "cb"})
_WHO = frozenset({"qui", "ki"})


def counted(ranking: list[tuple[str, float]], found: list[Word]) -> list[tuple[str, float]]:
    """`ranking` without the who-is-charged readings when the question asks a count and no one."""
    folded = {w.folded for w in found}
    if not folded & _COUNT or folded & _WHO:
        return ranking
    return [(name, s) for name, s in ranking if name not in _WHO_CHARGED]
