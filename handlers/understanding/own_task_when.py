"""One task of a list asked when: « je dois compléter le dossier DETR de
l'école pour quand ? ».

The asker's own tasks (or a member's) are read first, and the whole list
answered: the date is in it, but among others, and the member asked of one
errand. When the question asks a time and its topic is every word of one
open task and no other task's as much, that task's line answers, with its
pilot and date, as « le tableau de suivi, c'est pour quand ? » gets it
(set 43c)."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.outcome import Outcome
from handlers.understanding.task_answers import named_tasks
from handlers.understanding.topics import topic_scores

__all__ = ["one_task_when"]

# The asker speaking of their own work (« je dois », « j'ai », « mon dossier … pour quand ? »).
_ASKER = frozenset({"je", "j", "jdois", "moi", "me", "m", "mon", "ma", "mes"})
# Every word of the topic in the task's text.
_WHOLE = 0.999
# The listings whose one task may be asked: someone's tasks (a late listing asked when, « le devis devait être rendu
# quand ? », keeps its answer, which the sets label so: set 31c).
_LISTINGS = frozenset({"tasks_mine"})


def one_task_when(ctx: Context, outcome: Outcome) -> Outcome:
    """The one open task a listing's time question names, else `outcome`."""
    u = outcome.understanding
    if not outcome.confident or outcome.intent not in _LISTINGS or u is None or len(u.topic) < 2 or not asks_time(u.words):
        return outcome
    if u.first("person") is None and not any(w.folded in _ASKER for w in u.words):
        # « les communes doivent faire le point sur leurs Ad'AP pour quand ? »: no one's list, a deadline of the bodies
        # named, whatever task shares the words (set lead50).
        return outcome
    tasks = [t for t in ctx.data.tasks() if t.open]
    scores = topic_scores(u.topic, [t.text for t in tasks])
    best = [t for s, t in zip(scores, tasks, strict=True) if s >= _WHOLE]
    if len(best) != 1:
        return outcome  # several errands (or none) hold the words: the list says which
    return named_tasks(ctx, u, [best[0].number])
