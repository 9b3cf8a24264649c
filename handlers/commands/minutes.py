"""/compte_rendu [n°]: the draft minutes of the meeting just held (or n°),
as a Markdown file attached to a short reply (the console prints it)."""

from __future__ import annotations

from handlers.context import Context
from handlers.held import pick_meeting
from handlers.messages import Reply
from handlers.minutes import minutes_reply
from handlers.registry import Command

__all__ = ["COMMANDS"]

USAGE = "/compte_rendu [n°] — ex. /compte_rendu 2"


def compte_rendu(ctx: Context, args: str) -> Reply:
    meeting = pick_meeting(ctx, args, USAGE)
    assert ctx.group is not None
    return minutes_reply(ctx.store, ctx.group, meeting, ctx.now)


COMMANDS = (
    Command("compte_rendu", compte_rendu, "le projet de compte rendu d'une séance (fichier Markdown)", "[n°]", aliases=("cr", "proces_verbal")),
)
