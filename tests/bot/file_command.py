"""A command table for testing incoming files: the real commands plus /taille.

/taille answers with the name, size and first bytes of the file it
was sent with, so a test reads exactly what reached the router.
"""

from __future__ import annotations

from handlers.commands import default_commands
from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Command, CommandTable

__all__ = ["with_file_command"]


def _taille(ctx: Context, args: str) -> Reply:
    if ctx.message.attachment is None:
        return Reply.of("Aucun fichier.")
    name, data = ctx.message.attachment
    return Reply.of(f"{name} : {len(data)} octets, « {data[:9].decode()} »")


def with_file_command() -> CommandTable:
    return CommandTable((*default_commands().commands, Command("taille", _taille, "taille d'un fichier", "",
                                                                needs_group=False)))
