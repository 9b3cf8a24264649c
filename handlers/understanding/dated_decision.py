"""A time question a dated decision answers is not handed to an undated task.

« les fiches de repérage c'était à rendre pour quand ? » was answered by the
decision « … transmettent les fiches de repérage … avant le 15 octobre »,
then the tasks' second look (task_questions.task_followup) replaced it with
the task « Relancer les écoles sur les fiches de repérage » (sans date
prévue), which shares the words but says no date: the member asked when and
got no date. The decision is kept when it says when and every task the
second look found has no due date.
"""

from __future__ import annotations

import re

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.decided_when import is_dated
from handlers.understanding.outcome import Outcome

__all__ = ["keeps_dated_decision"]

# How named_tasks marks an open task without a due date (task_answers.py).
_UNDATED = "(sans date prévue)"
_NUMBER = re.compile(r"n°(\d+)")


def keeps_dated_decision(ctx: Context, first: Outcome, task: Outcome) -> bool:
    """Whether `first` (a confident decision answer to a time question) stands over `task`, the undated task line
    the second look found instead."""
    u = first.understanding
    if u is None or not first.confident or first.intent != "decisions_topic" or not asks_time(u.words):
        return False
    shown = task.reply.plain()
    if _UNDATED not in shown or shown.count("Tâche n°") != shown.count(_UNDATED):
        return False
    numbers = {int(n) for n in _NUMBER.findall(first.key)}
    return any(d.number in numbers and is_dated(d.text) for d in ctx.data.decisions())
