"""The console adapter: the embedded default, no token and no network.

Each input line is a message from the console user; each reply is printed
as plain text and flushed at once, so a script reading the output sees it
as soon as it is ready. With piped input it reads until end of file and
returns. Announcements print as they come, even while waiting for input.

In a terminal, lines are read with `readline` (arrow keys, history with
↑/↓, Ctrl-R), Ctrl-C stops the session at once and Ctrl-D leaves the shell
prompt on a fresh line. Reading happens in a daemon thread rather than
the event loop's executor, so a stop never waits for a line to be typed.

Order: a command's reply and the announcements it makes owed share one
turn (`_turn`): the scheduler's send waits for the turn, which the command
holds until its reply is printed. The confirmation therefore always comes
first, whatever the timing of the scheduler.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from pathlib import Path
import threading
from collections.abc import Iterator
from typing import TextIO

from bot.turns import Origin
from handlers.messages import Message, Reply
from handlers.router import Router
from handlers.understanding.addressing import mentions_bot

__all__ = ["PROMPT", "ConsoleAdapter", "attachment_text", "local_attachment"]

PROMPT = "> "

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


@contextlib.contextmanager
def _terminal_kept(stream: TextIO) -> Iterator[None]:
    """Restore the terminal's settings on the way out: a stop while
    readline holds the terminal in its own mode must not leave the shell
    without echo."""
    try:
        import termios

        fd = stream.fileno()
        saved = termios.tcgetattr(fd)
    except (ImportError, OSError, ValueError):
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(termios.error, OSError):
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)


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
        # input() edits lines with readline, but only on the process's own terminal.
        self._line_editing = self._interactive and stdin is sys.stdin and stdout is sys.stdout
        self._prompting = False  # a prompt is on screen, waiting for a line
        self._turn = asyncio.Lock()

    def _print(self, text: str) -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def _read_line(self) -> str:
        """One line, "" at end of input (blocking; runs in the reader thread)."""
        if not self._interactive:
            return self.stdin.readline()
        try:
            if self._line_editing:
                return input(PROMPT) + "\n"  # readline's hook sets _prompting once the prompt shows
            self.stdout.write(PROMPT)
            self.stdout.flush()
            self._prompting = True
            return self.stdin.readline()
        except EOFError:
            return ""
        finally:
            self._prompting = False

    async def _next_line(self) -> str:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[str] = loop.create_future()

        def deliver(line: str | None, error: BaseException | None) -> None:
            if future.done():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(line or "")

        def work() -> None:
            line: str | None = None
            failure: BaseException | None = None
            try:
                line = self._read_line()
            except Exception as error:  # an unreadable stdin ends the session
                failure = error
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile (Ctrl-C)
                loop.call_soon_threadsafe(deliver, line, failure)

        # A daemon thread: Ctrl-C cancels this wait and the process exits
        # without waiting for a line that will never come.
        threading.Thread(target=work, name="console-input", daemon=True).start()
        return await future

    def _prompt_shown(self) -> None:
        self._prompting = True

    async def run(self) -> None:
        if self._line_editing:
            with contextlib.suppress(ImportError):
                import readline  # importing it turns on line editing for input()

                # Called once the prompt is on screen: an announcement then
                # prints above it and puts it back (see send).
                readline.set_pre_input_hook(self._prompt_shown)
        with _terminal_kept(self.stdin) if self._interactive else contextlib.nullcontext():
            try:
                await self._loop()
            except asyncio.CancelledError:
                if self._interactive:
                    self._print("")  # Ctrl-C: the shell prompt starts on a new line
                raise

    async def _loop(self) -> None:
        if self._interactive and self.banner:
            self._print(self.banner)
        while True:
            line = await self._next_line()
            if not line:
                if self._interactive:
                    self._print("")  # Ctrl-D: leave the shell prompt on a new line
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
                private=not self.group_chat,
                addressed=not self.group_chat or mentions_bot(text, self.router.names),
                attachment=attachment,
            )
            async with self._turn:  # what the command makes owed prints after its reply
                reply = await self.router.handle_async(message)
                if reply is not None:
                    self._print(reply.plain() + "\n" + attachment_text(reply))

    async def send(self, chat_id: str, reply: Reply, origin: Origin | None = None) -> None:
        # `origin` (the Adapter protocol's): a console has no topics to choose from.
        if chat_id != self.group_slug:
            return
        async with self._turn:
            text = "📣 " + reply.plain() + "\n" + attachment_text(reply)
            if not (self._interactive and self._prompting):
                self._print(text)
                return
            # The prompt is on screen: print above it, then put it back with
            # whatever the user had started typing.
            typed = ""
            if self._line_editing:
                with contextlib.suppress(ImportError):
                    import readline

                    typed = readline.get_line_buffer()
            self.stdout.write("\r\x1b[K" + text + "\n" + PROMPT + typed)
            self.stdout.flush()


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
