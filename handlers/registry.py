"""The command table: each command declared once, with its French name,
aliases, who may run it, a one-line help and its usage.

`/aide` and the platforms' command menus are generated from it. Names are
matched after folding case and accents, so `/prochaine_séance`,
`/prochaine_seance` and `/Prochaine-Seance` are one command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from handlers.context import Context
from handlers.messages import Reply
from storage.search import fold

__all__ = ["Command", "CommandTable", "command_target", "normalize_command"]

Handler = Callable[[Context, str], Reply]


def normalize_command(token: str) -> str:
    """`/Prochaine-Séance@GreffierBot` -> `prochaine_seance`."""
    name = token.lstrip("/!").split("@", 1)[0]
    return fold(name.replace("-", "_")).replace(" ", "_")


def command_target(token: str) -> str | None:
    """The bot a command token names (`/cmd@Bot`, `!cmd@Bot` -> "bot"), or None.

    `normalize_command` drops the `@Bot` part, so whoever matches a command
    must first check that `@Bot` is us (see `Router`): otherwise a command
    meant for another bot in the same chat would run as ours."""
    _, at, target = token.partition("@")
    return target.casefold() if at and target else None


@dataclass(frozen=True, slots=True)
class Command:
    name: str  # as shown, ASCII so every platform accepts it (Telegram: a-z0-9_)
    run: Handler
    summary: str
    usage: str = ""
    aliases: tuple[str, ...] = ()
    coordinator: bool = False
    needs_group: bool = True

    @property
    def usage_line(self) -> str:
        return f"/{self.name} {self.usage}".rstrip()


class CommandTable:
    def __init__(self, commands: Iterable[Command]) -> None:
        self.commands: tuple[Command, ...] = tuple(commands)
        self._index: dict[str, Command] = {}
        for command in self.commands:
            for name in (command.name, *command.aliases):
                key = normalize_command(name)
                if key in self._index:
                    raise ValueError(f"command name {key!r} declared twice")
                self._index[key] = command

    def find(self, token: str) -> Command | None:
        return self._index.get(normalize_command(token))

    def visible_to(self, is_coordinator: bool) -> list[Command]:
        return [c for c in self.commands if is_coordinator or not c.coordinator]

    def closest(self, token: str) -> str | None:
        """The command name nearest to a mistyped one, if any is close."""
        found = process.extractOne(normalize_command(token), list(self._index), scorer=fuzz.ratio, score_cutoff=70)
        return self._index[found[0]].name if found else None
