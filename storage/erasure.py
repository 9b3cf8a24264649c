"""A member's right to see and to erase what the group's memory holds about them.

`member_data` gathers everything stored about one person in one group (their
card and platform ids, decisions they recorded or changed, agenda items they
proposed, tasks they pilot). `erase_member` removes the card, platform ids
and contact details, replaces their name as an author with « ancien membre »
(unless the group keeps authors' names), clears the per-person state, then
compacts the store, so the old bytes leave the journal and the snapshot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from storage.models import Decision, Meeting, Member, replace
from storage.search import fold
from storage.store import GroupStore
from storage.tasks import Task

__all__ = ["FORMER_MEMBER", "Erasure", "erase_member", "member_data"]

FORMER_MEMBER = "ancien membre"
# Per-person rows of the `state` table, keyed by "platform:id".
_PERSONAL_STATE = ("private-choice:{key}", "import-pending:{slug}:{key}")


@dataclass(frozen=True)
class Erasure:
    """How many rows an erasure changed (counts only: no data, safe to log)."""

    decisions: int = 0
    meetings: int = 0
    deadlines: int = 0
    tasks: int = 0


def _pilots(task: Task, member: Member | None, name: str | None) -> bool:
    """Whether this person pilots the task: by member number, or by the name
    written with it (minutes often give a surname alone: « Marthaler »)."""
    if member is not None and task.pilot == member.number:
        return True
    written = fold(task.pilot_name)
    return bool(name and written and (name in written or written in name.split()))


def member_data(data: GroupStore, member: Member | None, keys: set[str]) -> dict[str, Any]:
    """Everything about one person, as JSON-ready data (for /mes_donnees)."""
    name = fold(member.name) if member else None
    decisions = [
        d.to_doc() for d in data.decisions()
        if d.recorded_by_id in keys or any(rev.by_id in keys for rev in d.history)
    ]
    proposed = [
        {"séance": m.number, "date": m.start.isoformat(), "point": item.text}
        for m in data.meetings() for item in m.agenda if item.proposed_by_id in keys
    ]
    tasks = [t.to_doc() for t in data.tasks() if _pilots(t, member, name) or t.created_by_id in keys]
    return {
        "groupe": data.slug,
        "fiche": member.to_doc() if member else None,
        "identifiants": sorted(keys),
        "décisions enregistrées ou modifiées": decisions,
        "points proposés à l'ordre du jour": proposed,
        "tâches": tasks,
    }


def _scrub(value: str, names: list[str], keep: bool) -> str:
    """`value` with each full name (two words or more, whole words only)
    replaced by « ancien membre »: a lone « Marc » or « Jo » could be anyone."""
    if keep:
        return value
    for name in names:
        if len(name.split()) >= 2:
            value = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", FORMER_MEMBER, value, flags=re.IGNORECASE)
    return value


class _Eraser:
    """Rewrites one person's traces in a decision or a meeting."""

    def __init__(self, keys: set[str], names: list[str], keep: bool) -> None:
        self.keys, self.names, self.keep = keys, names, keep

    def mine(self, by: str, by_id: str) -> bool:
        return by_id in self.keys if by_id else by in self.names

    def author(self, by: str, by_id: str) -> tuple[str, str]:
        """(name, id) of an author field: theirs become « ancien membre » and lose the id."""
        if not self.mine(by, by_id):
            return by, by_id
        return (by if self.keep else FORMER_MEMBER), ""

    def text(self, value: str) -> str:
        return _scrub(value, self.names, self.keep)

    def decision(self, d: Decision) -> Decision:
        history = []
        for rev in d.history:
            by, by_id = self.author(rev.by, rev.by_id)
            history.append(replace(rev, by=by, by_id=by_id, text=self.text(rev.text), reason=self.text(rev.reason)))
        by, by_id = self.author(d.recorded_by, d.recorded_by_id)
        return replace(d, text=self.text(d.text), recorded_by=by, recorded_by_id=by_id, history=tuple(history))

    def meeting(self, m: Meeting) -> Meeting:
        agenda = []
        for item in m.agenda:
            by, by_id = self.author(item.proposed_by, item.proposed_by_id)
            agenda.append(replace(item, text=self.text(item.text), proposed_by=by, proposed_by_id=by_id))
        created_by = self.author(m.created_by, "")[0]
        return replace(m, agenda=tuple(agenda), created_by=self.text(created_by), place=self.text(m.place))

    def task(self, t: Task, member: Member | None) -> Task:
        """A task's pilot is personal whatever the group says about authors:
        their card link and name go (« Marthaler » alone, as minutes often
        write it, included)."""
        pilot, pilot_name = t.pilot, _scrub(t.pilot_name, self.names, False)
        mine = _pilots(t, member, fold(member.name) if member else None)
        if mine or fold(t.pilot_name) in {fold(n) for n in self.names}:
            pilot, pilot_name = None, FORMER_MEMBER
        created_by, created_by_id = self.author(t.created_by, t.created_by_id)
        closed_by = self.author(t.closed_by, "")[0]
        return replace(t, text=_scrub(t.text, self.names, False), pilot=pilot, pilot_name=pilot_name,
                       created_by=created_by, created_by_id=created_by_id, closed_by=closed_by)


def erase_member(data: GroupStore, member: Member | None, keys: set[str], names: list[str], keep_names: bool,
                 compact: bool = True) -> Erasure:
    """Erase one person from the group's memory, then compact the store
    (unless `compact` is False: erasing from several groups compacts once,
    after the last; the caller must then call `Store.compact`).

    `keys` are their "platform:id" keys, `names` the names they went by
    (card name, display names). Platform ids go whatever `keep_names` says."""
    names = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    eraser = _Eraser(keys, names, keep_names)
    counts = {"decisions": 0, "meetings": 0, "deadlines": 0, "tasks": 0}
    for d in data.decisions():
        if eraser.decision(d) != d:
            data.update_decision(d.number, eraser.decision)
            counts["decisions"] += 1
    for m in data.meetings():
        if eraser.meeting(m) != m:
            data.update_meeting(m.number, eraser.meeting)
            counts["meetings"] += 1
    for dl in data.deadlines():
        changed = replace(dl, text=eraser.text(dl.text), created_by=eraser.author(dl.created_by, "")[0])
        if changed != dl:
            data.update_deadline(dl.number, lambda cur, changed=changed: changed)
            counts["deadlines"] += 1
    for t in data.tasks():
        changed = eraser.task(t, member)
        if changed != t:
            data.update_task(t.number, lambda cur, changed=changed: changed)
            counts["tasks"] += 1
    store = data.store
    with store.locked():
        if member is not None:
            data.remove_member(member.number)
        for key in keys:
            for pattern in _PERSONAL_STATE:
                # The row goes, not just its value: its key holds the platform id.
                store.forget_state(pattern.format(key=key, slug=data.slug))
        # The erased values still sit in the journal's earlier lines and in the
        # previous snapshot: rewriting the snapshot and emptying the journal
        # is what makes the erasure reach the disk.
        if compact:
            store.compact()
    return Erasure(**counts)
