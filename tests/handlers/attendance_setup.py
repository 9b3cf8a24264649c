"""What a group's secretary and members type after the group is set up, for
the question sets' groups that hold attendance (questions_groups.AFTER_SETUP):
accounts linked as /moi would link them (the asker's is the test sender's),
the secretary's /presents, /excuses and /absents, then members' own /present
and /excuse for the coming meeting. A command that does not take stops the
set loudly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tests.helpers import COORDINATOR, Chat

__all__ = ["recorded_attendance", "typed"]


def typed(chat: Chat, text: str, expected: str, **sender: str) -> None:
    """One command as typed in the group's chat; a setup that did not take stops the set loudly."""
    reply = chat.say(text, **sender)
    if not reply.startswith(expected):
        raise AssertionError(f"{text!r} was answered {reply!r}")


def recorded_attendance(slug: str, asker: str, prefix: str, commands: tuple[str, ...],
                        rsvps: tuple[tuple[str, str], ...]) -> Callable[[Chat], None]:
    """The setup of `slug`: members' accounts `<prefix>-<n°>` (`asker`'s the test sender's), the
    attendance `commands`, then each (name, /present or /excuse) of `rsvps`."""
    def record(chat: Chat) -> None:
        data = chat.store.group(slug)
        numbers = {m.name: m.number for m in data.members()}
        for name, number in numbers.items():
            account = COORDINATOR if name == asker else f"{prefix}-{number}"
            data.update_member(number, lambda m, account=account: replace(m, platform_ids={"telegram": account}))
        for text in commands:
            typed(chat, text, "Séance n°")
        for name, command in rsvps:
            typed(chat, command, "C'est noté", sender=f"{prefix}-{numbers[name]}", name=name)

    return record
