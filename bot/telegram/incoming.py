"""Telegram messages into the router's `Message`: who spoke, where, to whom.

Identity is always a Telegram id, never a name. A message posted "as the
group" (an anonymous admin, who all share user 1087968824) takes the
group's own id as sender and is an admin by Telegram's word; that shared
user id never counts by itself. Chat administrators count as coordinators
only where the group's config says so, checked with getChatAdministrators
and cached briefly.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import time
from datetime import timedelta

from telegram import Bot
from telegram import Message as TgMessage
from telegram.error import TelegramError

from bot.telegram.format import command_target, strip_mention
from handlers.messages import Message
from handlers.router import Router

__all__ = ["MessageReader"]

log = logging.getLogger(__name__)


class MessageReader:
    def __init__(self, bot: Bot, router: Router, admin_cache: timedelta) -> None:
        self.bot = bot
        self.router = router
        self.admin_cache = admin_cache
        self._admins: dict[int, tuple[float, frozenset[int]]] = {}

    async def to_message(self, update_id: int, tg: TgMessage, check_admin: bool = True) -> Message | None:
        """The router's view of a Telegram text message (or a document's caption), or None if it is not for us."""
        username, text = self.bot.username, tg.text if tg.text is not None else (tg.caption or "")
        target = command_target(text)
        if target is not None and target != username.lower():
            return None  # /cmd@OtherBot
        if tg.sender_chat is not None:
            if tg.is_automatic_forward:
                return None  # a channel post copied into its discussion group
            sender_id, name = tg.sender_chat.id, tg.sender_chat.title or "Administrateur anonyme"
            is_admin = tg.sender_chat.id == tg.chat.id  # posted as the group itself
        elif tg.from_user is None or tg.from_user.is_bot:
            return None  # other bots, including our own echoes
        else:
            sender_id, name, is_admin = tg.from_user.id, tg.from_user.full_name, False
        private = tg.chat.type == "private"
        mentioned = any(
            e.type == "mention" and tg.parse_entity(e).lower() == f"@{username.lower()}" for e in tg.entities
        ) or any(
            e.type == "mention" and tg.parse_caption_entity(e).lower() == f"@{username.lower()}"
            for e in tg.caption_entities
        )
        quoted = tg.reply_to_message.from_user if tg.reply_to_message else None
        to_bot = quoted is not None and quoted.id == self.bot.id
        message = Message(
            platform="telegram",
            chat_id=str(tg.chat.id),
            sender_id=str(sender_id),
            sender_name=name,
            text=_unsuffixed(text) if target is not None else strip_mention(text, username) if mentioned else text,
            timestamp=tg.date,
            private=private,
            # "/cmd@GreffierBot" names the bot as surely as a mention does.
            addressed=private or mentioned or target is not None or to_bot,
            reply_to_bot=to_bot,
            thread_id=str(tg.message_thread_id) if tg.is_topic_message and tg.message_thread_id else None,
            event_id=str(update_id),
        )
        command = text.lstrip().startswith(("/", "!"))  # every spelling the router runs as a command
        if check_admin and not is_admin and not private and command and tg.from_user is not None:
            group = await asyncio.to_thread(self.router.group_for, message)
            if group is not None and group.admins_are_coordinators:
                is_admin = tg.from_user.id in await self.admins_of(tg.chat.id)
        return dataclasses.replace(message, sender_is_admin=True) if is_admin else message

    async def admins_of(self, chat_id: int) -> frozenset[int]:
        """The chat's human administrators, asked at most once per cache period."""
        cached = self._admins.get(chat_id)
        if cached and cached[0] > time.monotonic():
            return cached[1]
        try:
            members = await self.bot.get_chat_administrators(chat_id)
        except TelegramError as error:
            log.warning("getChatAdministrators for chat %s failed: %s", chat_id, error)
            return cached[1] if cached else frozenset()
        admins = frozenset(m.user.id for m in members if not m.user.is_bot)
        self._admins[chat_id] = (time.monotonic() + self.admin_cache.total_seconds(), admins)
        return admins


def _unsuffixed(text: str) -> str:
    """"/cmd@GreffierBot args" -> "/cmd args": the router knows commands by name only."""
    return re.sub(r"^(/[^\s@]+)@\S+", r"\1", text, count=1)
