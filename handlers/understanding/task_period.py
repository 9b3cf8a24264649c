"""The tasks due within a period, asked by their own noun: « les tâches à
rendre avant Noël ? », « quelles tâches sont à rendre d'ici Noël ? ».

« rendre » is a deadline's verb as well (lexicon.toml `deadline_verbs`),
and the period drew such a question to the group's calendar up to Christmas
— its meetings and deadlines first, the tasks under them — or left it unsure
between the calendar and the tasks, while « les tâches à faire avant Noël ? »
was the tasks' listing. The noun « tâche » names what is asked: the tasks
due in that period, as the tasks' listing shows them. A question that also
names the calendar's own words (« les tâches et les échéances avant Noël »,
« le calendrier des tâches ») is not only about tasks, and stays as read.
"""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import has, task_words

__all__ = ["tasks_in_period"]

# The task nouns that name nothing else: « action » is also a field (« le plan d'action »), « mission » a charge.
_TASK_NOUNS = frozenset({"tache", "taches"})
_READINGS = frozenset({"dates_period", "tasks_late", "tasks_mine"})


def tasks_in_period(u: Understanding, intent: str | None, confident: bool) -> bool:
    """`u`, read as the calendar of a period (or unsure between it and the tasks), asks the tasks due in it: the
    task noun and a work to do after « à » (« à rendre », « à faire »); « quelles tâches tombent cette semaine ? »
    asks what falls due, the calendar's own question."""
    found = u.words
    if u.first("period") is None or not any(w.folded in _TASK_NOUNS for w in found) or has(found, "dated"):
        return False
    work = task_words()["work"]
    if not any(a.folded == "a" and (b.folded in work or b.lemma in work) for a, b in zip(found, found[1:])):
        return False
    if confident:
        return intent == "dates_period"
    return "dates_period" in u.readings and set(u.readings) <= _READINGS
