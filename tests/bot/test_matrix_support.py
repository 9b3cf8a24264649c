"""People, rooms and a running bot for the Matrix tests (no tests here).

It is named test_matrix_* only to sit with the Matrix test files; pytest
collects nothing from it. Import the fixtures explicitly:
`from tests.bot.test_matrix_support import people, synapse  # noqa: F401`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from nio import AsyncClient, RoomCreateResponse, RoomMessagesResponse, RoomSendResponse

from bot.app import Greffier
from bot.clock import Clock, SystemClock
from bot.config import parse_config
from bot.matrix import MatrixAdapter
from bot.matrix.config import MatrixSettings
from handlers.registry import CommandTable
from storage.store import Store
from tests.bot.element import Element, poll
from tests.bot.synapse import Account, Synapse, synapse

__all__ = [
    "FOREIGN_MEGOLM", "Person", "RunningBot", "group", "next_week_meeting", "people", "shared_room", "start_bot", "synapse",
]

ZURICH = ZoneInfo("Europe/Zurich")

# An m.room.encrypted content for a Megolm session the bot was never given.
FOREIGN_MEGOLM = {
    "algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEnACgAkLmt6qF84IK++J7UDH2Za1YVchHyprqTqsg",
    "sender_key": "mJqVs5pD4QYtD5RjKRRSmJ5pDpsbyBmWzEPfCm7aeS4", "session_id": "X3lUlvLELLYxeTx4yOVu6UDpasGEVO0Jbu+QFnm0cKQ",
    "device_id": "RJYKSTBOIE",
}


class Person:
    """A member or a coordinator: posts like Element (`tests.bot.element`), reads and sets up rooms with nio."""

    def __init__(self, server: Synapse, account: Account) -> None:
        self.account = account
        self.user_id = account.user_id
        self.client = AsyncClient(server.url, account.user_id, device_id=account.device_id)
        self.client.access_token = account.access_token
        self.element = Element(server, account)

    async def close(self) -> None:
        await self.client.close()

    async def create_room(
        self, invite: tuple[str, ...] = (), encrypted: bool = False, levels: dict[str, int] | None = None
    ) -> str:
        state = [{"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}}]
        resp = await self.client.room_create(
            invite=invite,
            initial_state=state if encrypted else (),
            # Room version 12 keeps creators out of `users`: they outrank everyone.
            power_level_override={"users": levels} if levels else None,
        )
        assert isinstance(resp, RoomCreateResponse), resp
        return resp.room_id

    async def join(self, room_id: str) -> None:
        resp = await self.client.join(room_id)
        assert not hasattr(resp, "status_code"), resp

    async def say(self, room_id: str, body: str, **extra: object) -> str:
        """Post a text message as Element does (a raw PUT, `m.mentions` always present); returns its event id."""
        return await self.element.send(room_id, {"msgtype": "m.text", "body": body, "m.mentions": {}, **extra})

    async def send_raw(self, room_id: str, event_type: str, content: dict[str, object]) -> str:
        resp = await self.client.room_send(room_id, event_type, content)
        assert isinstance(resp, RoomSendResponse), resp
        return resp.event_id

    async def messages(self, room_id: str, sender: str) -> list[dict[str, object]]:
        """Contents of the room's m.room.message events from `sender`, oldest first."""
        resp = await self.client.room_messages(room_id, limit=200)
        assert isinstance(resp, RoomMessagesResponse), resp
        found = [e.source["content"] for e in resp.chunk if e.sender == sender and e.source.get("type") == "m.room.message"]
        return list(reversed(found))

    async def wait_for(self, room_id: str, sender: str, count: int, timeout: float = 30) -> list[dict[str, object]]:
        """Poll until `sender` has posted at least `count` messages; fail after `timeout`."""
        return await poll(lambda: self.messages(room_id, sender), sender, count, timeout)


@dataclass
class RunningBot:
    """Greffier with its Matrix adapter, running in a task of the test's loop."""

    app: Greffier
    adapter: MatrixAdapter
    task: asyncio.Task[None]

    async def stop(self) -> None:
        """Stop as a process would on SIGTERM: cancel, then close the store."""
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)
        self.app.store.close()


async def start_bot(
    server: Synapse, bot: Account, data_dir: Path, groups: list[dict[str, object]], clock: Clock | None = None,
    commands: CommandTable | None = None, **settings: object,
) -> RunningBot:
    """Start the bot on `data_dir` and wait until its first sync is handled.

    `settings` override `MatrixSettings` fields; by default syncs are short,
    backoff tops out at 1 s and announcements are not paced.
    """
    config = parse_config({"storage": {"data_dir": str(data_dir)}, "groups": groups})
    options: dict[str, object] = {"sync_timeout_ms": 5000, "backoff_max": 1.0, "announce_per_second": 0.0}
    options.update(settings)
    matrix = MatrixSettings(homeserver=server.url, user_id=bot.user_id, access_token=bot.access_token, **options)  # type: ignore[arg-type]
    app = Greffier(config, Store.open(data_dir), clock or SystemClock(), commands)
    adapter = MatrixAdapter(app, matrix)
    app.add_adapter(adapter)
    task = asyncio.create_task(app.run())
    ready = asyncio.create_task(adapter.ready.wait())
    await asyncio.wait([task, ready], timeout=60, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        app.store.close()
        task.result()  # the bot's own error says more than a timeout would
    if not ready.done():
        ready.cancel()
        task.cancel()
        await asyncio.gather(task, ready, return_exceptions=True)
        app.store.close()
        raise AssertionError("the bot did not complete its first sync")
    return RunningBot(app, adapter, task)




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
    start = (datetime.now(ZURICH) + timedelta(days=7)).replace(hour=9, minute=0, second=0, microsecond=0)
    store = Store.open(store_dir)
    try:
        store.group(slug).add_meeting(start, start + timedelta(hours=2), "Mairie de Meyrin, salle du conseil")
    finally:
        store.close()
