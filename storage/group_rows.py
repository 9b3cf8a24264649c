"""The row machinery under `GroupStore`: cached models, numbering, writes.

`GroupRows` keeps one group's rows of each table as dataclasses (cached in
the `Store`, kept in step by every write), hands out numbers that are never
reused, and offers insert / save / update under the store's lock. The
per-subject methods (members, meetings...) are built on it in
storage/group_members.py and storage/group_records.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tinydb import Query

from storage.models import replace

if TYPE_CHECKING:  # storage.store imports us to build GroupStore
    from storage.store import Store

__all__ = ["GroupRows"]

_Q = Query()


class GroupRows:
    """One group's rows, whatever the table (see the module docstring)."""

    def __init__(self, store: Store, slug: str) -> None:
        self._store = store
        self.slug = slug

    @property
    def store(self) -> Store:
        """The whole store this group lives in (its lock, state, compaction)."""
        return self._store

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
