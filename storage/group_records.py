"""A group's meetings, deadlines, decisions and tasks, on top of `GroupRows`.

Writes that the scheduler must follow (meetings, deadlines, tasks) notify
the store's listeners after they are durable; decisions keep a word index
for `/decisions <mots>`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from storage.group_rows import GroupRows
from storage.models import AgendaItem, ChatPlace, Deadline, Decision, DecisionRevision, Meeting
from storage.search import TextIndex
from storage.tasks import Task

__all__ = ["DeadlineRows", "DecisionRows", "MeetingRows", "TaskRows"]


class MeetingRows(GroupRows):
    """The meetings' part of `GroupStore`."""

    def meetings(self) -> list[Meeting]:
        return sorted(self._all("meetings", Meeting), key=lambda m: m.start)

    def meeting(self, number: int) -> Meeting | None:
        return self._rows("meetings", Meeting).get(number)  # type: ignore[no-any-return]

    def add_meeting(
        self,
        start: datetime,
        end: datetime | None = None,
        place: str = "",
        agenda: tuple[AgendaItem, ...] = (),
        created_by: str = "",
        recurrence: str | None = None,
        origin: str | None = None,
        announcement: str | None = None,
        announced_from: ChatPlace | None = None,
    ) -> Meeting:
        meeting = self._insert(
            "meetings",
            Meeting,
            lambda n: Meeting(n, start, end, place, agenda, "planned", recurrence, created_by, announcement=announcement,
                              announced_from=announced_from),
            origin,
        )
        self._store.notify(self.slug, "meeting", meeting.number)
        return meeting

    def save_meeting(self, meeting: Meeting) -> Meeting:
        self._save("meetings", meeting)
        self._store.notify(self.slug, "meeting", meeting.number)
        return meeting

    def update_meeting(self, number: int, change: Callable[[Meeting], Meeting]) -> Meeting | None:
        meeting: Meeting | None = self._update("meetings", Meeting, number, change)
        if meeting is not None:
            self._store.notify(self.slug, "meeting", number)
        return meeting


class DeadlineRows(GroupRows):
    """The deadlines' part of `GroupStore`."""

    def deadlines(self) -> list[Deadline]:
        return sorted(self._all("deadlines", Deadline), key=lambda d: d.due)

    def deadline(self, number: int) -> Deadline | None:
        return self._rows("deadlines", Deadline).get(number)  # type: ignore[no-any-return]

    def add_deadline(
        self, due: datetime, text: str, has_time: bool = False, created_by: str = "", origin: str | None = None
    ) -> Deadline:
        deadline = self._insert("deadlines", Deadline, lambda n: Deadline(n, due, text, has_time, created_by), origin)
        self._store.notify(self.slug, "deadline", deadline.number)
        return deadline

    def save_deadline(self, deadline: Deadline) -> Deadline:
        self._save("deadlines", deadline)
        self._store.notify(self.slug, "deadline", deadline.number)
        return deadline

    def update_deadline(self, number: int, change: Callable[[Deadline], Deadline]) -> Deadline | None:
        deadline: Deadline | None = self._update("deadlines", Deadline, number, change)
        if deadline is not None:
            self._store.notify(self.slug, "deadline", number)
        return deadline


class DecisionRows(GroupRows):
    """The decisions' part of `GroupStore`."""

    def decisions(self) -> list[Decision]:
        return sorted(self._all("decisions", Decision), key=lambda d: d.number)

    def decision(self, number: int) -> Decision | None:
        return self._rows("decisions", Decision).get(number)  # type: ignore[no-any-return]

    def add_decision(
        self,
        text: str,
        taken_on: date,
        meeting_number: int | None,
        recorded_by: str,
        recorded_by_id: str,
        at: datetime,
        origin: str | None = None,
    ) -> Decision:
        created = DecisionRevision("created", at.isoformat(timespec="seconds"), recorded_by, recorded_by_id, text)
        return self._insert(
            "decisions",
            Decision,
            lambda n: Decision(n, text, taken_on, meeting_number, recorded_by, recorded_by_id, "active", (created,)),
            origin,
        )

    def search_decisions(self, query: str, threshold: float) -> list[tuple[Decision, float]]:
        """Decisions whose text matches `query` (see `TextIndex.matches`), with their score."""
        with self._store.locked():
            rows = self._rows("decisions", Decision)
            index = self._store.decision_indexes.get(self.slug)
            if index is None:
                index = TextIndex((number, decision.text) for number, decision in rows.items())
                self._store.decision_indexes[self.slug] = index
            return [(rows[number], score) for number, score in index.matches(query, threshold).items()]

    def save_decision(self, decision: Decision) -> Decision:
        return self._save("decisions", decision)

    def update_decision(self, number: int, change: Callable[[Decision], Decision]) -> Decision | None:
        return self._update("decisions", Decision, number, change)  # type: ignore[no-any-return]


class TaskRows(GroupRows):
    """The action items' part of `GroupStore` (see storage/tasks.py)."""

    def tasks(self) -> list[Task]:
        """Every task of the group, by number (open, done and cancelled)."""
        return sorted(self._all("tasks", Task), key=lambda t: t.number)

    def task(self, number: int) -> Task | None:
        return self._rows("tasks", Task).get(number)  # type: ignore[no-any-return]

    def add_task(
        self,
        text: str,
        pilot: int | None = None,
        due: date | None = None,
        meeting_number: int | None = None,
        pilot_name: str = "",
        created_by: str = "",
        created_by_id: str = "",
        created_on: date | None = None,
        origin: str | None = None,
    ) -> Task:
        task = self._insert("tasks", Task, lambda n: Task(
            n, text, pilot, due, meeting_number, pilot_name, "open", created_by, created_by_id, created_on), origin)
        self._store.notify(self.slug, "task", task.number)
        return task

    def update_task(self, number: int, change: Callable[[Task], Task]) -> Task | None:
        task: Task | None = self._update("tasks", Task, number, change)
        if task is not None:
            self._store.notify(self.slug, "task", number)
        return task
