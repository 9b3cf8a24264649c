"""Sending to Telegram: answers, announcements, documents.

Every piece of a split answer goes to the same forum topic
(`message_thread_id`); only the first one replies to the question. HTML
that Telegram refuses is sent again as plain text rather than not at all. A
group upgraded to a supergroup is followed (400 with `migrate_to_chat_id`).
403 Forbidden (the bot removed from the chat, or blocked) is permanent: the
chat is marked inactive (see `chats`) and nothing is raised, so the
scheduler does not retry it for hours with a traceback each time.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot, InputFile, LinkPreviewOptions, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError

from bot.telegram.chats import ChatBook
from bot.telegram.format import split_reply
from handlers.messages import Reply

__all__ = ["Outbox"]

log = logging.getLogger(__name__)


class Outbox:
    def __init__(self, bot: Bot, chats: ChatBook, follow: Callable[[int, int], Awaitable[None]]) -> None:
        self.bot = bot
        self.chats = chats
        self.follow = follow  # (old id, new id): a group became a supergroup

    async def tell(self, chat_id: int, reply: Reply) -> bool:
        """A private word to a coordinator; False if they never started a chat with the bot."""
        try:
            await self.bot.send_message(chat_id, Reply.plain(reply),
                                                    link_preview_options=LinkPreviewOptions(is_disabled=True))
        except TelegramError as error:
            log.info("could not tell coordinator %s privately: %s", chat_id, error)
            return False
        return True

    async def send(self, chat_id: int, reply: Reply, reply_to: int | None = None, topic: int | None = None) -> None:
        """Every piece goes to the same topic; only the first answers the question.

        403 (bot removed or blocked) is permanent: the chat is marked inactive
        and nothing is raised, so the scheduler does not retry for hours."""
        try:
            await self._post(chat_id, reply, reply_to, topic)
        except Forbidden as error:
            await self.chats.removed(chat_id, str(chat_id), f"Forbidden ({error.message})", self.tell)

    async def _post(self, chat_id: int, reply: Reply, reply_to: int | None, topic: int | None) -> None:
        bot = self.bot
        for index, chunk in enumerate(split_reply(reply)):
            answer = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to and index == 0 else None
            try:
                try:
                    await bot.send_message(
                        chat_id, chunk, parse_mode=ParseMode.HTML, reply_parameters=answer,
                        link_preview_options=LinkPreviewOptions(is_disabled=True), message_thread_id=topic,
                    )
                except ChatMigrated as moved:
                    await self.follow(chat_id, moved.new_chat_id)
                    chat_id, answer, topic = moved.new_chat_id, None, None
                    await bot.send_message(chat_id, chunk, parse_mode=ParseMode.HTML,
                                           link_preview_options=LinkPreviewOptions(is_disabled=True))
            except BadRequest as error:
                if "can't parse entities" not in str(error).lower():
                    raise
                # A rendering bug must not silence the bot: send it all again as plain text.
                log.error("Telegram refused our HTML (%s); sending plain text", error)
                for plain in split_reply(reply, render=Reply.plain):
                    await bot.send_message(chat_id, plain, link_preview_options=LinkPreviewOptions(is_disabled=True),
                                           message_thread_id=topic)
                break
        if reply.attachment is not None:
            document = InputFile(io.BytesIO(reply.attachment.data), filename=reply.attachment.filename)
            await bot.send_document(chat_id, document, message_thread_id=topic)

