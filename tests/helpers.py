"""Builders shared by the tests: a group config, a seeded store, and an
in-memory chat that drives the real router (push a message, read the reply)
and the real scheduler (what the group is sent after it: `Chat.notices`)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.clock import ManualClock
from bot.config import Config, GroupConfig, parse_config
from bot.scheduler import Scheduler
from handlers.commands import default_commands
from handlers.messages import Message, Reply
from handlers.router import Router
from storage.store import Store

ZURICH = ZoneInfo("Europe/Zurich")
PARIS = ZoneInfo("Europe/Paris")

BOT_NAME = "GreffierBot"  # the Telegram user name the test router answers to
COORDINATOR = "700100123"  # Telegram user ids are numbers (the config checks); distinctive, so tests can search bytes for it
MEMBER = "member-1"


def group_config(slug: str = "rte", timezone: str = "Europe/Zurich", **extra: Any) -> dict[str, Any]:
    """A [[groups]] table as it would be written in TOML."""
    table: dict[str, Any] = {
        "slug": slug,
        "name": f"Groupe {slug}",
        "timezone": timezone,
        "locale": "fr_CH",
        "coordinators": [f"telegram:{COORDINATOR}", f"console:{COORDINATOR}"],
    }
    table.update(extra)
    return table


def make_config(*groups: dict[str, Any], data_dir: Path | None = None) -> Config:
    raw: dict[str, Any] = {"groups": list(groups) or [group_config()]}
    if data_dir is not None:
        raw["storage"] = {"data_dir": str(data_dir)}
    return parse_config(raw)


def at(text: str, zone: ZoneInfo = ZURICH) -> datetime:
    """`at("2026-11-23 10:00")` -> an aware datetime in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=zone)


@dataclass
class Chat:
    """A chat with the real router; `say` returns what the user would read.

    After each message that changed the store, the real scheduler scans the
    groups as it would right after the reply; what it sends to the group's
    bound chats (or to one stand-in chat if none) lands in `notices`, and
    is recorded in the store's notice log as sent to those chats."""

    store: Store
    clock: ManualClock
    config: Config
    router: Router = field(init=False)
    scheduler: Scheduler = field(init=False)
    notices: list[tuple[str, Reply]] = field(default_factory=list)
    store_dir: Path | None = None  # where an on-disk store keeps its files
    _changed: bool = False

    def __post_init__(self) -> None:
        self.router = Router(self.store, self.config.groups, default_commands(), self.clock.now, self._scan,
                             names=(BOT_NAME,))
        self.scheduler = Scheduler(self.store, self.clock, self.config.groups, self._chats, self._sent)
        self.scheduler.listen()
        self.store.add_listener(self._note_change)

    def _chats(self, slug: str) -> list[tuple[str, str]]:
        return self.store.bindings(slug) or [("test", slug)]

    def _note_change(self, slug: str, kind: str, number: int) -> None:
        self._changed = True

    async def _sent(self, slug: str, platform: str, chat_id: str, reply: Reply) -> bool:
        self.notices.append((slug, reply))
        return True

    def _scan(self) -> None:
        """The router's `handled` hook: run the scheduler's scan to the end."""
        if not self._changed:
            return
        self._changed = False
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            asyncio.run(self.scheduler.run_due())
            return
        # Called from an async test: the loop is busy, scan on another thread.
        with ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, self.scheduler.run_due()).result()

    @property
    def group(self) -> GroupConfig:
        return self.config.groups[0]

    def message(self, text: str, sender: str = COORDINATOR, name: str = "Léa Marchand",
                chat: str | None = None, private: bool = False, addressed: bool = True,
                platform: str = "telegram") -> Message:
        chat_id = chat if chat is not None else (self.group.slug if platform == "console" else "chat-1")
        return Message(platform, chat_id, sender, name, text, self.clock.now(), private=private, addressed=addressed)

    def reply(self, text: str, **kwargs: Any) -> Reply | None:
        return self.router.handle(self.message(text, **kwargs))

    def say(self, text: str, **kwargs: Any) -> str:
        reply = self.reply(text, **kwargs)
        assert reply is not None, f"no reply to {text!r}"
        return reply.plain()


def make_chat(store: Store, now: datetime, *groups: dict[str, Any], store_dir: Path | None = None) -> Chat:
    """A chat bound (as Telegram chat "chat-1") to the first group."""
    tables = list(groups) or [group_config()]
    tables[0] = {**tables[0], "chats": {"telegram": []}}
    config = make_config(*tables)
    chat = Chat(store, ManualClock(now), config, store_dir=store_dir)
    store.bind_chat("telegram", "chat-1", config.groups[0].slug)
    return chat


def chat_in_zone(store: Store, store_dir: Path, zone: ZoneInfo, moment: str = "2026-11-23 10:00") -> Chat:
    """A chat whose group lives in `zone`, on `moment` there (by default Monday 23 November 2026 at 10:00), its
    files under `store_dir`."""
    return make_chat(store, at(moment, zone), group_config(timezone=zone.key), store_dir=store_dir)


# Invented people, with the traits fuzzy lookup must handle: particles,
# diaeresis, doubled letters, shared first and last names.
PEOPLE = (
    ("Thibault du Kerouëdan", "Fondation Zoein", "Chargé de projet"),
    ("Jamila Hammoudi", "Hospice général", "Service d'insertion professionnelle"),
    ("Sabina Cervetti", "Hospice général", "Innovation sociale"),
    ("Claire Dubois", "Ville de Meyrin", "Secrétaire générale"),
    ("Marc Dubois", "Office cantonal de l'emploi", "Conseiller"),
    ("Claire Martin", "ATD Quart Monde", ""),
)


def seed_people(chat: Chat) -> None:
    data = chat.store.group(chat.group.slug)
    for name, organisation, role in PEOPLE:
        data.add_member(name, organisation, role)
