"""Storage benchmark: `python bench/run.py` prints one table (figures, not a test).

1. Durable write of one decision document at 100 / 10,000 / 100,000 stored
   decisions, same operation on three stores: Greffier's journal store,
   TinyDB's default JSONStorage (whole file rewritten and fsynced), SQLite
   in WAL mode with synchronous=FULL (one INSERT per transaction). Plus
   `/decision`'s store call end to end (GroupStore.add_decision).
2. Commands read through the real router (/membre, /decisions <recherche>,
   /prochaine_seance, /agenda) in a group of 1,000 members and 10,000
   decisions, in a deployment of 100 groups.
3. Start-up: opening 100 groups × 1,000 decisions, in a fresh process, from
   the snapshot (after a clean stop) and from the journal alone (after a
   crash); peak resident memory of that process; the part of it spent
   validating every record (storage/validation.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tinydb import Query, TinyDB  # noqa: E402

from bench.fixtures import START, decision_doc, deployment, write_snapshot  # noqa: E402
from bot.config import parse_config  # noqa: E402
from handlers.commands import default_commands  # noqa: E402
from handlers.messages import Message  # noqa: E402
from handlers.router import Router  # noqa: E402
from storage.journal import encode_record  # noqa: E402
from storage.store import STORE_FILENAME, Store  # noqa: E402
from storage.validation import validate_tables  # noqa: E402

__all__ = ["main"]

SIZES = (100, 10_000, 100_000)
PER_GROUP = 1_000  # decisions per group when filling a deployment


def percentiles(samples: list[float]) -> tuple[float, float]:
    """(median, p99) in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1e3, p99 * 1e3


def timed(action: Callable[[int], object], count: int) -> list[float]:
    samples = []
    for i in range(count):
        begin = time.perf_counter()
        action(i)
        samples.append(time.perf_counter() - begin)
    return samples


