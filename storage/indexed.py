"""A TinyDB `Table` over `JournalStorage`: flat-cost writes, indexed reads.

TinyDB's `Table` reads the whole state, changes it and writes it all back
on every operation. `JournalTable` keeps TinyDB's API and query language
but hands the storage only the documents an operation touched, and answers
queries of the form `(Q.a == x) & (Q.b == y) & ...` from equality indexes
built on first use (the store's reads are all scoped that way: group,
number, origin, key). Any other query still works, by a full scan.

Search results are cached per query like TinyDB does, but the cache is
kept up to date on each write instead of being thrown away, so a group's
`search(Q.group == slug)` stays cheap while other groups write. As with
TinyDB's own cache, returned documents are shallow copies that later
searches may share: callers copy before changing one (the store's methods
do). What is written is always encoded and decoded afresh, so a caller's
dict never aliases the stored state.
"""

from __future__ import annotations

import copy
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from typing import Any

from tinydb import TinyDB
from tinydb.queries import QueryLike
from tinydb.table import Document, Table

from storage.journal import JournalStorage

__all__ = ["JournalDB", "JournalTable"]

_SCALARS = (str, int, float, bool, type(None))
_OTHER = object()  # index bucket for unhashable values (lists, dicts): always candidates
_MISSING = object()
CACHE_SIZE = 1024

Term = tuple[str, Any]


def _plan(hashval: Any) -> tuple[list[Term], bool]:
    """The `field == scalar` conditions a query requires (read from TinyDB's
    query hash), and whether they are the whole query (then the index
    answers it exactly and the query need not run on each candidate)."""
    if not isinstance(hashval, tuple) or not hashval:
        return [], False
    if hashval[0] == "==" and len(hashval) == 3 and len(hashval[1]) == 1 and isinstance(hashval[2], _SCALARS):
        return [(hashval[1][0], hashval[2])], True
    if hashval[0] == "and" and len(hashval) == 2:
        terms: list[Term] = []
        exact = True
        for part in hashval[1]:
            found, whole = _plan(part)
            terms += found
            exact = exact and whole
        return terms, exact
    return [], False


def _terms(hashval: Any) -> list[Term]:
    return _plan(hashval)[0]


def _bucket_key(value: Any) -> Any:
    return value if isinstance(value, _SCALARS) else _OTHER


class _Pending(MutableMapping[int, Any]):
    """What TinyDB's updater functions see: the table, with changes held aside.

    Nothing touches the live state until the journal line is on disk;
    documents handed to the updater are copies it may mutate in place.
    """

    def __init__(self, live: dict[str, dict[str, Any]]) -> None:
        self.live = live
        self.changed: dict[str, dict[str, Any] | None] = {}
        self.cleared = False

    def _lookup(self, key: str) -> Any:
        if key in self.changed:
            return self.changed[key]
        return None if self.cleared else self.live.get(key)

    def __getitem__(self, doc_id: int) -> Any:
        key = str(doc_id)
        doc = self._lookup(key)
        if doc is None:
            raise KeyError(doc_id)
        if key not in self.changed:
            doc = self.changed[key] = copy.deepcopy(doc)
        return doc

    def __setitem__(self, doc_id: int, doc: Any) -> None:
        self.changed[str(doc_id)] = dict(doc)

    def __delitem__(self, doc_id: int) -> None:
        key = str(doc_id)
        if self._lookup(key) is None:
            raise KeyError(doc_id)
        self.changed[key] = None

    def __contains__(self, doc_id: object) -> bool:
        return self._lookup(str(doc_id)) is not None

    def __iter__(self) -> Iterator[int]:
        keys = [] if self.cleared else [k for k in self.live if k not in self.changed]
        keys += [k for k, doc in self.changed.items() if doc is not None]
        return iter([int(k) for k in keys])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def clear(self) -> None:
        self.cleared = True
        self.changed.clear()


