"""The store: TinyDB behind group-scoped domain methods returning dataclasses.

Nothing outside `storage/` sees TinyDB. Every write goes through one lock
(commands may run in worker threads) and returns only after the storage has
made it durable, so a handler that confirms a write confirms a fact on disk.
The interface is deliberately narrow and group-scoped so a PostgreSQL
backend can take its place later.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.table import Table

from storage.backends import StoreInvalidError, StoreLock
from storage.group_members import MemberRows
from storage.group_records import DeadlineRows, DecisionRows, MeetingRows, TaskRows
from storage.indexed import JournalDB
from storage.journal import JOURNAL_SUFFIX, MIN_COMPACT_BYTES, JournalStorage
from storage.journal_format import Tables
from storage.migrations import migrate
from storage.search import TextIndex

__all__ = ["ChangeListener", "GroupStore", "Store", "STORE_FILENAME", "has_store", "store_paths"]

STORE_FILENAME = "greffier.json"
EVENTS_KEPT = 5000

# Called after a durable change: (group slug, kind, number). The scheduler
# listens so that its jobs follow the store.
ChangeListener = Callable[[str, str, int], None]

_Q = Query()


def store_paths(directory: Path) -> tuple[Path, Path]:
    """The snapshot and its journal in a data folder (either may be absent)."""
    snapshot = directory / STORE_FILENAME
    return snapshot, snapshot.with_name(snapshot.name + JOURNAL_SUFFIX)


def has_store(directory: Path) -> bool:
    """Whether the folder holds Greffier data (a snapshot, a journal or both)."""
    return any(path.exists() for path in store_paths(directory))


class Store:
    """All groups' data. Open with `Store.open(dir)` or `Store.memory()`."""

    def __init__(self, db: TinyDB, lock: StoreLock | None = None) -> None:
        self._db = db
        self._file_lock = lock
        self._lock = threading.RLock()
        self._listeners: list[ChangeListener] = []
        # (table, group) -> {number: model}: the group's rows as models, built
        # on first read and kept in step by every GroupStore write, so reads
        # do not rebuild 10,000 dataclasses each time (150 ms measured).
        self.models: dict[tuple[str, str], dict[int, Any]] = {}
        # group -> word index of its decisions, kept in step the same way.
        self.decision_indexes: dict[str, TextIndex] = {}
        # (table, group) -> {origin: number}: which platform events already wrote.
        self.origins: dict[tuple[str, str], dict[str, int]] = {}
        # (table, group) -> the number the next row gets (numbers are never reused).
        self.next_numbers: dict[tuple[str, str], int] = {}
        # name -> {key: (version, value)}: things derived from the data (a
        # group's .ics), each stored with the `version()` it was built at.
        self.derived: dict[str, dict[Any, tuple[Any, Any]]] = {}
        with self._lock:
            migrate(db)

    @classmethod
    def open(cls, directory: Path, compact_bytes: int = MIN_COMPACT_BYTES) -> Store:
        """Open (or create) the store in `directory`, taking its lock.

        Writes append to a journal (see storage/journal.py); `compact_bytes`
        is the journal size below which it is never folded into the snapshot.
        Every record is validated first (storage/validation.py): invalid ones
        raise `StoreInvalidError` naming them, and nothing is written.
        """
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / STORE_FILENAME
        lock = StoreLock(path)
        lock.acquire()
        try:
            db = JournalDB(path, storage=JournalStorage, compact_bytes=compact_bytes)
            _refuse_invalid(db, path)
            return cls(db, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def memory(cls) -> Store:
        return cls(JournalDB(None, storage=JournalStorage))

    @classmethod
    def from_tables(cls, tables: Tables) -> Store:
        """An in-memory store holding `tables` read from elsewhere (a copy
        read without the lock): its writes go nowhere."""
        db = JournalDB(None, storage=JournalStorage)
        db.storage.tables = tables  # type: ignore[attr-defined]
        return cls(db)

    def close(self) -> None:
        with self._lock:
            self._db.close()
            if self._file_lock:
                self._file_lock.release()

    def add_listener(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def group(self, slug: str) -> GroupStore:
        return GroupStore(self, slug)

    # -- internals shared with GroupStore ---------------------------------

    def table(self, name: str) -> Table:
        return self._db.table(name)

    def table_names(self) -> set[str]:
        return set(self._db.tables())

    def version(self, *tables: str) -> tuple[int, ...] | None:
        """A value that changes whenever any of `tables` is written (None: unknown,
        so never reuse anything derived)."""
        storage = self._db.storage
        if not hasattr(storage, "state_version"):
            return None
        with self._lock:
            return (storage.epoch, *(storage.state_version(t)[1] for t in tables))

    def compact(self) -> None:
        """Rewrite the snapshot and empty the journal now (erasure needs old bytes gone)."""
        with self._lock:
            storage = self._db.storage
            if hasattr(storage, "compact"):
                storage.compact()

    @contextmanager
    def locked(self) -> Iterator[None]:
        with self._lock:
            yield

    def notify(self, slug: str, kind: str, number: int) -> None:
        for listener in list(self._listeners):
            listener(slug, kind, number)

    # -- chat bindings made with /lier --------------------------------------

    def bind_chat(self, platform: str, chat_id: str, slug: str) -> None:
        with self._lock:
            table = self.table("bindings")
            cond = (_Q.platform == platform) & (_Q.chat_id == chat_id)
            table.upsert({"platform": platform, "chat_id": chat_id, "group": slug}, cond)

    def bound_group(self, platform: str, chat_id: str) -> str | None:
        with self._lock:
            doc = self.table("bindings").get((_Q.platform == platform) & (_Q.chat_id == chat_id))
            return doc["group"] if doc else None

    def bindings(self, slug: str) -> list[tuple[str, str]]:
        with self._lock:
            return [(d["platform"], d["chat_id"]) for d in self.table("bindings").search(_Q.group == slug)]

    # -- platform events already answered (replays after a crash) ----------

    def event_done(self, key: str) -> bool:
        with self._lock:
            return self.table("events").contains(_Q.key == key)

    def mark_event_done(self, key: str, at: datetime) -> None:
        with self._lock:
            table = self.table("events")
            table.insert({"key": key, "at": at.isoformat(timespec="seconds")})
            if len(table) > EVENTS_KEPT:
                # Keep the newest ones: replays only ever concern recent events.
                oldest = sorted(table.all(), key=lambda d: d["at"])[: len(table) - EVENTS_KEPT]
                table.remove(doc_ids=[d.doc_id for d in oldest])

    # -- small key/value state for adapters (sync tokens, offsets) ----------

    def get_state(self, key: str) -> Any:
        with self._lock:
            doc = self.table("state").get(_Q.key == key)
            return doc["value"] if doc else None

    def set_state(self, key: str, value: Any) -> None:
        with self._lock:
            self.table("state").upsert({"key": key, "value": value}, _Q.key == key)

    def forget_state(self, key: str) -> None:
        """Remove the row itself, not just its value (its key may hold a platform id)."""
        with self._lock:
            self.table("state").remove(_Q.key == key)

    def take_state(self, key: str) -> Any:
        """Read and remove a value in one step: a one-time code serves once."""
        with self._lock:
            table = self.table("state")
            doc = table.get(_Q.key == key)
            if doc is None:
                return None
            table.remove(doc_ids=[doc.doc_id])
            return doc["value"]


def _refuse_invalid(db: TinyDB, path: Path) -> None:
    """Refuse to start on records the code cannot use, naming them (before any write)."""
    from storage.validation import validate_tables  # it imports storage.recurrence, which imports us

    storage: JournalStorage = db.storage  # type: ignore[assignment]
    bad = validate_tables(storage.tables)
    if bad:
        storage.abandon()
        raise StoreInvalidError(path, [record.describe() for record in bad])


class GroupStore(MemberRows, MeetingRows, DeadlineRows, DecisionRows, TaskRows):
    """One group's members, meetings, deadlines, decisions and tasks.

    Its methods live in storage/group_members.py and storage/group_records.py,
    on the row machinery of storage/group_rows.py.
    """
