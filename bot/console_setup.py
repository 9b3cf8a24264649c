"""Where a console session keeps its data, and what it warns about first.

- A demo without `--data` works in a temporary folder, removed at exit.
- `--scratch` works on a temporary copy of the group's data (taken through
  `store export`, so even a store in use is copied consistently): try
  commands on the real directory without touching it or announcing
  anything to the group's chats. The copy is removed at exit.
- Otherwise, a group with chats bound on other platforms is warned that
  the meetings planned, moved or cancelled here will be announced there
  when the bot next runs: the console shares their data and notice log.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from bot.config import GroupConfig
from storage.backup import BackupError, export_store, import_store
from storage.store import STORE_FILENAME, Store

__all__ = ["PLATFORM_NAMES", "bound_elsewhere", "session_data", "warning_lines"]

PLATFORM_NAMES = {"telegram": "Telegram", "matrix": "Matrix"}


@contextlib.contextmanager
def session_data(source: Path | None, scratch: bool) -> Iterator[Path]:
    """The data folder of a console session.

    `source` None: a fresh temporary folder (the demo). With `scratch`, a
    temporary copy of `source`. Both are removed when the session ends;
    otherwise `source` itself, kept."""
    if source is not None and not scratch:
        yield source
        return
    folder = Path(tempfile.mkdtemp(prefix="greffier-scratch-" if scratch else "greffier-demo-"))
    try:
        data = folder / "data"
        if source is not None and (source / STORE_FILENAME).exists():
            copy = folder / "copie.json"
            try:
                export_store(source, copy)
                import_store(copy, data)
            except (BackupError, OSError) as error:
                raise BackupError(f"--scratch : copie de {source} impossible ({error})") from None
            copy.unlink()
        yield data
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _within(window: timedelta) -> str:
    """`dans les 2 heures qui suivent`: a window as a sentence says it."""
    minutes = int(window.total_seconds() // 60)
    if minutes == 60:
        return "dans l'heure qui suit"
    if minutes % 60 == 0 and minutes:
        return f"dans les {minutes // 60} heures qui suivent"
    return f"dans les {minutes} minutes qui suivent"


def bound_elsewhere(group: GroupConfig, store: Store) -> dict[str, int]:
    """How many chats the group has on each platform other than the console."""
    chats = {(p, c) for p, ids in group.chats.items() for c in ids} | set(store.bindings(group.slug))
    counts: dict[str, int] = {}
    for platform, _ in sorted(chats):
        if platform != "console":
            counts[platform] = counts.get(platform, 0) + 1
    return counts


def warning_lines(group: GroupConfig, store: Store, window: timedelta) -> list[str]:
    """The banner's warning when changes made here reach real chats;
    `window` is how late an announcement may still go out."""
    counts = bound_elsewhere(group, store)
    if not counts:
        return []
    where = " et ".join(
        f"{n} discussion{'s' if n > 1 else ''} {PLATFORM_NAMES.get(p, p)}" for p, n in counts.items()
    )
    return [
        f"Attention : ce groupe a {where}. Les séances que vous planifiez, déplacez ou annulez ici "
        f"y seront annoncées si le bot démarre {_within(window)}.",
        "Pour essayer sans rien annoncer : relancez avec --scratch (copie temporaire des données).",
    ]
