"""The command table, assembled from one module per subject."""

from handlers.commands import admin, decisions, help, member_edit, meetings, members, reminders
from handlers.registry import CommandTable

__all__ = ["default_commands"]


def default_commands() -> CommandTable:
    return CommandTable(
        (*help.COMMANDS, *meetings.COMMANDS, *members.COMMANDS, *member_edit.COMMANDS, *decisions.COMMANDS, *reminders.COMMANDS, *admin.COMMANDS)
    )
