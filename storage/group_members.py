"""A group's directory of members, on top of `GroupRows`.

Renaming a member raises the revision of the tasks they pilot, whose
calendar summary names them; an import of members is one journal record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tinydb import Query

from storage.group_rows import GroupRows
from storage.models import Member, replace
from storage.tasks import Task

__all__ = ["MemberRows"]

_Q = Query()


class MemberRows(GroupRows):
    """The members' part of `GroupStore`."""

    def members(self) -> list[Member]:
        return sorted(self._all("members", Member), key=lambda m: m.name.casefold())

    def member(self, number: int) -> Member | None:
        return self._rows("members", Member).get(number)  # type: ignore[no-any-return]

    def member_by_platform_id(self, platform: str, user_id: str) -> Member | None:
        for member in self._all("members", Member):
            if member.platform_ids.get(platform) == user_id:
                return member
        return None

    def add_member(
        self,
        name: str,
        organisation: str = "",
        role: str = "",
        platform_ids: dict[str, str] | None = None,
        origin: str | None = None,
    ) -> Member:
        return self._insert(
            "members",
            Member,
            lambda n: Member(n, name, organisation, role, dict(platform_ids or {})),
            origin,
        )

    def add_member_unless(
        self,
        existing: Callable[[list[Member]], Member | None],
        name: str,
        organisation: str = "",
        role: str = "",
        platform_ids: dict[str, str] | None = None,
        origin: str | None = None,
    ) -> tuple[Member, bool]:
        """`existing(members)` if it finds one, else a new card (True): checked
        and written under one lock, so fifty concurrent /moi make one card.
        `existing` may raise (nothing is written)."""
        with self._store.locked():
            found = existing(self.members())
            if found is not None:
                return found, False
            return self.add_member(name, organisation, role, platform_ids, origin), True

    def save_member(self, member: Member) -> Member:
        return self._save("members", member)

    def update_member(self, number: int, change: Callable[[Member], Member]) -> Member | None:
        with self._store.locked():
            before = self.member(number)
            member: Member | None = self._update("members", Member, number, change)
            if before is not None and member is not None and member.name != before.name:
                self._renamed_pilot(number)
        return member

    def _renamed_pilot(self, number: int) -> None:
        """Raise the revision of the tasks member `number` pilots: their
        calendar summary names the pilot, so a client must take the change."""
        for task in self._all("tasks", Task):
            if task.pilot == number:
                self._save("tasks", replace(task, revision=task.revision + 1))

    def write_members(self, new: list[Member], changed: list[Member]) -> list[Member]:
        """Add `new` (numbered here) and save `changed`, in ONE journal record:
        an import is stored whole or not at all."""
        with self._store.locked():
            table = self._store.table("members")
            first = self._next_number("members", Member)
            added = [replace(m, number=first + i) for i, m in enumerate(new)]
            ids = {d["number"]: d.doc_id for d in table.search(_Q.group == self.slug)}
            if any(m.number not in ids for m in changed):
                raise KeyError("membre absent")
            renamed = [m.number for m in changed if (old := self.member(m.number)) is not None and old.name != m.name]
            next_id = max((d.doc_id for d in table), default=0) + 1

            def updater(docs: Any) -> None:
                for member in changed:
                    docs[ids[member.number]] = {**docs[ids[member.number]], **member.to_doc()}
                for offset, member in enumerate(added):
                    docs[next_id + offset] = {"group": self.slug, **member.to_doc()}

            # TinyDB's own hook, so the whole batch is one storage commit.
            table._update_table(updater)
            table._next_id = None  # TinyDB caches the next id; ours were taken past it
            self._store.next_numbers[("members", self.slug)] = first + len(added)
            for member in (*changed, *added):
                self._cached("members", member.number, member)
            for number in renamed:  # after the members' record: the import itself stays one
                self._renamed_pilot(number)
        return added

    def remove_member(self, number: int) -> None:
        with self._store.locked():
            self._store.table("members").remove((_Q.group == self.slug) & (_Q.number == number))
            self._cached("members", number, None)
