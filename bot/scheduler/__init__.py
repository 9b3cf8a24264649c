"""The scheduler: reminders and announcements, sent exactly once.

`core` (the `Scheduler`: wake-ups, catch-up, retries), `plan` (what is owed
when, as pure functions of the store), `tasks` (the reminders of dated tasks) and `pacing` (per-platform send rates).
"""

from bot.scheduler.core import DEFAULT_ANNOUNCE_GRACE, DEFAULT_GRACE, SENDING, Outcome, Scheduler, SendFn

__all__ = ["DEFAULT_ANNOUNCE_GRACE", "DEFAULT_GRACE", "SENDING", "Outcome", "Scheduler", "SendFn"]
