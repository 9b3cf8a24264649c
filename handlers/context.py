"""What a command handler receives: the group, its store, the sender, the time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from handlers.messages import Message
from storage.models import Member
from storage.store import GroupStore, Store

if TYPE_CHECKING:
    from handlers.registry import CommandTable

__all__ = ["Context", "GroupProfile", "GroupSettings", "Sender", "is_coordinator"]


class GroupProfile(Protocol):
    """The parts of a group's configuration that handlers read."""

    @property
    def slug(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def timezone(self) -> ZoneInfo: ...
    @property
    def locale(self) -> str: ...
    @property
    def meeting_leads(self) -> tuple[timedelta, ...]: ...
    @property
    def deadline_leads(self) -> tuple[timedelta, ...]: ...


class GroupSettings(GroupProfile, Protocol):
    """A `GroupProfile` that also lists coordinators and bound chats."""

    @property
    def coordinators(self) -> frozenset[str]: ...
    @property
    def chats(self) -> dict[str, tuple[str, ...]]: ...
    @property
    def admins_are_coordinators(self) -> bool: ...
    @property
    def coordinator_power_level(self) -> int | None: ...


def is_coordinator(group: GroupSettings, message: Message) -> bool:
    """Listed by platform id, or a chat admin where the group allows it:
    Telegram chat admins with `admins_are_coordinators`, Matrix users at the
    group's `coordinator_power_level` (either setting suffices there)."""
    if message.sender_key in group.coordinators:
        return True
    if not message.sender_is_admin:
        return False
    if message.platform == "matrix" and group.coordinator_power_level is not None:
        return True
    return group.admins_are_coordinators


@dataclass(frozen=True, slots=True)
class Sender:
    key: str  # "platform:user id"
    name: str  # the member's name if known, else the display name
    is_coordinator: bool
    member: Member | None


@dataclass(frozen=True, slots=True)
class Context:
    message: Message
    sender: Sender
    now: datetime  # in the group's time zone
    store: Store
    commands: CommandTable
    group: GroupSettings | None = None
    groups: Callable[[str], GroupSettings | None] = lambda slug: None

    @property
    def origin(self) -> str | None:
        """The platform event behind this command, so a replay writes nothing twice."""
        if self.message.event_id is None:
            return None
        return f"{self.message.platform}:{self.message.event_id}"

    @property
    def data(self) -> GroupStore:
        """The group's store; only for commands that need a group."""
        if self.group is None:
            raise RuntimeError("command needs a group")
        return self.store.group(self.group.slug)

    @property
    def locale(self) -> str:
        return self.group.locale if self.group else "fr_CH"
