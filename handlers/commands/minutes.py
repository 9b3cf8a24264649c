"""/compte_rendu [séance]: the draft minutes of the meeting just held (or the one named: n°, or in words),
as a Markdown file attached to a short reply (the console prints it)."""

from __future__ import annotations

from handlers.context import Context
from handlers.held import meeting_dates
from handlers.meeting_ref import read_target
from handlers.messages import Reply
from handlers.minutes import minutes_reply
from handlers.registry import Command

__all__ = ["COMMANDS"]

USAGE = "/compte_rendu [séance] — ex. /compte_rendu 2, /compte_rendu de la dernière réunion, /compte_rendu du 19/11"


def compte_rendu(ctx: Context, args: str) -> Reply:
    meeting = read_target("compte_rendu", args, ctx.data.meetings(), meeting_dates(ctx), ctx.now, USAGE).acted
    assert ctx.group is not None
    return minutes_reply(ctx.store, ctx.group, meeting, ctx.now)


COMMANDS = (
    Command("compte_rendu", compte_rendu, "le projet de compte rendu d'une séance (fichier Markdown)", "[séance]", aliases=("cr", "proces_verbal")),
)
