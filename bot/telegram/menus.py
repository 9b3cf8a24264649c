"""The Telegram command menu (setMyCommands), built from the command table.

Members see member commands everywhere; coordinators also see theirs in
each bound chat (scope chat_member), in their private chat with the bot,
and, where the group lets chat admins coordinate, every admin of the chat.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeChat,
    BotCommandScopeChatAdministrators,
    BotCommandScopeChatMember,
    BotCommandScopeDefault,
)
from telegram.error import TelegramError

from bot.config import GroupConfig
from bot.telegram.format import menu_entries
from handlers.registry import Command

__all__ = ["Menu", "chat_menus", "menus", "register"]

log = logging.getLogger(__name__)

Menu = tuple[list[BotCommand], BotCommandScope]


def _commands(table: Sequence[Command], coordinator: bool) -> list[BotCommand]:
    return [BotCommand(name, description) for name, description in menu_entries(table, coordinator)]


def _coordinators(group: GroupConfig) -> list[int]:
    ids = []
    for key in sorted(group.coordinators):
        platform, _, user = key.partition(":")
        if platform == "telegram" and user.isdigit():
            ids.append(int(user))
    return ids


def chat_menus(table: Sequence[Command], group: GroupConfig, chat_id: int) -> list[Menu]:
    """The coordinator menus of one group chat."""
    full = _commands(table, coordinator=True)
    found: list[Menu] = [(full, BotCommandScopeChatMember(chat_id, user)) for user in _coordinators(group)]
    if group.admins_are_coordinators:
        found.append((full, BotCommandScopeChatAdministrators(chat_id)))
    return found


def menus(table: Sequence[Command], groups: Iterable[tuple[GroupConfig, Iterable[str]]]) -> list[Menu]:
    """Every menu to register at start: (group, its Telegram chat ids) pairs in."""
    found: list[Menu] = [(_commands(table, coordinator=False), BotCommandScopeDefault())]
    full = _commands(table, coordinator=True)
    seen_users: set[int] = set()
    for group, chats in groups:
        for user in _coordinators(group):
            if user not in seen_users:  # their private chat with the bot
                seen_users.add(user)
                found.append((full, BotCommandScopeChat(user)))
        for chat in dict.fromkeys(int(c) for c in chats if c.lstrip("-").isdigit()):
            found += chat_menus(table, group, chat)
    return found


async def register(bot: Bot, to_set: Iterable[Menu]) -> None:
    for commands, scope in to_set:
        try:
            await bot.set_my_commands(commands, scope=scope)
        except TelegramError as error:
            # e.g. a coordinator who is not (yet) in that chat: the menu is a convenience.
            log.warning("setMyCommands for %s failed: %s", scope.type, error)
