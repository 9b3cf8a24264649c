"""Who came to a meeting, who was excused, and who said they would come.

One row per meeting (or occurrence of a recurring one), keyed like
`handlers.held.meeting_key`: "3" or "3@2026-12-01". Members are referred
to by number, so a later change of name or organisation shows in the
minutes. `rsvp` holds what members announced before the meeting
(`/present`, `/excuse`); `present`/`excused`/`absent` what a coordinator
recorded during or after it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from tinydb import Query

from storage.store import Store

__all__ = ["Attendance", "Mark", "attendance", "update_attendance"]

TABLE = "attendance"
_Q = Query()
Mark = Literal["present", "excused", "absent"]


@dataclass(frozen=True, slots=True)
class Attendance:
    present: tuple[int, ...] = ()
    excused: tuple[int, ...] = ()
    absent: tuple[int, ...] = ()
    rsvp: dict[int, Literal["present", "excused"]] = field(default_factory=dict)

    @property
    def recorded(self) -> bool:
        return bool(self.present or self.excused or self.absent)

    def mark(self, numbers: list[int], mark: Mark) -> Attendance:
        """These members marked `mark`, and nothing else."""
        chosen = set(numbers)
        lists: dict[str, tuple[int, ...]] = {
            kind: tuple(n for n in getattr(self, kind) if n not in chosen) for kind in ("present", "excused", "absent")
        }
        lists[mark] = tuple(dict.fromkeys((*lists[mark], *numbers)))
        return Attendance(lists["present"], lists["excused"], lists["absent"], dict(self.rsvp))

    def to_doc(self) -> dict[str, Any]:
        return {
            "present": list(self.present), "excused": list(self.excused), "absent": list(self.absent),
            "rsvp": {str(k): v for k, v in self.rsvp.items()},
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Attendance:
        return cls(
            tuple(doc.get("present", ())), tuple(doc.get("excused", ())), tuple(doc.get("absent", ())),
            {int(k): v for k, v in doc.get("rsvp", {}).items()},
        )


def attendance(store: Store, slug: str, key: str) -> Attendance:
    with store.locked():
        doc = store.table(TABLE).get((_Q.group == slug) & (_Q.meeting == key))
    return Attendance.from_doc(doc) if doc else Attendance()


def update_attendance(store: Store, slug: str, key: str, change: Callable[[Attendance], Attendance]) -> Attendance:
    """Read, change and write one meeting's attendance under the store lock."""
    with store.locked():
        table = store.table(TABLE)
        cond = (_Q.group == slug) & (_Q.meeting == key)
        doc = table.get(cond)
        current = Attendance.from_doc(doc) if doc else Attendance()
        changed = change(current)
        if changed != current:
            table.upsert({"group": slug, "meeting": key, **changed.to_doc()}, cond)
    return changed
