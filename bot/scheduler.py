"""The scheduler: reminders before meetings and deadlines, sent exactly once.

The store is the source of truth. APScheduler only holds wake-up calls
derived from it (at start-up, after each change, and periodically to move
the horizon forward); each wake-up re-reads the store and sends what is due
through the notice log (`storage.notices`), which decides, atomically,
whether a notice may go out. Hence, whatever APScheduler does with its jobs
(it drops misfired ones, removes one-shot jobs before running them), nothing
is lost: the next scan finds the reminder still owed.

Catch-up: at start-up a reminder that came due while the bot was down is
sent once, marked late, if it is at most `grace` overdue and its meeting is
still ahead; an older one is logged and recorded as skipped. A failed send
is released, retried with backoff, and never blocks other groups.

Time comes from an injected clock. APScheduler only knows real time, so
each job's run date is the real instant at which the clock will show the
reminder's time (see `ShiftedClock.real_seconds_until`): `--speed 3600`
runs a week of reminders in minutes, and tests call `run_due` directly.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta, timezone

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

from bot.clock import Clock
from bot.scheduler_pacing import NoPacing, Pacer
from bot.scheduler_plan import Reminder, reminders
from handlers.commands.reminders import deadline_reminder, meeting_reminder
from handlers.context import GroupProfile
from handlers.messages import Reply
from storage.notices import NoticeLog, notice_key
from storage.store import Store

__all__ = ["Outcome", "Scheduler", "SendFn"]

log = logging.getLogger(__name__)

# (group slug, platform, chat id, reply) -> delivered? Raising counts as not.
SendFn = Callable[[str, str, str, Reply], Awaitable[bool]]
ChatsFn = Callable[[str], Sequence[tuple[str, str]]]

DEFAULT_GRACE = timedelta(hours=6)
HORIZON = timedelta(days=35)  # jobs are planned this far ahead, refreshed at half of it
LEASE = timedelta(minutes=10)  # a claimed send not confirmed by then is taken as interrupted
RETRY_FIRST = timedelta(seconds=30)
RETRY_MAX = timedelta(minutes=30)
SEND_TIMEOUT = 60.0  # real seconds a platform may take to accept one message
KEEP_LOG = timedelta(days=60)  # notices about older instants can never be owed again


class Outcome:
    """What one scan did, for logs and tests: (reminder, platform, chat, what)."""

    def __init__(self) -> None:
        self.events: list[tuple[Reminder, str, str, str]] = []

    def add(self, reminder: Reminder, platform: str, chat: str, what: str) -> None:
        self.events.append((reminder, platform, chat, what))

    def count(self, what: str) -> int:
        return sum(1 for e in self.events if e[3] == what)


class Scheduler:
    """Derives jobs from the store and sends due reminders through the log."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        groups: Sequence[GroupProfile],
        chats: ChatsFn,
        send: SendFn,
        grace: timedelta = DEFAULT_GRACE,
        pacer: Pacer | None = None,
        lease: timedelta = LEASE,
    ) -> None:
        self.store = store
        self.clock = clock
        self.groups = {g.slug: g for g in groups}
        self.chats = chats
        self.send = send
        self.grace = grace
        self.pacer: Pacer = pacer or NoPacing()
        self.lease = lease
        self.log = NoticeLog(store)
        # Reminders due before this instant came due while we were down.
        self.up_since = clock.now()
        self._jobs: AsyncIOScheduler | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._inflight: set[str] = set()  # keys this process is sending right now
        self._failures: dict[str, tuple[int, datetime]] = {}  # key -> (attempts, next try)
        self._tasks: set[asyncio.Task[Outcome]] = set()
        self._listening = False

    # -- lifecycle -------------------------------------------------------------

    def listen(self) -> None:
        """Follow the store: re-derive a group's jobs after each change."""
        if not self._listening:
            self.store.add_listener(self._changed)
            self._listening = True

    def start(self) -> None:
        """Start APScheduler on the running loop, derive all jobs, catch up."""
        self._loop = asyncio.get_running_loop()
        self._jobs = AsyncIOScheduler(timezone=timezone.utc)
        self._jobs.start()
        self.listen()
        pruned = self.log.prune(self.clock.now() - KEEP_LOG)
        if pruned:
            log.info("scheduler: forgot %d notices about instants older than %s", pruned, KEEP_LOG)
        for slug in self.groups:
            self.rebuild(slug)
        self._spawn(None)  # catch-up scan for what came due while we were down

    async def stop(self) -> None:
        if self._jobs is not None and self._jobs.running:
            self._jobs.shutdown(wait=False)
        self._jobs = None
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=SEND_TIMEOUT)
        self._loop = None

    def _changed(self, slug: str, kind: str, number: int) -> None:
        """Store listener; may run in a worker thread, after a durable write."""
        if slug not in self.groups:
            return
        try:
            # Date the new versions now, in the writer's thread, so that even a
            # reminder already past for a moved meeting is known as never due.
            self._plan(slug)
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self.rebuild, slug)
        except Exception:
            # The write is done and acknowledged; the next scan re-derives.
            log.exception("scheduler: could not follow a change in group %s", slug)

    # -- jobs --------------------------------------------------------------------

    def _plan(self, slug: str) -> list[Reminder]:
        now = self.clock.now()
        planned = reminders(self.store, self.groups[slug], now, now + HORIZON)
        for reminder in planned:
            self.log.first_seen(reminder.version, now)
        return planned

    def _real(self, moment: datetime) -> datetime:
        """The real instant at which the clock will show `moment`."""
        until = getattr(self.clock, "real_seconds_until", None)
        seconds = until(moment) if until else max(0.0, (moment - self.clock.now()).total_seconds())
        return datetime.now(timezone.utc) + timedelta(seconds=seconds)

    def rebuild(self, slug: str) -> list[Reminder]:
        """Replace the group's jobs with ones derived from the store."""
        planned = self._plan(slug)
        if self._jobs is None:
            return planned
        for job in self._jobs.get_jobs():
            if job.id.startswith(f"{slug}|"):
                job.remove()
        now = self.clock.now()
        wakeups = {r.fire for r in planned if r.fire > now}
        wakeups |= {retry for key, (_, retry) in self._failures.items() if key.startswith(f"{slug}|")}
        wakeups.add(now + HORIZON / 2)  # refresh: plan the next stretch
        for moment in sorted(wakeups):
            self._add_job(slug, moment)
        return planned

    def _add_job(self, slug: str, moment: datetime) -> None:
        if self._jobs is None:
            return
        job_id = f"{slug}|{moment.astimezone(timezone.utc).isoformat()}"
        # misfire_grace_time=None: a late wake-up still runs (APScheduler's
        # default of 1 s would drop it); the scan decides what is stale.
        self._jobs.add_job(
            self._wake, DateTrigger(run_date=self._real(moment)), args=(slug, moment), id=job_id,
            replace_existing=True, misfire_grace_time=None, coalesce=True,
        )

    def planned(self) -> list[tuple[str, datetime]]:
        """APScheduler's jobs as (group, clock instant), for logs and tests."""
        if self._jobs is None:
            return []
        return sorted((job.args[0], job.args[1]) for job in self._jobs.get_jobs())

    async def _wake(self, slug: str, moment: datetime) -> None:
        """A job fired: the clock now shows (about) `moment`."""
        await self.run_due(slug, at=moment)
        self.rebuild(slug)

    def _spawn(self, slug: str | None) -> None:
        task = asyncio.get_running_loop().create_task(self.run_due(slug))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- sending -------------------------------------------------------------------

    async def run_due(self, slug: str | None = None, at: datetime | None = None) -> Outcome:
        """Send every reminder due now (for one group, or all, concurrently).

        `at` is the instant a job was set for: the clock may show a hair
        less when the job wakes, and that reminder is due all the same."""
        if slug is None:
            outcomes = await asyncio.gather(*(self.run_due(s, at) for s in self.groups))
            merged = Outcome()
            for outcome in outcomes:
                merged.events += outcome.events
            return merged
        now = self.clock.now()
        if at is not None and at > now:
            now = at
        outcome = Outcome()
        try:
            for reminder in self._plan(slug):
                if reminder.fire <= now:
                    await self._serve(reminder, now, outcome)
        except Exception:
            # One group's trouble (a damaged row...) never stops the others.
            log.exception("scheduler: scan of group %s failed", slug)
        return outcome

    async def _serve(self, reminder: Reminder, now: datetime, outcome: Outcome) -> None:
        group = self.groups[reminder.slug]
        for platform, chat in self.chats(reminder.slug):
            key = notice_key(reminder.slug, reminder.subject, reminder.target, reminder.lead, platform, chat)
            if key in self._inflight or self.log.state(key) in ("sent", "skipped"):
                continue
            failure = self._failures.get(key)
            if failure is not None and failure[1] > now:
                continue
            details = {
                "group": reminder.slug, "subject": reminder.subject, "lead": int(reminder.lead.total_seconds()),
                "target": reminder.target.astimezone(timezone.utc).isoformat(timespec="seconds"),
                "platform": platform, "chat": chat,
            }
            if reminder.fire < self.log.first_seen(reminder.version, now):
                # Planned (or moved) after this reminder's time: never owed.
                self.log.skip(key, now, "after-plan", **details)
                outcome.add(reminder, platform, chat, "not-owed")
                continue
            overdue = now - reminder.fire
            if overdue > self.grace:
                if self.log.skip(key, now, "stale", **details):
                    log.warning(
                        "reminder %s (%s before) for %s chat %s skipped: %s overdue, beyond the %s grace window",
                        reminder.subject, reminder.lead, platform, chat, overdue, self.grace,
                    )
                self._failures.pop(key, None)
                outcome.add(reminder, platform, chat, "stale")
                continue
            claim = self.log.claim(key, now, self.lease, **details)
            if claim is None:
                continue
            late = reminder.fire < self.up_since or failure is not None
            reply = self._reply(reminder, group.locale, now, late, claim.repeat)
            self._inflight.add(key)
            try:
                await self.pacer.wait(platform, chat)
                delivered = await asyncio.wait_for(self.send(reminder.slug, platform, chat, reply), SEND_TIMEOUT)
            except TimeoutError:
                # It may have gone out: keep the claim; once its lease runs
                # out it is sent again, marked as a possible repeat.
                log.error("reminder %s to %s chat %s: no answer from the platform", reminder.subject, platform, chat)
                outcome.add(reminder, platform, chat, "timeout")
                continue
            except Exception:
                log.exception("reminder %s to %s chat %s failed", reminder.subject, platform, chat)
                delivered = False
            finally:
                self._inflight.discard(key)
            if delivered:
                self.log.confirm(key, self.clock.now())
                self._failures.pop(key, None)
                log.info("reminder %s (%s before) sent to %s chat %s", reminder.subject, reminder.lead, platform, chat)
                outcome.add(reminder, platform, chat, "repeat" if claim.repeat else "late" if late else "sent")
            else:
                self.log.release(key)
                self._retry_later(key, reminder.slug, now)
                outcome.add(reminder, platform, chat, "failed")

    def _retry_later(self, key: str, slug: str, now: datetime) -> None:
        attempts = self._failures.get(key, (0, now))[0] + 1
        delay = min(RETRY_FIRST * 2 ** (attempts - 1), RETRY_MAX)
        self._failures[key] = (attempts, now + delay)
        log.warning("will retry %s in %s (attempt %d)", key, delay, attempts + 1)
        self._add_job(slug, now + delay)

    def _reply(self, reminder: Reminder, locale: str, now: datetime, late: bool, repeat: bool) -> Reply:
        zone = self.groups[reminder.slug].timezone
        local_now = now.astimezone(zone)
        if reminder.meeting is not None:
            return meeting_reminder(reminder.meeting, local_now, locale, late, repeat)
        assert reminder.deadline is not None
        return deadline_reminder(reminder.deadline, local_now, locale, late, repeat)
