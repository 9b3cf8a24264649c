"""Action items (tâches): the « prochaines étapes » of the minutes, each with
a pilot and a due date.

`Task` is a plain frozen dataclass. Its constructor is kept simple so other
parts (an import of minutes proposing tasks, `/mes_donnees`) can build and
read them without knowing the store:

    Task(number, text, pilot=member_number_or_None, due=date_or_None,
         meeting_number=meeting_or_None)

Write them through `GroupStore.add_task(text, pilot=…, due=…,
meeting_number=…, created_by=…, created_by_id=…, origin=…)`, which numbers
them per group (numbers are never reused); read them with
`GroupStore.tasks()` / `GroupStore.task(n)`; change one with
`GroupStore.update_task(n, change)`. `pilot` is a member number (the
member's card stays the reference for the name); `pilot_name` keeps the
name as it was when the task was written, so a task still reads well if the
member later leaves the directory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

__all__ = ["Task", "TaskStatus"]

TaskStatus = Literal["open", "done", "cancelled"]


@dataclass(frozen=True, slots=True)
class Task:
    """One action item; `due` is a day (tasks are due « pour le 15/12 »)."""

    number: int
    text: str
    pilot: int | None = None  # member number
    due: date | None = None
    meeting_number: int | None = None  # the meeting it was decided in
    pilot_name: str = ""
    status: TaskStatus = "open"
    created_by: str = ""
    created_by_id: str = ""  # platform-qualified id
    created_on: date | None = None
    closed_by: str = ""
    closed_on: date | None = None
    revision: int = 0  # raised at each change (see storage.models.Meeting.revision)

    @property
    def open(self) -> bool:
        return self.status == "open"

    def overdue(self, today: date) -> bool:
        return self.open and self.due is not None and self.due < today

    def to_doc(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "text": self.text,
            "pilot": self.pilot,
            "due": self.due.isoformat() if self.due else None,
            "meeting_number": self.meeting_number,
            "pilot_name": self.pilot_name,
            "status": self.status,
            "created_by": self.created_by,
            "created_by_id": self.created_by_id,
            "created_on": self.created_on.isoformat() if self.created_on else None,
            "closed_by": self.closed_by,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "revision": self.revision,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Task:
        def day(key: str) -> date | None:
            raw = doc.get(key)
            return date.fromisoformat(raw) if raw else None

        pilot, pilot_name = doc.get("pilot"), doc.get("pilot_name", "")
        if isinstance(pilot, str):  # an early minutes import kept the name there
            pilot, pilot_name = None, pilot_name or pilot
        return cls(
            number=doc["number"],
            text=doc["text"],
            pilot=pilot,
            due=day("due"),
            meeting_number=doc.get("meeting_number"),
            pilot_name=pilot_name,
            status=doc.get("status", "open"),
            created_by=doc.get("created_by", ""),
            created_by_id=doc.get("created_by_id", ""),
            created_on=day("created_on"),
            closed_by=doc.get("closed_by", ""),
            closed_on=day("closed_on"),
            revision=doc.get("revision", 0),
        )
