"""The announcement log: which reminder went to which chat.

One row per (meeting occurrence or deadline, the instant it is for, lead
time, chat). A row is written *before* sending ("sending", with a lease),
confirmed after ("sent"), and removed if the platform refused the message,
so that:

- a notice already sent (or being sent by another worker) is never sent
  again, whatever the number of restarts, rebuilds or racing schedulers:
  claiming is one check-and-insert under the store lock;
- a crash between sending and confirming leaves a "sending" row whose lease
  runs out; the next claim then gets it back as a *repeat*, sent once more
  and marked as such, rather than lost silently;
- a failed send leaves no row, so it is retried, never taken as sent.

It also remembers when the scheduler first saw each version of a meeting
(a meeting moved to a new time is a new version): a reminder whose time
had passed before its version existed was never due and is not caught up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

from tinydb import Query

from storage.store import Store

__all__ = ["Claim", "NoticeLog", "notice_key"]

NOTICES_TABLE = "notices"
SEEN_TABLE = "notice_versions"
_Q = Query()

State = Literal["sending", "sent", "skipped"]


def notice_key(slug: str, subject: str, target: datetime, lead: timedelta, platform: str, chat_id: str) -> str:
    """A stable name for one notice to one chat.

    `target` (the instant the notice is about, in UTC) is part of the key, so
    a meeting moved to a new time gets fresh reminders for it."""
    instant = target.astimezone(timezone.utc).isoformat(timespec="minutes")
    return f"{slug}|{subject}|{instant}|{int(lead.total_seconds())}|{platform}|{chat_id}"


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Claim:
    """Permission to send one notice; `repeat` if an earlier send may have gone out."""

    key: str
    repeat: bool


class NoticeLog:
    """Group-agnostic access to the log; every method is atomic."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def first_seen(self, version: str, now: datetime) -> datetime:
        """When `version` was first seen, recording `now` if it is new."""
        with self._store.locked():
            table = self._store.table(SEEN_TABLE)
            doc = table.get(_Q.version == version)
            if doc is None:
                table.insert({"version": version, "at": _iso(now)})
                return now
            return datetime.fromisoformat(doc["at"])

    def claim(self, key: str, now: datetime, lease: timedelta, **details: Any) -> Claim | None:
        """Take the right to send `key`, or None if it is sent or being sent."""
        with self._store.locked():
            table = self._store.table(NOTICES_TABLE)
            doc = table.get(_Q.key == key)
            if doc is None:
                table.insert({"key": key, **details, "state": "sending", "at": _iso(now), "until": _iso(now + lease)})
                return Claim(key, repeat=False)
            if doc["state"] != "sending" or datetime.fromisoformat(doc["until"]) > now:
                return None
            # A send that never confirmed: its worker died. Send again, once.
            table.update({"until": _iso(now + lease), "repeat": True}, _Q.key == key)
            return Claim(key, repeat=True)

    def confirm(self, key: str, now: datetime) -> None:
        with self._store.locked():
            self._store.table(NOTICES_TABLE).update({"state": "sent", "at": _iso(now)}, _Q.key == key)

    def release(self, key: str) -> None:
        """The send failed: forget the claim so that it is tried again."""
        with self._store.locked():
            self._store.table(NOTICES_TABLE).remove((_Q.key == key) & (_Q.state == "sending"))

    def skip(self, key: str, now: datetime, reason: str, **details: Any) -> bool:
        """Record a notice deliberately not sent; False if already recorded."""
        with self._store.locked():
            table = self._store.table(NOTICES_TABLE)
            if table.contains(_Q.key == key):
                return False
            table.insert({"key": key, **details, "state": "skipped", "reason": reason, "at": _iso(now)})
            return True

    def state(self, key: str) -> State | None:
        with self._store.locked():
            doc = self._store.table(NOTICES_TABLE).get(_Q.key == key)
        return doc["state"] if doc else None

    def told(self, slug: str, subjects: tuple[str, ...], platform: str, chat_id: str) -> bool:
        """Whether this chat was already sent anything (announcement or
        reminder) about one of `subjects`: a change announced to a chat
        that never heard of the meeting would make no sense to it."""
        query = (_Q.group == slug) & (_Q.state == "sent") & _Q.subject.one_of(list(subjects))
        query &= (_Q.platform == platform) & (_Q.chat == chat_id)
        with self._store.locked():
            return self._store.table(NOTICES_TABLE).contains(query)

    def rows(self, slug: str | None = None) -> list[dict[str, Any]]:
        """The log's rows (optionally one group's), oldest first."""
        with self._store.locked():
            table = self._store.table(NOTICES_TABLE)
            docs = table.all() if slug is None else table.search(_Q.group == slug)
        return sorted((dict(d) for d in docs), key=lambda d: d["at"])

    def prune(self, before: datetime) -> int:
        """Forget notices about instants before `before` (they can never recur)."""
        cutoff = _iso(before)
        with self._store.locked():
            removed = self._store.table(NOTICES_TABLE).remove(_Q.target.test(lambda t: isinstance(t, str) and t < cutoff))
        return len(removed)
