"""The command table, assembled from one module per subject."""

from handlers.commands import (
    admin,
    attendance,
    calendar,
    claims,
    deadlines,
    decisions,
    help,
    importer,
    meeting_changes,
    meetings,
    member_edit,
    members,
    minutes,
    privacy,
    reminders,
    tasks,
)
from handlers.registry import CommandTable

__all__ = ["default_commands"]

# Order is the order of /aide: general first, then each subject.
MODULES = (
    help,
    meetings,
    meeting_changes,
    deadlines,
    members,
    member_edit,
    decisions,
    reminders,
    admin,
    claims,
    importer,
    privacy,
    tasks,
    attendance,
    minutes,
    calendar,
)


def default_commands() -> CommandTable:
    return CommandTable(tuple(command for module in MODULES for command in module.COMMANDS))
