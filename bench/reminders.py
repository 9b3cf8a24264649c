"""Reminders benchmark: `python bench/reminders.py` prints one table
(figures, not a test).

200 groups with one meeting and one chat each, on the disk store (journal,
fdatasync per write): deriving every group's jobs (`Scheduler._plan`, what
start-up and each change do), then the scan at the instant when all 200
one-day reminders come due: each checked against the notice log, claimed,
sent (to a send function that only counts) and confirmed.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fixtures import START  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.config import parse_config  # noqa: E402
from bot.scheduler.core import Scheduler  # noqa: E402
from handlers.messages import Reply  # noqa: E402
from storage.store import Store  # noqa: E402

__all__ = ["main"]

MEETING = START + timedelta(days=10)  # every group meets at the same instant
DUE = MEETING - timedelta(days=1)  # when the 200 one-day reminders come due


def _config(groups: int) -> dict[str, object]:
    return {"groups": [{"slug": f"g{g}", "name": f"Groupe {g}", "timezone": "Europe/Zurich", "locale": "fr_CH",
                        "coordinators": ["telegram:42"], "chats": {"telegram": [f"-100{g}"]}} for g in range(groups)]}


async def _scan(scheduler: Scheduler) -> tuple[float, int]:
    begin = time.perf_counter()
    outcome = await scheduler.run_due(None)
    return time.perf_counter() - begin, outcome.count("sent")


def run(directory: Path, groups: int, rounds: int) -> dict[str, float]:
    config = parse_config(_config(groups))
    store = Store.open(directory)
    for g in range(groups):
        store.bind_chat("telegram", f"-100{g}", f"g{g}")
        store.group(f"g{g}").add_meeting(MEETING, MEETING + timedelta(hours=2), "Salle du conseil")
    clock = ManualClock(START)
    sent: list[str] = []

    async def send(slug: str, platform: str, chat: str, reply: Reply) -> bool:
        sent.append(chat)
        return True

    scheduler = Scheduler(store, clock, config.groups, lambda slug: [("telegram", f"-100{slug[1:]}")], send)
    derive = []
    for _ in range(max(2, rounds)):
        begin = time.perf_counter()
        planned = sum(len(scheduler._plan(slug)) for slug in scheduler.groups)
        derive.append(time.perf_counter() - begin)
    # The seven-day reminders first, untimed, so the timed scan holds only the 200 due.
    clock.set(MEETING - timedelta(days=7))
    asyncio.run(_scan(scheduler))
    sent.clear()
    clock.set(DUE)
    seconds, count = asyncio.run(_scan(scheduler))
    # Every reminder went out once, and a second scan owes nothing.
    assert count == groups == len(sent), (count, len(sent))
    again, count_again = asyncio.run(_scan(scheduler))
    assert count_again == 0
    store.close()
    # The first derivation records when each reminder was first seen (durable
    # writes); the later ones, as after each change, only read.
    return {"planned": planned, "first_ms": derive[0] * 1e3, "derive_ms": statistics.median(derive[1:]) * 1e3, "send_s": seconds,
            "rescan_ms": again * 1e3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=6,
                        help="times every group's jobs are derived (the first, then the median of the others)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="greffier-bench-reminders-") as tmp:
        figures = run(Path(tmp), args.groups, args.rounds)
    width = 64
    print(f"{f'Reminders: {args.groups} groups, one meeting and one chat each':<{width}}{'value':>10}")
    print(f"{'reminders planned (all groups)':<{width}}{figures['planned']:>10.0f}")
    print(f"{'derive every group jobs, first time (ms)':<{width}}{figures['first_ms']:>10.1f}")
    print(f"{'derive every group jobs again, median (ms)':<{width}}{figures['derive_ms']:>10.1f}")
    print(f"{f'{args.groups} reminders due at once: checked, sent, recorded (s)':<{width}}{figures['send_s']:>10.3f}")
    print(f"{'same scan again, nothing owed (ms)':<{width}}{figures['rescan_ms']:>10.1f}")


if __name__ == "__main__":
    main()
