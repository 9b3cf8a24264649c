"""The group's own name after « sur » in a question on its work: the group, no topic.

« les actions en retard sur le PCAET ? », « qu'est-ce qui reste à faire sur le CLS ? »: a PCAET's committee
calls its whole work by the plan's name, the group's own kind (own_group.py). « sur » before the name made it
the question's topic (« on travaille sur le CLS »), so the plan stood for the one body its chair's role names,
and the member read « Aucune tâche en retard pour PCAET ». Asked of the tasks — a task noun (« actions »,
« tâches »), lateness (« en retard », « qui traîne »), or what is left to do (« reste à faire ») — the name
after a subject cue frames the question as « du groupe » does: the group's tasks answer. A verb of charge
(« qui s'occupe du PCAET ? ») still makes it the topic (own_group.py reads those cues apart).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import cache

from handlers.understanding.normalise import HERE, Word

__all__ = ["asks_group_work"]

# Lateness and work still to do, as the late-task questions say it (« en retard », « ça traîne », « reste à faire »).
_LATE = frozenset({"retard", "retards", "traine", "trainent", "souffrance"})
_LEFT = frozenset({"reste", "restent", "rester"})
_TO_DO = frozenset({"faire", "finir", "boucler", "terminer"})


@cache
def _task_nouns() -> frozenset[str]:
    """lexicon.toml's [task_questions] task nouns (« tâches », « actions »), read here so that own_group.py, which
    the pipeline imports, needs no module that imports the pipeline."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        return frozenset(tomllib.load(handle).get("task_questions", {}).get("task_nouns", ()))


def asks_group_work(found: Sequence[Word]) -> bool:
    """The question asks of work: a task noun, lateness, or what is left to do (« reste … à faire »)."""
    folded = [w.folded for w in found]
    if any(f in _task_nouns() or w.lemma in _task_nouns() for f, w in zip(folded, found)):
        return True
    if any(f in _LATE for f in folded):
        return True
    return any(f in _LEFT for f in folded) and any(f in _TO_DO for f in folded)
