"""One member's task asked after as « the task of » that member: « la tâche
de Karim c'est fait ? », « l'action de Mme Roy elle en est où ? ».

The singular noun (« la tâche », « l'action », « sa mission ») after a
member's name and a word of status asks whether that member's task is done,
not for the list of what they have to do: when the member holds exactly one
open task (or, none open, exactly one not cancelled), the answer is that
task's own line with its due date and status, as « c'est fait, l'envoi de la
convention ? » gets it; so does a vague noun in chat (« Paul a fini son truc ? »). A plural (« les tâches de Karim »), a member with
several open tasks, or no word of status leaves the question to the listing
of that member's tasks. A member named with a past participle and a thing
(« Léa a envoyé le devis ? », set 22e) asks the same of the member's one
task when that task holds every word of the thing (« Demander le devis des
bacs du potager »)."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.normalise import Word
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import has
from handlers.understanding.topics import topic_scores

__all__ = ["single_task_of"]

# Singular nouns of a task, and the determiners that make them one task (« la tâche », « l'action », « sa mission »).
_NOUNS = frozenset({"tache", "action", "mission", "todo"})
_ONE = frozenset({"la", "l", "sa", "ta", "cette"})
# The same said in chat with a vague masculine noun (« Paul a fini son truc ? », « son boulot c'est fait ? »).
_VAGUE = frozenset({"truc", "chose", "boulot", "taf", "machin"})  # « truc » reads as « chose » (normalise)
_ONE_M = frozenset({"son", "ton", "le", "ce"})


def _one_task_named(found: list[Word]) -> bool:
    return any(i and (w.folded in _NOUNS and found[i - 1].folded in _ONE or w.folded in _VAGUE
                      and found[i - 1].folded in _ONE_M) for i, w in enumerate(found))


def single_task_of(ctx: Context, u: Understanding, confident_tasks: bool) -> list[int]:
    """The number of the one task of the member the question names, when it asks that task's status;
    [] otherwise. `confident_tasks`: the first reading was a confident listing of tasks (the question then
    needs no « ? »: « la tache de karim cest fait » typed in a hurry)."""
    person = u.first("person")
    named = _one_task_named(u.words)
    # « Léa a envoyé le devis ? »: a thing of the member's one task, done in the past tense, asks it too.
    done_thing = not named and bool(u.topic) and _done_in_past(u.words) and not _own_things(u)
    if person is None or len(person.items) != 1 or not (named or done_thing):
        return []
    if not (confident_tasks or "?" in u.text) or not (has(u.words, "status") or _where_at(u.words) or done_thing):
        return []
    pilot = person.items[0].number
    kept = [t for t in ctx.data.tasks() if t.pilot == pilot and t.status != "cancelled"]
    open_ = [t for t in kept if t.open]
    chosen = open_ if open_ else kept
    if len(chosen) != 1 or done_thing and topic_scores(u.topic, [chosen[0].text])[0] < _WHOLE:
        return []
    return [chosen[0].number]


# Every word of the thing asked in the task's text (« le devis » in « Demander le devis des bacs du potager »).
_WHOLE = 1.0


def _own_things(u: Understanding) -> bool:
    """« Erwan a envoyé ses chiffres ? »: the thing said with a possessive is the member's own work, listed (set 20a)."""
    at = next((i for i, w in enumerate(u.words) if any(w is t for t in u.topic)), 0)
    return at > 0 and u.words[at - 1].folded in ("ses", "son", "sa", "leur", "leurs")


def _done_in_past(found: list[Word]) -> bool:
    """« a envoyé », « ont transmis »: a participle after « avoir », as typed with its accent or in « -is »."""
    return any(a.folded in ("a", "ont") and b.raw.casefold().endswith(("é", "ée", "és", "ées", "is", "ise"))
               for a, b in zip(found, found[1:]))


def _where_at(found: list[Word]) -> bool:
    """« elle en est où », « où en est … »: where a task stands."""
    folded = [w.folded for w in found]
    return any(a == "ou" and b == "en" or a == "en" and b in ("est", "sont") for a, b in zip(folded, folded[1:]))
