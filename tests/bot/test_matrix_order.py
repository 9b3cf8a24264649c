"""A coordinator's commands in a Matrix room, read from the room's timeline.

On the real Synapse: the confirmation of `!seance` comes before the
convocation it owes, even when the homeserver is slow to take the
confirmation; a members list sent as a file (uploaded with the media API)
captioned `!importer` is previewed, then stored by `!importer confirmer`.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.bot.element import Element
from tests.bot.synapse import Synapse
from tests.bot.test_matrix_support import (  # noqa: F401 (fixtures)
    ZURICH,
    group,
    people,
    shared_room,
    start_bot,
    synapse,
)

ROOT = Path(__file__).resolve().parents[2]


async def test_the_confirmation_comes_before_the_convocation(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    client = running.adapter.client
    room_send = client.room_send

    async def slow_answers(room_id: str, kind: str, content: dict[str, Any], **extra: Any) -> Any:
        # The homeserver takes a second and a half to accept an answer (linked to its question).
        if "m.relates_to" in content:
            await asyncio.sleep(1.5)
        return await room_send(room_id, kind, content, **extra)

    client.room_send = slow_answers  # type: ignore[method-assign]
    day = (datetime.now(ZURICH) + timedelta(days=10)).strftime("%d/%m/%Y")
    lea = Element(synapse, coordinator.account)
    try:
        command = await lea.say(room, f"!seance {day} 9h-11h Mairie de Meyrin")
        said = await lea.wait_for(room, bot.user_id, 2)
    finally:
        await running.stop()
    assert said[0]["content"]["body"].startswith("Séance n°1 planifiée.")
    assert said[0]["content"]["m.relates_to"]["m.in_reply_to"]["event_id"] == command
    assert said[1]["content"]["msgtype"] == "m.notice"
    assert said[1]["content"]["body"].startswith("Convocation — séance n°1 — ")


async def test_a_members_file_captioned_importer_is_previewed_then_stored(
    synapse: Synapse, people, tmp_path: Path
) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    lea = Element(synapse, coordinator.account)
    csv = (ROOT / "bot" / "demo_data" / "membres.csv").read_bytes()
    try:
        await lea.send_file(room, "membres.csv", csv, caption="!importer")
        [preview] = await lea.wait_for(room, bot.user_id, 1)
        stored_before = len(running.app.store.group("rte").members())
        await lea.say(room, "!importer confirmer")
        _, confirmed = await lea.wait_for(room, bot.user_id, 2)
        members = running.app.store.group("rte").members()
    finally:
        await running.stop()
    body = preview["content"]["body"]
    assert "Pour enregistrer : /importer confirmer (ou /importer annuler)." in body
    assert stored_before == 0  # a preview stores nothing
    assert confirmed["content"]["body"].startswith(
        "Import de membres.csv enregistré : 8 membre(s) ajouté(s), 0 mis à jour, 1 ligne(s) refusée(s)."
    )
    assert len(members) == 8
    assert ("Léonie Marthaler", "Commune de Lancy") in {(m.name, m.organisation) for m in members}
