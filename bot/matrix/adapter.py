"""The Matrix adapter: Greffier in Matrix rooms, through matrix-nio.

It runs its own sync loop instead of nio's `sync_forever`, because nio
saves the sync token before running callbacks and does not persist it at
all without the e2e extra. Here the token is stored (in the store's state)
only after every event of a batch has been handled, so a crash replays the
batch; the router's event log then keeps each command from running twice.
After a restart the first sync asks for full state, so power levels,
display names and member counts are known again.

nio's own retries are turned off (`max_limit_exceeded=0`, `max_timeouts=0`)
so this module decides: sync failures back off exponentially, and a send
that meets M_LIMIT_EXCEEDED waits the `retry_after_ms` Synapse asks for.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nio import (
    AsyncClient,
    MatrixRoom,
    MegolmEvent,
    RoomCreateEvent,
    RoomEncryptedFile,
    RoomGetEventResponse,
    RoomMessageFile,
    RoomMessageText,
    SyncError,
    SyncResponse,
    UnknownEncryptedEvent,
)

from bot.app import Greffier
from bot.config import GroupConfig
from bot import files
from bot.matrix import attachments, crypto, session, timeline
from bot.matrix.config import MatrixSettings
from bot.matrix.edits import original_relation, read_edit
from bot.matrix.events import addressed, room_creators
from bot.matrix.replies import answer_relation, read_relation, strip_fallback
from bot.matrix.send import TRANSIENT, MatrixError, MatrixLoginError, MatrixSender
from bot.turns import Origin
from handlers.messages import Message, Reply

__all__ = ["MatrixAdapter", "MatrixError", "MatrixLoginError", "build_adapter"]

log = logging.getLogger(__name__)

_AUTH_ERRORS = ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN", "M_FORBIDDEN", "M_USER_DEACTIVATED")
# How long a stop waits for the batch of events under way (seconds).
STOP_GRACE_SECONDS = 10.0

class MatrixAdapter:
    platform = "matrix"

    def __init__(self, app: Greffier, settings: MatrixSettings) -> None:
        self.app = app
        self.settings = settings
        # The names a question may call the bot by (« Clerc, … », @clerc:server), as on Telegram.
        app.router.names |= {*settings.names, settings.user_id.partition(":")[0].lstrip("@").casefold()}
        keys = crypto.store_path(settings.e2e_store)
        self.client = AsyncClient(
            settings.homeserver,
            settings.user_id,
            device_id=app.store.get_state(self._key("device_id")),
            store_path=str(keys) if keys else "",
            config=crypto.client_config(keys is not None),
        )
        self.sender = MatrixSender(self.client, settings)
        self._alias_of: dict[str, str] = {}  # room id -> configured alias
        self._room_of: dict[str, str] = {}  # configured alias -> room id
        # Room version 12 creators outrank every power level but are not listed in them.
        self._creators: dict[str, frozenset[str]] = {}
        self.ready = asyncio.Event()  # set after the first sync is handled
        self._sync_limited = 0

    @property
    def rate_limited(self) -> int:
        """M_LIMIT_EXCEEDED answers met so far (each one waited out, then retried)."""
        return self._sync_limited + self.sender.rate_limited

    def _key(self, name: str) -> str:
        return f"matrix:{self.settings.user_id}:{name}"

    # -- start-up ------------------------------------------------------------

    async def _retrying(self, what: str, call: Any) -> Any:
        return await session.retrying(self.settings, what, call)

    async def _join_configured(self) -> None:
        self._alias_of = await session.join_configured(self.client, self.settings, self.app.config.groups)
        self._room_of = {alias: room for room, alias in self._alias_of.items()}

    # -- the sync loop -------------------------------------------------------

    async def run(self) -> None:
        try:
            await session.login(self.client, self.settings)
            if self.client.device_id:
                await asyncio.to_thread(self.app.store.set_state, self._key("device_id"), self.client.device_id)
            await self._join_configured()
            await self._sync_forever()
        finally:
            await self.client.close()

    async def _sync_forever(self) -> None:
        token: str | None = await asyncio.to_thread(self.app.store.get_state, self._key("next_batch"))
        full_state = token is not None
        delay = self.settings.backoff_initial
        sync_filter = {"room": {"timeline": {"limit": self.settings.timeline_limit}}}
        while True:
            try:
                resp = await self.client.sync(
                    timeout=self.settings.sync_timeout_ms, sync_filter=sync_filter, since=token,
                    full_state=full_state or None,
                )
            except TRANSIENT as exc:
                log.warning("matrix: sync failed (%s); retrying in %.0fs", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.settings.backoff_max)
                continue
            if isinstance(resp, SyncError):
                if resp.status_code in _AUTH_ERRORS:
                    raise MatrixLoginError(f"le homeserver refuse la session Matrix ({resp.status_code})")
                wait = delay
                if resp.status_code == "M_LIMIT_EXCEEDED":
                    self._sync_limited += 1
                    wait = (resp.retry_after_ms or delay * 1000) / 1000
                log.warning("matrix: sync error %s; retrying in %.1fs", resp.status_code, wait)
                await asyncio.sleep(wait)
                delay = min(delay * 2, self.settings.backoff_max)
                continue
            delay = self.settings.backoff_initial
            batch = asyncio.ensure_future(self._finish_batch(resp, since=token))
            try:
                await asyncio.shield(batch)
            except asyncio.CancelledError:
                # A stop (Ctrl-C) lets the batch under way finish, so its
                # answers and the token that marks them are saved together;
                # past the bound it is replayed at the next start instead.
                await asyncio.wait_for(batch, STOP_GRACE_SECONDS)
                raise
            token, full_state = resp.next_batch, False
            try:
                await crypto.chores(self.client)
            except TRANSIENT as exc:
                log.warning("matrix: e2e key exchange failed (%s); retried after the next sync", type(exc).__name__)
            self.ready.set()

    async def _finish_batch(self, resp: SyncResponse, since: str | None) -> None:
        await self._handle_sync(resp, since=since)
        # Only now: a crash above replays this batch instead of losing it.
        await asyncio.to_thread(self.app.store.set_state, self._key("next_batch"), resp.next_batch)

    async def _handle_sync(self, resp: SyncResponse, since: str | None) -> None:
        for room_id, invite in resp.rooms.invite.items():
            await session.accept_invite(self.client, self.settings, room_id, invite.invite_state)
        for room_id, info in resp.rooms.join.items():
            for event in (*info.state, *info.timeline.events):
                if isinstance(event, RoomCreateEvent):
                    self._creators[room_id] = room_creators(event.room_version, event.sender, event.source)
        if since is None:
            return  # history from before the bot's very first sync is never answered
        for room_id, info in resp.rooms.join.items():
            room = self.client.rooms.get(room_id)
            if room is None:
                continue
            events = list(info.timeline.events)
            if info.timeline.limited and info.timeline.prev_batch:
                events = await timeline.backfill(
                    self.client, self._retrying, room_id, info.timeline.prev_batch, since
                ) + events
            for event in timeline.after_own_join(events, self.client.user_id):
                try:
                    await self._on_event(room, event)
                except Exception:
                    # One event's failure (a refused send, a bug) must not stop the bot.
                    log.exception("matrix: event %s in %s failed", getattr(event, "event_id", "?"), room_id)

    async def _on_event(self, room: MatrixRoom, event: Any) -> None:
        if event.sender == self.client.user_id:
            return
        sent = datetime.fromtimestamp(event.server_timestamp / 1000, tz=UTC)
        if self.app.clock.now() - sent > self.settings.max_age:
            log.info("matrix: event %s in %s is too old; not answered", event.event_id, room.room_id)
            return
        if isinstance(event, MegolmEvent | UnknownEncryptedEvent):
            await self._encrypted_notice(room.room_id, event)
            return
        content = event.source.get("content", {})
        edit = read_edit(content)
        if edit is not None:  # the new content of an edited message (bot/matrix/edits.py)
            content = edit.content
            body = content.get("body")
            if not isinstance(event, RoomMessageText) or not isinstance(body, str):
                return
            raw = body
        elif isinstance(event, RoomMessageText):
            raw = event.body
        elif isinstance(event, RoomMessageFile | RoomEncryptedFile) and files.is_command(attachments.caption(content) or ""):
            raw = attachments.caption(content) or ""
        else:
            return
        chat_id = self._alias_of.get(room.room_id, room.room_id)
        group = await asyncio.to_thread(self._group_of, chat_id)  # may read the store
        body, content = strip_fallback(raw, content)
        relation = read_relation(content)
        mentioned, text = addressed(body, content, self.client.user_id, self.settings.names)
        if edit is not None:
            if not files.is_command(text if mentioned else body):
                return  # an edited question was answered already; an edited command is worth a new answer
            relation = await original_relation(self.client, room.room_id, edit.original)
        to_bot = relation.reply_to is not None and await self._is_ours(room.room_id, relation.reply_to)
        message = Message(
            platform=self.platform,
            chat_id=chat_id,
            sender_id=event.sender,
            sender_name=room.user_name(event.sender) or event.sender,
            text=text if mentioned else body.strip(),
            timestamp=sent,
            # A two-person room that no group owns is a conversation with the bot.
            private=group is None and room.member_count <= 2,
            addressed=mentioned or to_bot,
            name_calls=False,  # `addressed` above already read a leading name, where m.mentions allows it
            sender_is_admin=self._is_admin(room, event.sender, group),
            event_id=event.event_id,
            reply_to_bot=to_bot,
            thread_id=relation.thread,
        )
        got = None if isinstance(event, RoomMessageText) else await attachments.fetch(self.client, event)
        # The room's turn: an announcement the command owes waits for its answer (bot/turns.py).
        async with self.app.turns.answering(Origin(self.platform, chat_id, relation.thread)):
            if isinstance(got, Reply):
                reply: Reply | None = got
            else:
                reply = await self.app.router.handle_async(dataclasses.replace(message, attachment=got))
            if reply is not None:
                question = edit.original if edit is not None and edit.original else event.event_id
                await self.sender.deliver(room.room_id, reply, answer_relation(question, relation))

    async def _is_ours(self, room_id: str, event_id: str) -> bool:
        """Whether an event is one of the bot's own messages (a reply to it addresses it)."""
        if event_id in self.sender.sent:
            return True
        try:
            resp = await self.client.room_get_event(room_id, event_id)
        except TRANSIENT:
            return False  # unknown: the message is still read, as not addressed
        return isinstance(resp, RoomGetEventResponse) and resp.event.sender == self.client.user_id

    def _group_of(self, chat_id: str) -> GroupConfig | None:
        for group in self.app.config.groups:
            if chat_id in group.chats.get(self.platform, ()):
                return group
        slug = self.app.store.bound_group(self.platform, chat_id)
        return self.app.config.group(slug) if slug else None

    def _is_admin(self, room: MatrixRoom, user_id: str, group: GroupConfig | None) -> bool:
        if group is None or group.coordinator_power_level is None:
            return False
        if user_id in self._creators.get(room.room_id, ()):
            return True
        return room.power_levels.get_user_level(user_id) >= group.coordinator_power_level

    async def _encrypted_notice(self, room_id: str, event: Any) -> None:
        """Say once per room that an encrypted message cannot be read, rather than stay silent."""
        name, notice = crypto.unreadable(self.client, event.event_id, room_id)
        key = self._key(f"{name}:{room_id}")
        if await asyncio.to_thread(self.app.store.get_state, key):
            return
        await self.sender.deliver(room_id, Reply.of(notice).as_notice())
        await asyncio.to_thread(self.app.store.set_state, key, True)

    # -- sending -------------------------------------------------------------

    async def send(self, chat_id: str, reply: Reply, origin: Origin | None = None) -> None:
        """An announcement (paced; see `MatrixSender`), after the room's pending answer.

        It stays in the main timeline even when its command was typed in a
        thread (`origin`): a thread is a side conversation the group may not follow."""
        await self.sender.pacer.wait()  # paced outside the turn: answers in the room never wait for the pacer
        async with self.app.turns.announcing(self.platform, chat_id):
            await self.sender.deliver(self._room_of.get(chat_id, chat_id), reply)


def build_adapter(app: Greffier, args: argparse.Namespace) -> MatrixAdapter:
    """Called by `python -m bot run --platform matrix`."""
    # nio logs a schema warning (with the whole schema) for every error
    # response, 429s and refused logins included; this adapter handles and
    # logs those itself, in one line each.
    logging.getLogger("nio.responses").setLevel(logging.ERROR)
    settings = MatrixSettings.from_section(app.config.platforms.get("matrix"))
    if settings.e2e_store is None:
        # The key folder lives with the data (--data, else the config's data_dir).
        data = Path(args.data) if getattr(args, "data", None) else app.config.data_dir
        settings = dataclasses.replace(settings, e2e_store=data / "matrix-e2e")
    if not crypto.ENCRYPTION_ENABLED:
        log.warning("matrix: matrix-nio's e2e extra is not installed; encrypted rooms get a notice only")
    return MatrixAdapter(app, settings)
