"""Meeting announcements (convocation, séance déplacée, séance annulée)
through the scheduler's notice log: written with the change, sent at once
to every bound chat, recorded, retried, never lost nor doubled.

Each test runs the real `Greffier` (router + scheduler) on a manual clock
with a recording Telegram stand-in bound to two chats; a "restart" is a new
`Greffier` on the same store.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import Greffier
from bot.clock import ManualClock
from bot.scheduler.pacing import NoPacing
from bot.turns import Origin
from handlers.messages import Message, Reply
from storage.models import Meeting
from storage.notices import NoticeLog
from storage.store import Store
from tests.helpers import COORDINATOR, at, group_config, make_config

START = at("2026-11-23 10:00")  # Monday; meetings below are in December
CHATS = ("-1001", "-1002")  # Telegram chat ids are numbers (the config checks)


@dataclass
class Recorder:
    """A Telegram stand-in: records what each chat receives."""

    platform: str = "telegram"
    sent: list[tuple[str, str]] = field(default_factory=list)  # chat id, text
    failing: set[str] = field(default_factory=set)  # chat ids whose sends raise

    async def run(self) -> None:
        await asyncio.Event().wait()

    async def send(self, chat_id: str, reply: Reply, origin: Origin | None = None) -> None:
        if chat_id in self.failing:
            raise ConnectionError("platform down")
        assert reply.notice
        self.sent.append((chat_id, reply.plain()))

    def firsts(self, chat_id: str = "-1001") -> list[str]:
        return [text.splitlines()[0] for chat, text in self.sent if chat == chat_id]


@dataclass
class Office:
    """The bot's process on a shared store and clock; `restart` replaces it."""

    store: Store
    clock: ManualClock = field(default_factory=lambda: ManualClock(START))
    recorder: Recorder = field(default_factory=Recorder)
    app: Greffier | None = None

    def boot(self, start: bool = True, **scheduler: Any) -> Greffier:
        config = make_config(group_config("rte", chats={"telegram": list(CHATS)}, **scheduler))
        app = Greffier(config, self.store, self.clock)
        app.pacer = NoPacing()  # pacing has its own tests; these must not wait
        app.add_adapter(self.recorder)
        if start:
            app.scheduler = app.build_scheduler()
            app.scheduler.start()
        self.app = app
        return app

    async def restart(self, **scheduler: Any) -> list[tuple[str, str]]:
        """Stop the running process (if any), start a new one; what it sent at start-up."""
        await self.stop()
        before = len(self.recorder.sent)
        self.boot(**scheduler)
        await self.settle()
        return self.recorder.sent[before:]

    async def stop(self) -> None:
        if self.app is not None and self.app.scheduler is not None:
            await self.app.scheduler.stop()
        self.app = None

    async def settle(self) -> None:
        assert self.app is not None and self.app.scheduler is not None
        await self.app.scheduler.drain()

    async def say(self, text: str) -> str:
        """A coordinator types `text` in chat-1; the reply, once sends settled."""
        assert self.app is not None
        message = Message("telegram", "-1001", COORDINATOR, "Léa Marchand", text, self.clock.now())
        if self.app.scheduler is None:  # a process that dies right after the write
            reply = self.app.router.handle(message)
        else:
            reply = await self.app.router.handle_async(message)
            await self.settle()
        assert reply is not None
        return reply.plain()

    def rows(self, state: str | None = None) -> list[dict[str, Any]]:
        return [r for r in NoticeLog(self.store).rows("rte") if "announcement" in r and state in (None, r["state"])]


@pytest.fixture
async def office(store: Store) -> AsyncIterator[Office]:
    running = Office(store)
    yield running
    await running.stop()


async def test_planning_sends_one_convocation_per_bound_chat_and_records_it(office: Office) -> None:
    office.boot()
    assert (await office.say("/seance 03/12/2026 9h-11h Mairie de Meyrin")).startswith("Séance n°1 planifiée.")
    # At once: nothing but the command itself ran, the clock has not moved.
    assert sorted(chat for chat, _ in office.recorder.sent) == list(CHATS)
    for chat in CHATS:
        [first] = office.recorder.firsts(chat)
        assert first == "Convocation — séance n°1 — jeudi 3 décembre 2026, 09h00–11h00"
    assert "Lieu : Mairie de Meyrin" in office.recorder.sent[0][1] and "retard" not in office.recorder.sent[0][1]
    meeting = office.store.group("rte").meeting(1)
    # Written with the meeting itself: kind and instant (UTC) of the change.
    assert meeting is not None and meeting.announcement == "planned@2026-11-23T09:00:00+00:00"
    rows = office.rows()
    assert sorted(r["chat"] for r in rows) == list(CHATS)
    assert {(r["state"], r["announcement"], r["lead"]) for r in rows} == {("sent", meeting.announcement, 0)}


async def test_failed_send_is_retried_with_backoff_and_never_recorded_as_sent(office: Office) -> None:
    office.boot()
    office.recorder.failing.add("-1002")
    await office.say("/seance 03/12/2026 9h Mairie")
    assert [chat for chat, _ in office.recorder.sent] == ["-1001"]  # -1002's failure blocks nobody
    assert [(r["chat"], r["state"]) for r in office.rows()] == [("-1001", "sent")]
    scheduler = office.app.scheduler  # type: ignore[union-attr]
    assert scheduler is not None and ("rte", START + timedelta(seconds=30)) in scheduler.planned()

    async def at_offset(seconds: int) -> list[tuple[str, str]]:
        office.clock.set(START + timedelta(seconds=seconds))
        before = len(office.recorder.sent)
        await scheduler.run_due("rte")
        return office.recorder.sent[before:]

    assert await at_offset(29) == []
    assert await at_offset(30) == []  # second attempt, fails again
    assert [(r["chat"], r["state"]) for r in office.rows()] == [("-1001", "sent")]
    assert await at_offset(89) == []  # backoff doubled: next try at +90 s
    office.recorder.failing.clear()
    [(chat, text)] = await at_offset(90)
    assert chat == "-1002" and text.startswith("Convocation — séance n°1")
    assert "Annonce envoyée en retard" in text
    assert await at_offset(600) == []
    assert sorted((r["chat"], r["state"]) for r in office.rows()) == [("-1001", "sent"), ("-1002", "sent")]


