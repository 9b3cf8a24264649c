"""What happens to a Telegram chat over time: migration, removal, topics.

- A group that becomes a supergroup gets a new id. Telegram says so with two
  service messages (`migrate_to_chat_id` in the old chat,
  `migrate_from_chat_id` in the new one) and with 400 "group chat was
  upgraded" on a send to the old id. Whichever comes first moves the binding:
  the new id is bound in the store (an override that also covers chats listed
  in the config, which the log asks the operator to update) and the old id is
  remembered as forwarded, so announcements are not sent twice.
- A bot removed from a chat (or blocked in a private chat) gets 403 Forbidden
  on every send: a permanent failure. The chat is marked inactive (nothing is
  sent there until the bot is added back) and the group's Telegram
  coordinators are told in their private chats, when they have one with the
  bot.
- In a forum, an announcement goes to the topic of the command that owed it
  (stored with it, see `bot.turns`); when that is not known (a change made
  from another chat, or a row older than that field), to the topic of the
  chat's latest command.

All of it lives in the store's adapter state, so it survives restarts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.app import Greffier
from handlers.messages import Reply

__all__ = ["ChatBook"]

log = logging.getLogger(__name__)

# (chat id, reply) -> delivered? Used to reach coordinators privately.
PrivateSend = Callable[[int, Reply], Awaitable[bool]]


class ChatBook:
    def __init__(self, app: Greffier) -> None:
        self.app = app
        self._topics: dict[int, int | None] = {}

    # -- migration -----------------------------------------------------------

    async def forwarded(self, chat_id: int) -> int | None:
        """The supergroup id a migrated group now lives under, if any."""
        value = await asyncio.to_thread(self.app.store.get_state, f"telegram:migrated:{chat_id}")
        return int(value) if value else None

    async def migrate(self, old: int, new: int) -> str | None:
        """Move the old chat's group to the new id (once); returns the group's slug."""
        if await self.forwarded(old) == new:
            return await asyncio.to_thread(self.app.store.bound_group, "telegram", str(new))
        slug = await asyncio.to_thread(self.group_of, old)
        store = self.app.store
        if slug is not None:
            await asyncio.to_thread(store.bind_chat, "telegram", str(new), slug)
        await asyncio.to_thread(store.set_state, f"telegram:migrated:{old}", new)
        if slug is not None and str(old) in self._configured(slug):
            log.warning(
                "Telegram chat %s is now supergroup %s (group %s): bound in the store; "
                "update chats.telegram in the config to %s", old, new, slug, new,
            )
        else:
            log.warning("Telegram chat %s is now supergroup %s (group %s)", old, new, slug)
        return slug

    def group_of(self, chat_id: int) -> str | None:
        """The group a chat belongs to, by the config or a /lier binding."""
        chat = str(chat_id)
        for group in self.app.config.groups:
            if chat in self._configured(group.slug):
                return group.slug
        return self.app.store.bound_group("telegram", chat)

    def _configured(self, slug: str) -> list[str]:
        group = self.app.config.group(slug)
        return list(group.chats.get("telegram", ())) if group else []

    # -- removal -------------------------------------------------------------

    async def inactive(self, chat_id: int) -> bool:
        return bool(await asyncio.to_thread(self.app.store.get_state, f"telegram:inactive:{chat_id}"))

    async def removed(self, chat_id: int, title: str, why: str, tell: PrivateSend) -> None:
        """The bot can no longer post here: stop trying, and say so to the coordinators."""
        if await self.inactive(chat_id):
            return
        now = self.app.clock.now().isoformat(timespec="seconds")
        await asyncio.to_thread(self.app.store.set_state, f"telegram:inactive:{chat_id}", {"since": now, "why": why})
        slug = await asyncio.to_thread(self.group_of, chat_id)
        log.warning("Telegram chat %s (group %s): %s; nothing more is sent there until the bot is added back",
                    chat_id, slug, why)
        group = self.app.config.group(slug) if slug else None
        if group is None or chat_id > 0:
            return
        notice = Reply.of(
            f"Je ne peux plus écrire dans le salon Telegram « {title} » du groupe {group.name} "
            "(j'en ai été retiré) : les annonces n'y sont plus envoyées.",
            f"Pour les reprendre, rajoutez-moi au salon puis tapez /lier {group.slug} si je n'y réponds pas.",
        )
        for who in sorted(group.coordinators):
            platform, _, user = who.partition(":")
            if platform == "telegram" and user.lstrip("-").isdigit() and int(user) > 0:
                await tell(int(user), notice)

    async def added(self, chat_id: int) -> bool:
        """The bot is (back) in the chat; returns whether it had been marked inactive."""
        if not await self.inactive(chat_id):
            return False
        await asyncio.to_thread(self.app.store.set_state, f"telegram:inactive:{chat_id}", None)
        log.warning("Telegram chat %s: the bot is back; announcements resume", chat_id)
        return True

    # -- forum topics --------------------------------------------------------

    async def remember_topic(self, chat_id: int, thread_id: int | None) -> None:
        """The topic of the latest command in a forum (None: General): the fallback."""
        if chat_id in self._topics and self._topics[chat_id] == thread_id:
            return
        self._topics[chat_id] = thread_id
        await asyncio.to_thread(self.app.store.set_state, f"telegram:topic:{chat_id}", thread_id)

    async def topic(self, chat_id: int) -> int | None:
        if chat_id not in self._topics:
            value = await asyncio.to_thread(self.app.store.get_state, f"telegram:topic:{chat_id}")
            self._topics[chat_id] = int(value) if value else None
        return self._topics[chat_id]
