"""The group's memory: TinyDB store, models and fuzzy search."""

from storage.backends import StoreCorruptError, StoreLockedError
from storage.migrations import SchemaTooNewError
from storage.store import GroupStore, Store

__all__ = ["GroupStore", "SchemaTooNewError", "Store", "StoreCorruptError", "StoreLockedError"]
