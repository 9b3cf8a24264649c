"""A count asked is no person asked: « le PRE suit combien d'enfants ? »,
« la CAF donne combien pour les sorties ? ».

« combien » without « qui » asks how many or how much, which a decision or
a meeting's attendance says. A task sharing the words (« Mettre à jour la
liste des enfants suivis par le PRE ») made « who is in charge » the
answer, its pilot named; the open tasks no longer answer such a question
(task_first.piloted_tasks), and the decisions stating the count do
(decision_facts.py)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word

__all__ = ["asks_count"]

_COUNT = frozenset({"combien", "cb"})
_WHO = frozenset({"qui", "ki"})


def asks_count(found: Sequence[Word]) -> bool:
    """« combien » (or « cb ») and no « qui »."""
    folded = {w.folded for w in found}
    return bool(folded & _COUNT) and not folded & _WHO
