"""kill -9 during a stream of acknowledged writes: nothing acknowledged is lost.

A writer process opens a store (compacting every few writes, so that kills
also land inside compaction), applies a fixed sequence of operations through
the store's public methods, and prints each operation's number once the call
has returned (the acknowledgement a user would see). It is killed with
SIGKILL, either after a random delay or at the n-th call of a chosen system
call on the write path (pwrite, fdatasync, fsync, rename, truncate; for
pwrite, after writing only part of the line). On reopen the store must hold exactly the
operations acknowledged, plus at most the one in flight, whole.
"""

from __future__ import annotations

import dataclasses
import inspect
import random
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("_meta", "members", "decisions", "state", "events")
TRIALS_PER_POINT = 30  # seven kinds of kill point: 210 trials


def apply_op(store: Store, i: int) -> None:
    """Operation number `i` of the fixed sequence (same in writer and checker)."""
    at = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    group = store.group(f"g{i % 3}")
    kind = i % 10
    if kind < 5:
        group.add_decision(f"Décision n°{i} : budget « {i} »", date(2026, 11, 23), None, "Ann", "u1", at, origin=f"op-{i}")
    elif kind == 5:
        group.add_member(f"Membre {i}", "Mairie", origin=f"op-{i}")
    elif kind == 6:
        first = group.decision(1)
        if first is not None:
            group.save_decision(dataclasses.replace(first, text=f"Amendée à l'étape {i}"))
    elif kind == 7:
        members = group.members()
        if members:
            group.remove_member(members[0].number)
    elif kind == 8:
        store.set_state("progress", {"op": i, "groups": [f"g{n}" for n in range(i % 4)]})
    else:
        store.mark_event_done(f"event-{i}", at)


WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date, datetime, timezone
    import dataclasses
    from pathlib import Path
    from storage.store import Store

    directory, point, nth = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    calls = 0

    def die_at(name):
        real = getattr(os, name)
        def hooked(*args):
            global calls
            calls += 1
            if calls == nth:
                if name == "pwrite" and len(args[1]) > 1:
                    real(args[0], args[1][: len(args[1]) // 2], args[2])  # a torn line
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args)
        setattr(os, name, hooked)

    if point != "timer":
        die_at(point)
    store = Store.open(directory, compact_bytes=3000)
    print("ready", flush=True)
    """
) + textwrap.dedent(inspect.getsource(apply_op)) + textwrap.dedent(
    """
    for i in range(5000):  # far more than any trial lets it reach
        apply_op(store, i)
        print(i, flush=True)
    """
)


def dump(store: Store) -> dict[str, Any]:
    return {name: {d.doc_id: dict(d) for d in store.table(name).all()} for name in TABLES}


def expected_states(counts: set[int]) -> dict[int, dict[str, Any]]:
    """The store's content after each number of operations in `counts`."""
    model, states = Store.memory(), {}
    for i in range(max(counts) + 1):
        if i in counts:
            states[i] = dump(model)
        apply_op(model, i)
    return states


def run_trial(directory: Path, point: str, nth: int, delay: float) -> tuple[int, bool]:
    """Run the writer until it is killed; return (operations acknowledged, killed?)."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(directory), point, str(nth)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert writer.stdout is not None
    # One reader of one pipe: the acknowledgements must all be counted.
    first = writer.stdout.readline()
    if point == "timer":
        time.sleep(delay)  # after "ready": kill among the writes, not the imports
        writer.send_signal(signal.SIGKILL)
    out = first + writer.stdout.read()
    writer.wait(timeout=60)
    writer.stdout.close()
    acked = [line for line in out.splitlines() if line.strip().isdigit()]
    assert writer.returncode in (0, -signal.SIGKILL), out
    return len(acked), writer.returncode == -signal.SIGKILL


def test_kill_9_at_random_points_loses_no_acknowledged_write(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    # os.pwrite and os.fdatasync are called by every write; os.fsync,
    # os.replace and os.ftruncate by compaction (and the torn-tail cut on reopen).
    points = ["timer", "timer", "pwrite", "fdatasync", "fsync", "replace", "ftruncate"]
    trials = [
        (tmp_path / f"trial{n}", point, rng.randint(1, 400 if point in ("pwrite", "fdatasync") else 7 if point != "fsync" else 20), rng.uniform(0.0, 0.25))
        for n, point in enumerate(points * TRIALS_PER_POINT)
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda t: run_trial(*t), trials))

    models = expected_states({count for acked, _ in results for count in (acked, acked + 1)})
    killed = 0
    for (directory, point, nth, _), (acked, was_killed) in zip(trials, results, strict=True):
        killed += was_killed
        store = Store.open(directory)
        try:
            state = dump(store)
        finally:
            store.close()
        assert state in (models[acked], models[acked + 1]), (point, nth, acked)
        # Reopened after the check's own clean close: still the same state.
        again = Store.open(directory)
        assert dump(again) == state
        again.close()
    assert len(trials) >= 200
    assert killed == len(trials)  # every trial really ended in SIGKILL
