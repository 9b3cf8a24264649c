"""The Telegram adapter: python-telegram-bot (v22) in front of the router.

Long polling by default, a webhook with `--webhook URL`. Each text message
becomes a `handlers.messages.Message`; the `Reply` goes back as HTML (every
span escaped by `render_html`), cut at 4096 characters on line boundaries.

Exactly-once, as far as Telegram allows: in polling mode the next offset is
saved only after a whole batch is handled, so a crash hands the unfinished
batch back on restart; the router's event log skips what was already
answered and write origins keep a replayed write from doubling. Commands
older than `max_age_seconds` (sent while the bot was down) are not answered.

Updates asked for (`ALLOWED_UPDATES`, stated explicitly: Telegram otherwise
keeps whatever list the previous run asked for): messages, edited messages
(an edited command is answered again, once per edit: what Telegram users
expect when they fix a typo) and `my_chat_member` (the bot removed from or
added back to a chat). Migration, removal and topics: see `chats`.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import os
import re
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from telegram import Update
from telegram import Message as TgMessage
from telegram.error import BadRequest, InvalidToken, TelegramError
from telegram.ext import Application, ApplicationBuilder, ChatMemberHandler, ContextTypes, MessageHandler, filters

from bot import files
from bot.app import Greffier
from bot.config import ConfigError
from bot.telegram.chats import ChatBook
from bot.telegram.config import TelegramConfig
from bot.telegram.incoming import MessageReader
from bot.telegram.menus import chat_menus, menus, register
from bot.telegram.net import Backoff, RetryingRateLimiter, token_redacted
from bot.telegram.outgoing import Outbox
from bot.telegram.webhook import WebhookServer
from bot.turns import Origin
from handlers.messages import Message, Reply

__all__ = ["ALLOWED_UPDATES", "TelegramAdapter", "TelegramConfig", "build_adapter"]

log = logging.getLogger(__name__)

AWAY = "Je reviens d'une interruption : je ne réponds pas aux messages envoyés il y a plus de {minutes} minutes. Renvoyez votre demande si elle tient toujours."
ALLOWED_UPDATES = ["message", "edited_message", "my_chat_member"]
_GONE = ("left", "kicked")  # ChatMember statuses of a bot no longer in the chat
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
T = TypeVar("T")


class TelegramAdapter:
    platform = "telegram"

    def __init__(
        self,
        app: Greffier,
        config: TelegramConfig,
        webhook_url: str | None = None,
        listen: tuple[str, int] = ("127.0.0.1", 8443),
        backoff: tuple[float, float] = (1.0, 60.0),
        network_retries: int = 5,
        request_timeout: float = 10.0,
    ) -> None:
        if webhook_url and not (config.webhook_secret and _SECRET.match(config.webhook_secret)):
            raise ConfigError(
                "telegram.webhook_secret_env ou telegram.webhook_secret_file est requis avec --webhook "
                "(1 à 256 caractères A-Z, a-z, 0-9, _ et -)"
            )
        self.app = app
        self.config = config
        self.webhook_url = webhook_url
        self.listen = listen
        self.backoff = backoff
        self.request_timeout = request_timeout
        self.network_retries = network_retries
        self.application = self._build()
        self.reader = MessageReader(self.application.bot, app.router, config.admin_cache)
        self.chats = ChatBook(app)
        self.outbox = Outbox(self.application.bot, self.chats, self._follow)
        self._told_away: set[int] = set()
        self.bot_id = 0
        self.reads_all = False  # privacy mode off (getMe's can_read_all_group_messages)

    def _build(self) -> Application[Any, Any, Any, Any, Any, Any]:
        config, timeout = self.config, self.request_timeout
        limiter = RetryingRateLimiter(
            overall_max_rate=config.messages_per_second,
            group_max_rate=config.group_messages_per_minute,
            network_retries=self.network_retries,
            backoff=(self.backoff[0], min(self.backoff[1], 30.0)),
        )
        # PTB logs the API URL, token included, when it builds the bot.
        with token_redacted(config.token):
            application = (
                ApplicationBuilder()
                .token(config.token)
                .base_url(config.base_url)
                .base_file_url(config.base_file_url)
                .rate_limiter(limiter)
                .job_queue(None)  # the scheduler is Greffier's own, not PTB's
                .updater(None)  # our own polling loop and webhook server (see _poll, webhook.py)
                .connect_timeout(timeout)
                .read_timeout(timeout)
                .write_timeout(timeout)
                .get_updates_read_timeout(timeout)
                .build()
            )
        application.add_handler(
            MessageHandler(filters.UpdateType.MESSAGE & (filters.TEXT | filters.Document.ALL), self._on_message)
        )
        application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, self._on_message))
        application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self._on_migrate))
        application.add_handler(ChatMemberHandler(self._on_my_member, ChatMemberHandler.MY_CHAT_MEMBER))
        application.add_error_handler(self._on_error)
        return application

    # -- lifecycle -----------------------------------------------------------

    async def run(self) -> None:
        with token_redacted(self.config.token):
            try:
                await self._start()
                if self.webhook_url:
                    await self._run_webhook(self.webhook_url)
                else:
                    await self._poll()
            finally:
                await self.application.shutdown()

    async def _start(self) -> None:
        """getMe (retried through an outage), then the command menus."""
        try:
            await self._forever("getMe", self.application.initialize)
        except InvalidToken:
            raise ConfigError("telegram: Telegram refuse le jeton du bot (révoqué ou mal copié ?)") from None
        me = self.application.bot
        self.bot_id = me.id
        self.reads_all = bool(me.bot.can_read_all_group_messages)
        log.info("connected to Telegram as @%s (privacy mode %s)", me.username, "off" if self.reads_all else "on")
        self.app.router.names |= {me.username.casefold()}  # /cmd@OurName is ours, /cmd@Other is not
        await self._set_menus()

    async def _forever(self, what: str, call: Callable[[], Awaitable[T]], refused: str | None = None) -> T:
        """Retry a call through network errors and outages until it succeeds.

        With `refused`, a 400 is final: the request itself is wrong (a bad
        webhook URL or certificate), so retrying cannot help; start-up stops
        with that French line and Telegram's reason."""
        delays = Backoff(*self.backoff)
        while True:
            try:
                return await call()
            except InvalidToken:
                raise
            except TelegramError as error:  # network, 5xx, 409 conflict, rate limit
                if refused is not None and isinstance(error, BadRequest):
                    raise ConfigError(f"{refused} ({error.message})") from None
                delay = delays.next()
                log.warning("Telegram %s failed (%s); retry in %.1f s", what, error, delay)
                await asyncio.sleep(delay)

    async def _poll(self) -> None:
        bot = self.application.bot
        await self._forever("deleteWebhook", bot.delete_webhook)  # getUpdates refuses to run while a webhook is set
        key = f"telegram:offset:{self.bot_id}"
        offset: int | None = await asyncio.to_thread(self.app.store.get_state, key)
        while True:
            updates = await self._forever(
                "getUpdates",
                lambda: bot.get_updates(offset=offset, timeout=self.config.poll_timeout, allowed_updates=ALLOWED_UPDATES),
            )
            if not updates:
                continue
            await self._handle_batch(updates)
            # Saved only now: Telegram hands back everything after the offset
            # we last asked for, so a crash above replays the unfinished batch.
            offset = updates[-1].update_id + 1
            await asyncio.to_thread(self.app.store.set_state, key, offset)

    async def _handle_batch(self, updates: tuple[Update, ...]) -> None:
        """Chats are served concurrently; each chat's updates stay in order."""
        per_chat: dict[int, list[Update]] = defaultdict(list)
        for update in updates:
            chat = update.effective_chat
            per_chat[chat.id if chat else 0].append(update)

        async def serve(chat_updates: list[Update]) -> None:
            for update in chat_updates:
                await self.application.process_update(update)

        await asyncio.gather(*(serve(u) for u in per_chat.values()))

    async def _run_webhook(self, url: str) -> None:
        """Telegram POSTs to URL (through the operator's proxy) and we listen on --listen."""
        bot, secret = self.application.bot, self.config.webhook_secret
        assert secret is not None  # checked in __init__
        server = WebhookServer(bot, secret, urlsplit(url).path, self.application.process_update)
        host, port = self.listen
        server.start(host, port)
        try:
            await self._forever(
                "setWebhook", lambda: bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES),
                refused="telegram : Telegram refuse le webhook — vérifiez l'URL publique (https, port 443, 80, 88 "
                "ou 8443) et son certificat",
            )
            log.info("webhook listening on %s:%d for %s", host, port, urlsplit(url).netloc)
            await asyncio.Event().wait()
        finally:
            # The webhook stays set: Telegram keeps updates until we are back.
            await server.stop()

    # -- incoming ------------------------------------------------------------

    async def _on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        edited = update.edited_message is not None
        tg = update.edited_message or update.message
        if tg is None or (tg.text is None and not (tg.document and files.is_command(tg.caption or ""))):
            return  # a file without a command as its caption is chatter: never downloaded
        text = tg.text if tg.text is not None else tg.caption or ""
        if edited and not text.startswith("/"):
            return  # an edited question was already answered; an edited command is worth a new answer
        sent_at = (tg.edit_date or tg.date) if edited else tg.date
        age = self.app.clock.now() - sent_at
        stale = age > self.config.max_age
        message = await self.reader.to_message(update.update_id, tg, check_admin=not stale)
        if message is None:
            return
        topic = tg.message_thread_id if tg.is_topic_message else None
        if not self.reads_all and not message.private:
            message = dataclasses.replace(message, command_suffix=f"@{self.application.bot.username}")
        if stale:
            log.info("update %d is %s old; not answered", update.update_id, age)
            await self._say_away(tg, message, topic)
            return
        if tg.chat.is_forum and text.startswith("/"):
            await self.chats.remember_topic(tg.chat.id, topic)
        reply = await self._attach(tg, message) if tg.document else None
        if isinstance(reply, Message):
            message, reply = reply, None
        # The chat's turn: what the command owes this chat (a convocation)
        # waits until its reply is out, and goes to this topic (bot/turns.py).
        async with self.app.turns.answering(Origin(self.platform, message.chat_id, message.thread_id)):
            if reply is None:
                reply = await self.app.router.handle_async(message)
            if reply is not None:
                await self.outbox.send(tg.chat.id, reply, None if message.private else tg.message_id, topic)
        if reply is not None:
            await self._menus_if_bound(message)

    async def _attach(self, tg: TgMessage, message: Message) -> Message | Reply:
        """The message with its document, or the answer refusing a file too big to fetch."""
        document = tg.document
        assert document is not None
        name = document.file_name or "fichier"
        if (document.file_size or 0) > files.MAX_BYTES:
            return files.too_big(name, document.file_size or 0)
        try:
            data = bytes(await (await document.get_file()).download_as_bytearray())
        except TelegramError as error:
            log.warning("Telegram file %s could not be fetched: %s", document.file_id, error)
            return files.not_fetched(name)
        if len(data) > files.MAX_BYTES:
            return files.too_big(name, len(data))
        return dataclasses.replace(message, attachment=(name, data))

    async def _on_migrate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The service messages of a group becoming a supergroup (either may come first)."""
        tg = update.message
        if tg is None:
            return
        if tg.migrate_to_chat_id:
            await self._follow(tg.chat.id, tg.migrate_to_chat_id)
        elif tg.migrate_from_chat_id:
            await self._follow(tg.migrate_from_chat_id, tg.chat.id)

    async def _follow(self, old: int, new: int) -> None:
        slug = await self.chats.migrate(old, new)
        group = self.app.config.group(slug) if slug else None
        if group is not None:
            await register(self.application.bot, chat_menus(self.app.router.commands.commands, group, new))

    async def _on_my_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The bot removed from a chat (or blocked), or added back."""
        change = update.my_chat_member
        if change is None:
            return
        chat = change.chat
        if change.new_chat_member.status in _GONE:
            await self.chats.removed(chat.id, chat.title or chat.full_name or str(chat.id),
                                     f"bot {change.new_chat_member.status}", self.outbox.tell)
        else:
            await self.chats.added(chat.id)

    async def _menus_if_bound(self, message: Message) -> None:
        """After /lier (or !lier), the newly bound chat gets its coordinator menus at once."""
        text = message.text.strip()
        # Both spellings the router runs: `/lier` and `!lier` (what a user
        # types when another bot in the chat takes every `/`).
        command = self.app.router.commands.find(text.split(maxsplit=1)[0]) if text[:1] in ("/", "!") else None
        if command is None or command.name != "lier":
            return
        slug = await asyncio.to_thread(self.app.store.bound_group, "telegram", message.chat_id)
        group = self.app.config.group(slug) if slug else None
        if group is not None:
            await register(self.application.bot, chat_menus(self.app.router.commands.commands, group, int(message.chat_id)))

    async def _say_away(self, tg: TgMessage, message: Message, topic: int | None) -> None:
        is_command = (tg.text or tg.caption or "").startswith("/")
        if not self.config.away_notice or tg.chat.id in self._told_away or not (is_command or message.addressed):
            return
        self._told_away.add(tg.chat.id)
        minutes = max(1, round(self.config.max_age.total_seconds() / 60))
        await self.outbox.send(tg.chat.id, Reply.of(AWAY.format(minutes=minutes)), None, topic)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # The adapter's error boundary: log, never crash the loop, never show the user a trace.
        log.error("Telegram update failed: %s", context.error, exc_info=context.error)

    # -- outgoing ------------------------------------------------------------

    async def send(self, chat_id: str, reply: Reply, origin: Origin | None = None) -> None:
        """Announcements from the scheduler or from another chat's command.

        In a forum, to the topic of the command that owed it (`origin`),
        else to the topic of the chat's latest command."""
        chat = int(chat_id)
        if await self.chats.forwarded(chat):
            return  # now a supergroup, bound under its new id and served under it
        if await self.chats.inactive(chat):
            log.info("Telegram chat %s is inactive (bot removed): announcement not sent", chat)
            return  # a permanent failure: retrying would only fail again
        if origin is not None:
            topic = int(origin.thread_id) if origin.thread_id else None
        else:
            topic = await self.chats.topic(chat)
        async with self.app.turns.announcing(self.platform, chat_id):
            await self.outbox.send(chat, reply, None, topic)

    async def _set_menus(self) -> None:
        groups = [(g, self._chats_of(g.slug)) for g in self.app.config.groups]
        await register(self.application.bot, menus(self.app.router.commands.commands, groups))

    def _chats_of(self, slug: str) -> list[str]:
        return [chat for platform, chat in self.app.chats_of(slug) if platform == "telegram"]


def build_adapter(app: Greffier, args: argparse.Namespace) -> TelegramAdapter:
    # Opt in to PTB's timedelta periods now (RetryAfter otherwise warns on
    # every 429 that int periods are deprecated); we never read them as ints.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    config = TelegramConfig.from_section(app.config.platforms.get("telegram"))
    host, _, port = str(getattr(args, "listen", "127.0.0.1:8443")).rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(f"--listen : {args.listen!r} doit s'écrire HÔTE:PORT (ex. 127.0.0.1:8443)")
    return TelegramAdapter(app, config, webhook_url=getattr(args, "webhook", None), listen=(host, int(port)))
