"""The command table, assembled from one module per subject."""

from handlers.commands import admin, decisions, help, importer, meetings, members, privacy, reminders
from handlers.registry import CommandTable

__all__ = ["default_commands"]


def default_commands() -> CommandTable:
    return CommandTable(
        (*help.COMMANDS, *meetings.COMMANDS, *members.COMMANDS, *decisions.COMMANDS, *reminders.COMMANDS, *admin.COMMANDS,
         *importer.COMMANDS, *privacy.COMMANDS)
    )
