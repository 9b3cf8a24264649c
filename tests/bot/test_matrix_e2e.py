"""End-to-end encryption on the real Synapse: a real client encrypts, the bot answers encrypted.

Léa is a second nio client with its own e2e key store in tmp: she creates an
encrypted room, sends an encrypted command and decrypts the bot's answer.
The room's events on the server are all `m.room.encrypted`: nothing the bot
says there travels in clear.
"""

from __future__ import annotations

import asyncio
import io
import time
from pathlib import Path
from typing import Any

from nio import AsyncClient, AsyncClientConfig, RoomMessageText, RoomSendResponse, SyncResponse, UploadResponse

from tests.bot.element import Element
from tests.bot.file_command import with_file_command
from tests.bot.synapse import Account, Synapse
from tests.bot.test_matrix_support import FOREIGN_MEGOLM, group, next_week_meeting, people, start_bot, synapse  # noqa: F401


async def e2e_client(server: Synapse, account: Account, keys: Path) -> AsyncClient:
    keys.mkdir(parents=True, exist_ok=True)
    client = AsyncClient(server.url, account.user_id, device_id=account.device_id, store_path=str(keys),
                         config=AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True))
    client.restore_login(account.user_id, account.device_id, account.access_token)
    assert client.olm is not None
    await client.sync(timeout=0)
    await client.keys_upload()
    return client


async def until(what: str, check: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not await check():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.3)


async def ask(lea: AsyncClient, room: str, bot_id: str, body: str,
              content: dict[str, Any] | None = None) -> tuple[str, list[Any]]:
    """Send an encrypted command; return its event id and what the bot posted after it, as Léa reads it."""
    sent = await lea.room_send(room, "m.room.message", content or {"msgtype": "m.text", "body": body},
                               ignore_unverified_devices=True)
    assert isinstance(sent, RoomSendResponse), sent
    seen: list[Any] = []

    async def answered() -> bool:
        resp = await lea.sync(timeout=1000)
        assert isinstance(resp, SyncResponse), resp
        joined = resp.rooms.join.get(room)
        seen.extend(e for e in (joined.timeline.events if joined else []) if e.sender == bot_id)
        return bool(seen)

    await until("the bot never answered", answered)
    return sent.event_id, seen


async def test_an_encrypted_command_gets_an_encrypted_answer_across_a_restart(
    synapse: Synapse, people, tmp_path: Path
) -> None:
    bot, coordinator, _ = people
    data = tmp_path / "data"
    lea = await e2e_client(synapse, coordinator.account, tmp_path / "lea-keys")
    state = [{"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}}]
    room = (await lea.room_create(invite=(bot.user_id,), initial_state=state)).room_id
    next_week_meeting(data, "rte")
    groups = [group("rte", coordinator.user_id, [room])]
    running = await start_bot(synapse, bot, data, groups, e2e_store=data / "matrix-e2e")
    csv = b"nom;orga\nLea;Ville\n"
    try:
        async def bot_device_known() -> bool:
            assert isinstance(await lea.sync(timeout=0), SyncResponse)
            if lea.should_query_keys:
                await lea.keys_query()
            return bot.user_id in lea.rooms[room].users and bool(lea.device_store.active_user_devices(bot.user_id))

        await until("the bot's device keys never reached Léa", bot_device_known)
        first, before = await ask(lea, room, bot.user_id, "!prochaine_seance")
        # A restart: the same device, its keys read back from the data folder.
        await running.stop()
        running = await start_bot(synapse, bot, data, groups, e2e_store=data / "matrix-e2e",
                                  commands=with_file_command())
        second, after = await ask(lea, room, bot.user_id, "!groupes")
        # An encrypted attachment (Element's shape: the keys in `file`), captioned with a command.
        uploaded, keys = await lea.upload(io.BytesIO(csv), content_type="text/csv", filename="membres.csv",
                                          encrypt=True, filesize=len(csv))
        assert isinstance(uploaded, UploadResponse) and keys is not None, uploaded
        _, filed = await ask(lea, room, bot.user_id, "", {
            "msgtype": "m.file", "body": "!taille", "filename": "membres.csv",
            "info": {"mimetype": "text/csv", "size": len(csv)},
            "file": {**keys, "url": uploaded.content_uri},
        })
        on_the_wire = await Element(synapse, coordinator.account).messages(room, bot.user_id)
    finally:
        await running.stop()
        await lea.close()
    assert all(isinstance(e, RoomMessageText) and e.decrypted for e in before + after + filed), before + after
    assert [e.body.split(" — ")[0] for e in before] == ["Prochaine séance n°1"]
    assert [e.body.split("\n")[0] for e in after] == ["Groupe actuel : Groupe rte (rte)."]
    assert before[0].source["content"]["m.relates_to"] == {"m.in_reply_to": {"event_id": first}}
    assert after[0].source["content"]["m.relates_to"] == {"m.in_reply_to": {"event_id": second}}
    assert [e.body for e in filed] == ["membres.csv : 19 octets, « nom;orga\n »"]
    assert on_the_wire == []  # no m.room.message from the bot: its events there are m.room.encrypted
    assert list((data / "matrix-e2e").iterdir())  # its keys are kept with the data


async def test_a_message_whose_key_never_reached_the_bot_gets_one_notice(
    synapse: Synapse, people, tmp_path: Path
) -> None:
    bot, coordinator, member = people
    room = await coordinator.create_room(invite=(bot.user_id, member.user_id), encrypted=True)
    await member.join(room)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])],
                              e2e_store=tmp_path / "matrix-e2e")
    try:
        await member.send_raw(room, "m.room.encrypted", FOREIGN_MEGOLM)
        await member.send_raw(room, "m.room.encrypted", FOREIGN_MEGOLM)
        raw = Element(synapse, member.account)

        async def noticed() -> bool:
            data = await raw._request("GET", f"/rooms/{room}/messages", params={"dir": "b", "limit": "50"})
            return any(e["sender"] == bot.user_id for e in data["chunk"])

        await until("no notice", noticed)
        await asyncio.sleep(1.5)  # a second notice would show up by now
        data = await raw._request("GET", f"/rooms/{room}/messages", params={"dir": "b", "limit": "50"})
    finally:
        await running.stop()
    from_bot = [e for e in data["chunk"] if e["sender"] == bot.user_id and "state_key" not in e]
    assert len(from_bot) == 1
    assert from_bot[0]["type"] == "m.room.encrypted"  # the notice itself is encrypted for the room
