"""The console adapter: the embedded default, no token and no network.

Each input line is a message from the console user; each reply is printed
as plain text and flushed at once, so a script reading the output sees it
as soon as it is ready. With piped input it reads until end of file and
returns. Announcements print as they come, even while waiting for input.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from handlers.messages import Message, Reply
from handlers.router import Router

__all__ = ["ConsoleAdapter"]


class ConsoleAdapter:
    platform = "console"

    def __init__(
        self,
        router: Router,
        group_slug: str,
        user_id: str,
        user_name: str,
        stdin: TextIO = sys.stdin,
        stdout: TextIO = sys.stdout,
        banner: str | None = None,
        group_chat: bool = False,
    ) -> None:
        self.router = router
        self.group_slug = group_slug
        self.user_id = user_id
        self.user_name = user_name
        self.stdin = stdin
        self.stdout = stdout
        self.banner = banner
        # --group-chat: lines are group messages, answered only when they
        # address the bot ("Greffier, ...", "@greffier") or are commands.
        self.group_chat = group_chat
        self._interactive = stdin.isatty()

    def _print(self, text: str) -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    async def run(self) -> None:
        if self._interactive and self.banner:
            self._print(self.banner)
        loop = asyncio.get_running_loop()
        while True:
            if self._interactive:
                self.stdout.write("> ")
                self.stdout.flush()
            # readline blocks: run it in a thread so announcements still print.
            line = await loop.run_in_executor(None, self.stdin.readline)
            if not line:
                return
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            message = Message(
                platform="console",
                chat_id=self.group_slug,
                sender_id=self.user_id,
                sender_name=self.user_name,
                text=text,
                timestamp=self.router.clock(),
                private=not self.group_chat,
                addressed=not self.group_chat or "@greffier" in text.casefold(),
            )
            reply = await self.router.handle_async(message)
            if reply is not None:
                self._print(reply.plain() + "\n")

    async def send(self, chat_id: str, reply: Reply) -> None:
        if chat_id == self.group_slug:
            self._print("📣 " + reply.plain() + "\n")
