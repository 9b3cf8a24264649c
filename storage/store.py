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
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.table import Table

from storage.backends import StoreInvalidError, StoreLock
from storage.indexed import JournalDB
from storage.journal import MIN_COMPACT_BYTES, JournalStorage
from storage.migrations import migrate
from storage.models import AgendaItem, Deadline, Decision, DecisionRevision, Meeting, Member, replace
from storage.search import TextIndex
from storage.tasks import Task

__all__ = ["ChangeListener", "GroupStore", "Store", "STORE_FILENAME"]

STORE_FILENAME = "greffier.json"
EVENTS_KEPT = 5000

# Called after a durable change: (group slug, kind, number). The scheduler
# listens so that its jobs follow the store.
ChangeListener = Callable[[str, str, int], None]

_Q = Query()


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


class GroupStore:
    """One group's members, meetings, deadlines and decisions."""

    def __init__(self, store: Store, slug: str) -> None:
        self._store = store
        self.slug = slug

    def _rows(self, table: str, model: Any) -> dict[int, Any]:
        """The group's rows as models by number (cached; callers must not mutate)."""
        key = (table, self.slug)
        with self._store.locked():
            rows = self._store.models.get(key)
            if rows is None:
                docs = self._store.table(table).search(_Q.group == self.slug)
                rows = self._store.models[key] = {d["number"]: model.from_doc(d) for d in docs}
            return rows

    def _all(self, table: str, model: Any) -> list[Any]:
        with self._store.locked():
            return list(self._rows(table, model).values())

    def _cached(self, table: str, number: int, item: Any | None) -> None:
        """Keep the model cache in step with a write (None: removed)."""
        rows = self._store.models.get((table, self.slug))
        if rows is not None:
            if item is None:
                rows.pop(number, None)
            else:
                rows[number] = item
        index = self._store.decision_indexes.get(self.slug) if table == "decisions" else None
        if index is not None:
            if item is None:
                index.remove(number)
            else:
                index.add(number, item.text)

    def _next_number(self, table: str, model: Any) -> int:
        """The number the next row gets (callers hold the lock).

        Counted once, then kept: taking the max of 10,000 numbers on every
        write was most of a write's CPU time."""
        key = (table, self.slug)
        number = self._store.next_numbers.get(key)
        if number is None:
            number = self._store.next_numbers[key] = max(self._rows(table, model), default=0) + 1
        return number

    def _insert(self, table: str, model: Any, build: Callable[[int], Any], origin: str | None = None) -> Any:
        """Allocate the next number and insert, atomically with respect to other writers.

        `origin` names the platform event that caused the write: a replayed
        event (after a crash between the write and its acknowledgement) finds
        its earlier write and returns it instead of writing twice.
        """
        with self._store.locked():
            origins = self._origins(table)
            if origin is not None and origin in origins:
                done = self._rows(table, model).get(origins[origin])
                if done is not None:
                    return done
            item = build(self._next_number(table, model))
            doc = {"group": self.slug, **item.to_doc()}
            if origin is not None:
                doc["origin"] = origin
            self._store.table(table).insert(doc)
            self._store.next_numbers[(table, self.slug)] = item.number + 1
            self._cached(table, item.number, item)
            if origin is not None:
                origins[origin] = item.number
        return item

    def _origins(self, table: str) -> dict[str, int]:
        """{origin: number} of the group's rows written by a platform event (cached)."""
        key = (table, self.slug)
        origins = self._store.origins.get(key)
        if origins is None:
            docs = self._store.table(table).search(_Q.group == self.slug)
            origins = self._store.origins[key] = {d["origin"]: d["number"] for d in docs if "origin" in d}
        return origins

    def _save(self, table: str, item: Any) -> Any:
        with self._store.locked():
            cond = (_Q.group == self.slug) & (_Q.number == item.number)
            if not self._store.table(table).update(item.to_doc(), cond):
                raise KeyError(f"{table} n°{item.number} absent")
            self._cached(table, item.number, item)
        return item

    def _update(self, table: str, model: Any, number: int, change: Callable[[Any], Any]) -> Any:
        """Read, change and write one row under the lock.

        Commands edit through this rather than `save_*` of a copy they read
        earlier: two coordinators proposing agenda items at once would
        otherwise each write back a list without the other's item.
        `change` may raise (nothing is written) or return the row unchanged.
        It is the compare-and-set point: a command checks there the status it
        relies on (not cancelled...), seen under the same lock as the write.
        Rows with a `revision` get it raised here, whoever the caller, so the
        calendar's SEQUENCE rises with every change of content.
        """
        with self._store.locked():
            current = self._rows(table, model).get(number)
            if current is None:
                return None
            changed = change(current)
            if changed != current:
                if hasattr(changed, "revision"):
                    changed = replace(changed, revision=getattr(current, "revision") + 1)
                self._save(table, changed)
        return changed

    # -- members -------------------------------------------------------------

    def members(self) -> list[Member]:
        return sorted(self._all("members", Member), key=lambda m: m.name.casefold())

    def member(self, number: int) -> Member | None:
        return self._rows("members", Member).get(number)  # type: ignore[no-any-return]

    def member_by_platform_id(self, platform: str, user_id: str) -> Member | None:
        for member in self._all("members", Member):
            if member.platform_ids.get(platform) == user_id:
                return member
        return None

    def add_member(
        self,
        name: str,
        organisation: str = "",
        role: str = "",
        platform_ids: dict[str, str] | None = None,
        origin: str | None = None,
    ) -> Member:
        return self._insert(
            "members",
            Member,
            lambda n: Member(n, name, organisation, role, dict(platform_ids or {})),
            origin,
        )

    def add_member_unless(
        self,
        existing: Callable[[list[Member]], Member | None],
        name: str,
        organisation: str = "",
        role: str = "",
        platform_ids: dict[str, str] | None = None,
        origin: str | None = None,
    ) -> tuple[Member, bool]:
        """`existing(members)` if it finds one, else a new card (True): checked
        and written under one lock, so fifty concurrent /moi make one card.
        `existing` may raise (nothing is written)."""
        with self._store.locked():
            found = existing(self.members())
            if found is not None:
                return found, False
            return self.add_member(name, organisation, role, platform_ids, origin), True

    def save_member(self, member: Member) -> Member:
        return self._save("members", member)

    def update_member(self, number: int, change: Callable[[Member], Member]) -> Member | None:
        with self._store.locked():
            before = self.member(number)
            member: Member | None = self._update("members", Member, number, change)
            if before is not None and member is not None and member.name != before.name:
                self._renamed_pilot(number)
        return member

    def _renamed_pilot(self, number: int) -> None:
        """Raise the revision of the tasks member `number` pilots: their
        calendar summary names the pilot, so a client must take the change."""
        for task in self._all("tasks", Task):
            if task.pilot == number:
                self._save("tasks", replace(task, revision=task.revision + 1))

    def write_members(self, new: list[Member], changed: list[Member]) -> list[Member]:
        """Add `new` (numbered here) and save `changed`, in ONE journal record:
        an import is stored whole or not at all."""
        with self._store.locked():
            table = self._store.table("members")
            first = self._next_number("members", Member)
            added = [replace(m, number=first + i) for i, m in enumerate(new)]
            ids = {d["number"]: d.doc_id for d in table.search(_Q.group == self.slug)}
            if any(m.number not in ids for m in changed):
                raise KeyError("membre absent")
            renamed = [m.number for m in changed if (old := self.member(m.number)) is not None and old.name != m.name]
            next_id = max((d.doc_id for d in table), default=0) + 1

            def updater(docs: Any) -> None:
                for member in changed:
                    docs[ids[member.number]] = {**docs[ids[member.number]], **member.to_doc()}
                for offset, member in enumerate(added):
                    docs[next_id + offset] = {"group": self.slug, **member.to_doc()}

            # TinyDB's own hook, so the whole batch is one storage commit.
            table._update_table(updater)
            table._next_id = None  # TinyDB caches the next id; ours were taken past it
            self._store.next_numbers[("members", self.slug)] = first + len(added)
            for member in (*changed, *added):
                self._cached("members", member.number, member)
            for number in renamed:  # after the members' record: the import itself stays one
                self._renamed_pilot(number)
        return added

    def remove_member(self, number: int) -> None:
        with self._store.locked():
            self._store.table("members").remove((_Q.group == self.slug) & (_Q.number == number))
            self._cached("members", number, None)

    # -- meetings -----------------------------------------------------------

    def meetings(self) -> list[Meeting]:
        return sorted(self._all("meetings", Meeting), key=lambda m: m.start)

    def meeting(self, number: int) -> Meeting | None:
        return self._rows("meetings", Meeting).get(number)  # type: ignore[no-any-return]

    def add_meeting(
        self,
        start: datetime,
        end: datetime | None = None,
        place: str = "",
        agenda: tuple[AgendaItem, ...] = (),
        created_by: str = "",
        recurrence: str | None = None,
        origin: str | None = None,
        announcement: str | None = None,
    ) -> Meeting:
        meeting = self._insert(
            "meetings",
            Meeting,
            lambda n: Meeting(n, start, end, place, agenda, "planned", recurrence, created_by, announcement=announcement),
            origin,
        )
        self._store.notify(self.slug, "meeting", meeting.number)
        return meeting

    def save_meeting(self, meeting: Meeting) -> Meeting:
        self._save("meetings", meeting)
        self._store.notify(self.slug, "meeting", meeting.number)
        return meeting

    def update_meeting(self, number: int, change: Callable[[Meeting], Meeting]) -> Meeting | None:
        meeting: Meeting | None = self._update("meetings", Meeting, number, change)
        if meeting is not None:
            self._store.notify(self.slug, "meeting", number)
        return meeting

    # -- deadlines ----------------------------------------------------------

    def deadlines(self) -> list[Deadline]:
        return sorted(self._all("deadlines", Deadline), key=lambda d: d.due)

    def deadline(self, number: int) -> Deadline | None:
        return self._rows("deadlines", Deadline).get(number)  # type: ignore[no-any-return]

    def add_deadline(
        self, due: datetime, text: str, has_time: bool = False, created_by: str = "", origin: str | None = None
    ) -> Deadline:
        deadline = self._insert("deadlines", Deadline, lambda n: Deadline(n, due, text, has_time, created_by), origin)
        self._store.notify(self.slug, "deadline", deadline.number)
        return deadline

    def save_deadline(self, deadline: Deadline) -> Deadline:
        self._save("deadlines", deadline)
        self._store.notify(self.slug, "deadline", deadline.number)
        return deadline

    def update_deadline(self, number: int, change: Callable[[Deadline], Deadline]) -> Deadline | None:
        deadline: Deadline | None = self._update("deadlines", Deadline, number, change)
        if deadline is not None:
            self._store.notify(self.slug, "deadline", number)
        return deadline

    # -- decisions ----------------------------------------------------------

    def decisions(self) -> list[Decision]:
        return sorted(self._all("decisions", Decision), key=lambda d: d.number)

    def decision(self, number: int) -> Decision | None:
        return self._rows("decisions", Decision).get(number)  # type: ignore[no-any-return]

    def add_decision(
        self,
        text: str,
        taken_on: date,
        meeting_number: int | None,
        recorded_by: str,
        recorded_by_id: str,
        at: datetime,
        origin: str | None = None,
    ) -> Decision:
        created = DecisionRevision("created", at.isoformat(timespec="seconds"), recorded_by, recorded_by_id, text)
        return self._insert(
            "decisions",
            Decision,
            lambda n: Decision(n, text, taken_on, meeting_number, recorded_by, recorded_by_id, "active", (created,)),
            origin,
        )

    def search_decisions(self, query: str, threshold: float) -> list[tuple[Decision, float]]:
        """Decisions whose text matches `query` (see `TextIndex.matches`), with their score."""
        with self._store.locked():
            rows = self._rows("decisions", Decision)
            index = self._store.decision_indexes.get(self.slug)
            if index is None:
                index = TextIndex((number, decision.text) for number, decision in rows.items())
                self._store.decision_indexes[self.slug] = index
            return [(rows[number], score) for number, score in index.matches(query, threshold).items()]

    def save_decision(self, decision: Decision) -> Decision:
        return self._save("decisions", decision)

    def update_decision(self, number: int, change: Callable[[Decision], Decision]) -> Decision | None:
        return self._update("decisions", Decision, number, change)  # type: ignore[no-any-return]

    # -- action items (see storage/tasks.py) --------------------------------

    def tasks(self) -> list[Task]:
        """Every task of the group, by number (open, done and cancelled)."""
        return sorted(self._all("tasks", Task), key=lambda t: t.number)

    def task(self, number: int) -> Task | None:
        return self._rows("tasks", Task).get(number)  # type: ignore[no-any-return]

    def add_task(
        self,
        text: str,
        pilot: int | None = None,
        due: date | None = None,
        meeting_number: int | None = None,
        pilot_name: str = "",
        created_by: str = "",
        created_by_id: str = "",
        created_on: date | None = None,
        origin: str | None = None,
    ) -> Task:
        task = self._insert("tasks", Task, lambda n: Task(
            n, text, pilot, due, meeting_number, pilot_name, "open", created_by, created_by_id, created_on), origin)
        self._store.notify(self.slug, "task", task.number)
        return task

    def update_task(self, number: int, change: Callable[[Task], Task]) -> Task | None:
        task: Task | None = self._update("tasks", Task, number, change)
        if task is not None:
            self._store.notify(self.slug, "task", number)
        return task
