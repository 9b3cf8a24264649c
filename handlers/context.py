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

__all__ = ["Context", "GroupProfile", "GroupSettings", "Sender", "belongs", "chat_is_bound", "is_coordinator"]


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


def chat_is_bound(group: GroupSettings, message: Message, store: Store) -> bool:
    """The message comes from one of the group's own chats: listed in its
    config, or bound with /lier. Private chats never are; the console's one
    chat is bound to its --group."""
    if message.platform == "console":
        return message.chat_id == group.slug
    if message.private:
        return False
    if message.chat_id in group.chats.get(message.platform, ()):
        return True
    return store.bound_group(message.platform, message.chat_id) == group.slug


def is_coordinator(group: GroupSettings, message: Message, store: Store) -> bool:
    """Listed by platform id, or a chat admin where the group allows it:
    Telegram chat admins with `admins_are_coordinators`, Matrix users at the
    group's `coordinator_power_level` (either setting suffices there).

    Admin rights count only in a chat already bound to this group: anyone
    can create a chat and administer it (a Telegram anonymous admin posts as
    that chat), so rights there say nothing about the group.
    """
    if message.sender_key in group.coordinators:
        return True
    if not message.sender_is_admin or not chat_is_bound(group, message, store):
        return False
    if message.platform == "matrix" and group.coordinator_power_level is not None:
        return True
    return group.admins_are_coordinators


def belongs(group: GroupSettings, message: Message, store: Store) -> bool:
    """The sender is one of the group's people: a coordinator, or a member
    whose card is linked to this platform id. Only they may open the group
    from a private chat (see the README's trust model)."""
    if is_coordinator(group, message, store):
        return True
    return store.group(group.slug).member_by_platform_id(message.platform, message.sender_id) is not None


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
    mine: Callable[[], list[GroupSettings]] = lambda: []  # the groups the sender belongs to

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
