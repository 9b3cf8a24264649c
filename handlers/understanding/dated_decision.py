"""A time question a dated decision answers is not handed to an undated task,
nor to a task the question names only by the complement of its object.

« les fiches de repérage c'était à rendre pour quand ? » was answered by the
decision « … transmettent les fiches de repérage … avant le 15 octobre »,
then the tasks' second look (task_questions.task_followup) replaced it with
the task « Relancer les écoles sur les fiches de repérage » (sans date
prévue), which shares the words but says no date: the member asked when and
got no date. The decision is kept when it says when and every task the
second look found has no due date.

« le sport sur ordonnance c'est quand ? » was answered by the decision « …
ouvre le gymnase des Prairies le lundi matin au sport sur ordonnance », then
replaced by the task « Rédiger la convention de sport sur ordonnance » (due
15 December): the member asked when the activity is held, not when the
convention is due. A dated decision is kept too when the one task found
has an object (its first noun after the verb) the question does not say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.decided_when import is_dated
from handlers.understanding.normalise import Word, fold, words
from handlers.understanding.topics import content_words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["keeps_dated_decision", "object_unsaid"]

# How named_tasks marks an open task without a due date (task_answers.py).
_UNDATED = "(sans date prévue)"
_NUMBER = re.compile(r"n°(\d+)")
_DETERMINERS = frozenset({"le", "la", "l", "les", "un", "une", "des", "du", "de", "d", "son", "sa", "ses", "leur", "leurs",
                          "notre", "nos", "votre", "vos", "ce", "cet", "cette", "ces"})
_WEEKDAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b")


def keeps_dated_decision(ctx: Context, first: Outcome, task: Outcome) -> bool:
    """Whether `first` (a confident decision answer to a time question) stands over `task`, the undated task line
    the second look found instead."""
    u = first.understanding
    if u is None or not first.confident or first.intent != "decisions_topic" or not asks_time(u.words):
        return False
    shown = task.reply.plain()
    unsaid = _object_unsaid(ctx, u, task)
    if (_UNDATED not in shown or shown.count("Tâche n°") != shown.count(_UNDATED)) and not unsaid:
        return False
    numbers = {int(n) for n in _NUMBER.findall(first.key)}
    # (For the thing itself, a day of the week it is held on says when too: « le lundi matin ».)
    return any(d.number in numbers and (is_dated(d.text) or unsaid and _WEEKDAY.search(fold(d.text)))
               for d in ctx.data.decisions())


def _object_unsaid(ctx: Context, u: Understanding, task: Outcome) -> bool:
    """`task` shows one task whose object (« la convention » of « Rédiger la convention de sport sur ordonnance »)
    the question `u` does not say."""
    numbers = {int(n) for n in re.findall(r"Tâche n°(\d+)", task.reply.plain())}
    found = [t for t in ctx.data.tasks() if t.number in numbers]
    return len(found) == 1 and object_unsaid(u.words, found[0].text)


def object_unsaid(asked_words: Sequence[Word], text: str) -> bool:
    """The task `text` is named by words of its object's complement only, its object (its first noun after the
    verb it opens with) unsaid: « la matinale des commerçants » of « Animer l'atelier … à la matinale des commerces »."""
    task_words = words(text)
    said = content_words(task_words[1:])  # the task opens with its verb (« Rédiger »), then its object
    if len(said) < 2 or not task_words:
        return False
    # Its object is the first word after the verb and its determiner, whatever its weight as a topic (« Organiser une
    # réunion d'information sur … »: « réunion », no content word, is still the thing the task makes).
    head = next((w for w in task_words[1:] if w.folded not in _DETERMINERS), None)
    if head is not None and head.folded != said[0].folded:
        said = [head, *said]
    # The task's verb said, as a noun or conjugated (« le chiffrage de la liaison » of « Chiffrer le tracé de la
    # liaison … »), asks of the task itself.
    verb = task_words[0].folded
    stem = verb[:max(4, min(5, len(verb) - 2))]
    if any(w.folded.startswith(stem) or fold(w.typed).startswith(stem) for w in asked_words):
        return False
    # (As read and as typed: « rencontre » is read « réunion », typed « rencontre ».)
    asked = {w.lemma for w in asked_words} | {w.folded for w in asked_words} | {fold(w.typed) for w in asked_words if w.typed}
    thing = said[0]
    return thing.lemma not in asked and thing.folded not in asked and any(
        w.lemma in asked or w.folded in asked for w in said[1:])
