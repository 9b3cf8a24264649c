"""A task named by a word the chat shorthand reads as another.

« la délibération doit être prête pour quand ? » of the open task
« Rédiger le projet de délibération sur le plan de mobilité simplifié »:
« délibération » is read « décision » (a council's word for the group's
decisions, lexicon.toml), so the question lost the one word that names the
task and was answered with every date ahead, or with a decision sharing
another of its words.

When the question asks when, or whether a thing is done (« pour quand »,
« c'est prêt ? », « c'est fait ? »), and a word the shorthand replaced, as
typed (six letters at least), is a word of exactly one open task and of no
decision or deadline, that task answers: its line, its pilot, its due
date; when a deadline writes the word too (« Conseil communautaire :
délibération sur … »), the two are offered, not guessed. A word the
decisions also use in the sense the shorthand reads keeps
that reading (« les délibérations du 19 novembre » where no task writes
« délibération »)."""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_answers import named_tasks
from handlers.understanding.task_words import has

__all__ = ["typed_task"]

_SHORTEST = 6
# The answers a word lost to the shorthand leaves unfounded: every date ahead, a decision on another word.
_RECORD_ANSWERS = frozenset({None, "dates_period", "decisions_topic", "decisions_recent", "decision_number"})


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", fold(text.casefold())))


def typed_task(ctx: Context, outcome: Outcome, unsure: Callable[[Understanding], Outcome]) -> Outcome | None:
    """The one open task a replaced word names, for a question asking when or whether it is done (or, when a
    deadline writes the word too, the question left `unsure` between the two), else None."""
    u = outcome.understanding
    if u is None or outcome.intent not in _RECORD_ANSWERS or not (asks_time(u.words) or has(u.words, "status")):
        return None
    typed = {fold(w.typed.casefold()) for w in u.words if w.typed and len(w.typed) >= _SHORTEST}
    if not typed:
        return None
    decided = set().union(*(_words(d.text) for d in ctx.data.decisions() if d.status != "cancelled"))
    dated = set().union(*(_words(d.text) for d in ctx.data.deadlines() if not d.cancelled))
    # « la conférence des maires c'est quand ? »: a word of a meeting's place names that sitting, no task.
    held = set().union(*(_words(m.place) for m in ctx.data.meetings() if m.place))
    named = typed - decided - held
    found = [t for t in ctx.data.tasks() if t.open and named & _words(t.text)]
    if len(found) != 1:
        return None
    if named & _words(found[0].text) & dated:
        if outcome.confident and (u.topic or any(e.kind in ("month", "period") for e in u.entities)):
            # « le dossier pour la conférence des financeurs c'est pour quand ? », « le planning de février faut le
            # rendre quand »: the reading found what narrows it, the deadline.
            return None
        # « Conseil communautaire : délibération sur … » beside « Rédiger le projet de délibération … »: the date of
        # the sitting or the task's, offered, not guessed.
        u.intent, u.readings = None, ["in_charge", "dates_period"]
        return unsure(u)
    return named_tasks(ctx, u, [found[0].number])
