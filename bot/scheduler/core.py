"""The scheduler: reminders and meeting announcements, sent exactly once.

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

Announcements of a meeting planned, moved or cancelled take the same path:
the command writes the announcement it owes with the change itself, and
the scheduler sends it at once (the router calls `kick` right after the
reply; the store listener is the fallback for writes from elsewhere). The
adapters make the reply reach its chat first, by construction (each chat's
turn, `bot/turns.py`; the console's `_turn`). A crash in between only
delays it to the next start, marked late.

Time comes from an injected clock. APScheduler only knows real time, so
each job's run date is the real instant at which the clock will show the
reminder's time (see `ShiftedClock.real_seconds_until`): `--speed 3600`
runs a week of reminders in minutes, and tests call `run_due` directly.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from datetime import datetime, timedelta, timezone

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

from bot.clock import Clock
from bot.scheduler.pacing import NoPacing, Pacer
from bot.scheduler.plan import (
    BadRows,
    Outcome,
    Reminder,
    announced_kind,
    announcements,
    describe,
    notice_reply,
    reminders,
    told_subjects,
)
from handlers.context import GroupProfile
from handlers.messages import Reply
from storage.notices import NoticeLog, notice_key
from storage.store import Store

__all__ = ["DEFAULT_ANNOUNCE_GRACE", "DEFAULT_GRACE", "SENDING", "Outcome", "Scheduler", "SendFn"]

log = logging.getLogger(__name__)

# (group slug, platform, chat id, reply) -> delivered? Raising counts as not.
SendFn = Callable[[str, str, str, Reply], Awaitable[bool]]
ChatsFn = Callable[[str], Sequence[tuple[str, str]]]
# The notice a send is about, for the send function to read (which chat
# topic an announcement belongs to, see `bot.turns`) without every send
# function having to take it.
SENDING: ContextVar[Reminder | None] = ContextVar("greffier_sending", default=None)

DEFAULT_GRACE = timedelta(hours=6)
# An announcement is news: one the bot could not send within this window
# (it was down, or the change was made on the console with the bot stopped)
# is dropped and logged, not sent hours later as a surprise.
DEFAULT_ANNOUNCE_GRACE = timedelta(hours=2)
HORIZON = timedelta(days=35)  # jobs are planned this far ahead, refreshed at half of it
LEASE = timedelta(minutes=10)  # a claimed send not confirmed by then is taken as interrupted
RETRY_FIRST = timedelta(seconds=30)
RETRY_MAX = timedelta(minutes=30)
SEND_TIMEOUT = 60.0  # real seconds a platform may take to accept one message
KEEP_LOG = timedelta(days=60)  # notices about older instants can never be owed again
# Real seconds after a change before the store listener scans the group
# itself: the router's kick (after the reply) normally comes first, so the
# announcement follows the coordinator's confirmation instead of racing it.
FOLLOW_DELAY = 1.0


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
        announce_grace: timedelta = DEFAULT_ANNOUNCE_GRACE,
    ) -> None:
        self.store = store
        self.clock = clock
        self.groups = {g.slug: g for g in groups}
        self.chats = chats
        self.send = send
        self.grace = grace
        self.announce_grace = announce_grace
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
        self._pending: set[str] = set()  # groups changed since their last scan
        self.bad_rows = BadRows()  # rows that cannot be planned: logged once, skipped

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
            try:
                self.rebuild(slug)
            except Exception:
                # One group's trouble never stops the start-up nor the others;
                # its catch-up scan below tries (and logs) again.
                log.exception("scheduler: could not plan group %s at start-up", slug)
        self._pending.clear()
        self._spawn(None)  # catch-up scan for what came due while we were down

    async def stop(self) -> None:
        if self._jobs is not None and self._jobs.running:
            self._jobs.shutdown(wait=False)
        self._jobs = None
        await self.drain()
        self._loop = None

    async def drain(self, timeout: float = SEND_TIMEOUT) -> None:
        """Wait (bounded) for the scans under way, e.g. before adapters stop."""
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=timeout)

    def kick(self) -> None:
        """Scan the groups changed since their last scan, now; any thread.

        The router calls it after each command, so what a change owes (an
        announcement) goes out right after the reply."""
        loop = self._loop
        if loop is None:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._flush()
        else:
            loop.call_soon_threadsafe(self._flush)

    def _flush(self) -> None:
        while self._pending and self._loop is not None:
            self._spawn(self._pending.pop())

    def _follow(self, slug: str) -> None:
        """On the loop, after a change: new jobs, and a scan if no kick comes."""
        self.rebuild(slug)
        if self._loop is not None:
            self._loop.call_later(FOLLOW_DELAY, self._flush)

    def _changed(self, slug: str, kind: str, number: int) -> None:
        """Store listener; may run in a worker thread, after a durable write."""
        if slug not in self.groups:
            return
        try:
            # Date the new versions now, in the writer's thread, so that even a
            # reminder already past for a moved meeting is known as never due.
            self._pending.add(slug)  # first: a failing plan is retried by the scan
            self._plan(slug)
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._follow, slug)
        except Exception:
            # The write is done and acknowledged; the next scan re-derives.
            log.exception("scheduler: could not follow a change in group %s", slug)

    # -- jobs --------------------------------------------------------------------

    def _plan(self, slug: str) -> list[Reminder]:
        now = self.clock.now()
        group = self.groups[slug]
        planned = reminders(self.store, group, now, now + HORIZON, self.bad_rows.report)
        for reminder in planned:
            self.log.first_seen(reminder.version, now)
        # Announcements are owed by construction (written with their change).
        return sorted([*planned, *announcements(self.store, group, now, self.bad_rows.report)], key=lambda r: r.fire)

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
            planned = self._plan(slug)
        except Exception:
            # One group's trouble (its lead times...) never stops the others.
            log.exception("scheduler: scan of group %s failed", slug)
            return outcome
        for reminder in planned:
            if reminder.fire > now:
                continue
            try:
                await self._serve(reminder, now, outcome)
            except Exception as error:
                # Nor one notice the group's other notices: a row whose
                # notice cannot even be written (a date at the calendar's
                # edge) is a bad row, logged once.
                row = reminder.meeting or reminder.deadline
                table = "meetings" if reminder.meeting else "deadlines"
                self.bad_rows.report(slug, table, row.number if row else 0, error)
        return outcome

    async def _serve(self, reminder: Reminder, now: datetime, outcome: Outcome) -> None:
        group = self.groups[reminder.slug]
        for platform, chat in self.chats(reminder.slug):
            key = notice_key(reminder.slug, reminder.key_subject, reminder.target, reminder.lead, platform, chat)
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
            kind = None
            if reminder.announcement is not None:
                details["announcement"] = reminder.announcement
                told = self.log.told(reminder.slug, told_subjects(reminder), platform, chat)
                kind = announced_kind(reminder, told)
                if kind is None:
                    # Cancelled before this chat heard of it: nothing to say.
                    self.log.skip(key, now, "never-told", **details)
                    outcome.add(reminder, platform, chat, "not-owed")
                    continue
            elif reminder.fire < self.log.first_seen(reminder.version, now):
                # Planned (or moved) after this reminder's time: never owed.
                self.log.skip(key, now, "after-plan", **details)
                outcome.add(reminder, platform, chat, "not-owed")
                continue
            overdue = now - reminder.fire
            window = self.grace if reminder.announcement is None else self.announce_grace
            if overdue > window:
                if self.log.skip(key, now, "stale", **details):
                    log.warning(
                        "%s for %s chat %s skipped: %s overdue, beyond the %s grace window",
                        describe(reminder), platform, chat, overdue, window,
                    )
                self._failures.pop(key, None)
                outcome.add(reminder, platform, chat, "stale")
                continue
            claim = self.log.claim(key, now, self.lease, **details)
            if claim is None:
                continue
            late = reminder.fire < self.up_since or failure is not None
            reply = notice_reply(reminder, now.astimezone(group.timezone), group.locale, late, claim.repeat, kind)
            self._inflight.add(key)
            sending = SENDING.set(reminder)
            try:
                await self.pacer.wait(platform, chat)
                delivered = await asyncio.wait_for(self.send(reminder.slug, platform, chat, reply), SEND_TIMEOUT)
            except TimeoutError:
                # It may have gone out: keep the claim; once its lease runs
                # out it is sent again, marked as a possible repeat.
                log.error("%s to %s chat %s: no answer from the platform", describe(reminder), platform, chat)
                outcome.add(reminder, platform, chat, "timeout")
                continue
            except Exception:
                log.exception("%s to %s chat %s failed", describe(reminder), platform, chat)
                delivered = False
            finally:
                SENDING.reset(sending)
                self._inflight.discard(key)
            if delivered:
                self.log.confirm(key, self.clock.now())
                self._failures.pop(key, None)
                log.info("%s sent to %s chat %s", describe(reminder), platform, chat)
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
