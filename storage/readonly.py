"""A read-only copy of a store that another process holds.

The calendar feed (`python -m bot serve-calendar`) runs beside the bot,
which holds the store's lock. It reads the snapshot and the journal the way
`greffier store export` does — without the lock, retrying if a compaction
replaces the snapshot mid-read — into an in-memory `Store`. Writes to that
copy go nowhere: the feed never writes. `StoreWatcher` reloads the copy
when the files change, so the feed follows the bot.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from storage.backup import read_consistent  # the consistent lock-free read export uses
from storage.journal_format import apply_record
from storage.store import Store, store_paths

__all__ = ["StoreWatcher", "open_read_only"]

log = logging.getLogger(__name__)


def open_read_only(directory: Path) -> Store:
    """The store's current content, without the records the code cannot use.

    The bot validated its records when it started, but the files may have
    changed since (an older copy restored, a hand edit): the copy leaves
    such records out, logged, rather than fail every request on them."""
    from storage.validation import validate_tables  # it imports storage.recurrence, which imports the store

    tables, scan = read_consistent(directory)
    for record in scan.records:  # damaged lines are skipped: the feed serves what it can read
        apply_record(tables, record)
    for bad in validate_tables(tables):
        log.warning("read-only copy: left out %s", bad.describe())
        del tables[bad.table][bad.doc_id]
    return Store.from_tables(tables)


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


class StoreWatcher:
    """The latest read-only copy of the store in `directory`."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._seen: tuple[object, ...] | None = None
        self._store: Store | None = None

    def current(self) -> Store:
        stamp = tuple(_stamp(p) for p in store_paths(self.directory))
        if self._store is None or stamp != self._seen:
            self._store = open_read_only(self.directory)
            self._seen = stamp
        return self._store
