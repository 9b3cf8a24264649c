"""Tasks (next steps with a pilot) read from imported minutes.

Minutes name a pilot as written (« Marthaler », « L. Marthaler », a whole
name): the pilot becomes the member whose card has exactly that name (case
and accents aside), else stays a name only (`Task.pilot_name`), so a task
is never pinned on the wrong person by a guess.
"""

from __future__ import annotations

from datetime import date

from storage.search import fold
from storage.store import GroupStore
from storage.tasks import Task

__all__ = ["IMPORTED_BY", "add_imported_task"]

IMPORTED_BY = "compte rendu importé"


def add_imported_task(
    data: GroupStore, text: str, pilot: str, due: date | None, meeting_number: int | None
) -> Task:
    """Store one open task through the group's store (numbered per group)."""
    folded = fold(" ".join(pilot.split()))
    card = next((m for m in data.members() if folded and fold(m.name) == folded), None)
    return data.add_task(
        text,
        pilot=card.number if card else None,
        due=due,
        meeting_number=meeting_number,
        pilot_name=card.name if card else pilot,
        created_by=IMPORTED_BY,
    )
