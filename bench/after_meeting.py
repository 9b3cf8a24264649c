"""After-meeting benchmark: `python bench/after_meeting.py` prints one table
(figures, not a test).

A large group — 1,000 members, 10,000 decisions, 2,000 tasks, 150 one-off
meetings plus a weekly series, attendance of 300 people at its last
meeting — in an in-memory store, then through the real router:
`/compte_rendu` (a meeting with 300 present, 500 decisions and 500 tasks),
`/calendrier` (the whole .ics), `/taches en retard`, and `build_calendar`
alone; plus the .docx rendering of the same minutes.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fixtures import START  # noqa: E402
from bot.config import parse_config  # noqa: E402
from handlers.calendar_ics import build_calendar  # noqa: E402
from handlers.commands import default_commands  # noqa: E402
from handlers.messages import Message  # noqa: E402
from handlers.minutes import build_minutes  # noqa: E402
from handlers.minutes_docx import render_docx  # noqa: E402
from handlers.router import Router  # noqa: E402
from storage.attendance import update_attendance  # noqa: E402
from storage.store import Store  # noqa: E402

__all__ = ["main"]

CONFIG = parse_config({"groups": [{"slug": "big", "name": "Grand groupe", "timezone": "Europe/Zurich",
                                   "coordinators": ["console:bench"]}]})


def fill(store: Store) -> int:
    """The large group; returns the number of the meeting the minutes are about."""
    data = store.group("big")
    for n in range(1000):
        data.add_member(f"Membre {n:04d}", f"Organisation {n % 40}", "membre", {"telegram": str(100000 + n)})
    last = None
    for n in range(150):
        start = START + timedelta(days=3 * n - 300, hours=-1)
        last = data.add_meeting(start, start + timedelta(hours=2), "Salle du conseil")
    assert last is not None
    data.add_meeting(START + timedelta(days=2), START + timedelta(days=2, hours=2), "Visio", recurrence="weekly:1")
    held = data.meetings()[-3]  # a past one-off meeting
    for n in range(10_000):
        meeting = held.number if n % 20 == 0 else None
        data.add_decision(f"Décision {n} sur le budget", START.date(), meeting, "Bench", "console:bench", START)
    for n in range(2000):
        meeting = held.number if n % 4 == 0 else None
        data.add_task(f"Tâche {n}", (n % 1000) + 1, (START + timedelta(days=n % 90 - 30)).date(), meeting,
                      created_on=held.start.date())
    update_attendance(store, "big", str(held.number), lambda a: a.mark(list(range(1, 301)), "present"))
    return held.number


def timed(action: Callable[[], object], count: int) -> tuple[float, float]:
    samples = []
    for _ in range(count):
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    ordered = sorted(samples)
    return statistics.median(ordered) * 1e3, ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))] * 1e3


def main() -> None:
    store = Store.memory()
    began = time.perf_counter()
    held = fill(store)
    filled = time.perf_counter() - began
    router = Router(store, CONFIG.groups, default_commands(), lambda: START)

    def say(text: str) -> object:
        reply = router.handle(Message("console", "big", "bench", "Bench", text, START, private=True, addressed=True))
        assert reply is not None
        return reply

    group = CONFIG.groups[0]
    meeting = store.group("big").meeting(held)
    assert meeting is not None
    minutes = build_minutes(store, group, meeting, START)
    ics = build_calendar(store, group, START)
    rows = [
        (f"/compte_rendu {held} (300 présents, {len(minutes.decisions)} décisions, {len(minutes.tasks)} tâches)",
         timed(lambda: say(f"/compte_rendu {held}"), 20)),
        (f"/calendrier ({ics.count(b'BEGIN:VEVENT')} événements, {len(ics) // 1024} Kio ; gardé jusqu'au prochain changement)",
         timed(lambda: say("/calendrier"), 20)),
        ("build_calendar seul", timed(lambda: build_calendar(store, group, START), 20)),
        ("compte rendu .docx (render_docx)", timed(lambda: render_docx(minutes), 10)),
        ("/taches en retard", timed(lambda: say("/taches en retard"), 20)),
    ]
    print(f"Grand groupe : 1 000 membres, 10 000 décisions, 2 000 tâches, 151 séances (rempli en {filled:.1f} s)")
    print(f"{'opération':<78} {'médiane ms':>11} {'p99 ms':>9}")
    for label, (median, p99) in rows:
        print(f"{label:<78} {median:>11.1f} {p99:>9.1f}")


if __name__ == "__main__":
    main()
