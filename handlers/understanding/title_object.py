"""A title that is what a task acts on, not what is asked: « qui doit recruter
le coordinateur ? » when a task reads « Recruter le coordinateur de
l'épicerie mobile ». The member whose role says « Coordinateur » holds no
such title here: the question asks who does the task, so its pilot answers.
Only when an open task holds both the verb and the title's words, so that
« qui est le coordinateur ? » stays the title's holder."""

from __future__ import annotations

from handlers.context import Context
from handlers.task_views import members_by_number, task_line
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.topics import topic_scores

__all__ = ["title_as_object"]

# Determiners between a verb and its object (« recruter le coordinateur », « former nos référents »).
_DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "notre", "nos", "son", "sa", "ses", "leur", "leurs"})
# Verbs that say what someone is, not what is done to a title (« qui est / devient / reste le coordinateur ? »).
_BEING = frozenset({"etre", "avoir", "devenir", "rester", "devoir", "pouvoir", "aller", "venir", "falloir", "sembler"})


def title_as_object(ctx: Context, u: Understanding, role: Entity) -> Outcome | None:
    """The open tasks whose text holds the verb before `role` and the title itself, with their pilots; else None."""
    k = role.start - 1
    while k >= 0 and u.words[k].folded in _DETERMINERS:
        k -= 1
    if k < 0 or k == role.start - 1 or u.words[k].lemma in _BEING or u.words[k].folded in _BEING:
        return None
    verb = u.words[k]
    if not verb.folded.isalpha() or not verb.lemma.endswith(("er", "ir", "re")):
        return None
    asked = [verb, *u.words[role.start:role.end]]
    tasks = [t for t in ctx.data.tasks() if t.open]
    scores = topic_scores(asked, [t.text for t in tasks], loose=False)
    if not scores or max(scores) < 1.0:
        return None
    hits = [t for s, t in zip(scores, tasks, strict=True) if s >= 1.0]
    members = members_by_number(ctx.data)
    u.intent, u.topic, u.readings = "in_charge", asked, []
    lines = [f"Tâches sur « {u.topic_text} » :", *[task_line(t, members, ctx.now.date(), ctx.locale) for t in hits[:10]]]
    return Outcome.sure(u, lines, ", ".join(members[t.pilot].name for t in hits if t.pilot in members))
