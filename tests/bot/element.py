"""A Matrix client that talks like Element: raw Client-Server API requests.

The Matrix tests post their messages through this, not through the bot's
helpers nor nio, so what the bot reads is what Element really sends:
`PUT /_matrix/client/v3/rooms/{room}/send/m.room.message/{txn}` with
Element's content shapes — intentional mentions (`m.mentions`, always
present), pills, replies with or without the legacy fallback (Element
stopped adding it with Matrix 1.13; older clients still do), threads, edits.
"""

from __future__ import annotations

import asyncio
import html
import io
import itertools
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import quote

import aiohttp

from tests.bot.synapse import Account, Synapse

__all__ = ["Element", "poll"]

T = TypeVar("T")

_txns = itertools.count(1)


class Element:
    def __init__(self, server: Synapse, account: Account) -> None:
        self.base = f"{server.url}/_matrix/client/v3"
        self.user_id = account.user_id
        self.headers = {"Authorization": f"Bearer {account.access_token}"}

    async def _request(self, method: str, path: str, body: dict[str, Any] | None = None,
                       params: dict[str, str] | None = None) -> dict[str, Any]:
        async with aiohttp.ClientSession() as http:
            async with http.request(method, self.base + path, json=body, params=params, headers=self.headers) as resp:
                data: dict[str, Any] = await resp.json()
                assert resp.status == 200, (resp.status, data)
                return data

    async def send(self, room: str, content: dict[str, Any]) -> str:
        """PUT one m.room.message; returns its event id."""
        txn = f"m{int(time.time() * 1000)}.{next(_txns)}"
        path = f"/rooms/{quote(room)}/send/m.room.message/{txn}"
        return str((await self._request("PUT", path, content))["event_id"])

    # -- Element's content shapes -------------------------------------------

    async def say(self, room: str, body: str) -> str:
        """A plain message: Element always sends m.mentions, empty when nobody is pinged."""
        return await self.send(room, {"msgtype": "m.text", "body": body, "m.mentions": {}})

    async def mention(self, room: str, user_id: str, label: str, rest: str) -> str:
        """A pill typed at the start: "Label: rest", with the user in m.mentions."""
        return await self.send(room, {
            "msgtype": "m.text",
            "body": f"{label}: {rest}",
            "format": "org.matrix.custom.html",
            "formatted_body": f'<a href="https://matrix.to/#/{user_id}">{html.escape(label)}</a>: {html.escape(rest)}',
            "m.mentions": {"user_ids": [user_id]},
        })

    async def reply(self, room: str, to: str, to_sender: str, body: str, *, fallback: str | None = None,
                    mentions: bool = True) -> str:
        """A reply; Element mentions the replied-to sender. `fallback`: the quoted text an older client adds."""
        content: dict[str, Any] = {"msgtype": "m.text", "body": body, "m.relates_to": {"m.in_reply_to": {"event_id": to}}}
        if mentions:
            content["m.mentions"] = {"user_ids": [to_sender]}
        if fallback is not None:
            quoted = fallback.split("\n")
            content["body"] = "\n".join([f"> <{to_sender}> {quoted[0]}", *(f"> {line}" for line in quoted[1:]), "", body])
            content["format"] = "org.matrix.custom.html"
            content["formatted_body"] = (
                f'<mx-reply><blockquote><a href="https://matrix.to/#/{room}/{to}">In reply to</a> '
                f'<a href="https://matrix.to/#/{to_sender}">{to_sender}</a><br>{html.escape(fallback)}'
                f"</blockquote></mx-reply>{html.escape(body)}"
            )
        return await self.send(room, content)

    async def in_thread(self, room: str, root: str, latest: str, body: str) -> str:
        """A message typed in a thread's panel: the fallback reply points at the thread's latest event."""
        return await self.send(room, {
            "msgtype": "m.text", "body": body, "m.mentions": {},
            "m.relates_to": {"rel_type": "m.thread", "event_id": root, "is_falling_back": True,
                             "m.in_reply_to": {"event_id": latest}},
        })

    async def edit(self, room: str, original: str, body: str, mentions: list[str] | None = None) -> str:
        """Element's edit: a " * "-prefixed fallback body, the new message in m.new_content."""
        pinged = {"user_ids": mentions} if mentions else {}
        return await self.send(room, {
            "msgtype": "m.text", "body": f" * {body}", "m.mentions": pinged,
            "m.new_content": {"msgtype": "m.text", "body": body, "m.mentions": pinged},
            "m.relates_to": {"rel_type": "m.replace", "event_id": original},
        })

    async def send_file(self, room: str, filename: str, data: bytes, caption: str = "",
                        mimetype: str = "text/csv") -> str:
        """Upload, then an m.file; a caption goes in `body`, the name in `filename` (Matrix 1.10)."""
        headers = {**self.headers, "Content-Type": mimetype}
        upload = self.base.replace("/client/v3", "/media/v3") + "/upload"
        async with aiohttp.ClientSession() as http:
            async with http.post(upload, data=io.BytesIO(data), params={"filename": filename}, headers=headers) as resp:
                uploaded = await resp.json()
                assert resp.status == 200, uploaded
        return await self.send(room, {
            "msgtype": "m.file", "body": caption or filename, "filename": filename,
            "info": {"mimetype": mimetype, "size": len(data)}, "url": uploaded["content_uri"], "m.mentions": {},
        })

    # -- reading ------------------------------------------------------------

    async def messages(self, room: str, sender: str) -> list[dict[str, Any]]:
        """`sender`'s m.room.message events in the room (whole events), oldest first."""
        data = await self._request("GET", f"/rooms/{quote(room)}/messages", params={"dir": "b", "limit": "200"})
        found = [e for e in data["chunk"] if e.get("sender") == sender and e.get("type") == "m.room.message"]
        return list(reversed(found))

    async def wait_for(self, room: str, sender: str, count: int, timeout: float = 30) -> list[dict[str, Any]]:
        return await poll(lambda: self.messages(room, sender), sender, count, timeout)


async def poll(fetch: Callable[[], Awaitable[list[T]]], sender: str, count: int, timeout: float = 30) -> list[T]:
    """Fetch until `sender` has posted at least `count` messages; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        found = await fetch()
        if len(found) >= count:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"{sender} posted {len(found)} message(s), expected {count}: {found}")
        await asyncio.sleep(0.2)
