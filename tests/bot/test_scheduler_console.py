"""The console shows reminders as they come due, without any input.

Each test starts the real CLI in a subprocess with stdin left open and
reads its output with a bounded wait.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WAIT = 15.0  # seconds; the reminders below are due within about 3


async def _console(*args: str, stdin_text: str | None = None) -> asyncio.subprocess.Process:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "console", *args,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        cwd=ROOT, env=env,
    )


async def _read_until(proc: asyncio.subprocess.Process, needle: str) -> str:
    """Output up to the first line containing `needle` (fails after WAIT)."""
    assert proc.stdout is not None
    seen: list[str] = []

    async def scan() -> None:
        while True:
            line = await proc.stdout.readline()  # type: ignore[union-attr]
            if not line:
                raise AssertionError("console ended before: " + needle + "\n" + "".join(seen))
            seen.append(line.decode())
            if needle in seen[-1]:
                return

    await asyncio.wait_for(scan(), WAIT)
    return "".join(seen)


async def _finish(proc: asyncio.subprocess.Process) -> str:
    assert proc.stdin is not None
    proc.stdin.close()
    out, err = await asyncio.wait_for(proc.communicate(), WAIT)
    assert proc.returncode == 0, err.decode()
    return out.decode()


async def test_reminder_prints_when_due_without_input(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    # First session (Monday 10h00) seeds the demo: next meeting Thursday 26 at 09h00.
    first = await _console("--demo", "--data", data, "--now", "2026-11-23T10:00")
    await _finish(first)
    # Back on Thursday three seconds before the 2h reminder; stdin stays open.
    proc = await _console("--demo", "--data", data, "--now", "2026-11-26T06:59:57")
    try:
        shown = await _read_until(proc, "dans 2 heures")
    finally:
        rest = await _finish(proc)
    assert "📣 Rappel — séance n°3 — jeudi 26 novembre 2026, 09h00–11h30" in shown
    # The 1j reminder (Wednesday 09h00) passed 22 hours ago, beyond the grace window.
    assert "Demain" not in shown + rest


async def test_speed_runs_days_of_reminders_in_seconds(tmp_path: Path) -> None:
    proc = await _console("--demo", "--data", str(tmp_path / "data"), "--now", "2026-11-23T10:00", "--speed", "100000")
    try:
        shown = await _read_until(proc, "dans 2 heures")
    finally:
        await _finish(proc)
    day, hours = shown.index("Demain"), shown.index("dans 2 heures")
    assert day < hours
    assert shown.count("📣 Rappel — séance n°3") == 2
