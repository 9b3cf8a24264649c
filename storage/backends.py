"""Files under the store: the process lock, atomic replacement, and errors.

`atomic_write` writes a temporary file, fsyncs it, renames it over the old
one and fsyncs the directory: after a crash the file holds either the old
or the new content, whole. The journal engine (storage/journal.py) uses it
for snapshots; `StoreLock` keeps a second process off the same store.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

__all__ = ["StoreCorruptError", "StoreInvalidError", "StoreLock", "StoreLockedError", "atomic_write", "fsync_dir"]


class StoreCorruptError(Exception):
    """The store file exists but cannot be read; it is left untouched."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"le fichier de données {path} est illisible ({reason}) ; il n'a pas été modifié. "
            "Bot arrêté, « greffier store recover » garde ce qui est valide"
        )
        self.path = path
        self.reason = reason


class StoreInvalidError(StoreCorruptError):
    """The store reads, but holds records the code cannot use (see storage/validation.py)."""

    def __init__(self, path: Path, records: list[str]) -> None:
        shown = " ; ".join(records[:5]) + (f" ; et {len(records) - 5} autre(s)" if len(records) > 5 else "")
        reason = f"{len(records)} enregistrement(s) invalide(s) : {shown}"
        Exception.__init__(
            self,
            f"les données {path} contiennent {reason} ; rien n'a été modifié. "
            "Bot arrêté, « greffier store recover » met ces enregistrements de côté et garde le reste",
        )
        self.path = path
        self.reason = reason
        self.records = records


class StoreLockedError(Exception):
    """Another process holds the store."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"les données {path} sont déjà utilisées par un autre processus Greffier")
        self.path = path


class StoreLock:
    """An exclusive advisory lock next to the store, held for its lifetime.

    Two bots writing one file would lose each other's writes; the second
    one refuses to start instead.
    """

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreLockedError(self.path) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves old or new, whole."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)
