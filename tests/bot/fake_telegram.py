"""A local Bot API server for tests: the real HTTP protocol on 127.0.0.1.

python-telegram-bot talks to it through `base_url`, exactly as it would talk
to api.telegram.org: form-encoded or multipart POSTs to `/bot<token>/<method>`,
JSON answers `{"ok": ..., "result" | "error_code", "description", "parameters"}`.
It implements what Greffier uses (getMe, getUpdates with offset and long-poll
timeout, sendMessage with Telegram's HTML parser and 4096 limit, sendDocument,
setMyCommands, deleteWebhook/setWebhook, getChatAdministrators, getFile) and can inject
faults: 429 with retry_after, 502, dropped connections, slow answers.

It also models what real groups do to a bot:
- privacy mode (`privacy=True`): in a group where the bot is not an admin,
  only what the Bot API FAQ lists reaches it — `/cmd@bot`, a bare `/cmd` when
  this bot was the last bot to post there, replies to its messages, and
  (per BotFather's wording) messages mentioning `@bot`; the rest is withheld;
- `allowed_updates`: remembered from one call to the next, as Telegram does
  (`allowed` starts as what an earlier deployment asked for), and applied
  to what getUpdates hands out;
- forum topics (`message_thread_id`, `is_topic_message`);
- service messages: a group upgraded to a supergroup (`migrate`), and the bot
  removed or added back (`remove_bot`/`add_bot`: a `my_chat_member` update,
  then 403 Forbidden on every send to that chat, as for a user who blocked
  the bot or never started a chat with it: `blocked`);
- edited messages (`edit`), and documents (`push_document`) fetched with
  getFile and `/file/bot<token>/<path>`. Those events live in `fake_telegram_groups`,
  the HTML parser in `telegram_html`.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from tests.bot.fake_telegram_groups import BOT_ID, GroupLife
from tests.bot.telegram_html import TelegramHTMLError, parse_telegram_html, utf16_len

__all__ = ["BOT_ID", "TOKEN", "Fault", "FakeTelegram", "Sent", "TelegramHTMLError", "parse_telegram_html"]

TOKEN = "123456789:AAF-fake-token-never-in-logs_x1"
_JSON_FIELDS = {"commands", "scope", "reply_parameters", "link_preview_options", "allowed_updates",
                "reply_markup", "entities"}
_INT_FIELDS = {"chat_id", "offset", "limit", "timeout", "user_id", "message_id", "message_thread_id"}
# What getUpdates hands out when no allowed_updates was ever given.
_DEFAULT_UPDATES = ("message", "edited_message", "channel_post", "edited_channel_post", "my_chat_member",
                    "callback_query", "inline_query")


@dataclass
class Fault:
    """Answer the next `times` calls to `method` badly.

    kind: "429" (Too Many Requests with retry_after), "502" (Bad Gateway),
    "drop" (close the connection without an answer), "slow" (wait `delay`
    seconds, then answer normally), "entities" (refuse the message's HTML),
    "400" (a plain Bad Request, as for a file Telegram no longer has).
    `only`, when given, picks the calls the fault applies to by their
    parameters (e.g. only answers: those with `reply_parameters`).
    """

    method: str
    kind: str
    times: int = 1
    retry_after: int = 1
    delay: float = 0.0
    only: Callable[[dict[str, Any]], bool] | None = None


@dataclass
class Sent:
    chat_id: int
    html: str  # as posted
    text: str  # as the user reads it
    message_id: int
    reply_to: int | None = None
    document: tuple[str, bytes] | None = None
    thread_id: int | None = None  # the forum topic it was posted in


@dataclass
class FakeTelegram(GroupLife):
    token: str = TOKEN
    username: str = "GreffierBot"
    updates: list[dict[str, Any]] = field(default_factory=list)  # not yet confirmed
    sent: list[Sent] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    admins: dict[int, list[int]] = field(default_factory=dict)
    commands: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # scope json -> menu
    webhook: dict[str, Any] | None = None
    refused: list[str] = field(default_factory=list)  # 400 descriptions we answered
    migrated: dict[int, int] = field(default_factory=dict)  # group id -> its new supergroup id
    privacy: bool = False  # the bot's privacy mode (BotFather /setprivacy)
    allowed: list[str] | None = None  # the allowed_updates Telegram remembers for this bot
    withheld: list[dict[str, Any]] = field(default_factory=list)  # updates Telegram kept from the bot
    removed: set[int] = field(default_factory=set)  # chats the bot was removed from
    blocked: set[int] = field(default_factory=set)  # private chats refusing the bot (blocked / never started)
    forums: set[int] = field(default_factory=set)  # supergroups with topics turned on
    last_bot: dict[int, int] = field(default_factory=dict)  # chat -> id of the last bot that posted there
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # file_id -> (file_path, bytes)

    def __post_init__(self) -> None:
        self._next_update = 1000
        self._next_message = 1
        self.last_pushed: dict[str, Any] = {}
        self._new_update = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._closing = False
        self.port = 0

    # -- running -------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        # Wake long polls still waiting, so shutting down does not wait out their timeout.
        self._closing = True
        async with self._new_update:
            self._new_update.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # -- what tests do -------------------------------------------------------

    async def push(self, chat_id: int, user: dict[str, Any] | None, text: str, *, date: datetime | None = None,
                   sender_chat: dict[str, Any] | None = None, reply_to_bot: bool = False, title: str = "Groupe",
                   is_automatic_forward: bool = False, thread_id: int | None = None) -> int:
        """Queue a text message update as Telegram would deliver it; returns its update_id.

        Withheld (privacy mode) or not, the update gets an id; a withheld one
        goes to `withheld` instead of the bot."""
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(text.split()[0])})
        for match in re.finditer(r"@[A-Za-z0-9_]{5,32}", text):
            if match.start() > 0 or not text.startswith("/"):
                entities.append({"type": "mention", "offset": utf16_len(text[: match.start()]),
                                 "length": utf16_len(match.group())})
        message: dict[str, Any] = {
            "message_id": self._message_id(),
            "date": int((date or datetime.now(timezone.utc)).timestamp()),
            "chat": self._chat(chat_id, title),
            "text": text,
        }
        if entities:
            message["entities"] = entities
        if user is not None:
            message["from"] = user
        if sender_chat is not None:
            message["sender_chat"] = sender_chat
        if is_automatic_forward:
            message["is_automatic_forward"] = True
        if reply_to_bot:
            message["reply_to_message"] = {"message_id": 1, "date": message["date"], "chat": message["chat"],
                                           "from": self._me(), "text": "…"}
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        self.last_pushed = message
        if not self._delivered(message):
            self._next_update += 1
            self.withheld.append({"update_id": self._next_update, "message": message})
            return self._next_update
        return await self._queue("message", message)

    async def _queue(self, kind: str, payload: dict[str, Any]) -> int:
        self._next_update += 1
        update = {"update_id": self._next_update, kind: payload}
        async with self._new_update:
            self.updates.append(update)
            self._new_update.notify_all()
        return self._next_update

    async def replay(self, update: dict[str, Any]) -> None:
        """Put back an update Telegram had not yet seen confirmed (crash before the next poll)."""
        async with self._new_update:
            self.updates.insert(0, update)
            self._new_update.notify_all()

    async def wait_sent(self, count: int, timeout: float = 10.0) -> list[Sent]:
        """Wait until `count` messages were sent, then a little for extras."""
        deadline = time.monotonic() + timeout
        while len(self.sent) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} sent messages, got {len(self.sent)}: {self.sent}")
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.2)  # anything more (a duplicate) would show up by now
        return self.sent

    async def wait_confirmed(self, timeout: float = 10.0) -> None:
        """Wait until the bot has confirmed (by its next offset) every update."""
        deadline = time.monotonic() + timeout
        while self.updates:
            if time.monotonic() > deadline:
                raise AssertionError(f"updates never confirmed: {[u['update_id'] for u in self.updates]}")
            await asyncio.sleep(0.02)

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [s.text for s in self.sent if chat_id is None or s.chat_id == chat_id]

    def called(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method.lower()]

    # -- protocol ------------------------------------------------------------

    def _message_id(self) -> int:
        self._next_message += 1
        return self._next_message

    def _me(self) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Greffier", "username": self.username}

    def _chat(self, chat_id: int, title: str = "Groupe") -> dict[str, Any]:
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "Privé"}
        chat = {"id": chat_id, "type": "supergroup" if str(chat_id).startswith("-100") else "group", "title": title}
        if chat_id in self.forums:
            chat["is_forum"] = True
        return chat

    @staticmethod
    def _ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _error(code: int, description: str, **parameters: Any) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=code)

    async def _params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
        params: dict[str, Any] = dict(request.query)
        files: dict[str, tuple[str, bytes]] = {}
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            for name, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    files[name] = (value.filename, value.file.read())
                else:
                    params[name] = value
        for name in list(params):
            if name in _JSON_FIELDS and isinstance(params[name], str):
                params[name] = json.loads(params[name])
            elif name in _INT_FIELDS and isinstance(params[name], str):
                params[name] = int(params[name])
        return params, files

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        method = request.match_info["method"].lower()
        params, files = await self._params(request)
        self.calls.append((method, params))
        fault = next((f for f in self.faults if f.method.lower() == method and f.times > 0
                      and (f.only is None or f.only(params))), None)
        if fault is not None:
            fault.times -= 1
            if fault.kind == "429":
                return self._error(429, f"Too Many Requests: retry after {fault.retry_after}", retry_after=fault.retry_after)
            if fault.kind == "502":
                return web.Response(status=502, text="<html><body><h1>502 Bad Gateway</h1></body></html>",
                                    content_type="text/html")
            if fault.kind == "drop":
                assert request.transport is not None
                request.transport.close()
                return web.Response()
            if fault.kind == "slow":
                await asyncio.sleep(fault.delay)
            if fault.kind == "400":
                return self._error(400, "Bad Request: wrong file_id or the file is temporarily unavailable")
            if fault.kind == "entities" and params.get("parse_mode"):
                return self._error(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0")
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return self._error(404, "Not Found")
        return await handler(params, files)

    async def _m_getme(self, params: dict[str, Any], files: dict[str, Any]) -> web.Response:
        return self._ok({**self._me(), "can_join_groups": True, "can_read_all_group_messages": not self.privacy,
                         "supports_inline_queries": False})

    async def _m_getupdates(self, params: dict[str, Any], files: dict[str, Any]) -> web.Response:
        if self.webhook is not None:
            return self._error(409, "Conflict: can't use getUpdates method while webhook is active; "
                                    "use deleteWebhook to delete the webhook first")
        offset = params.get("offset")
        if "allowed_updates" in params:
            self.allowed = list(params["allowed_updates"]) or None  # an empty list means "the default"
        kinds = set(self.allowed or _DEFAULT_UPDATES)
        limit = min(int(params.get("limit") or 100), 100)
        timeout = float(params.get("timeout") or 0)
        async with self._new_update:
            if offset is not None:
                # An offset confirms every update before it: Telegram forgets them.
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            try:
                await asyncio.wait_for(self._new_update.wait_for(lambda: bool(self.updates) or self._closing), timeout)
            except TimeoutError:
                pass
            # Telegram drops the kinds the bot did not ask for instead of keeping them.
            self.updates = [u for u in self.updates if set(u) - {"update_id"} <= kinds]
            batch = sorted(self.updates, key=lambda u: u["update_id"])[:limit]
        return self._ok(batch)

    def _forbidden(self, chat_id: int) -> web.Response | None:
        if chat_id in self.removed:
            kind = "supergroup" if str(chat_id).startswith("-100") else "group"
            return self._error(403, f"Forbidden: bot was kicked from the {kind} chat")
        if chat_id in self.blocked:
            return self._error(403, "Forbidden: bot was blocked by the user")
        return None

    async def _m_sendmessage(self, params: dict[str, Any], files: dict[str, Any]) -> web.Response:
        html = str(params.get("text", ""))
        if params.get("parse_mode", "").upper() == "HTML":
            try:
                visible = parse_telegram_html(html)
            except TelegramHTMLError as error:
                description = f"Bad Request: can't parse entities: {error}"
                self.refused.append(description)
                return self._error(400, description)
        else:
            visible = html
        refused = self._forbidden(int(params["chat_id"]))
        if refused is not None:
            return refused
        if int(params["chat_id"]) in self.migrated:
            return self._error(400, "Bad Request: group chat was upgraded to a supergroup chat",
                               migrate_to_chat_id=self.migrated[int(params["chat_id"])])
        if not visible.strip():
            return self._error(400, "Bad Request: message text is empty")
        if utf16_len(visible) > 4096:
            self.refused.append("Bad Request: message is too long")
            return self._error(400, "Bad Request: message is too long")
        chat_id = int(params["chat_id"])
        reply_to = (params.get("reply_parameters") or {}).get("message_id")
        thread = params.get("message_thread_id")
        if thread is not None and chat_id not in self.forums:
            return self._error(400, "Bad Request: message thread not found")
        sent = Sent(chat_id, html, visible, self._message_id(), reply_to, thread_id=thread)
        self.sent.append(sent)
        self.last_bot[chat_id] = BOT_ID
        return self._ok({"message_id": sent.message_id, "date": int(time.time()), "chat": self._chat(chat_id),
                         "from": self._me(), "text": visible})

    async def _m_senddocument(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> web.Response:
        if "document" not in files:
            return self._error(400, "Bad Request: there is no document in the request")
        chat_id = int(params["chat_id"])
        refused = self._forbidden(chat_id)
        if refused is not None:
            return refused
        filename, data = files["document"]
        sent = Sent(chat_id, "", "", self._message_id(), document=(filename, data),
                    thread_id=params.get("message_thread_id"))
        self.sent.append(sent)
        return self._ok({"message_id": sent.message_id, "date": int(time.time()), "chat": self._chat(chat_id),
                         "from": self._me(), "document": {"file_id": "doc1", "file_unique_id": "u1",
                                                          "file_name": filename, "file_size": len(data)}})

    async def _m_setmycommands(self, params: dict[str, Any], files: dict[str, Any]) -> web.Response:
        for command in params.get("commands", []):
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command["command"]) or not 1 <= len(command["description"]) <= 256:
                return self._error(400, "Bad Request: BOT_COMMAND_INVALID")
        scope = params.get("scope") or {"type": "default"}
        self.commands[json.dumps(scope, sort_keys=True)] = params.get("commands", [])
        return self._ok(True)

    async def _m_deletewebhook(self, params: dict[str, Any], files: dict[str, Any]) -> web.Response:
        self.webhook = None
        if str(params.get("drop_pending_updates", "")).lower() == "true":
            self.updates.clear()
        return self._ok(True)

    async def _m_setwebhook(self, params: dict[str, Any], files: dict[str, Any]) -> web.Response:
        url = str(params.get("url", ""))
        port = urlsplit(url).port or 443
        if not url.startswith("https://"):
            return self._error(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        if port not in (443, 80, 88, 8443):
            return self._error(400, "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        if "allowed_updates" in params:
            self.allowed = list(params["allowed_updates"]) or None
        self.webhook = {"url": url, "secret_token": params.get("secret_token")}
        return self._ok(True)

    async def _m_getfile(self, params: dict[str, Any], files: dict[str, Any]) -> web.Response:
        found = self.files.get(str(params.get("file_id")))
        if found is None:
            return self._error(400, "Bad Request: invalid file_id")
        if len(found[1]) > 20 * 1024 * 1024:
            return self._error(400, "Bad Request: file is too big")
        return self._ok({"file_id": params["file_id"], "file_unique_id": f"u{params['file_id']}",
                         "file_size": len(found[1]), "file_path": found[0]})

    async def _file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        for path, data in self.files.values():
            if path == request.match_info["path"]:
                self.calls.append(("download", {"path": path}))
                return web.Response(body=data, content_type="application/octet-stream")
        return web.Response(status=404)

    async def _m_getchatadministrators(self, params: dict[str, Any], files: dict[str, Any]) -> web.Response:
        chat_id = int(params["chat_id"])
        if chat_id > 0:
            return self._error(400, "Bad Request: there are no administrators in the private chat")
        rights = dict.fromkeys(
            ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
             "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
             "can_post_stories", "can_edit_stories", "can_delete_stories"), False)
        members = [{"status": "administrator", "user": {"id": uid, "is_bot": False, "first_name": f"Admin {uid}"},
                    **rights} for uid in self.admins.get(chat_id, [])]
        members.append({"status": "administrator", "user": self._me(), **rights})
        return self._ok(members)
