"""The task typed on the thing a decision hands to a body, shown beside it.

A decision often gives a matter to a body (« Le Service de la mobilité est
chargé d'un comptage vélos », « Les TPF sont sollicités pour étudier un
arrêt de bus ») and the task typed after the meeting names the person who
does the work (« Faire le comptage vélos … » — Julien Baeriswyl;
« Relancer les TPF pour l'arrêt de bus » — Marc Aebischer). Asked « qui
s'en charge ? », the decision alone answers with the body's people, not
with the member who carries the work: the open tasks as close to the
question's words as the decision are shown after it, with their pilots,
so that both are read (the decision is not dropped: it may be the answer
meant, « qui rédige la note de cadrage ? » of « La Fondation rédige … »).
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.context import Context
from handlers.messages import Span, bold
from handlers.task_views import members_by_number, task_line
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, topic_scores

__all__ = ["tasks_beside"]

# More tasks as close as that is a matter shared out, not one piece of work: the decision answers alone.
_MOST = 2


def tasks_beside(ctx: Context, u: Understanding, decisions: Sequence[str],
                 named: Sequence[str]) -> tuple[list[list[Span]], list[str]]:
    """The lines of the open tasks on the question's topic at least as close to it as `decisions` (the decisions
    shown), and their pilots not already among `named` (the members the decisions name); none when no task is."""
    if not u.topic or not decisions:
        return [], []
    tasks = [t for t in ctx.data.tasks() if t.open]
    scores = topic_scores(u.topic, [t.text for t in tasks])
    decided = max(topic_scores(u.topic, list(decisions)), default=0.0)
    best = max(scores, default=0.0)
    if best < SHARE or best < decided:
        return [], []
    hits = [t for s, t in zip(scores, tasks, strict=True) if s == best]
    members = members_by_number(ctx.data)
    pilots = [members[t.pilot].name for t in hits if t.pilot in members]
    if len(hits) > _MOST or not pilots or all(p in named for p in pilots):
        return [], []
    lines = [[bold("Tâche sur ce sujet" if len(hits) == 1 else "Tâches sur ce sujet")],
             *[task_line(t, members, ctx.now.date(), ctx.locale) for t in hits]]
    return lines, [p for p in pilots if p not in named]
