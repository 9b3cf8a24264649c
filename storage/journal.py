"""The on-disk format: a JSON snapshot plus an append-only, checksummed journal.

TinyDB's storages rewrite the whole file on every write, so a write costs
O(store). Here the whole state lives in memory and each table operation
appends one line to `greffier.journal` and fsyncs it (cost independent of
the store's size); `greffier.json` is a snapshot in TinyDB's own JSON
layout, rewritten atomically (tmp + fsync + rename) only when the journal
grows larger than the snapshot, so compaction is amortised O(1) per write.

A journal line is `<crc32 hex> <json>\\n`. Every record carries whole
documents ("set id -> document", "delete id", "clear table"), never deltas,
so replaying a record twice is harmless: a crash between writing a new
snapshot and emptying the journal only replays what the snapshot holds.

After a crash (kill -9, power loss) only the tail can be damaged: a line
whose write never completed was never acknowledged, so damaged lines at
the end are cut off (their bytes are saved next to the journal first). A
damaged line followed by good ones is not a crash but damage: the store
refuses to open and names the file; `greffier store recover` keeps what is
valid.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from storage.backends import StoreCorruptError, atomic_write, fsync_dir

__all__ = ["JOURNAL_SUFFIX", "JournalScan", "JournalStorage", "Tables", "encode_record", "read_snapshot", "scan_journal"]

log = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".journal"
# Below this size the journal is never compacted: rewriting a small snapshot
# often would cost more than it saves.
MIN_COMPACT_BYTES = 4 * 1024 * 1024

Tables = dict[str, dict[str, dict[str, Any]]]

# What TinyDB's JSONStorage accepts, no more: int keys become strings, but a
# datetime or a dataclass is refused (TypeError) rather than silently encoded.
_DUMP_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, option=_DUMP_OPTIONS)


@contextlib.contextmanager
def _bulk_allocation() -> Iterator[None]:
    """Pause the garbage collector while decoding millions of objects at once.

    None of them can be garbage yet, and the collector's passes over the
    growing heap otherwise cost more than the decoding itself. Afterwards
    they are frozen (moved out of the collector's generations): the store
    keeps them for the life of the process, documents hold no cycles, and
    reference counting still frees them when a store is closed.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def encode_record(record: dict[str, Any]) -> bytes:
    body = dumps(record)
    return b"%08x " % zlib.crc32(body) + body + b"\n"


def _decode_line(line: bytes) -> dict[str, Any] | None:
    """The record on a complete line, or None if the line is damaged."""
    if len(line) < 11 or not line.endswith(b"\n") or line[8:9] != b" ":
        return None
    body = line[9:-1]
    try:
        if int(line[:8], 16) != zlib.crc32(body):
            return None
        record = orjson.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    return record if isinstance(record, dict) and isinstance(record.get("t"), str) else None


@dataclass
class JournalScan:
    """What a journal holds: good records, and where damage (if any) starts."""

    records: list[dict[str, Any]] = field(default_factory=list)
    good_bytes: int = 0  # length of the undamaged prefix
    total_bytes: int = 0
    torn_lines: int = 0  # damaged lines at the very end (an interrupted write)
    damaged_lines: list[int] = field(default_factory=list)  # 1-based, followed by good lines

    @property
    def torn(self) -> bool:
        return self.good_bytes < self.total_bytes


def scan_journal(raw: bytes) -> JournalScan:
    """Parse a journal; never raises. Good records after damage are kept too."""
    scan = JournalScan(total_bytes=len(raw))
    pending: list[int] = []  # damaged line numbers not (yet) followed by a good one
    offset = 0
    for number, line in enumerate(raw.splitlines(keepends=True), start=1):
        offset += len(line)
        record = _decode_line(line)
        if record is None:
            pending.append(number)
            continue
        scan.damaged_lines.extend(pending)
        pending.clear()
        scan.records.append(record)
        if not scan.damaged_lines:
            scan.good_bytes = offset
    scan.torn_lines = len(pending)
    if scan.damaged_lines:
        scan.good_bytes = -1
    return scan


def apply_record(tables: Tables, record: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Apply one record; return (doc id, old, new) for each changed document."""
    table = tables.setdefault(record["t"], {})
    changes: list[tuple[str, Any, Any]] = []
    if record.get("clear"):
        changes.extend((key, doc, None) for key, doc in table.items())
        table.clear()
    for key in record.get("del", ()):
        old = table.pop(key, None)
        if old is not None:
            changes.append((key, old, None))
    for key, doc in record.get("set", {}).items():
        changes.append((key, table.get(key), doc))
        table[key] = doc
    if record.get("drop"):
        del tables[record["t"]]
    return changes


def read_snapshot(path: Path) -> Tables:
    """The snapshot's tables ({} if absent); damage raises StoreCorruptError."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    if not raw:
        # A zero-byte file is not something we ever write: treat as damage.
        raise StoreCorruptError(path, "fichier vide")
    try:
        with _bulk_allocation():
            data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise StoreCorruptError(path, f"JSON invalide : {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise StoreCorruptError(path, "ce n'est pas un fichier de données Greffier")
    return data


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
        self._snapshot_bytes = self._journal_bytes = 0
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
        self._fd = os.open(self.journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if created:
            fsync_dir(self.journal_path.parent)

    def _replay(self) -> int:
        try:
            raw = self.journal_path.read_bytes()
        except FileNotFoundError:
            return 0
        with _bulk_allocation():
            scan = scan_journal(raw)
        if scan.damaged_lines:
            raise StoreCorruptError(
                self.journal_path,
                f"ligne(s) {', '.join(map(str, scan.damaged_lines[:5]))} endommagée(s) au milieu du journal",
            )
        for record in scan.records:
            apply_record(self.tables, record)
        if scan.torn:
            self._cut_tail(raw, scan)
        return scan.good_bytes

    def _cut_tail(self, raw: bytes, scan: JournalScan) -> None:
        """Drop an interrupted last write, keeping its bytes aside for inspection."""
        aside = self.journal_path.with_name(f"{self.journal_path.name}.torn-{time.strftime('%Y%m%dT%H%M%S')}")
        atomic_write(aside, raw[scan.good_bytes :])
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
            written = os.write(self._fd, data)
            if written != len(data):
                raise OSError(f"écriture partielle ({written}/{len(data)} octets)")
            # fdatasync also flushes the new file size (needed to read the
            # data back), skipping only timestamps: durable, and cheaper.
            os.fdatasync(self._fd)
        except OSError as exc:
            # A partial line left behind would become damage in the middle of
            # the journal once the next write lands after it: cut it off.
            try:
                os.ftruncate(self._fd, self._journal_bytes)
            except OSError:
                self._broken = str(exc)
                raise exc from None
            with contextlib.suppress(OSError):
                # If this fails too, the next successful fsync persists the cut.
                os.fsync(self._fd)
            raise
        self._journal_bytes += len(data)

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
            self._journal_bytes = 0

    def iter_tables(self) -> Iterator[tuple[str, dict[str, dict[str, Any]]]]:
        with self._lock:
            yield from list(self.tables.items())
