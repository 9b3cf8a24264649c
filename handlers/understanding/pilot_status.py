"""One member's task asked after in a verb of its own: « ma collègue Léa a
envoyé le devis ? » when Léa's task is « Demander le devis des bacs ».

A member named, a yes-or-no question on what they did (« a envoyé », « a
fait »), and among that member's tasks exactly one whose nouns the question
names: the question asks after that task, whatever verb the asker chose
for it (asking, sending and getting a quote are one errand in chat). The
group-wide match (task_match.py) weighs the verb as a word of the topic
and lets it fall below the share a task needs, and the question was left
unsure; here the verbs of work are left out and only that member's tasks
compete. The answer is that member's tasks, where the one asked after shows
its status, as earlier sets read « Erwan a envoyé ses chiffres ? »."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.normalise import Word
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_match import task_topic
from handlers.understanding.task_words import done_by, task_words
from handlers.understanding.topics import topic_scores

__all__ = ["closest_of_pilot", "pilot_errand"]


def pilot_errand(ctx: Context, u: Understanding, pilot: int) -> list[int]:
    """The number of `pilot`'s one task (not cancelled) that the question's nouns name, asked as something done;
    [] when none or several fit."""
    if not done_by(u):
        return []
    work = task_words()["work"]
    # Participles of work (« envoyé », « transmis ») besides the infinitives the lexicon lists.
    topic = [w for w in task_topic(u) if w.lemma not in work and w.folded not in work and w.lemma not in _ERRANDS]
    # Half the words are enough (« ma collègue Léa … le devis »: « collègue » names her, not the task), as long as
    # one task alone has them.
    best, hits = closest_of_pilot(ctx, pilot, topic)
    return hits if best >= HALF and len(hits) == 1 else []


def closest_of_pilot(ctx: Context, pilot: int, topic: list[Word]) -> tuple[float, list[int]]:
    """The best share of `topic` among `pilot`'s tasks (not cancelled), and the numbers of the tasks reaching it."""
    tasks = [t for t in ctx.data.tasks() if t.pilot == pilot and t.status != "cancelled"]
    if not topic or not tasks:
        return 0.0, []
    scores = topic_scores(topic, [t.text for t in tasks])
    best = max(scores)
    return best, [t.number for s, t in zip(scores, tasks, strict=True) if s == best]


HALF = 0.5


# Verbs of an errand that chat uses one for another (lemmas): « envoyer », « demander », « recevoir » a quote.
_ERRANDS = frozenset({"envoyer", "demander", "recevoir", "transmettre", "faire", "obtenir", "avoir", "passer"})