def decisions_only(size: int) -> dict[str, dict[str, dict[str, object]]]:
    groups = max(1, size // PER_GROUP)
    return deployment(groups, members=0, decisions=min(size, PER_GROUP), meetings=0, deadlines=0)


def open_greffier(directory: Path, size: int) -> Store:
    write_snapshot(directory, decisions_only(size))
    store = Store.open(directory)
    for g in range(max(1, size // PER_GROUP)):  # a running bot has read each group once
        store.group(f"g{g}").decisions()
    return store


def open_sqlite(directory: Path, size: int) -> sqlite3.Connection:
    directory.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(directory / "bench.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE decisions (id INTEGER PRIMARY KEY, grp TEXT NOT NULL, doc TEXT NOT NULL)")
    db.execute("CREATE INDEX decisions_grp ON decisions (grp)")
    rows = decisions_only(size)["decisions"].values()
    db.execute("BEGIN")
    db.executemany("INSERT INTO decisions (grp, doc) VALUES (?, ?)", ((d["group"], json.dumps(d)) for d in rows))
    db.execute("COMMIT")
    return db


def write_round_robin(base: Path, sizes: tuple[int, ...], count: int) -> tuple[dict[int, dict[str, list[float]]], dict[int, float]]:
    """Greffier insert, Greffier /decision and SQLite insert at every size,
    taken in turns, so that all of them see the same disk and the same
    neighbours: a shared machine's disk drifts over minutes, and measuring
    one size after the other put that drift into the ratios."""
    stores = {size: open_greffier(base / f"g{size}", size) for size in sizes}
    dbs = {size: open_sqlite(base / f"s{size}", size) for size in sizes}
    samples: dict[int, dict[str, list[float]]] = {size: {"greffier": [], "e2e": [], "sqlite": []} for size in sizes}
    os.sync()
    for i in range(count):
        for size in sizes:
            store, db = stores[size], dbs[size]
            group = f"g{i % max(1, size // PER_GROUP)}"
            doc = decision_doc(group, 50_000 + i)
            for key, action in (
                ("greffier", lambda: store.table("decisions").insert(doc)),
                ("e2e", lambda: store.group(group).add_decision(
                    f"Décision {i} sur le budget", START.date(), None, "Claire Dubois", "telegram:42", START,
                    origin=f"bench-{i}")),
                ("sqlite", lambda: db.execute(
                    "INSERT INTO decisions (grp, doc) VALUES (?, ?)",
                    (doc["group"], json.dumps(doc, ensure_ascii=False)))),
            ):
                begin = time.perf_counter()
                action()
                samples[size][key].append(time.perf_counter() - begin)
    # Compaction (rewriting the snapshot) runs once the journal outgrows it:
    # its cost, spread over that many writes, is the amortised extra per write.
    compactions = {size: timed(lambda _: stores[size].table("decisions").storage.compact(), 1)[0] for size in sizes}
    for size in sizes:
        stores[size].close()
        dbs[size].close()
    return samples, compactions


def write_tinydb(directory: Path, size: int, count: int) -> list[float]:
    path = write_snapshot(directory, decisions_only(size))
    db = TinyDB(path)  # TinyDB's default JSONStorage: rewrite + fsync per write
    table = db.table("decisions")
    groups = max(1, size // PER_GROUP)
    os.sync()
    samples = timed(lambda i: table.insert(decision_doc(f"g{i % groups}", 50_000 + i)), count)
    db.close()
    return samples


CONFIG = {"groups": [{"slug": "g0", "name": "Réseau des communes", "timezone": "Europe/Zurich", "locale": "fr_CH",
                      "coordinators": ["telegram:42"], "chats": {"telegram": ["-1001"]}}]}
READS = ("/membre Claire Dubois 10", "/decisions subvention 2023", "/prochaine_seance", "/agenda")


def reads(directory: Path, count: int) -> dict[str, tuple[float, float]]:
    tables = deployment(100, members=100, decisions=PER_GROUP,
                        big={"members": 1_000, "decisions": 10_000, "meetings": 300, "deadlines": 200})
    write_snapshot(directory, tables)
    store = Store.open(directory)
    store.bind_chat("telegram", "chat-1", "g0")
    config = parse_config(CONFIG)
    router = Router(store, config.groups, default_commands(), lambda: START)
    results = {}
    group, decisions = store.group("g0"), store.table("decisions")
    in_group = Query().group == "g0"
    # The store calls behind the commands: the engine's own share first.
    for label, call in (
        ("engine: search(group == g0), 10,000 docs", lambda: decisions.search(in_group)),
        ("GroupStore.decisions() (10,000 models)", group.decisions),
        ("GroupStore.members() (1,000 models)", group.members),
        ("GroupStore.meetings() (300 models)", group.meetings),
    ):
        call()
        results[label] = percentiles(timed(lambda _: call(), count))
    for text in READS:
        message = Message("telegram", "chat-1", "42", "Claire Dubois", text, START)
        reply = router.handle(message)
        assert reply is not None and "Pas de" not in reply.plain()[:30], (text, reply and reply.plain()[:200])
        results[text.split()[0]] = percentiles(timed(lambda _: router.handle(message), count))
    store.close()
    return results


def startup_child(directory: str) -> None:
    """Run in a fresh process: open the store, print seconds and peak RSS."""
    begin = time.perf_counter()
    store = Store.open(Path(directory))
    opened = time.perf_counter() - begin
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    count = len(store.table("decisions"))
    # The share of the opening spent validating every record (done once, in open).
    begin = time.perf_counter()
    validate_tables(store._db.storage.tables)
    validation = time.perf_counter() - begin
    print(json.dumps({"seconds": opened, "rss_mb": rss_mb, "decisions": count, "validation": validation}))
    # No close: closing would compact, and the journal case must stay a journal.


def startup(directory: Path) -> dict[str, dict[str, float]]:
    tables = deployment(100, members=100, decisions=PER_GROUP)
    snap, journal = directory / "snapshot", directory / "journal"
    write_snapshot(snap, tables)
    journal.mkdir(parents=True)
    with open(journal / (STORE_FILENAME + ".journal"), "wb") as handle:
        for name, rows in tables.items():
            for key, doc in rows.items():
                handle.write(encode_record({"t": name, "set": {key: doc}}))
    results = {}
    for label, where in (("snapshot", snap), ("journal", journal)):
        out = subprocess.run([sys.executable, __file__, "--startup-child", str(where)], capture_output=True, text=True, check=True)
        results[label] = json.loads(out.stdout)
    return results


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=500, help="writes timed per size (Greffier, SQLite)")
    parser.add_argument("--reads", type=int, default=100, help="runs timed per command")
    parser.add_argument("--startup-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.startup_child:
        startup_child(args.startup_child)
        return
    print(f"Machine: {machine()}\n")
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="greffier-bench-") as tmp:
        base = Path(tmp)
        writes: dict[str, dict[int, tuple[float, float]]] = {"greffier": {}, "e2e": {}, "tinydb": {}, "sqlite": {}}
        samples, compactions = write_round_robin(base, SIZES, args.writes)
        for size in SIZES:
            for key, values in samples[size].items():
                writes[key][size] = percentiles(values)
            tiny_count = {100: 100, 10_000: 30, 100_000: 8}[size]
            writes["tinydb"][size] = percentiles(write_tinydb(base / f"t{size}", size, tiny_count))
        labels = {"greffier": "Greffier journal store, insert", "e2e": "Greffier /decision (add_decision)",
                  "tinydb": "TinyDB JSONStorage, insert", "sqlite": "SQLite WAL sync=FULL, insert"}
        for key, label in labels.items():
            for size in SIZES:
                median, p99 = writes[key][size]
                rows.append((f"{label} @ {size:,}", f"{median:.3f}", f"{p99:.3f}"))
        g, t, s = writes["greffier"], writes["tinydb"], writes["sqlite"]
        ratios = [
            ("Greffier median @10k / @100", g[10_000][0] / g[100][0]),
            ("Greffier median @100k / @100", g[100_000][0] / g[100][0]),
            ("/decision median @10k / @100", writes["e2e"][10_000][0] / writes["e2e"][100][0]),
            ("/decision median @100k / @100", writes["e2e"][100_000][0] / writes["e2e"][100][0]),
            ("TinyDB / Greffier median @10k", t[10_000][0] / g[10_000][0]),
            ("TinyDB / Greffier median @100k", t[100_000][0] / g[100_000][0]),
            ("SQLite / Greffier median @10k", s[10_000][0] / g[10_000][0]),
            ("SQLite / Greffier median @100k", s[100_000][0] / g[100_000][0]),
        ]
        read = reads(base / "reads", args.reads)
        start = startup(base / "startup")
    width = max(len(r[0]) for r in rows) + 2
    print(f"{'Durable write (ms)':<{width}}{'median':>10}{'p99':>10}")
    for name, median, p99 in rows:
        print(f"{name:<{width}}{median:>10}{p99:>10}")
    for size, seconds in compactions.items():
        print(f"{'Greffier compaction (snapshot rewrite) @ ' + format(size, ','):<{width}}{seconds * 1e3:>10.1f}")
    print(f"\n{'Ratio':<{width}}{'':>10}")
    for name, value in ratios:
        print(f"{name:<{width}}{value:>10.2f}")
    print(f"\n{'Reads: group of 1,000 members / 10,000 decisions, 100 groups (ms)':<{width}}{'median':>10}{'p99':>10}")
    for name, (median, p99) in read.items():
        print(f"{name:<{width}}{median:>10.2f}{p99:>10.2f}")
    print(f"\n{'Start-up, 100 groups x 1,000 decisions':<{width}}{'seconds':>10}{'RSS MB':>10}")
    for label, figures in start.items():
        print(f"{'open from ' + label:<{width}}{figures['seconds']:>10.3f}{figures['rss_mb']:>10.0f}")
    print(f"{'  of which validating every record':<{width}}{start['snapshot']['validation']:>10.3f}")


if __name__ == "__main__":
    main()
