"""« Amélie Barrère elle avait quoi à faire avant la montée ? »: a member's own
tasks, narrowed by a topic.

« quoi à faire » after a member's name asks what that member has (or had) to
do; the words after it (« avant la montée ») only narrow it. Those words
found the one task saying them, and the reply was that task read as a
charge (« qui s'en occupe ? »), which is its pilot's list of one: the same
lines, asked the other way. When every task the charge's answer shows is the
named member's, the answer is that member's tasks, as « Amélie elle avait
quoi à faire ? » gets it (blind set 45a)."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.outcome import Outcome

__all__ = ["doer_tasks"]

# « quoi à faire », « quoi faire », « des choses à faire »: what someone must do.
_WHAT = frozenset({"quoi", "choses", "trucs"})


def doer_tasks(ctx: Context, outcome: Outcome) -> Outcome | None:
    """`outcome` read as the named member's tasks, when it is a charge answered with that member's tasks only and the
    question asks what there is to do; else None."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent != "in_charge" or (person := u.first("person")) is None:
        return None
    folded = [w.folded for w in u.words]
    if "qui" in folded or not any(a in _WHAT and b in ("a", "faire") for a, b in zip(folded, folded[1:])):
        return None
    members = {m.name: m.number for m in ctx.data.members()}
    named = {members.get(getattr(item, "name", "")) for item in person.items}
    shown = [t for t in ctx.data.tasks() if f"Tâche n°{t.number} " in outcome.reply.plain()]
    if len(named) != 1 or None in named or not shown or any(t.pilot not in named for t in shown):
        return None
    u.intent = "tasks_mine"
    return Outcome(outcome.reply, "tasks_mine", True, outcome.key, u)
