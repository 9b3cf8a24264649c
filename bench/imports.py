"""Import and export benchmark: `python bench/imports.py` prints one table
(figures, not a test).

A member list of 2,000 invented people (the directory's limit): preview into
an empty group, apply (one journal record), preview again once they are all
known (exact matches), preview 2,000 other people against those 2,000 (the
fuzzy path); then the group's JSON export and a set of minutes of 2,000 lines.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from handlers.imports.members import apply_plan, plan_members  # noqa: E402
from handlers.imports.minutes import minutes_text  # noqa: E402
from handlers.imports.minutes_parse import parse_minutes  # noqa: E402
from handlers.imports.table import read_sheet  # noqa: E402
from storage.group_export import group_json  # noqa: E402
from storage.store import Store  # noqa: E402

FIRST = ("Léa", "Hugo", "Noémi", "Bruno", "Agnès", "Fatou", "Lina", "Noah", "Aurèle", "Zoé")


def member_list(tag: str, count: int = 2000) -> bytes:
    rows = ["nom;prénom;organisation;rôle;email;consentement"]
    rows += [f"{tag}{i:04d};{FIRST[i % 10]};Org {i % 40};Rôle {i % 7};p{i}@example.org;oui" for i in range(count)]
    return ("\n".join(rows) + "\n").encode()


def timed(action: Callable[[], object], runs: int = 3) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data")
        group = store.group("bench")
        known, other = read_sheet(member_list("Martin"), "a.csv"), read_sheet(member_list("Favre"), "b.csv")
        rows = [("preview, 2,000 new rows, empty group", timed(lambda: plan_members(known, group)))]
        rows.append(("apply 2,000 rows (one durable write)", timed(lambda: apply_plan(plan_members(known, group), group), runs=1)))
        rows.append(("preview, 2,000 rows all known", timed(lambda: plan_members(known, group))))
        rows.append(("preview, 2,000 other rows vs 2,000 known", timed(lambda: plan_members(other, group), runs=1)))
        rows.append(("export group JSON (2,000 members)", timed(lambda: group_json(store, "bench"))))
        minutes = ("Séance du 2 octobre 2026\nParticipants :\n" + "· Asso : Lou Bel / Max Roth\n" * 1000
                   + "\n" + "Discussion du point, sans nom propre.\n" * 1000).encode()
        rows.append(("read 2,000 lines of minutes", timed(lambda: parse_minutes(minutes_text(minutes, "cr.txt"), ZoneInfo("Europe/Zurich")))))
        store.close()
    width = max(len(label) for label, _ in rows)
    print(f"| {'operation'.ljust(width)} | median (ms) |")
    print(f"| {'-' * width} | ----------- |")
    for label, ms in rows:
        print(f"| {label.ljust(width)} | {ms:11.1f} |")


if __name__ == "__main__":
    main()
