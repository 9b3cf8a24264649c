"""A member's right to see and to erase what the group's memory holds about them.

`member_data` gathers everything stored about one person in one group (their
card and platform ids, decisions they recorded or changed, agenda items they
proposed, tasks they pilot). `erase_member` removes the card, platform ids
and contact details, replaces their name as an author with « ancien membre »
(unless the group keeps authors' names), clears the per-person state, then
compacts the store, so the old bytes leave the journal and the snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tinydb import Query

from storage.models import Decision, Meeting, Member, replace
from storage.search import fold
from storage.store import GroupStore

__all__ = ["FORMER_MEMBER", "Erasure", "erase_member", "member_data"]

FORMER_MEMBER = "ancien membre"
# Per-person rows of the `state` table, keyed by "platform:id".
_Q = Query()
_PERSONAL_STATE = ("private-choice:{key}", "import-pending:{slug}:{key}")


@dataclass(frozen=True)
class Erasure:
    """How many rows an erasure changed (counts only: no data, safe to log)."""

    decisions: int = 0
    meetings: int = 0
    deadlines: int = 0
    tasks: int = 0


def _tasks(data: GroupStore) -> list[tuple[int, dict[str, Any]]]:
    """(doc id, row) of the group's tasks (see storage/imported_tasks.py)."""
    with data._store.locked():
        if "tasks" not in data._store.table_names():
            return []
        return [(doc.doc_id, dict(doc)) for doc in data._store.table("tasks") if doc.get("group") == data.slug]


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
    tasks = [
        {k: v for k, v in t.items() if k != "group"} for _, t in _tasks(data)
        if name and fold(str(t.get("pilot", ""))) and name in fold(str(t.get("pilot", "")))
    ]
    return {
        "groupe": data.slug,
        "fiche": member.to_doc() if member else None,
        "identifiants": sorted(keys),
        "décisions enregistrées ou modifiées": decisions,
        "points proposés à l'ordre du jour": proposed,
        "tâches": tasks,
    }


def _scrub(value: str, names: list[str], keep: bool) -> str:
    """`value` with each of `names` replaced by « ancien membre » (case-insensitive)."""
    if keep:
        return value
    for name in names:
        start = value.casefold().find(name.casefold())
        while name and start >= 0:
            value = value[:start] + FORMER_MEMBER + value[start + len(name):]
            start = value.casefold().find(name.casefold(), start + len(FORMER_MEMBER))
    return value


def _decision(d: Decision, keys: set[str], names: list[str], keep: bool) -> Decision:
    mine = d.recorded_by_id in keys
    history = tuple(
        replace(rev, by=_scrub(rev.by, names, keep) if rev.by_id in keys or rev.by in names else rev.by,
                by_id="" if rev.by_id in keys else rev.by_id,
                text=_scrub(rev.text, names, keep), reason=_scrub(rev.reason, names, keep))
        for rev in d.history
    )
    return replace(
        d,
        text=_scrub(d.text, names, keep),
        recorded_by=_scrub(d.recorded_by, names, keep) if mine or d.recorded_by in names else d.recorded_by,
        recorded_by_id="" if mine else d.recorded_by_id,
        history=history,
    )


def _meeting(m: Meeting, keys: set[str], names: list[str], keep: bool) -> Meeting:
    agenda = tuple(
        replace(item, text=_scrub(item.text, names, keep),
                proposed_by=_scrub(item.proposed_by, names, keep) if item.proposed_by_id in keys else item.proposed_by,
                proposed_by_id="" if item.proposed_by_id in keys else item.proposed_by_id)
        for item in m.agenda
    )
    return replace(m, agenda=agenda, created_by=_scrub(m.created_by, names, keep), place=_scrub(m.place, names, keep))


def erase_member(data: GroupStore, member: Member | None, keys: set[str], names: list[str], keep_names: bool) -> Erasure:
    """Erase one person from the group's memory, then compact the store.

    `keys` are their "platform:id" keys, `names` the names they went by
    (card name, display names). Platform ids go whatever `keep_names` says."""
    names = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    counts = {"decisions": 0, "meetings": 0, "deadlines": 0, "tasks": 0}
    for d in data.decisions():
        if _decision(d, keys, names, keep_names) != d:
            data.update_decision(d.number, lambda cur: _decision(cur, keys, names, keep_names))
            counts["decisions"] += 1
    for m in data.meetings():
        if _meeting(m, keys, names, keep_names) != m:
            data.update_meeting(m.number, lambda cur: _meeting(cur, keys, names, keep_names))
            counts["meetings"] += 1
    for dl in data.deadlines():
        changed = replace(dl, text=_scrub(dl.text, names, keep_names), created_by=_scrub(dl.created_by, names, keep_names))
        if changed != dl:
            data.update_deadline(dl.number, lambda cur: changed)
            counts["deadlines"] += 1
    store = data._store
    with store.locked():
        for doc_id, task in _tasks(data):
            # A task's pilot is personal whatever the group says about authors.
            fields = {k: _scrub(task[k], names, False) for k in ("pilot", "text") if isinstance(task.get(k), str)}
            if any(fields[k] != task[k] for k in fields):
                store.table("tasks").update(fields, doc_ids=[doc_id])
                counts["tasks"] += 1
        if member is not None:
            data.remove_member(member.number)
        for key in keys:
            for pattern in _PERSONAL_STATE:
                # The row goes, not just its value: its key holds the platform id.
                store.table("state").remove(_Q.key == pattern.format(key=key, slug=data.slug))
        # The erased values still sit in the journal's earlier lines and in the
        # previous snapshot: rewriting the snapshot and emptying the journal
        # is what makes the erasure reach the disk.
        store.compact()
    return Erasure(**counts)
