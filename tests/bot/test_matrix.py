"""Greffier in Matrix rooms, against a real Synapse on loopback.

A member and a coordinator are real nio clients; the bot is the real
adapter, router and store. Each test asserts what people read in the room
(body, formatted_body, msgtype) or what the store holds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import Reply, bold, text
from tests.bot.synapse import Account, Person, Synapse, start_bot, synapse  # noqa: F401

ZURICH = ZoneInfo("Europe/Zurich")


def group(slug: str, coordinator: str, rooms: list[str], **extra: object) -> dict[str, object]:
    return {
        "slug": slug,
        "name": f"Groupe {slug}",
        "timezone": "Europe/Zurich",
        "coordinators": [f"matrix:{coordinator}"],
        "chats": {"matrix": rooms},
        **extra,
    }


@pytest.fixture
async def people(synapse: Synapse) -> AsyncIterator[tuple[Account, Person, Person]]:
    """The bot's account, a coordinator and a member (fresh users per test)."""
    bot = await synapse.register("greffier", displayname="Greffier")
    coordinator = Person(synapse, await synapse.register("lea", displayname="Léa Marchand"))
    member = Person(synapse, await synapse.register("bastien", displayname="Bastien Rochat"))
    yield bot, coordinator, member
    await coordinator.close()
    await member.close()


async def shared_room(coordinator: Person, member: Person, bot: Account) -> str:
    room = await coordinator.create_room(invite=(bot.user_id, member.user_id))
    await member.join(room)
    return room


def next_week_meeting(store_dir: Path, slug: str) -> None:
    from storage.store import Store

    start = (datetime.now(ZURICH) + timedelta(days=7)).replace(hour=9, minute=0, second=0, microsecond=0)
    store = Store.open(store_dir)
    try:
        store.group(slug).add_meeting(start, start + timedelta(hours=2), "Mairie de Meyrin, salle du conseil")
    finally:
        store.close()


async def test_next_meeting_is_answered_with_formatted_body(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    next_week_meeting(tmp_path, "rte")
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    try:
        await member.say(room, "!prochaine_seance")
        [answer] = await member.wait_for(room, bot.user_id, 1)
    finally:
        await running.stop()
    assert answer["msgtype"] == "m.text"
    assert answer["format"] == "org.matrix.custom.html"
    assert str(answer["body"]).startswith("Prochaine séance n°1 — ")
    assert "\nLieu : Mairie de Meyrin, salle du conseil" in str(answer["body"])
    formatted = str(answer["formatted_body"])
    assert formatted.startswith("<b>Prochaine séance n°1</b> — ")
    assert "<br>Lieu : Mairie de Meyrin, salle du conseil<br>" in formatted
    assert "\n" not in formatted
