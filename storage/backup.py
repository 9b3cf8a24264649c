"""Backups and repairs of a store directory: export, import, check, recover.

Export reads the snapshot and the journal without taking the store's lock,
so a running bot can be backed up: it retries if a compaction replaced the
snapshot while it was reading, which keeps the snapshot and the journal it
read consistent. Import and recover take the lock (the bot must be stopped).
Recover never overwrites anything before copying it into a `damaged-*`
directory next to the store.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from storage.backends import StoreCorruptError, StoreLock, atomic_write, fsync_dir
from storage.journal_format import JournalScan, Tables, apply_record, read_snapshot, scan_journal
from storage.migrations import META_TABLE, SCHEMA_VERSION, SchemaTooNewError
from storage.store import has_store, store_paths
from storage.import_checks import invalid_records
from storage.validation import BadRecord, validate_tables

__all__ = [
    "EXPORT_FORMAT",
    "INVALID_FILENAME",
    "BackupError",
    "NothingToRecoverError",
    "StoreReport",
    "check_store",
    "export_store",
    "import_store",
    "read_consistent",
    "read_replayed",
    "recover_store",
    "replace_state",
]

EXPORT_FORMAT = "greffier-export"
INVALID_FILENAME = "enregistrements-invalides.json"  # in the damaged-… folder
EXPORT_VERSION = 1


class BackupError(Exception):
    """A backup or repair that cannot be done; the message is for the operator."""


@dataclass
class StoreReport:
    """What a store directory holds, as `check` and `recover` print it."""

    directory: Path
    tables: dict[str, int] = field(default_factory=dict)
    journal_records: int = 0
    torn_lines: int = 0  # damaged lines at the end: an interrupted write, dropped
    damaged_lines: list[int] = field(default_factory=list)
    snapshot_damaged: str = ""
    invalid: list[BadRecord] = field(default_factory=list)  # records start-up refuses
    backup: Path | None = None

    @property
    def healthy(self) -> bool:
        """Nothing that start-up would refuse or cut."""
        return not (self.damaged_lines or self.torn_lines or self.snapshot_damaged or self.invalid)

    @property
    def empty(self) -> bool:
        return not any(count for name, count in self.tables.items() if name != META_TABLE)


def _identity(path: Path) -> tuple[int, int] | None:
    """Changes when a compaction renames a new snapshot into place."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_mtime_ns


def read_consistent(directory: Path) -> tuple[Tables, JournalScan]:
    """Snapshot + journal as of one moment, without the lock (see module doc)."""
    snapshot, journal = store_paths(directory)
    for _ in range(50):
        before = _identity(snapshot)
        tables = read_snapshot(snapshot)
        scan = scan_journal(journal.read_bytes() if journal.exists() else b"")
        if _identity(snapshot) == before:
            return tables, scan
        time.sleep(0.05)
    raise BackupError(f"{snapshot} change sans cesse pendant la lecture ; réessayez")


def read_replayed(directory: Path) -> tuple[Tables, JournalScan]:
    """`read_consistent` with the journal's records applied; a damaged line
    (not a torn end) raises `StoreCorruptError`."""
    tables, scan = read_consistent(directory)
    if scan.damaged_lines:
        raise StoreCorruptError(store_paths(directory)[1], f"ligne(s) {', '.join(map(str, scan.damaged_lines[:5]))} endommagée(s)")
    for record in scan.records:
        apply_record(tables, record)
    return tables, scan


def _counts(tables: Tables) -> dict[str, int]:
    return {name: len(docs) for name, docs in sorted(tables.items())}


def replace_state(snapshot: Path, journal: Path, encoded: bytes) -> None:
    """Make `encoded` the whole state (lock held): a new snapshot, atomically,
    then an empty journal, since the snapshot now says everything."""
    atomic_write(snapshot, encoded)
    if journal.exists():
        with open(journal, "r+b") as handle:
            handle.truncate(0)
            os.fsync(handle.fileno())


def export_store(directory: Path, target: Path) -> StoreReport:
    """Write the whole store to one JSON file (atomically)."""
    if not has_store(directory):
        raise BackupError(f"pas de données Greffier dans {directory}")
    tables, scan = read_replayed(directory)
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "tables": tables,
    }
    atomic_write(target, json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))
    return StoreReport(directory, _counts(tables), len(scan.records))


