"""The store's storage engine: a JSON snapshot plus an append-only journal.

TinyDB's storages rewrite the whole file on every write, so a write costs
O(store). Here the whole state lives in memory and each table operation
appends one checksummed line to `greffier.json.journal` and fdatasyncs it
(a cost independent of the store's size); `greffier.json` is a snapshot in
TinyDB's own JSON layout, rewritten atomically (tmp + fsync + rename) when
the journal grows larger than the snapshot, so compaction costs O(1) per
write amortised, and on a clean close. Formats: storage/journal_format.py.

Records carry whole documents, never deltas, so replaying one twice is
harmless: a crash between writing a new snapshot and emptying the journal
only replays what the snapshot already holds.

After a crash (kill -9, power loss) only the last line can be torn: a
write that never completed (no newline, or zeros where a block never
reached the disk) was never acknowledged, so it is cut off (its bytes are
saved next to the journal first). Any other damaged line, even the last one
when it is complete, is not a crash but damage to acknowledged writes: the
store refuses to open and names the file; `greffier store recover` keeps
what is valid.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from storage.backends import StoreCorruptError, atomic_write, fsync_dir
from storage.journal_format import (
    JOURNAL_SUFFIX,
    JournalScan,
    Tables,
    apply_record,
    bulk_allocation,
    dumps,
    encode_record,
    read_snapshot,
    scan_journal,
)

__all__ = ["JOURNAL_SUFFIX", "MIN_COMPACT_BYTES", "JournalStorage", "encode_record"]

log = logging.getLogger(__name__)

# Below this size the journal is never compacted: rewriting a small snapshot
# often would cost more than it saves.
MIN_COMPACT_BYTES = 4 * 1024 * 1024
# The journal is extended with real zeros this much at a time (fsynced once),
# so that each write overwrites blocks the file already has: fdatasync then
# flushes data only, without a filesystem-journal commit for a new size.
PREALLOCATE_BYTES = 256 * 1024


class JournalStorage(Storage):
    """TinyDB storage: state in memory, one fsynced journal line per write.

    `path` is the snapshot (`greffier.json`); the journal sits next to it.
    Tables built by `storage.indexed.JournalDB` call `commit` with just the
    documents an operation changed; TinyDB's whole-state `write` still works
    (drop_table, drop_tables) but journals the whole state, so it is rare.
    """

    def __init__(self, path: str | os.PathLike[str] | None, compact_bytes: int = MIN_COMPACT_BYTES) -> None:
        # Bumped by every change (per table, and `epoch` for whole-state
        # writes): tables drop their indexes when it moves under them.
        self.epoch = 0
        self.versions: dict[str, int] = {}
        self.compact_bytes = compact_bytes
        self._lock = threading.RLock()
        self._broken: str | None = None
        self._fd = -1
        self.tables: Tables = {}
        self._snapshot_bytes = self._journal_bytes = self._allocated = 0
        if path is None:
            # In memory: same tables and indexes, nothing written anywhere.
            self.path: Path | None = None
            self.journal_path: Path | None = None
            return
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.journal_path = self.path.with_name(self.path.name + JOURNAL_SUFFIX)
        self.tables = read_snapshot(self.path)
        self._snapshot_bytes = self.path.stat().st_size if self.path.exists() else 0
        self._journal_bytes = self._replay()
        created = not self.journal_path.exists()
        # Not O_APPEND: writes go at the logical end, inside the zeros ahead.
        self._fd = os.open(self.journal_path, os.O_WRONLY | os.O_CREAT, 0o600)
        self._allocated = os.fstat(self._fd).st_size
        if created:
            fsync_dir(self.journal_path.parent)

    def _replay(self) -> int:
        try:
            raw = self.journal_path.read_bytes()
        except FileNotFoundError:
            return 0
        with bulk_allocation(len(raw)):
            scan = scan_journal(raw)
        if scan.damaged_lines:
            raise StoreCorruptError(
                self.journal_path,
                f"ligne(s) {', '.join(map(str, scan.damaged_lines[:5]))} endommagée(s) dans le journal",
            )
        for record in scan.records:
            apply_record(self.tables, record)
        if scan.torn:
            self._cut_tail(raw, scan)
        return scan.good_bytes

    def _cut_tail(self, raw: bytes, scan: JournalScan) -> None:
        """Drop an interrupted last write, keeping its bytes aside for inspection."""
        aside = self.journal_path.with_name(f"{self.journal_path.name}.torn-{time.strftime('%Y%m%dT%H%M%S')}")
        atomic_write(aside, raw[scan.good_bytes : scan.total_bytes])
        with open(self.journal_path, "r+b") as handle:
            handle.truncate(scan.good_bytes)
            os.fsync(handle.fileno())
        log.warning(
            "journal %s : %d octet(s) d'une écriture interrompue retirés (copie dans %s)",
            self.journal_path, scan.total_bytes - scan.good_bytes, aside,
        )

    # -- TinyDB's Storage interface (whole state) ----------------------------

    def read(self) -> Tables:
        # A shallow copy: TinyDB's drop_table deletes a key from what it reads.
        with self._lock:
            return dict(self.tables)

    def write(self, data: Tables) -> None:
        with self._lock:
            records = [{"t": name, "drop": True, "clear": True} for name in self.tables if name not in data]
            records += [{"t": name, "clear": True, "set": table} for name, table in data.items()]
            self._append(b"".join(encode_record(r) for r in records))
            fresh = orjson.loads(dumps(data))
            self.tables = {name: dict(table) for name, table in fresh.items()}
            self.epoch += 1

    def close(self) -> None:
        """Fold the journal into the snapshot (a clean stop leaves one file) and close."""
        with self._lock:
            if self._fd >= 0 and self._journal_bytes and not self._broken:
                try:
                    self.compact()
                except OSError:
                    log.exception("compactage de %s impossible à la fermeture (le journal reste valable)", self.path)
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1

    def abandon(self) -> None:
        """Close without compacting: the store was refused and must stay as found."""
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1

    # -- the flat-cost path ---------------------------------------------------

    def commit(self, table: str, changed: dict[str, dict[str, Any] | None], clear: bool = False) -> list[tuple[str, Any, Any]]:
        """Durably apply one table operation; return what changed in memory.

        Returns only after the journal line is fsynced, so a caller that
        acknowledges afterwards acknowledges a fact on disk.
        """
        record: dict[str, Any] = {"t": table}
        if clear:
            record["clear"] = True
        deleted = [key for key, doc in changed.items() if doc is None]
        if deleted:
            record["del"] = deleted
        kept = {key: doc for key, doc in changed.items() if doc is not None}
        if kept:
            record["set"] = kept
        # Encoding first: a document JSON cannot hold fails before anything changes.
        line = encode_record(record)
        with self._lock:
            self._append(line)
            # Decode what was written so memory holds exactly what a restart reads.
            changes = apply_record(self.tables, orjson.loads(line[9:]))
            self.versions[table] = self.versions.get(table, 0) + 1
            if self.path is not None and self._journal_bytes > max(self.compact_bytes, self._snapshot_bytes):
                try:
                    self.compact()
                except OSError:
                    # The write itself is durable in the journal; compaction
                    # is retried on the next write.
                    log.exception("compactage de %s impossible", self.path)
            return changes

    def state_version(self, table: str) -> tuple[int, int]:
        return self.epoch, self.versions.get(table, 0)

    def _append(self, data: bytes) -> None:
        if self._fd < 0:
            if self.path is None:
                return
            raise OSError(f"{self.journal_path} est fermé")
        if self._broken:
            raise OSError(f"écriture impossible dans {self.journal_path} : {self._broken}")
        try:
            end = self._journal_bytes + len(data)
            if end > self._allocated:
                self._extend(end)
            written = os.pwrite(self._fd, data, self._journal_bytes)
            if written != len(data):
                raise OSError(f"écriture partielle ({written}/{len(data)} octets)")
            os.fdatasync(self._fd)
        except OSError as exc:
            # A partial line left behind would become damage in the middle of
            # the journal once the next write lands after it: cut it off.
            try:
                os.ftruncate(self._fd, self._journal_bytes)
                self._allocated = self._journal_bytes
            except OSError:
                self._broken = str(exc)
                raise exc from None
            with contextlib.suppress(OSError):
                # If this fails too, the next successful fsync persists the cut.
                os.fsync(self._fd)
            raise
        self._journal_bytes = end

    def _extend(self, end: int) -> None:
        """Write zeros up to past `end` and make the new size durable.

        Zeros are never part of a record (JSON escapes NUL), so a reader
        stops at them: see `scan_journal`.
        """
        size = max(end, self._allocated) + PREALLOCATE_BYTES
        os.pwrite(self._fd, bytes(size - self._allocated), self._allocated)
        os.fsync(self._fd)
        self._allocated = size

    def compact(self) -> None:
        """Write the whole state as the new snapshot, then empty the journal."""
        with self._lock:
            if self.path is None:
                return
            encoded = dumps(self.tables)
            atomic_write(self.path, encoded)
            # A crash here replays the old journal over the new snapshot: harmless.
            os.ftruncate(self._fd, 0)
            os.fsync(self._fd)
            self._snapshot_bytes = len(encoded)
            self._journal_bytes = self._allocated = 0
