"""The command table, assembled from one module per subject."""

from handlers.commands import admin, decisions, help, meetings, members, reminders, tasks
from handlers.commands import attendance
from handlers.commands import minutes
from handlers.commands import calendar
from handlers.registry import CommandTable

__all__ = ["default_commands"]


def default_commands() -> CommandTable:
    return CommandTable(
        (*help.COMMANDS, *meetings.COMMANDS, *members.COMMANDS, *decisions.COMMANDS, *reminders.COMMANDS, *admin.COMMANDS,
         *tasks.COMMANDS,
         *attendance.COMMANDS,
         *minutes.COMMANDS,
         *calendar.COMMANDS)
    )
