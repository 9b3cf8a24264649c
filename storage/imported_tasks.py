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

__all__ = ["add_imported_task"]


def add_imported_task(
    data: GroupStore, text: str, pilot: str, due: date | None, meeting_number: int | None
) -> int:
    """Store one open task; returns its number (numbers per group, never reused)."""
    same = [m.number for m in data.members() if fold(m.name) == fold(pilot)] if pilot.strip() else []
    number = same[0] if len(same) == 1 else None
    return data.add_task(text, number, due, meeting_number, pilot_name=pilot, created_by="import").number
