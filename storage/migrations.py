"""Schema version and numbered migrations, applied when a store opens.

Each migration takes the TinyDB database at version N-1 and leaves it at
version N. A store written by a newer Greffier (a higher version than we
know) is refused rather than half-understood.
"""

from __future__ import annotations

from collections.abc import Callable

from tinydb import TinyDB

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "SchemaTooNewError", "migrate"]

META_TABLE = "_meta"


class SchemaTooNewError(Exception):
    def __init__(self, found: int) -> None:
        super().__init__(
            f"ces données sont au schéma {found}, plus récent que celui que cette version "
            f"de Greffier connaît ({SCHEMA_VERSION}) : mettez Greffier à jour"
        )
        self.found = found


def _v1_initial(db: TinyDB) -> None:
    """Version 1: the initial tables; nothing to transform."""


# MIGRATIONS[i] brings a store from version i to version i + 1.
MIGRATIONS: tuple[Callable[[TinyDB], None], ...] = (_v1_initial,)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(db: TinyDB) -> int:
    meta = db.table(META_TABLE).get(doc_id=1)
    return int(meta["schema"]) if meta else 0


def migrate(db: TinyDB) -> int:
    """Apply pending migrations; return the version the store is now at."""
    version = current_version(db)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(version)
    meta = db.table(META_TABLE)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[target - 1](db)
        if meta.contains(doc_id=1):
            meta.update({"schema": target}, doc_ids=[1])
        else:
            meta.insert({"schema": target})
    return SCHEMA_VERSION
