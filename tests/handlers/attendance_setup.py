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

__all__ = ["link_accounts", "recorded_attendance", "typed"]


def typed(chat: Chat, text: str, expected: str, **sender: str) -> None:
    """One command as typed in the group's chat; a setup that did not take stops the set loudly."""
    reply = chat.say(text, **sender)
    if not reply.startswith(expected):
        raise AssertionError(f"{text!r} was answered {reply!r}")


def link_accounts(chat: Chat, accounts: dict[str, str]) -> None:
    """Each named member's Telegram account, as /moi links it (COORDINATOR is the test sender's)."""
    data = chat.store.group(chat.group.slug)
    numbers = {m.name: m.number for m in data.members()}
    for name, account in accounts.items():
        data.update_member(numbers[name], lambda m, a=account: replace(m, platform_ids={"telegram": a}))


def recorded_attendance(slug: str, asker: str, prefix: str, commands: tuple[str, ...],
                        rsvps: tuple[tuple[str, str], ...]) -> Callable[[Chat], None]:
    """The setup of `slug`: members' accounts `<prefix>-<n°>` (`asker`'s the test sender's), the
    attendance `commands`, then each (name, /present or /excuse) of `rsvps`."""
    def record(chat: Chat) -> None:
        numbers = {m.name: m.number for m in chat.store.group(slug).members()}
        link_accounts(chat, {name: COORDINATOR if name == asker else f"{prefix}-{number}"
                             for name, number in numbers.items()})
        for text in commands:
            typed(chat, text, "Séance n°")
        for name, command in rsvps:
            typed(chat, command, "C'est noté", sender=f"{prefix}-{numbers[name]}", name=name)

    return record
