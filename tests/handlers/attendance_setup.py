"""What a group's secretary and members type after the group is set up, for
the question sets' groups that hold attendance (questions_groups.AFTER_SETUP):
accounts linked as /moi would link them (the asker's is the test sender's),
the secretary's /presents, /excuses and /absents, then members' own /present
and /excuse for the coming meeting. A command that does not take stops the
set loudly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from tests.helpers import COORDINATOR, Chat

__all__ = ["dated_setup", "link_accounts", "recorded_attendance", "typed"]


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


def dated_setup(slug: str, asker: str, prefix: str, after_meetings: tuple[tuple[str, tuple[str, ...]], ...],
                closed: tuple[str, ...], rsvps: tuple[tuple[str, str], ...]) -> Callable[[Chat], None]:
    """The setup of `slug` typed on the days it happened: accounts `<prefix>-<n°>` (`asker`'s the test
    sender's), each day's attendance and /tache commands of `after_meetings` (day, commands) on that day
    (Paris time), then today the `closed` tasks and each (name, /present or /excuse) of `rsvps`."""
    paris = ZoneInfo("Europe/Paris")

    def setup(chat: Chat) -> None:
        numbers = {m.name: m.number for m in chat.store.group(slug).members()}
        accounts = {name: COORDINATOR if name == asker else f"{prefix}-{number}" for name, number in numbers.items()}
        link_accounts(chat, accounts)
        today = chat.clock.now()
        for day, commands in after_meetings:
            chat.clock.set(datetime.fromisoformat(day).replace(tzinfo=paris))
            for text in commands:
                typed(chat, text, "Tâche n°" if text.startswith("/tache") else "Séance n°")
        chat.clock.set(today)
        for text in closed:
            typed(chat, text, "Tâche n°")
        for name, command in rsvps:
            typed(chat, command, "C'est noté", sender=accounts[name], name=name)

    return setup
