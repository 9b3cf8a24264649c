"""What groups do to a bot, for the fake Bot API server (`fake_telegram`).

A mixin of `FakeTelegram`: privacy mode as the Bot API FAQ states it, edited
messages, documents, a group upgraded to a supergroup, the bot removed and
added back. Each queues the updates Telegram would send, in its shapes.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any

from tests.bot.telegram_html import utf16_len

__all__ = ["BOT_ID", "GroupLife"]

BOT_ID = 123456789


class GroupLife:
    # Provided by FakeTelegram.
    username: str
    privacy: bool
    admins: dict[int, list[int]]
    last_bot: dict[int, int]
    migrated: dict[int, int]
    removed: set[int]
    withheld: list[dict[str, Any]]
    files: dict[str, tuple[str, bytes]]
    last_pushed: dict[str, Any]
    _next_update: int

    async def _queue(self, kind: str, payload: dict[str, Any]) -> int:
        raise NotImplementedError

    def _chat(self, chat_id: int, title: str = "Groupe") -> dict[str, Any]:
        raise NotImplementedError

    def _message_id(self) -> int:
        raise NotImplementedError

    def _me(self) -> dict[str, Any]:
        raise NotImplementedError

    def _delivered(self, message: dict[str, Any]) -> bool:
        """Privacy mode, as the Bot API FAQ states it (admins see everything)."""
        chat = message["chat"]
        if not self.privacy or chat["type"] == "private" or BOT_ID in self.admins.get(chat["id"], []):
            return True
        text = message.get("text", "")
        me = f"@{self.username.lower()}"
        first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
        if first.startswith("/"):
            return first.endswith(me) or ("@" not in first and self.last_bot.get(chat["id"]) == BOT_ID)
        replied = message.get("reply_to_message", {}).get("from", {}).get("id") == BOT_ID
        return replied or me in text.lower()

    async def push_document(self, chat_id: int, user: dict[str, Any], filename: str, data: bytes, caption: str = "",
                            mime_type: str = "text/csv", date: datetime | None = None) -> int:
        """A file sent with a caption, as a document message."""
        file_id = f"BQACAgIAAx{len(self.files):04d}"
        self.files[file_id] = (f"documents/file_{len(self.files)}.bin", data)
        message: dict[str, Any] = {
            "message_id": self._message_id(), "date": int((date or datetime.now(timezone.utc)).timestamp()),
            "chat": self._chat(chat_id), "from": user,
            "document": {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": filename,
                         "mime_type": mime_type, "file_size": len(data)},
        }
        if caption:
            message["caption"] = caption
            if caption.startswith("/"):
                message["caption_entities"] = [{"type": "bot_command", "offset": 0,
                                                "length": utf16_len(caption.split()[0])}]
        self.last_pushed = message
        if not self._delivered({**message, "text": caption}):
            self._next_update += 1
            self.withheld.append({"update_id": self._next_update, "message": message})
            return self._next_update
        return await self._queue("message", message)

    async def edit(self, chat_id: int, message_id: int, user: dict[str, Any], text: str,
                   date: datetime | None = None) -> int:
        """A user edits one of their messages: an `edited_message` update."""
        when = int((date or datetime.now(timezone.utc)).timestamp())
        message: dict[str, Any] = {"message_id": message_id, "date": when - 30, "edit_date": when,
                                   "chat": self._chat(chat_id), "from": user, "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(text.split()[0])}]
        return await self._queue("edited_message", message)

    async def migrate(self, old: int, new: int, user: dict[str, Any], title: str = "Groupe") -> None:
        """The group becomes a supergroup: both service messages, as Telegram sends them."""
        self.migrated[old] = new
        now = int(time.time())
        await self._queue("message", {"message_id": self._message_id(), "date": now, "chat": self._chat(old, title),
                                      "from": user, "migrate_to_chat_id": new})
        await self._queue("message", {"message_id": 1, "date": now, "chat": self._chat(new, title),
                                      "sender_chat": self._chat(old, title), "migrate_from_chat_id": old})

    async def remove_bot(self, chat_id: int, by: dict[str, Any], title: str = "Groupe") -> None:
        """An admin removes the bot: `my_chat_member`, then 403 on every send there."""
        self.removed.add(chat_id)
        await self._member_change(chat_id, by, title, "member", "left")

    async def add_bot(self, chat_id: int, by: dict[str, Any], title: str = "Groupe") -> None:
        self.removed.discard(chat_id)
        await self._member_change(chat_id, by, title, "left", "member")

    async def _member_change(self, chat_id: int, by: dict[str, Any], title: str, old: str, new: str) -> None:
        await self._queue("my_chat_member", {
            "chat": self._chat(chat_id, title), "from": by, "date": int(time.time()),
            "old_chat_member": {"status": old, "user": self._me()},
            "new_chat_member": {"status": new, "user": self._me()},
        })
