"""A thing asked « prêt(e) pour quand ? »: the task that prepares it.

« la demande de financement au Département doit être prête pour quand ? »
when a task says « Préparer la demande de financement 2027 au Département »
and a deadline « Dépôt de la demande de financement 2027 auprès du
Département de l'Ardèche »: the deadline is when the thing leaves, the
task when it is ready. Read as the group's dates, the question listed
every date ahead sharing a word (the lead's set 67).

When the question says « prêt(e)(s) » after « être » (ready_state.py) and
asks when, and exactly one open task whose verb makes a thing ready
(« préparer », « rédiger », « finaliser »…) holds every word of the topic,
that task answers: its line, its pilot, its due date."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.ready_state import ready_state
from handlers.understanding.task_answers import named_tasks
from handlers.understanding.topics import topic_scores

__all__ = ["ready_task"]

# The verbs a task opens with when its work is to make a thing ready.
_PREPARING = frozenset({"preparer", "rediger", "finaliser", "elaborer", "constituer", "monter", "ecrire"})
# The nouns of an act done with a thing once ready (a deadline opening so dates the act, not the readiness).
_ACTS = frozenset({"depot", "envoi", "retour", "remise", "transmission", "signature", "vote", "presentation", "diffusion"})
# The readings that answer with the group's records rather than a task.
_RECORD_ANSWERS = frozenset({None, "dates_period", "decisions_topic"})


def ready_task(ctx: Context, outcome: Outcome) -> Outcome | None:
    """The one open task preparing the thing asked ready « pour quand », else None."""
    u = outcome.understanding
    if u is None or outcome.intent not in _RECORD_ANSWERS or not u.topic or not asks_time(u.words):
        return None
    if not ready_state(u.words):
        return None
    # « la charte doit être prête quand ? » of a deadline « Charte commune … »: the deadline names the thing itself,
    # its being ready (the lead's set 6); « Dépôt de la demande … » names an act after it is ready.
    deadlines = [d.text for d in ctx.data.deadlines() if not d.cancelled]
    held = [t for t, s in zip(deadlines, topic_scores(u.topic, deadlines, loose=False), strict=True) if s >= 1.0]
    if any(fold(t.split()[0].casefold()) not in _ACTS for t in held):
        return None
    open_tasks = [t for t in ctx.data.tasks() if t.open and fold(t.text.split()[0].casefold()) in _PREPARING]
    scores = topic_scores(u.topic, [t.text for t in open_tasks], loose=False)
    found = [t.number for t, s in zip(open_tasks, scores, strict=True) if s >= 1.0]
    return named_tasks(ctx, u, found) if len(found) == 1 else None
