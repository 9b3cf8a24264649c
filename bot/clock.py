"""Clocks: the real one, one that starts at a chosen instant, one tests move.

Everything that asks the time takes a clock, so demos can start on a chosen
day (`--now`), run faster (`--speed`), and tests never sleep.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol

__all__ = ["Clock", "ManualClock", "ShiftedClock", "SystemClock"]


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class ShiftedClock:
    """Starts at `start` and runs forward `speed` times faster than real time."""

    def __init__(self, start: datetime, speed: float = 1.0) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._start = start
        self._origin = time.monotonic()
        self.speed = speed

    def now(self) -> datetime:
        elapsed = (time.monotonic() - self._origin) * self.speed
        return (self._start + timedelta(seconds=elapsed)).astimezone(timezone.utc)

    def real_seconds_until(self, moment: datetime) -> float:
        """How long to really wait until the clock shows `moment`."""
        return max(0.0, (moment - self.now()).total_seconds() / self.speed)


class ManualClock:
    """A clock that moves only when told to (tests)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._now = start.astimezone(timezone.utc)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, moment: datetime) -> None:
        self._now = moment.astimezone(timezone.utc)
