"""Where a thing stands, when the only work on it was given up: « la navette
pour le lycée, on en est où ? », « la navette c'est mort ou pas ? » when a
decision reads « Le projet de navette … est abandonné faute de financement »
and the one task naming it (« Chiffrer une navette … ») is cancelled.

A task and a decision holding the question's words as well are told apart
by what is asked: a task's progress or status is the task's line. But a
cancelled task says only that the work was dropped, not why nor what became
of the thing; the decision on the same thing says where it stands, which is
what « on en est où ? » asks (set 37a labelled « on en est où sur la
téléconsultation ? » the decision's). Asked whether the work was done
(« la navette a été chiffrée ? », « c'est fait ? ») the task still answers,
« annulée » (blind set 38b)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import asks_done, asks_progress
from storage.tasks import Task

__all__ = ["given_up"]

# « c'est mort ? », « c'est enterré ? », « c'est tombé à l'eau ? »: whether a thing is still alive.
_DEAD = frozenset({"mort", "morte", "enterre", "enterree", "abandonne", "abandonnee", "tombe", "tombee", "fini",
                   "finie", "foutu", "foutue", "rate"})


def given_up(u: Understanding, hits: Sequence[Task]) -> bool:
    """The question asks where a thing stands (« on en est où ? », « c'est mort ? »), not whether work was done, and
    every task matching it is cancelled: the decision tied with them answers."""
    if not hits or any(t.status != "cancelled" for t in hits) or asks_done(u):
        return False
    return asks_progress(u) or any(w.folded in _DEAD for w in u.words)
