"""« j'ai encore quoi après l'annuaire ? »: what the asker has left beyond one of their own tasks.

A member who names one of their own open tasks after « après » (« j'ai
encore quoi après l'annuaire ? », « il me reste quoi après les
affiches ? », « et après le devis, j'ai quoi ? ») asks for the rest of
their list, the task named being the one they are busy with. The noun
alone read another way: « l'annuaire » is the group's directory, « le
devis » a decision's topic. Only when the asker speaks of themself
(« j' », « me », « moi »), asks « quoi » and one of their own open tasks
holds a word right after « après » is the reading changed: « on se voit
quand après l'annuaire ? » (no one's own work), « qu'a-t-on décidé après
le vote ? » (no task of the asker's) stay as they were read.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.normalise import Word
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import task_words
from handlers.understanding.topics import topic_scores

__all__ = ["after_own_task"]

# The words right after « après » that may stand before the task's noun (« après la mise à jour de l'annuaire »).
_SPAN = 4
_ASKING = frozenset({"quoi", "autre", "reste", "ensuite"})
# Little words between « après » and the noun.
_GLUE = frozenset({"le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "mon", "ma", "mes", "ce", "cette", "ca"})


def _after(found: list[Word]) -> list[Word]:
    """The content words right after « après » (none without it)."""
    folded = [w.folded for w in found]
    if "apres" not in folded:
        return []
    start = folded.index("apres") + 1
    return [w for w in found[start:start + _SPAN] if w.folded not in _GLUE]


def after_own_task(ctx: Context, u: Understanding) -> bool:
    """Whether the question asks the asker's tasks beyond one of their own open tasks named after « après »."""
    me = ctx.sender.member
    folded = {w.folded for w in u.words}
    if me is None or not folded & task_words()["own"] or not folded & _ASKING:
        return False
    if any(u.first(kind) is not None for kind in ("person", "org")):
        return False  # « Karim a quoi après le devis ? »: another's list (someone_tasks)
    named = _after(u.words)
    mine = [t.text for t in ctx.data.tasks() if t.open and t.pilot == me.number]
    return bool(mine) and any(max(topic_scores([w], mine, loose=False)) >= 1.0 for w in named)
