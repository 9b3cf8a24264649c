"""Who sends a message in the access tests: the sender kinds of the trust
model, the chats they write in, a seeded group, and what only coordinators
may change (shared by the authorization matrix and the router's properties)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from storage.store import Store
from tests.helpers import COORDINATOR, MEMBER, Chat, at, group_config, make_chat, seed_people

__all__ = ["CHATS", "KINDS", "Kind", "protected", "seeded"]


@dataclass(frozen=True)
class Kind:
    """Who sends: platform, id, and what the group's config says about admins."""

    name: str
    platform: str = "telegram"
    sender: str = ""  # "" = the chat's own id (a Telegram anonymous admin)
    admin: bool = False  # the platform vouches this sender administers the chat
    config: tuple[tuple[str, Any], ...] = ()

    def coordinates(self, where: str) -> bool:
        """Whether the group must treat this sender as a coordinator there."""
        if self.name == "coordinator":
            return True
        allowed = dict(self.config).get("admins_are_coordinators") or "coordinator_power_level" in dict(self.config)
        return self.admin and bool(allowed) and where == "bound"

    def belongs(self) -> bool:
        """A private chat opens the group to them (configured id or linked card)."""
        return self.name in ("coordinator", "member")


KINDS = (
    Kind("coordinator", sender=COORDINATOR),
    Kind("member", sender=MEMBER),
    Kind("stranger", sender="stranger-9"),
    Kind("admin-on", sender="admin-5", admin=True, config=(("admins_are_coordinators", True),)),
    Kind("admin-off", sender="admin-5", admin=True),
    Kind("anonymous-admin", admin=True, config=(("admins_are_coordinators", True),)),
    Kind("matrix-power", platform="matrix", sender="@ann:example.org", admin=True,
         config=(("coordinator_power_level", 50),)),
)
CHATS = {
    "telegram": {"bound": "chat-1", "unbound": "-100777", "private": "dm-9"},
    "matrix": {"bound": "!room:example.org", "unbound": "!other:example.org", "private": "!dm:example.org"},
}


def protected(store: Store, platform: str, sender: str) -> list[Any]:
    """What only coordinators may change: decisions, dates, meetings (their
    agenda aside: members propose items — and so the revision an item raises),
    bindings, others' member cards."""
    data = store.group("rte")
    meetings = [replace(m, agenda=(), revision=0) for m in data.meetings()]
    others = [m for m in data.members() if m.platform_ids.get(platform) != sender]
    return [data.decisions(), data.deadlines(), meetings, others, store.bindings("rte")]


def seeded(store: Store, kind: Kind, store_dir: Path | None = None) -> Chat:
    """A chat on group "rte" configured for `kind`: six people, Noé Perrin's
    card linked to MEMBER, a meeting, a date, a decision, a bound Matrix room."""
    chat = make_chat(store, at("2026-11-23 10:00"), group_config("rte", **dict(kind.config)), store_dir=store_dir)
    seed_people(chat)
    data = store.group("rte")
    data.add_member("Noé Perrin", "Ville de Meyrin", "", {"telegram": MEMBER})
    data.add_meeting(at("2026-11-26 09:00"), place="Salle A")
    data.add_deadline(at("2026-12-15 00:00"), "budget du forum")
    store.bind_chat("matrix", CHATS["matrix"]["bound"], "rte")
    assert chat.say("/decision Une première décision").startswith("Décision n°1")
    return chat
