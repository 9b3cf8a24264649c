"""What an answer returns: the reply, and whether it answers confidently."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from handlers.context import Context
from handlers.messages import Reply, Span
from handlers.understanding.pipeline import Understanding

__all__ = ["Outcome", "run_command"]


@dataclass(frozen=True)
class Outcome:
    """`confident` is false when the bot asks back, offers readings or found
    nothing for the question as understood; `key` names what was found."""

    reply: Reply
    intent: str | None
    confident: bool
    key: str
    understanding: Understanding | None = None

    @classmethod
    def sure(cls, u: Understanding, lines: Sequence[str | Span | list[Span]], key: str) -> Outcome:
        return cls(Reply.of(*lines), u.intent, True, key, u)

    @classmethod
    def unsure(cls, u: Understanding, lines: Sequence[str | Span | list[Span]], key: str) -> Outcome:
        return cls(Reply.of(*lines), u.intent, False, key, u)


def run_command(ctx: Context, name: str, args: str = "") -> Reply:
    """The reply of one of the group's commands, for answers that are one."""
    command = ctx.commands.find(name)
    if command is None:
        raise LookupError(f"no command {name}")
    return command.run(ctx, args)
