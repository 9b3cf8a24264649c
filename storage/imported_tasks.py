"""Tasks (next steps with a pilot) read from imported minutes.

Minutes name the pilot as written. A name that is exactly one member's
card (accents and case aside) makes that member the pilot; any other
(« Marthaler », « J. Favre ») matches no card for sure, so the task keeps
the name as its `pilot_name` and no member number: it reads as written and
a coordinator can assign it (/tache_modifier 3 @nom). The first version of
this module kept the name in `pilot` (with `source`); Task.from_doc and the
validation still read those rows.
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
    cards = [m for m in data.members() if folded and fold(m.name) == folded]
    card = cards[0] if len(cards) == 1 else None  # two cards of that name: no guess
    return data.add_task(
        text,
        pilot=card.number if card else None,
        due=due,
        meeting_number=meeting_number,
        pilot_name=card.name if card else pilot,
        created_by=IMPORTED_BY,
    )
