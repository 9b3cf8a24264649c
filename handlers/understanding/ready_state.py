"""« prêt » after « être »: the state asked of a thing, no topic.

« la délibération doit être prête pour quand ? », « le dossier est prêt ? »,
« les convocations seront prêtes ? »: the thing asked after is ready or
not. The lemmatiser reads « prête » as the verb « prêter », so the word
was the question's topic and drew a decision on lending (« des vélos …
sont prêtés … ») with confidence. After a form of « être » the word is
the adjective: it says nothing of which record is meant, and is set aside
from the topic (the status words still see it: task_questions.py). « qui
prête des chaises ? », « la salle est prêtée par la mairie » (the
participle) keep it."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word

__all__ = ["ready_state"]

_BE = frozenset({"etre", "est", "sont", "sera", "seront", "soit", "soient", "etait", "etaient", "serait", "seraient",
                 "ete", "c"})
_READY = frozenset({"pret", "prete", "prets", "pretes"})


def ready_state(found: Sequence[Word]) -> set[int]:
    """The indices of « prêt(e)(s) » right after a form of « être »."""
    return {i for i, w in enumerate(found) if w.folded in _READY and i > 0 and found[i - 1].folded in _BE}
