"""A member's tasks asked by their title: « le principal a quoi à rendre ? »,
« la déléguée du préfet doit faire quoi ? », « la secrétaire de mairie a des choses à faire ? » (the holder among
the body's people).

Asked by name (« Yacine doit rendre quoi ? ») or by body (« la Ligue a des
choses à faire ? »), a member's tasks are answered (task_questions.py); by a
title, the question was left unsure between the tasks, the title's holder
and the group's dates. When the title has one holder in the group (of the
gender asked, role_gender.py) and the question speaks of work to do, the answer is that holder's tasks, as
/taches <membre> lists them."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.persons import holds_role
from handlers.understanding.pipeline import Understanding
from handlers.understanding.role_gender import same_gender
from handlers.understanding.task_answers import someone_tasks
from handlers.understanding.task_words import asks_own_work, has, names_tasks
from handlers.understanding.world import plain

__all__ = ["holder_shown_tasks", "title_holder_tasks"]


def title_holder_tasks(ctx: Context, u: Understanding, confident: bool) -> Outcome | None:
    """The tasks of the one holder of the title the question names, when it asks what they have to do."""
    role = u.first("role")
    body = u.first("org")
    if role is None or u.first("person") is not None:
        return None
    # The title's own words give no task: « le responsable de l'unité d'action sociale ? » asks who holds the title
    # (« responsable » also gives a task in « qui est responsable de quoi ? »).
    titled = frozenset(range(role.start, role.end))
    if confident:
        # « le secrétaire a quoi à faire ? » read with confidence as who holds the title: without « qui », work
        # to do asked of the title is its holder's tasks (« qui est le responsable des tâches ? » asks the holder).
        if u.intent != "role_holder" or any(w.folded == "qui" for w in u.words) or not names_tasks(u, titled) or asks_own_work(u):
            return None
    elif ("tasks_mine" not in u.readings and not _given_to_title(u, titled)) or not names_tasks(u, titled) or (
            asks_own_work(u)):
        return None
    wants = role.extra["stem"].split("|")
    holders = [m for m in ctx.data.members() if holds_role(m.role, wants)]
    if body is not None:
        # « la secrétaire de mairie a des choses à faire ? »: the title's holder among the body's people only.
        people = {getattr(p, "name", p) for p in body.items}
        holders = [m for m in holders if m.name in people]
    # « la coordinatrice a quoi à faire ? » of a « coordinatrice du groupe » beside a « psychologue coordinateur »: the
    # feminine asked is the one who writes it so, as the title's holder is answered (role_gender.py, set 33a).
    holders = same_gender(" ".join(w.folded for w in u.words[role.start:role.end]), holders, lambda m: m.role)
    if len(holders) > 1:
        # « la directrice » of a « Directrice du centre social » beside an « Assistante de direction »: the one
        # whose role writes the very title typed (lead's set 90).
        typed = " ".join(w.folded for w in u.words[role.start:role.end])
        holders = [m for m in holders if f" {typed} " in f" {plain(m.role)} "] or holders
    return someone_tasks(ctx, u, holders[0].name) if len(holders) == 1 else None


def _given_to_title(u: Understanding, titled: frozenset[int]) -> bool:
    """« la directrice a quoi sur le feu ? », left unsure between the title's holder and the dates: a word that gives
    a task (« sur le feu », « confié »), beyond the title's own words and without « qui », asks the holder's work,
    though the tasks were no reading (lead's set 90)."""
    return (bool(u.readings) and u.readings[0] == "role_holder" and not any(w.folded == "qui" for w in u.words)
            and has([w for i, w in enumerate(u.words) if i not in titled], "given"))


def holder_shown_tasks(ctx: Context, outcome: Outcome) -> Outcome | None:
    """« la référente état civil a des choses à faire ? »: a title read as a charge (« référente » and its subject,
    referents.py), not as a role of the store, answered with its one holder; work to do asked of it, without
    « qui », is that holder's tasks."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent != "role_holder" or u.first("role") is not None:
        return None
    if any(w.folded == "qui" for w in u.words) or not names_tasks(u, frozenset()) or asks_own_work(u):
        return None
    shown = [m for m in ctx.data.members() if f"• {m.name} —" in outcome.reply.plain()]
    return someone_tasks(ctx, u, shown[0].name) if len(shown) == 1 else None
