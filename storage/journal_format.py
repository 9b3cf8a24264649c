"""The store's file formats: journal lines, the snapshot, and reading them back.

A journal line is `<crc32 hex> <json>\\n`, one per table operation; a record
holds whole documents ("set id -> document", "delete id", "clear table",
"drop table"), never deltas, so replaying it twice is harmless. The
snapshot is TinyDB's own JSON layout ({table: {id: document}}). Nothing
here writes files: see storage/journal.py.
"""

from __future__ import annotations

import contextlib
import gc
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from storage.backends import StoreCorruptError

__all__ = [
    "JOURNAL_SUFFIX",
    "JournalScan",
    "Tables",
    "apply_record",
    "bulk_allocation",
    "dumps",
    "encode_record",
    "read_snapshot",
    "scan_journal",
]

JOURNAL_SUFFIX = ".journal"

Tables = dict[str, dict[str, dict[str, Any]]]

# What TinyDB's JSONStorage accepts, no more: int keys become strings, but a
# datetime or a dataclass is refused (TypeError) rather than silently encoded.
_DUMP_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, option=_DUMP_OPTIONS)


# Below this many bytes decoded, freezing is not worth touching process-wide state.
FREEZE_BYTES = 1024 * 1024


@contextlib.contextmanager
def bulk_allocation(size: int) -> Iterator[None]:
    """Pause the garbage collector while decoding `size` bytes of documents.

    None of them can be garbage yet, and the collector's passes over the
    growing heap otherwise cost more than the decoding itself. A large load
    is then frozen (moved out of the collector's generations): the store
    keeps it for the life of the process, documents hold no cycles, and
    reference counting still frees them when a store is closed.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if size >= FREEZE_BYTES:
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
    return record if _well_formed(record) else None


def _well_formed(record: Any) -> bool:
    """A record `apply_record` can apply: a checksum only proves the bytes
    are the ones written, not that what was written has the right shape."""
    if not isinstance(record, dict) or not isinstance(record.get("t"), str):
        return False
    docs, deleted = record.get("set", {}), record.get("del", [])
    return (
        isinstance(docs, dict)
        and all(_doc_id(key) and isinstance(doc, dict) for key, doc in docs.items())
        and isinstance(deleted, list)
        and all(isinstance(key, str) for key in deleted)
    )


def _doc_id(key: str) -> bool:
    """TinyDB reads document ids with int(): ASCII digits only."""
    return key.isascii() and key.isdigit()


@dataclass
class JournalScan:
    """What a journal holds: good records, and where damage (if any) starts."""

    records: list[dict[str, Any]] = field(default_factory=list)
    good_bytes: int = 0  # length of the undamaged prefix
    total_bytes: int = 0
    torn_lines: int = 0  # 1 if the last line is an interrupted write (see `_torn`), else 0
    damaged_lines: list[int] = field(default_factory=list)  # 1-based: damage, not a torn write

    @property
    def torn(self) -> bool:
        return self.good_bytes < self.total_bytes


def _torn(line: bytes) -> bool:
    """Whether a damaged last line is an interrupted write rather than damage.

    A write cut short lacks its newline (the last byte written), or holds
    zeros where a block never reached the disk (JSON escapes NUL, so a
    record never contains one). A complete line whose checksum fails was
    written whole, acknowledged, then altered: that is damage."""
    return not line.endswith(b"\n") or b"\0" in line


def scan_journal(raw: bytes) -> JournalScan:
    """Parse a journal; never raises. Good records after damage are kept too.

    The file may end with zeros written ahead of time (see JournalStorage):
    they are free space, not records, and not damage. Only the last line
    can be torn (see `_torn`); any other damaged line is damage.
    """
    raw = raw.rstrip(b"\0")
    scan = JournalScan(total_bytes=len(raw))
    pending: list[int] = []  # damaged line numbers not (yet) followed by a good one
    offset = 0
    line = b""
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
    if pending and _torn(line):
        scan.torn_lines = 1
        pending.pop()
    scan.damaged_lines.extend(pending)
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
        with bulk_allocation(len(raw)):
            data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise StoreCorruptError(path, f"JSON invalide : {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise StoreCorruptError(path, "ce n'est pas un fichier de données Greffier")
    return data
