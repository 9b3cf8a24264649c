"""Tasks named by their words and nothing else: the group's open tasks about one thing, asked without naming anyone:
« qu'est-ce qui reste à faire pour le forum ? », « les actions pour le
salon ? », « les tâches sur la convention ». The words of the question
that name no task (task_match.task_topic) are matched against the open
tasks' texts; those that share them are listed, as /taches lists them.
A deadline or a decision sharing the words does not answer: the question
speaks of tasks (« à faire », « actions »), which neither is.

And one member's task asked when: « c'est pour quand le rapport de Mme
Thevenet ? », « le stand de Rachid, c'est prévu quand ? » — the member named
is the task's pilot, so a deadline sharing the words (« Rapport d'activité »)
is not the one asked of.

Other questions on someone's tasks (a body, a role, « je ») and a single
task's status are answered elsewhere (task_questions.py)."""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import bold
from handlers.understanding.chat import asks_time
from handlers.understanding.outcome import Outcome
from handlers.understanding.own_formation import own_formation_named
from handlers.understanding.pilot_status import closest_of_pilot
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_answers import named_tasks, task_lines
from handlers.understanding.task_match import record_nouns, task_topic, who_asked
from handlers.understanding.task_words import (asked, asks_own_work, done_by, has, listing_scope, names_tasks,
                                               sitting_named, task_words)
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.world_cache import group_world
from handlers.understanding.topics import SHARE, topic_scores

__all__ = ["pilot_task", "topic_tasks"]

# Readings a listing of tasks on a topic is mistaken for: its words are a deadline's or a decision's too.
_MISREAD = frozenset({"tasks_late", "tasks_mine", "dates_period", "decisions_topic", "agenda_items", "meeting_which",
                      "meeting_next"})


def topic_tasks(ctx: Context, u: Understanding, intent: str | None, confident: bool) -> Outcome | None:
    """The open tasks whose text shares the question's topic, when the question asks for tasks on it."""
    if confident and intent not in _MISREAD or not asked(u) or not names_tasks(u) or asks_own_work(u):
        return None
    if (of_kind := _formation_tasks(ctx, u)) is not None:
        return of_kind  # « les tâches du GT seniors ? »: those its meetings gave out
    if any(u.first(kind) is not None for kind in ("person", "org", "role", "number")):
        return None  # someone's tasks, or a numbered record
    if confident and intent == "dates_period" and asks_time(u.words):
        return None  # « le diagnostic doit être envoyé quand ? »: the deadline found says when
    if who_asked(u):
        return None  # « qui a fait l'affiche du forum ? » asks who did one task (task_questions.py)
    if _counts_other(u):
        return None  # « combien de pas par jour faut-il faire pour … ? » asks a number, not the tasks on it
    if sitting_named(u):
        return None  # « … comme tâches à la réunion des animateurs du 19 ? »: those it gave out, not a topic
    lex = lexicon()
    if any(w.lemma in lex.decision_words or w.folded in lex.decision_words for w in u.words):
        return None  # « qu'a-t-on décidé à faire pour le forum ? » asks the decisions
    topic = task_topic(u, listing=True)
    tasks = [t for t in ctx.data.tasks() if t.status == "open"]
    if not topic or not tasks:
        return None
    if (u.first("period") is not None or u.first("month") is not None) and all(
            w.folded in task_words()["work"] or w.lemma in task_words()["work"] for w in topic):
        # « y a quoi à rendre en mars ? »: the verb of work frames a question on the month, whatever task's text
        # opens with it (« Rendre le plan des plantages », due in January): what falls due then answers.
        return None
    scores = topic_scores(topic, [t.text for t in tasks])
    chosen = [t for s, t in zip(scores, tasks, strict=True) if s >= max(SHARE, 0.999)]
    if not chosen:
        return None
    if len(chosen) == 1 and done_by(u):
        return named_tasks(ctx, u, [chosen[0].number])  # « le club a envoyé sa liste ? »: that task, with its status
    u.intent = "tasks_late"
    label = " ".join(w.raw for w in topic)
    title = f"Tâches en cours sur « {label} »"
    return Outcome.sure(u, [[bold(f"{title} ({len(chosen)})")], *task_lines(ctx, chosen)], title)


# The words that ask for tasks themselves (« les tâches du GT », « ce qui reste à faire pour le GT »).
_TASK_NOUNS = frozenset({"tache", "taches", "action", "actions", "faire", "todo"})


