"""Load an exported group (storage/group_export.py) into a data folder, atomically.

The group must not exist there yet. With the bot stopped (the store's lock
is taken), the folder's tables are read, the group's rows added with fresh
document ids, and the whole state written as a new snapshot in one atomic
rename, the journal then emptied: an interrupted import leaves the folder as
it was, never half a group.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storage.backends import StoreLock
from storage.backup import replace_state
from storage.group_export import OPERATIONAL, STATE_KEYS, GroupImportError, check_document, read_tables
from storage.journal_format import Tables, dumps
from storage.migrations import META_TABLE, SCHEMA_VERSION
from storage.store import has_store, store_paths
from storage.validation import validate_tables

__all__ = ["import_group"]


class _Rows:
    """Appends documents to the state's tables with fresh ids."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.next_ids: dict[str, int] = {}

    def add(self, table: str, doc: dict[str, Any]) -> None:
        docs = self.tables.setdefault(table, {})
        next_id = self.next_ids.get(table) or max(map(int, docs), default=0) + 1
        docs[str(next_id)] = doc
        self.next_ids[table] = next_id + 1


def import_group(directory: Path, slug: str, document: Any) -> dict[str, int]:
    """Add the exported group to the folder's data; returns row counts per table."""
    rows_in = check_document(document, slug)
    directory.mkdir(parents=True, exist_ok=True)
    snapshot, journal = store_paths(directory)
    lock = StoreLock(snapshot)
    lock.acquire()
    try:
        tables = read_tables(directory) if has_store(directory) else {}
        if any(doc.get("group") == slug for name, docs in tables.items() if name not in OPERATIONAL for doc in docs.values()):
            raise GroupImportError(f"le groupe {slug} contient déjà des données ici : importez dans un groupe vide")
        tables.setdefault(META_TABLE, {"1": {"schema": SCHEMA_VERSION}})
        rows = _Rows(tables)
        for name, docs in rows_in.items():
            for doc in docs:
                rows.add(name, {"group": slug, **doc})
        for platform, chat_id in document.get("bindings", []):
            bindings = tables.setdefault("bindings", {})
            for key in [k for k, b in bindings.items() if (b.get("platform"), b.get("chat_id")) == (platform, chat_id)]:
                del bindings[key]
            rows.add("bindings", {"platform": str(platform), "chat_id": str(chat_id), "group": slug})
        for key, value in document.get("state", {}).items():
            if key in [k.format(slug="*") for k in STATE_KEYS]:
                rows.add("state", {"key": key.replace("*", slug), "value": value})
        # What start-up would refuse is refused here, before anything is written.
        bad = validate_tables(tables)
        if bad:
            raise GroupImportError(f"le document contient {len(bad)} enregistrement(s) inutilisable(s) : "
                                   + " ; ".join(b.describe() for b in bad[:3]) + " ; rien n'a été importé")
        replace_state(snapshot, journal, dumps(tables))
    finally:
        lock.release()
    return {name: len(docs) for name, docs in rows_in.items()}