def _load_export(source: Path) -> Tables:
    try:
        document = json.loads(source.read_bytes())
    except FileNotFoundError:
        raise BackupError(f"{source} n'existe pas") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupError(f"{source} n'est pas du JSON valide ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise BackupError(f"{source} n'est pas une sauvegarde Greffier (« greffier store export »)")
    if document.get("version") != EXPORT_VERSION:
        raise BackupError(f"{source} : version de sauvegarde {document.get('version')!r} inconnue")
    tables = document.get("tables")
    valid = isinstance(tables, dict) and all(
        isinstance(docs, dict) and all(key.isdigit() and isinstance(doc, dict) for key, doc in docs.items())
        for docs in tables.values()
    )
    if not valid:
        raise BackupError(f"{source} : la section « tables » est malformée")
    meta = tables.get(META_TABLE, {}).get("1", {})
    if int(meta.get("schema", 0)) > SCHEMA_VERSION:
        raise SchemaTooNewError(int(meta["schema"]))
    return tables


def import_store(source: Path, directory: Path) -> StoreReport:
    """Load an export into an empty store directory (every record checked first)."""
    tables = _load_export(source)
    refusal = invalid_records(tables, str(source))
    if refusal:
        raise BackupError(refusal)
    directory.mkdir(parents=True, exist_ok=True)
    snapshot, journal = store_paths(directory)
    lock = StoreLock(snapshot)
    lock.acquire()
    try:
        existing, scan = read_consistent(directory)
        for record in scan.records:
            apply_record(existing, record)
        if any(name != META_TABLE and docs for name, docs in existing.items()):
            raise BackupError(f"{directory} contient déjà des données : importez dans un dossier vide")
        replace_state(snapshot, journal, json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    finally:
        lock.release()
    return StoreReport(directory, _counts(tables))


def check_store(directory: Path) -> StoreReport:
    """Read everything and report; changes nothing. Damage raises StoreCorruptError."""
    if not has_store(directory):
        raise BackupError(f"pas de données Greffier dans {directory}")
    tables, scan = read_consistent(directory)
    for record in scan.records:
        apply_record(tables, record)
    report = StoreReport(directory, _counts(tables), len(scan.records), scan.torn_lines)
    report.damaged_lines = scan.damaged_lines
    report.invalid = validate_tables(tables)  # what Store.open would refuse
    return report


def _backup(directory: Path, files: list[Path]) -> Path:
    aside = directory / f"damaged-{time.strftime('%Y%m%dT%H%M%S')}"
    aside.mkdir()
    for path in files:
        if path.exists():
            shutil.copy2(path, aside / path.name)
            with open(aside / path.name, "rb") as handle:
                os.fsync(handle.fileno())
    fsync_dir(aside)
    fsync_dir(directory)
    return aside


class NothingToRecoverError(BackupError):
    """Recovering would leave an empty store: refused unless accepted."""


def recover_store(directory: Path, accept_empty: bool = False) -> StoreReport:
    """Keep every valid record; copy the damaged files aside first.

    A healthy store is left alone (`report.backup` is None). Recovering
    nothing at all (an empty or truncated snapshot, no journal) raises
    `NothingToRecoverError` unless `accept_empty`: starting empty would
    look like a working bot that forgot everything."""
    snapshot, journal = store_paths(directory)
    if not has_store(directory):
        raise BackupError(f"pas de données Greffier dans {directory}")
    lock = StoreLock(snapshot)
    lock.acquire()
    try:
        report = StoreReport(directory)
        try:
            tables = read_snapshot(snapshot)
        except StoreCorruptError as error:
            # Nothing in a damaged snapshot can be trusted; the journal may
            # still hold the writes made since the last compaction.
            tables, report.snapshot_damaged = {}, error.reason
        scan = scan_journal(journal.read_bytes() if journal.exists() else b"")
        for record in scan.records:
            apply_record(tables, record)
        report.tables, report.journal_records = _counts(tables), len(scan.records)
        report.damaged_lines, report.torn_lines = scan.damaged_lines, scan.torn_lines
        report.invalid = validate_tables(tables)
        if report.healthy:
            return report
        # Set aside (with the reason) in the damaged-… folder, kept out of the store.
        removed: dict[str, dict[str, Any]] = {}
        for bad in report.invalid:
            removed.setdefault(bad.table, {})[bad.doc_id] = {"raison": bad.reason, "enregistrement": tables[bad.table].pop(bad.doc_id)}
        report.tables = _counts(tables)
        if report.empty and not accept_empty:
            raise NothingToRecoverError(
                f"rien de valide à reprendre dans {directory} ; rien n'a été modifié. "
                "Restaurez une sauvegarde (« greffier store import »), ou relancez avec --accept-empty "
                "pour repartir d'un stockage vide"
            )
        report.backup = _backup(directory, [snapshot, journal])
        if removed:
            atomic_write(report.backup / INVALID_FILENAME, json.dumps(removed, ensure_ascii=False, indent=1).encode("utf-8"))
        replace_state(snapshot, journal, json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        return report
    finally:
        lock.release()
