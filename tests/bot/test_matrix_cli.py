"""`python -m bot run --platform matrix` as an operator runs it, on a real Synapse.

The bot logs in with a password read from a file, keeps its device id and
sync token in the data directory, and reuses the same device on restart
instead of piling up sessions.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from nio import DevicesResponse

from handlers.messages import Attachment, Reply
from storage.store import Store
from tests.bot.synapse import Synapse
from tests.bot.test_matrix_support import Person, group, people, shared_room, start_bot, synapse  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def write_config(path: Path, server: Synapse, bot_id: str, password_file: Path, room: str, coordinator: str) -> None:
    path.write_text(
        f"""
[[groups]]
slug = "rte"
name = "Groupe RTE"
timezone = "Europe/Zurich"
coordinators = ["matrix:{coordinator}"]

[groups.chats]
matrix = ["{room}"]

[matrix]
homeserver = "{server.url}"
user_id = "{bot_id}"
password_file = "{password_file}"
sync_timeout_seconds = 5
backoff_max_seconds = 1
""",
        encoding="utf-8",
    )


async def run_cli(config: Path, data: Path, member: Person, room: str, bot_id: str, command: str, answers: int) -> str:
    """Start the CLI, send `command`, wait for the bot's `answers`-th message, stop with Ctrl-C."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--platform", "matrix", "--config", str(config), "--data", str(data)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        # The first sync answers nothing that came before it: keep asking until the bot is up.
        said: list[dict[str, object]] = []
        for _ in range(60):
            await member.say(room, command)
            try:
                said = await member.wait_for(room, bot_id, answers, timeout=1.5)
                break
            except AssertionError:
                assert process.poll() is None, process.communicate()[1].decode()
        assert len(said) >= answers, "the bot never answered"
    finally:
        process.send_signal(signal.SIGINT)
        _, err = await asyncio.to_thread(process.communicate, timeout=30)
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    return str(said[answers - 1]["body"])


async def test_cli_logs_in_with_a_password_file_and_keeps_its_device(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    secret = tmp_path / "password"
    secret.write_text(bot.password + "\n", encoding="utf-8")
    config, data = tmp_path / "greffier.toml", tmp_path / "data"
    write_config(config, synapse, bot.user_id, secret, room, coordinator.user_id)

    first = await run_cli(config, data, member, room, bot.user_id, "!groupes", 1)
    store = Store.open(data)
    device = store.get_state(f"matrix:{bot.user_id}:device_id")
    token = store.get_state(f"matrix:{bot.user_id}:next_batch")
    store.close()
    answers = len(await member.messages(room, bot.user_id))
    second = await run_cli(config, data, member, room, bot.user_id, "!groupes", answers + 1)

    store = Store.open(data)
    assert store.get_state(f"matrix:{bot.user_id}:device_id") == device
    assert store.get_state(f"matrix:{bot.user_id}:next_batch") != token
    store.close()
    assert first.startswith("Groupe actuel : Groupe RTE (rte).")
    assert second.startswith("Groupe actuel : Groupe RTE (rte).")
    owner = Person(synapse, bot)
    try:
        devices = await owner.client.devices()
    finally:
        await owner.close()
    assert isinstance(devices, DevicesResponse)
    # The registration's device and one for the bot: the restart reused it.
    assert sorted(d.id for d in devices.devices) == sorted({bot.device_id, device})


async def test_ics_attachment_is_uploaded_and_sent_as_a_file(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    reply = Reply.of("Séance n°4 planifiée.").with_attachment(Attachment("seance-4.ics", "text/calendar", ics))
    running = await start_bot(synapse, bot, tmp_path, [group("rte", coordinator.user_id, [room])])
    try:
        assert await running.app.deliver("rte", reply) == []
        text, file = await member.wait_for(room, bot.user_id, 2)
    finally:
        await running.stop()
    assert text["body"] == "Séance n°4 planifiée."
    assert file["msgtype"] == "m.file"
    assert file["body"] == file["filename"] == "seance-4.ics"
    assert file["info"] == {"mimetype": "text/calendar", "size": len(ics)}
    downloaded = await member.client.download(str(file["url"]))
    assert downloaded.body == ics


async def test_cli_refused_password_is_one_clear_line(synapse: Synapse, people, tmp_path: Path) -> None:
    bot, coordinator, member = people
    room = await shared_room(coordinator, member, bot)
    secret = tmp_path / "password"
    secret.write_text("not-the-password\n", encoding="utf-8")
    config = tmp_path / "greffier.toml"
    write_config(config, synapse, bot.user_id, secret, room, coordinator.user_id)
    result = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bot", "run", "--platform", "matrix", "--config", str(config), "--data", str(tmp_path / "d")],
        cwd=ROOT, capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"greffier : erreur : connexion Matrix refusée par {synapse.url} (M_FORBIDDEN)"
    ]
    assert "not-the-password" not in result.stderr
