"""`python -m bot run --platform telegram` as a real process, against the fake Bot API."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.bot.fake_telegram import TOKEN, FakeTelegram

GROUP = -1001234567
CONFIG = """
[storage]
data_dir = "data"

[[groups]]
slug = "rte-geneve"
name = "Groupe de travail RTE Genève"
timezone = "Europe/Zurich"
coordinators = ["telegram:111111111"]

[groups.chats]
telegram = ["{group}"]

[telegram]
token_file = "{token_file}"
base_url = "{base_url}"
base_file_url = "{base_file_url}"
poll_timeout_seconds = 1
"""


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


async def test_run_answers_in_a_group_and_never_logs_the_token(fake: FakeTelegram, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.format(group=GROUP, token_file=token_file, base_url=fake.base_url,
                                    base_file_url=fake.base_file_url), encoding="utf-8")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "-v", "run", "--platform", "telegram", "--config", str(config),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.push(GROUP, {"id": 222222222, "is_bot": False, "first_name": "Bastien"}, "/aide@GreffierBot")
        sent = await fake.wait_sent(1, timeout=30)
        assert sent[0].chat_id == GROUP and "/prochaine_seance" in sent[0].text
        await fake.wait_confirmed()
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "HTTP Request: POST" in log and "/bot<token>/sendMessage" in log
    assert TOKEN not in log
    assert "Traceback" not in log
    assert (tmp_path / "data").is_dir()  # the store lives where the config says


async def test_run_with_a_refused_token_says_so_in_one_line(fake: FakeTelegram, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("999:revoked-token\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.format(group=GROUP, token_file=token_file, base_url=fake.base_url,
                                    base_file_url=fake.base_file_url), encoding="utf-8")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--platform", "telegram", "--config", str(config),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 2
    assert stderr.decode().strip() == "greffier : erreur : telegram: Telegram refuse le jeton du bot (révoqué ou mal copié ?)"
