"""/aide: the commands this sender may use, generated from the table."""

from __future__ import annotations

from handlers.context import Context
from handlers.help_examples import examples_for, question_example
from handlers.messages import Reply, Span, bold, text
from handlers.registry import Command

__all__ = ["COMMANDS", "command_help"]


def command_help(ctx: Context, command: Command) -> list[list[Span] | str]:
    """What to type for `command`: its usage, summary and examples (also the
    answer to « comment je propose un point ? », understanding/howto.py)."""
    members = ctx.data.members() if ctx.group is not None else []
    examples = examples_for(command.name, members)
    shown = ["Exemples :", *(f"  {line}" for line in examples)] if examples else []
    return [[bold(command.usage_line)], command.summary, *shown]


def aide(ctx: Context, args: str) -> Reply:
    if args:
        command = ctx.commands.find(args.split()[0])
        if command is None or (command.coordinator and not ctx.sender.is_coordinator):
            return Reply.of(f"Pas de commande « {args.split()[0][:40]} ». Tapez /aide pour la liste.")
        return Reply.of(*command_help(ctx, command))
    title = ctx.group.name if ctx.group else "Greffier"
    lines: list[list[Span] | str] = [[bold(f"Greffier — {title}")], "Commandes :"]
    for command in ctx.commands.visible_to(ctx.sender.is_coordinator):
        if command.coordinator:
            continue
        lines.append([text("• "), bold(command.usage_line), text(f" — {command.summary}")])
    if ctx.sender.is_coordinator:
        lines.append("Réservées aux coordinateurs :")
        for command in ctx.commands.visible_to(True):
            if command.coordinator:
                lines.append([text("• "), bold(command.usage_line), text(f" — {command.summary}")])
    members = ctx.data.members() if ctx.group is not None else []
    lines.append(f"Vous pouvez aussi me poser une question, par ex. {question_example(members)}.")
    lines.append("Des exemples pour chaque commande : /aide <commande> (ex. /aide seances).")
    suffix = ctx.message.command_suffix
    if suffix and not ctx.message.private:
        # Telegram's privacy mode hands a bare /cmd to one bot only: the suffixed form always arrives.
        lines.append(f"Dans ce groupe, si je ne réponds pas à une commande, ajoutez-y {suffix} : par ex. /aide{suffix}.")
    return Reply.of(*lines)


COMMANDS = (
    Command("aide", aide, "la liste des commandes", "[commande]", aliases=("help", "start"), needs_group=False),
)