async def test_crash_after_the_write_sends_it_once_at_start_up_marked_late(office: Office) -> None:
    office.boot(start=False)  # the process dies before its scheduler could send
    assert (await office.say("/seance 03/12/2026 9h Mairie")).startswith("Séance n°1 planifiée.")
    assert office.recorder.sent == [] and office.rows() == []
    office.clock.set(START + timedelta(hours=1))
    sent = await office.restart()
    assert sorted(chat for chat, _ in sent) == list(CHATS)
    for _, text in sent:
        assert text.startswith("Convocation — séance n°1 — jeudi 3 décembre 2026, 09h00")
        assert "Annonce envoyée en retard : je n'ai pas pu l'envoyer à l'heure prévue." in text
    office.clock.set(START + timedelta(hours=2))
    assert await office.restart() == []  # a restart after sending sends nothing again


async def test_restart_after_sending_does_not_send_again(office: Office) -> None:
    office.boot()
    await office.say("/seance 03/12/2026 9h Mairie")
    await office.say("/seance_annuler 1 salle indisponible")
    assert office.recorder.firsts() == [
        "Convocation — séance n°1 — jeudi 3 décembre 2026, 09h00",
        "Séance n°1 annulée — jeudi 3 décembre 2026, 09h00",
    ]
    for minutes in (0, 5, 60):
        office.clock.set(START + timedelta(minutes=minutes))
        assert await office.restart() == []
    assert len(office.rows("sent")) == 4


async def test_two_moves_give_two_announcements(office: Office) -> None:
    office.boot()
    await office.say("/seance 03/12/2026 9h Mairie")
    office.clock.set(START + timedelta(minutes=1))
    await office.say("/seance_deplacer 1 10/12/2026 14h-16h")
    office.clock.set(START + timedelta(minutes=2))
    await office.say("/seance_deplacer 1 11/12/2026 9h Salle B")
    for chat in CHATS:
        assert office.recorder.firsts(chat) == [
            "Convocation — séance n°1 — jeudi 3 décembre 2026, 09h00",
            "Séance n°1 déplacée — désormais le jeudi 10 décembre 2026, 14h00–16h00",
            # No new end given: the move keeps the two hours.
            "Séance n°1 déplacée — désormais le vendredi 11 décembre 2026, 09h00–11h00",
        ]
    assert len({r["announcement"] for r in office.rows("sent")}) == 3
    assert len(office.rows("sent")) == 6


async def test_announcement_older_than_grace_is_skipped_and_logged(
    office: Office, caplog: pytest.LogCaptureFixture
) -> None:
    office.boot(start=False)
    await office.say("/seance 03/12/2026 9h Mairie")
    office.clock.set(START + timedelta(hours=3))  # down for longer than the 2 h announcement window
    with caplog.at_level(logging.WARNING, logger="bot.scheduler"):
        assert await office.restart() == []
    warnings = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(warnings) == 2 and all("3:00:00 overdue, beyond the 2:00:00 grace window" in w for w in warnings)
    assert {(r["state"], r["reason"]) for r in office.rows()} == {("skipped", "stale")}
    assert await office.restart() == []  # judged once: no new warning, no send


async def test_cancelled_occurrence_of_a_series_is_announced_once(office: Office) -> None:
    office.boot()
    await office.say("/seance 01/12/2026 14h-16h Salle B chaque semaine")
    out = await office.say("/seance_annuler 1@15/12 vacances")
    assert out.startswith("Séance n°1 du mardi 15 décembre 2026, 14h00–16h00 annulée")
    assert office.recorder.firsts() == [
        "Convocation — séance n°1 — mardi 1er décembre 2026, 14h00–16h00",
        "Séance n°1 annulée — mardi 15 décembre 2026, 14h00–16h00",
    ]
    await office.say("/proposer Budget")  # a later write to the same series
    office.clock.set(START + timedelta(minutes=30))
    assert await office.restart() == []
    assert len(office.recorder.sent) == 4  # two announcements, two chats


def test_meeting_rows_written_before_announcements_still_load() -> None:
    doc = Meeting(1, START, place="Mairie").to_doc()
    del doc["announcement"]  # a row from an older store
    assert Meeting.from_doc(doc) == Meeting(1, START, place="Mairie")
    owed = Meeting(1, START, announcement="moved@2026-11-23T09:00:00+00:00")
    assert Meeting.from_doc(owed.to_doc()).announcement == owed.announcement


def test_console_prints_the_convocation_right_after_the_confirmation(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--demo", "--data", str(tmp_path / "data"), "--now", "2026-11-23T10:00"],
        input="/seance 03/12/2026 9h Mairie\n/seances\n", capture_output=True, text=True, cwd=root, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line]
    convocation = "📣 Convocation — séance n°4 — jeudi 3 décembre 2026, 09h00"
    planned = lines.index("Séance n°4 planifiée.")
    # The confirmation (title, date, countdown, place), then the convocation,
    # then the answer to the next command.
    assert lines[planned + 4] == convocation and lines.count(convocation) == 1
    listing = next(i for i, line in enumerate(lines) if line.startswith("Prochaines séances ("))
    assert listing > planned + 4