class JournalTable(Table):
    """A TinyDB table whose writes cost O(documents touched), not O(table)."""

    _storage: JournalStorage

    def __init__(self, storage: JournalStorage, name: str, **kwargs: Any) -> None:
        self._seen: tuple[int, int] = (-1, -1)
        self._indexes: dict[str, dict[Any, dict[str, None]]] = {}
        self._cache: OrderedDict[QueryLike, list[Document]] = OrderedDict()
        self._cache_by_term: dict[Term, set[QueryLike]] = {}
        # field -> how many terms of _cache_by_term use it: writes look up
        # by these few fields instead of scanning every cached term.
        self._cached_fields: dict[str, int] = {}
        self._cache_loose: set[QueryLike] = set()
        super().__init__(storage, name, **kwargs)

    # -- state, indexes and the result cache ----------------------------------

    def _live(self) -> dict[str, dict[str, Any]]:
        state = self._storage.state_version(self.name)
        if state != self._seen:
            # Written through another path (another Table object, TinyDB's
            # whole-state write): start the derived structures afresh.
            self.clear_cache()
            self._indexes.clear()
            self._seen = state
        return self._storage.tables.get(self.name, {})

    def _index(self, field: str) -> dict[Any, dict[str, None]]:
        index = self._indexes.get(field)
        if index is None:
            index = self._indexes[field] = {}
            for key, doc in self._live().items():
                value = doc.get(field, _MISSING)
                if value is not _MISSING:
                    index.setdefault(_bucket_key(value), {})[key] = None
        return index

    def _candidates(self, cond: QueryLike) -> tuple[list[str], bool] | None:
        """Ids that may match `cond` in table order, and whether they all do;
        None if the query needs a full scan."""
        terms, exact = _plan(getattr(cond, "_hash", None))
        if not terms:
            return None
        buckets = []
        for field, value in terms:
            index = self._index(field)
            bucket = index.get(value, {})
            other = index.get(_OTHER)
            if other:
                # Lists and dicts are not indexed by value: they stay candidates.
                exact = False
            buckets.append(bucket.keys() | other.keys() if other else bucket.keys())
        buckets.sort(key=len)
        smallest, rest = buckets[0], buckets[1:]
        keys = [key for key in smallest if all(key in bucket for bucket in rest)]
        return sorted(keys, key=int), exact

    def clear_cache(self) -> None:
        self._cache.clear()
        self._cache_by_term.clear()
        self._cached_fields.clear()
        self._cache_loose.clear()

    def _remember(self, cond: QueryLike, docs: list[Document]) -> None:
        self._cache[cond] = docs
        terms = _terms(getattr(cond, "_hash", None))
        if terms:
            holders = self._cache_by_term.get(terms[0])
            if holders is None:
                holders = self._cache_by_term[terms[0]] = set()
                field = terms[0][0]
                self._cached_fields[field] = self._cached_fields.get(field, 0) + 1
            holders.add(cond)
        else:
            self._cache_loose.add(cond)
        if len(self._cache) > CACHE_SIZE:
            old, _ = self._cache.popitem(last=False)
            self._forget(old)

    def _forget(self, cond: QueryLike) -> None:
        terms = _terms(getattr(cond, "_hash", None))
        if terms:
            holders = self._cache_by_term.get(terms[0])
            if holders is not None:
                holders.discard(cond)
                if not holders:
                    # Left empty, terms would pile up (one per origin or number
                    # ever queried) and every write scans them in _affected.
                    del self._cache_by_term[terms[0]]
                    field = terms[0][0]
                    self._cached_fields[field] -= 1
                    if not self._cached_fields[field]:
                        del self._cached_fields[field]
        else:
            self._cache_loose.discard(cond)

    def _after_commit(self, before: tuple[int, int], changes: list[tuple[str, Any, Any]]) -> None:
        state = self._storage.state_version(self.name)
        if state[0] != before[0] or state[1] != before[1] + 1:
            self._live()  # someone else wrote too: rebuild lazily
            return
        self._seen = state
        for key, old, new in changes:
            for field, index in self._indexes.items():
                for doc, add in ((old, False), (new, True)):
                    value = _MISSING if doc is None else doc.get(field, _MISSING)
                    if value is _MISSING:
                        continue
                    bucket = index.setdefault(_bucket_key(value), {})
                    if add:
                        bucket[key] = None
                    else:
                        bucket.pop(key, None)
            for cond in self._affected(old, new):
                self._refresh(cond, key, old, new)

    def _affected(self, old: Any, new: Any) -> set[QueryLike]:
        """Cached queries whose results a change may alter (looked up, not scanned)."""
        conds = set(self._cache_loose)
        for field in self._cached_fields:
            for doc in (old, new):
                value = _MISSING if doc is None else doc.get(field, _MISSING)
                if isinstance(value, _SCALARS):
                    conds |= self._cache_by_term.get((field, value), set())
        return conds

    def _refresh(self, cond: QueryLike, key: str, old: Any, new: Any) -> None:
        docs = self._cache[cond]
        doc_id = int(key)
        if not docs or docs[-1].doc_id < doc_id:
            at, present = len(docs), False  # an insert: new ids come last
        else:
            at = bisect_left(docs, doc_id, key=lambda d: d.doc_id)
            present = at < len(docs) and docs[at].doc_id == doc_id
        matches = new is not None and cond(new)
        if present and matches:
            docs[at] = self.document_class(new, doc_id)
        elif present:
            del docs[at]
        elif matches:
            docs.insert(at, self.document_class(new, doc_id))

    # -- TinyDB's storage hooks ---------------------------------------------

    def _read_table(self) -> dict[str, Mapping[Any, Any]]:
        return self._live()

    def _update_table(self, updater: Callable[[dict[int, Mapping[Any, Any]]], None]) -> None:
        live = self._live()
        pending = _Pending(live)
        updater(pending)  # type: ignore[arg-type]
        changed = {
            key: doc
            for key, doc in pending.changed.items()
            if pending.cleared or doc is None or live.get(key) != doc
        }
        if not changed and not pending.cleared:
            return
        before = self._seen
        changes = self._storage.commit(self.name, changed, pending.cleared)
        self._after_commit(before, changes)

    # -- reads and conditional writes through the indexes ----------------------

    def __iter__(self) -> Iterator[Document]:
        # Over a copy: a caller may write while iterating, as with TinyDB's own storages.
        for key, doc in list(self._live().items()):
            yield self.document_class(doc, int(key))

    def search(self, cond: QueryLike) -> list[Document]:
        live = self._live()
        cached = self._cache.get(cond) if getattr(cond, "_hash", None) is not None else None
        if cached is not None:
            self._cache.move_to_end(cond)
            return cached[:]
        plan = self._candidates(cond)
        keys, exact = plan if plan is not None else (sorted(live, key=int), False)
        docs = [self.document_class(live[key], int(key)) for key in keys if exact or cond(live[key])]
        if getattr(cond, "_hash", None) is not None:
            self._remember(cond, docs[:])
        return docs

    def _matching_ids(self, cond: QueryLike) -> list[int] | None:
        plan = self._candidates(cond)
        if plan is None:
            return None
        keys, exact = plan
        live = self._live()
        return [int(key) for key in keys if exact or cond(live[key])]

    def get(self, cond: QueryLike | None = None, doc_id: int | None = None, doc_ids: list[int] | None = None) -> Any:
        if cond is not None and doc_id is None and doc_ids is None:
            ids = self._matching_ids(cond)
            if ids is not None:
                return self.document_class(self._live()[str(ids[0])], ids[0]) if ids else None
        return super().get(cond, doc_id, doc_ids)

    def update(self, fields: Any, cond: QueryLike | None = None, doc_ids: Iterable[int] | None = None) -> list[int]:
        if cond is not None and doc_ids is None:
            ids = self._matching_ids(cond)
            if ids is not None:
                return super().update(fields, doc_ids=ids) if ids else []
        return super().update(fields, cond, doc_ids)

    def remove(self, cond: QueryLike | None = None, doc_ids: Iterable[int] | None = None) -> list[int]:
        if cond is not None and doc_ids is None:
            ids = self._matching_ids(cond)
            if ids is not None:
                return super().remove(doc_ids=ids) if ids else []
        return super().remove(cond, doc_ids)


class JournalDB(TinyDB):
    """TinyDB over a `JournalStorage`, with `JournalTable` tables."""

    table_class = JournalTable
