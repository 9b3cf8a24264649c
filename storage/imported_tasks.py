"""Tasks (next steps with a pilot) read from imported minutes.

A stand-in until the Task model lands: this branch has none yet, so an
imported next step is stored as a plain row of the group's `tasks` table
through this one function. When the Task model is merged, only this
function has to call its store method instead.
"""

from __future__ import annotations

from datetime import date

from tinydb import Query

from storage.store import GroupStore

__all__ = ["add_imported_task"]

_Q = Query()


def add_imported_task(
    data: GroupStore, text: str, pilot: str, due: date | None, meeting_number: int | None
) -> int:
    """Store one open task; returns its number (numbers per group, never reused)."""
    store = data._store  # the same lock and table GroupStore writes through
    with store.locked():
        table = store.table("tasks")
        number = max((d["number"] for d in table.search(_Q.group == data.slug)), default=0) + 1
        table.insert({
            "group": data.slug,
            "number": number,
            "text": text,
            "pilot": pilot,
            "due": due.isoformat() if due else None,
            "status": "open",
            "meeting_number": meeting_number,
            "source": "compte rendu importé",
        })
    return number
