"""Sending to Matrix rooms: replies, announcements and `.ics` files.

Every message is retried through M_LIMIT_EXCEEDED (waiting the
`retry_after_ms` the homeserver asks for, instead of nio's endless default)
and through outages, with one transaction id per message so a retry whose
first attempt did arrive is not posted twice. Announcements go through a
pacer that mirrors Synapse's default message rate limit.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import deque
from typing import Any

import aiohttp
from nio import AsyncClient, RoomSendResponse, UploadResponse

from bot.config import ConfigError
from bot.matrix.config import MatrixSettings
from bot.matrix.events import Pacer
from handlers.messages import Reply, render_html

__all__ = ["MatrixError", "MatrixLoginError", "MatrixSender", "TRANSIENT"]

log = logging.getLogger(__name__)

# Transport failures worth a retry (homeserver restarting, connection reset).
TRANSIENT = (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError, OSError, ValueError)


class MatrixError(Exception):
    """The homeserver refused something that retrying will not fix."""


class MatrixLoginError(MatrixError, ConfigError):
    """The configured credentials were refused: the CLI shows it as one line."""


class MatrixSender:
    def __init__(self, client: AsyncClient, settings: MatrixSettings) -> None:
        self.client = client
        self.settings = settings
        self.pacer = Pacer(settings.announce_per_second, settings.announce_burst)
        self.rate_limited = 0  # M_LIMIT_EXCEEDED answers met while sending
        # The bot's latest event ids: a reply to one of them addresses the bot
        # without asking the homeserver whose event it was.
        self.sent: deque[str] = deque(maxlen=500)

    async def deliver(self, room_id: str, reply: Reply, relates_to: dict[str, Any] | None = None) -> None:
        """Send a reply; `relates_to` makes it an answer (in a thread, or to a question)."""
        content: dict[str, Any] = {
            "msgtype": "m.notice" if reply.notice else "m.text",
            "body": reply.plain(),
            "format": "org.matrix.custom.html",
            "formatted_body": render_html(reply, newline="<br>", platform="matrix"),
        }
        mentioned = reply.mentioned("matrix")
        if mentioned:  # intentional mentions: the pilot named in a reminder is notified
            content["m.mentions"] = {"user_ids": mentioned}
        if relates_to is not None:
            content["m.relates_to"] = relates_to
        await self.send_event(room_id, content)
        if reply.attachment is not None:
            # A file follows its message into the thread, if there is one.
            thread = relates_to if relates_to and relates_to.get("rel_type") == "m.thread" else None
            await self._send_file(room_id, reply.attachment.filename, reply.attachment.mimetype,
                                  reply.attachment.data, thread)

    async def _send_file(self, room_id: str, filename: str, mimetype: str, data: bytes,
                         relates_to: dict[str, Any] | None = None) -> None:
        async def upload() -> Any:
            resp, _ = await self.client.upload(lambda *_: data, mimetype, filename, filesize=len(data))
            return resp

        resp = await self._until_sent(room_id, upload)
        if not isinstance(resp, UploadResponse):
            raise MatrixError(f"envoi du fichier {filename} refusé ({resp.status_code})")
        content = {
            "msgtype": "m.file",
            "body": filename,
            "filename": filename,
            "url": resp.content_uri,
            "info": {"mimetype": mimetype, "size": len(data)},
        }
        if relates_to is not None:
            content["m.relates_to"] = relates_to
        await self.send_event(room_id, content)

    async def send_event(self, room_id: str, content: dict[str, Any]) -> None:
        # One transaction id for every attempt: if a response was lost, the
        # homeserver recognises the retry and does not post the message twice.
        txn = uuid.uuid4().hex
        resp = await self._until_sent(
            room_id, lambda: self.client.room_send(
                room_id, "m.room.message", content, tx_id=txn,
                # Trust on first use: every device of the room's members gets the key (see crypto.py).
                ignore_unverified_devices=True,
            )
        )
        if not isinstance(resp, RoomSendResponse):
            raise MatrixError(f"message refusé dans {room_id} ({resp.status_code}: {resp.message})")
        self.sent.append(resp.event_id)

    async def _until_sent(self, room_id: str, call: Any) -> Any:
        """Retry through rate limits (honouring retry_after_ms) and outages."""
        loop = asyncio.get_running_loop()
        give_up = loop.time() + self.settings.send_give_up_seconds
        delay = self.settings.backoff_initial
        limited = False
        while True:
            try:
                resp = await call()
            except TRANSIENT as exc:
                if loop.time() > give_up:
                    raise
                log.warning("matrix: send to %s failed (%s); retrying in %.0fs", room_id, type(exc).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.settings.backoff_max)
                continue
            if getattr(resp, "status_code", None) != "M_LIMIT_EXCEEDED" or loop.time() > give_up:
                if limited:
                    # Joins and replies share the homeserver's bucket: pace from now on.
                    self.pacer.drain()
                return resp
            limited = True
            self.rate_limited += 1
            wait = (resp.retry_after_ms or 1000) / 1000
            log.warning("matrix: rate limited in %s; waiting %.1fs as the homeserver asks", room_id, wait)
            await asyncio.sleep(wait)
