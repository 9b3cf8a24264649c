"""The console in a real terminal (a pseudo-terminal): line editing and
history through readline, Ctrl-C and Ctrl-D, the demo's temporary folder
removed at exit, and replies always printed before the announcements they
cause."""

from __future__ import annotations

import asyncio
import fcntl
import io
import os
import pty
import re
import select
import subprocess
import sys
import termios
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.console import ConsoleAdapter
from handlers.messages import Message, Reply

ROOT = Path(__file__).resolve().parents[2]


def _own_terminal() -> None:
    """In the child: make the pseudo-terminal its controlling terminal, as a
    shell does, so that Ctrl-C and Ctrl-D act as they would for a person."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


@dataclass
class Terminal:
    """A console session on a pseudo-terminal: type keys, read the screen."""

    process: subprocess.Popen[bytes]
    fd: int
    screen: str = ""

    @classmethod
    def start(cls, *args: str) -> Terminal:
        main, child = pty.openpty()
        env = {**os.environ, "TERM": "xterm", "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "console", *args],
            stdin=child, stdout=child, stderr=child, cwd=ROOT, env=env, preexec_fn=_own_terminal,
        )
        os.close(child)
        return cls(process, main)

    def read_until(self, pattern: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while not re.search(pattern, self.screen):
            left = deadline - time.monotonic()
            assert left > 0, f"{pattern!r} never appeared in:\n{self.screen}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk:
                    assert re.search(pattern, self.screen), f"{pattern!r} never appeared in:\n{self.screen}"
                    break
                self.screen += chunk.decode("utf-8", "replace")
        return self.screen

    def type(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def exit_status(self, timeout: float = 10) -> int:
        """Wait for the process to end (reading what it still prints)."""
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    self.screen += os.read(self.fd, 4096).decode("utf-8", "replace")
                except OSError:
                    pass
        assert self.process.poll() is not None, f"still running after {timeout} s:\n{self.screen}"
        return self.process.returncode

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.fd)


@pytest.fixture
def terminal() -> list[Terminal]:
    opened: list[Terminal] = []
    yield opened
    for term in opened:
        term.close()


def demo(opened: list[Terminal], *extra: str) -> Terminal:
    term = Terminal.start("--demo", "--now", "2026-11-23T10:00", *extra)
    opened.append(term)
    term.read_until(r"quitter\.\r?\n> ")
    return term


def test_arrow_keys_edit_the_line_and_recall_history(terminal: list[Terminal]) -> None:
    term = demo(terminal)
    # Typed with a letter missing, inserted after going back with ←: readline edits the line.
    term.type("/seaces\x1b[D\x1b[D\x1b[Dn\r")
    # A person types once the prompt is back: so does the test.
    term.read_until(r"(?s)Prochaines séances \(.*\n> $")
    assert "caractères de contrôle" not in term.screen
    term.type("\x1b[A\r")  # ↑ recalls /seances
    term.read_until(r"(?s)Prochaines séances \(.*Prochaines séances \(.*\n> $")
    assert "Je ne connais pas la commande" not in term.screen
    term.type("\x04")
    assert term.exit_status() == 0


def test_ctrl_c_stops_at_once_and_the_demo_folder_is_removed(terminal: list[Terminal]) -> None:
    term = demo(terminal)
    match = re.search(r"Données : (\S+) \(copie temporaire, effacée à la sortie\)", term.screen)
    assert match is not None, term.screen
    folder = Path(match.group(1))
    assert folder.exists() and folder.parent.name.startswith("greffier-demo-")
    term.type("/prochai")  # half a line typed, no Enter
    started = time.monotonic()
    term.type("\x03")
    assert term.exit_status(timeout=10) == 0
    assert time.monotonic() - started < 5
    assert "Traceback" not in term.screen
    assert not folder.parent.exists()


def test_ctrl_d_leaves_the_shell_prompt_on_a_new_line(terminal: list[Terminal]) -> None:
    term = demo(terminal)
    term.type("\x04")
    assert term.exit_status() == 0
    assert term.screen.endswith("> \r\n")


def test_data_given_with_data_is_kept(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--demo", "--data", str(tmp_path / "kept")],
        input="/seances\n", capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "kept" / "greffier.json").exists()


class SlowRouter:
    """A router whose command makes an announcement go out while it is
    still finishing its reply: the race the console must win."""

    def __init__(self) -> None:
        self.adapter: ConsoleAdapter | None = None

    def clock(self) -> object:
        return None

    async def handle_async(self, message: Message) -> Reply:
        assert self.adapter is not None
        announcement = asyncio.create_task(self.adapter.send("g", Reply.of("Convocation — séance n°1")))
        await asyncio.sleep(0.05)  # the announcement task runs meanwhile
        assert not announcement.done()
        return Reply.of("Séance n°1 planifiée.")


async def test_reply_prints_before_the_announcement_it_causes() -> None:
    router = SlowRouter()
    out = io.StringIO()
    adapter = ConsoleAdapter(router, "g", "console", "Console", stdin=io.StringIO("/seance demain 9h\n"), stdout=out)  # type: ignore[arg-type]
    router.adapter = adapter
    await adapter.run()
    await asyncio.sleep(0.05)
    assert out.getvalue() == "Séance n°1 planifiée.\n\n📣 Convocation — séance n°1\n\n"


def test_a_reminder_while_typing_prints_above_the_prompt_and_keeps_the_line(terminal: list[Terminal]) -> None:
    # The clock runs 20 times faster: the 1-day reminder of a meeting planned
    # for tomorrow 10h01 comes 60 clock seconds (3 real seconds) later.
    term = demo(terminal, "--speed", "20")
    term.type("/seance 24/11/2026 10h01 Salle B\r")
    term.read_until(r"(?s)📣 Convocation — séance n°4.*\n> $")
    term.type("/aid")  # half a command typed when the reminder comes
    term.read_until(r"📣 Rappel — séance n°4")
    screen = term.read_until(r"(?s)📣 Rappel — séance n°4.*\n> /aid$")
    assert "\x1b[K📣 Rappel — séance n°4" in screen  # the prompt line was cleared first
    term.type("e\r")
    term.read_until(r"(?s)Commandes :.*\n> $")  # the line kept its beginning: /aide ran
    term.type("\x04")
    assert term.exit_status() == 0
