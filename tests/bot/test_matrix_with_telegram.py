"""`python -m bot run --platform telegram,matrix`: one process, one store, both rooms.

A group bound to a Telegram group (the suite's local Bot API server, real
HTTP) and to a Matrix room (the real Synapse) gets the same answers in each
and every announcement in both.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage.store import Store
from tests.bot.fake_telegram import TOKEN, FakeTelegram
from tests.bot.synapse import Synapse
from tests.bot.test_matrix_support import next_week_meeting, people, shared_room, synapse  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
TELEGRAM_GROUP = -1009876543
TELEGRAM_MEMBER = {"id": 444444444, "is_bot": False, "first_name": "Inès", "last_name": "Favre"}


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


async def test_one_process_serves_telegram_and_matrix(synapse: Synapse, people, telegram: FakeTelegram, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    data = tmp_path / "data"
    next_week_meeting(data, "rte")
    (tmp_path / "matrix-token").write_text(bot.access_token, encoding="utf-8")
    config = tmp_path / "greffier.toml"
    config.write_text(
        f"""
[storage]
data_dir = "data"

[[groups]]
slug = "rte"
name = "Groupe RTE"
timezone = "Europe/Zurich"
coordinators = ["matrix:{coordinator.user_id}"]

[groups.chats]
telegram = ["{TELEGRAM_GROUP}"]
matrix = ["{room}"]

[telegram]
token_env = "GREFFIER_TEST_TELEGRAM_TOKEN"
base_url = "{telegram.base_url}"
base_file_url = "{telegram.base_file_url}"
poll_timeout_seconds = 1

[matrix]
homeserver = "{synapse.url}"
user_id = "{bot.user_id}"
access_token_file = "{tmp_path / 'matrix-token'}"
sync_timeout_seconds = 5
backoff_max_seconds = 1
""",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--platform", "telegram,matrix", "--config", str(config)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT), "GREFFIER_TEST_TELEGRAM_TOKEN": TOKEN},
    )
    try:
        # Matrix answers nothing from before its first sync: ask until it is up.
        for _ in range(60):
            await member.say(room, "!prochaine_seance")
            try:
                await member.wait_for(room, bot.user_id, 1, timeout=1.5)
                break
            except AssertionError:
                assert process.poll() is None, process.communicate()[1].decode()
        matrix_answer = (await member.messages(room, bot.user_id))[0]
        await telegram.push(TELEGRAM_GROUP, TELEGRAM_MEMBER, "/prochaine_seance")
        [telegram_answer] = await telegram.wait_sent(1, timeout=30)

        # A coordinator plans a meeting in Matrix: the convocation goes to both chats.
        day = (datetime.now(ZoneInfo("Europe/Zurich")) + timedelta(days=40)).strftime("%d/%m/%Y")
        await coordinator.say(room, f"!seance {day} 14h Mairie de Meyrin")
        sent = await telegram.wait_sent(2, timeout=30)
        notices = []
        for _ in range(100):
            notices = [c for c in await member.messages(room, bot.user_id) if c["msgtype"] == "m.notice"]
            if notices:
                break
            await asyncio.sleep(0.2)
    finally:
        process.send_signal(signal.SIGINT)
        _, err = await asyncio.to_thread(process.communicate, timeout=30)
    assert process.returncode == 0, err.decode()
    assert telegram_answer.chat_id == TELEGRAM_GROUP
    assert telegram_answer.text == matrix_answer["body"]  # the same answer on both platforms
    assert str(matrix_answer["body"]).startswith("Prochaine séance n°1 — ")
    [convocation] = [s for s in sent[1:] if s.text.startswith("Convocation — séance n°2")]
    assert len(notices) == 1
    assert notices[0]["body"] == convocation.text
    store = Store.open(data)
    try:
        assert [m.place for m in store.group("rte").meetings()] == ["Mairie de Meyrin, salle du conseil", "Mairie de Meyrin"]
    finally:
        store.close()
