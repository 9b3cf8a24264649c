"""/compte_rendu [n°]: the draft minutes of the meeting just held (or n°),
as a Markdown file attached to a short reply (the console prints it)."""

from __future__ import annotations

from handlers.context import Context
from handlers.held import pick_meeting
from handlers.messages import Attachment, Reply, bold, italic
from handlers.minutes import build_minutes, minutes_filename, render_markdown
from handlers.registry import Command

__all__ = ["COMMANDS"]

USAGE = "/compte_rendu [n°] — ex. /compte_rendu 2"


def compte_rendu(ctx: Context, args: str) -> Reply:
    meeting = pick_meeting(ctx, args, USAGE)
    assert ctx.group is not None
    minutes = build_minutes(ctx.store, ctx.group, meeting, ctx.now)
    body = render_markdown(minutes).encode("utf-8")
    counts = (f"{len(minutes.present)} présents, {len(minutes.excused)} excusés, {len(minutes.agenda)} points, "
              f"{len(minutes.decisions)} décisions, {len(minutes.tasks)} tâches")
    reply = Reply.of(
        [bold(f"Projet de compte rendu de la séance n°{meeting.number}")],
        f"{minutes.when} : {counts}.",
        [italic("À relire et compléter avant diffusion (fichier joint, Markdown).")],
    )
    return reply.with_attachment(Attachment(minutes_filename(minutes, "md"), "text/markdown", body))


COMMANDS = (
    Command("compte_rendu", compte_rendu, "le projet de compte rendu d'une séance (fichier Markdown)", "[n°]", aliases=("cr", "proces_verbal")),
)