# What « combien de … » may count when it asks for the tasks themselves.
_COUNTED_WORK = frozenset({"tache", "taches", "action", "actions", "chose", "choses", "truc", "trucs", "todo"})


def _counts_other(u: Understanding) -> bool:
    """« combien de pas / de kilomètres / de séances … » : the noun counted is no task, so no task list answers."""
    folded = [w.folded for w in u.words]
    return any(a in ("combien", "cb") and b in ("de", "d") and c not in _COUNTED_WORK
               for a, b, c in zip(folded, folded[1:], folded[2:]))


def _formation_tasks(ctx: Context, u: Understanding) -> Outcome | None:
    """« les tâches du GT seniors ? », « ce qui reste à faire pour le GT logement »: a formation of the group (several
    sub-groups each meeting apart) named with no one meeting of it (no order, month or day), its words read as a
    topic found the tasks saying « seniors »; the tasks given out at its meetings are its own, still open."""
    if not any(w.folded in _TASK_NOUNS for w in u.words):
        return None  # « le comité technique ça revient chaque mois ? »: no task asked
    formation = next((e for e in u.entities if e.kind == "place" and e.extra.get("formation")), None)
    if formation is None or u.order is not None or any(
            e.kind in ("person", "role", "number", "month", "period") for e in u.entities):
        return None
    if any(e.kind == "org" and (e.end <= formation.start or e.start >= formation.end) for e in u.entities):
        return None  # a body named apart from the formation: its members' tasks (task_questions.py)
    if _names_own_group(formation.label, group_world(ctx).own_names):
        return None  # « les actions de la commission » in a CCSPL: the group itself, all its tasks (set lead76)
    if listing_scope(u) in ("done", "cancelled", "undated") and own_formation_named(u, ctx.data.members()):
        # « qu'est-ce qui est déjà fait dans les actions du copil ? » where every sitting is the copil's and its officers'
        # roles name it: the group itself, its tasks in the status asked (own_formation.py, lead's set 85), which no
        # list of its open tasks shows; the open or late ones stay the formation's list (set lead81)
        return None
    numbers = {m.number for m in formation.items}
    chosen = [t for t in ctx.data.tasks() if t.open and t.meeting_number in numbers]
    # « quelles actions décidées en cellule sont en retard ? »: the late ones only, which the open list showed among
    # the others as if all were asked (lead's set 86).
    late = has(u.words, "late")
    chosen = [t for t in chosen if t.overdue(ctx.now.date())] if late else chosen
    if not chosen:
        return None
    u.intent = "tasks_late"
    title = f"Tâches {'en retard' if late else 'en cours'}"
    if not all(t.meeting_number in numbers for t in ctx.data.tasks() if t.open):
        # « combien de tâches sont en retard au CA ? » where every open task came from a CA: the formation leaves none
        # out, it is the group's own body, and the list is headed as the group's own (lead's set 93)
        title += f" des séances « {formation.label} »"
    return Outcome.sure(u, [[bold(f"{title} ({len(chosen)})")], *task_lines(ctx, chosen)], title)


def _names_own_group(label: str, own_names: frozenset[str]) -> bool:
    """« commission » when the group is the « commission consultative des services publics locaux »: the noun its
    own name, spelled out, opens with names the group, not one of its formations."""
    said = fold(label).split()
    return bool(said) and any(name.split()[:len(said)] == said for name in own_names if " " in name)


# Readings a member's task asked when is mistaken for: the group's dates, the member's tasks or card.
_WHEN_MISREAD = frozenset({"dates_period", "tasks_mine", "who_is"})


def pilot_task(ctx: Context, u: Understanding, intent: str | None, confident: bool, pilot: int,
               topic: list[Word] | None = None) -> list[int]:
    """The numbers of `pilot`'s tasks (not cancelled) the question's words (or `topic`) name best, asked « quand »."""
    if confident and intent not in _WHEN_MISREAD or not any(w.folded == "quand" for w in u.words):
        return []
    if topic is None:
        # « Julien doit rendre le calendrier prévisionnel pour quand ? »: « le calendrier » after its article is the
        # noun of his task (« Préparer le calendrier … ») though the lexicon counts it a word of dates.
        texts = [t.text for t in ctx.data.tasks() if t.pilot == pilot and t.status != "cancelled"]
        found = task_topic(u)
        topic = found + [w for w in record_nouns(u, texts, dated=True) if w not in found]
    best, hits = closest_of_pilot(ctx, pilot, topic)
    return hits if best >= SHARE and len(hits) <= 3 else []
