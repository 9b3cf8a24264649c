"""The console adapter: the embedded default, no token and no network.

Each input line is a message from the console user; each reply is printed
as plain text and flushed at once, so a script reading the output sees it
as soon as it is ready. With piped input it reads until end of file and
returns. Announcements print as they come, even while waiting for input.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TextIO

from handlers.messages import Message, Reply
from handlers.router import Router

__all__ = ["ConsoleAdapter", "attachment_text", "local_attachment"]

# Commands that take a file: on the console the file is named by its path.
FILE_COMMANDS = ("/importer", "!importer")
MAX_READ = 4 * 1024 * 1024  # enough for the handler to see (and refuse) an oversized file


def local_attachment(text: str) -> tuple[str, tuple[str, bytes] | None]:
    """« /importer membres.csv » -> (« /importer », (« membres.csv », its bytes)).

    Telegram and Matrix users attach the file; the console user names it."""
    parts = text.split(maxsplit=1)
    if len(parts) != 2 or parts[0].lower() not in FILE_COMMANDS:
        return text, None
    path = Path(parts[1].strip()).expanduser()
    if not path.is_file():
        return text, None
    with open(path, "rb") as handle:
        return parts[0], (path.name, handle.read(MAX_READ))


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
    ) -> None:
        self.router = router
        self.group_slug = group_slug
        self.user_id = user_id
        self.user_name = user_name
        self.stdin = stdin
        self.stdout = stdout
        self.banner = banner
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
            text, attachment = local_attachment(text)
            message = Message(
                platform="console",
                chat_id=self.group_slug,
                sender_id=self.user_id,
                sender_name=self.user_name,
                text=text,
                timestamp=self.router.clock(),
                private=True,
                addressed=True,
                attachment=attachment,
            )
            reply = await self.router.handle_async(message)
            if reply is not None:
                self._print(reply.plain() + "\n" + attachment_text(reply))

    async def send(self, chat_id: str, reply: Reply) -> None:
        if chat_id == self.group_slug:
            self._print("📣 " + reply.plain() + "\n" + attachment_text(reply))


def attachment_text(reply: Reply) -> str:
    """A text attachment (minutes in Markdown, a calendar) printed in full;
    the console has no files to send."""
    attachment = reply.attachment
    if attachment is None:
        return ""
    head = f"── pièce jointe : {attachment.filename} ──\n"
    if attachment.mimetype.startswith(("text/markdown", "text/plain")):
        return head + attachment.data.decode("utf-8") + "\n"
    return head + f"({len(attachment.data)} octets, {attachment.mimetype})\n"
