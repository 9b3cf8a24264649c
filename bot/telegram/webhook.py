"""Webhook mode: Telegram POSTs each update to us behind a reverse proxy.

python-telegram-bot's own webhook server answers 200 as soon as an update is
queued, before it is handled, so a crash would lose what was queued. This
small tornado server (tornado comes with PTB's `webhooks` extra) answers only
once the update is handled: a crash or an error leaves Telegram without its
200, Telegram delivers the update again, and the router's event log and
write origins keep the second delivery from answering or writing twice.
Every request must carry the secret token, compared in constant time.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import tornado.web
from telegram import Bot, Update
from tornado.httpserver import HTTPServer

__all__ = ["WebhookServer"]

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20  # an update is a few kilobytes; refuse anything absurd

Process = Callable[[Update], Awaitable[None]]


class _UpdateHandler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("POST",)  # type: ignore[assignment]

    def initialize(self, bot: Bot, secret: str, process: Process) -> None:
        self.bot = bot
        self.secret = secret
        self.process = process

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            log.warning("webhook request from %s without the right secret token: refused", self.request.remote_ip)
            self.set_status(403)
            return
        try:
            update = Update.de_json(json.loads(self.request.body), self.bot)
        except (ValueError, TypeError, KeyError):
            log.warning("webhook request with a malformed update: refused")
            self.set_status(400)
            return
        # Handled before answering: Telegram retries anything not answered 200.
        await self.process(update)
        self.set_status(200)

    def log_exception(self, typ: Any, value: Any, tb: Any) -> None:
        # A failed update answers 500 (so Telegram retries); log it once, our way.
        log.error("webhook update failed: %s", value, exc_info=(typ, value, tb))


class _App(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """No access log: paths and headers are the operator's proxy's business."""


class WebhookServer:
    """Serves `path` on host:port until `stop()`."""

    def __init__(self, bot: Bot, secret: str, path: str, process: Process) -> None:
        route = "/" + path.strip("/")
        app = _App([(route.rstrip("/") + "/?", _UpdateHandler, {"bot": bot, "secret": secret, "process": process})])
        self._server = HTTPServer(app, max_body_size=MAX_BODY)

    def start(self, host: str, port: int) -> None:
        self._server.listen(port, address=host)

    async def stop(self) -> None:
        self._server.stop()
        await self._server.close_all_connections()
