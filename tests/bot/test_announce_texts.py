"""What each announcement says, and which one a chat gets when changes
piled up while the bot could not send (a superseded change is never sent:
a chat gets the meeting's current state once, or nothing if it was
cancelled before anyone told it)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.config import ConfigError, Section
from storage.store import Store
from tests.bot.test_scheduler_announce import CHATS, START, Office


@pytest.fixture
async def office(store: Store) -> AsyncIterator[Office]:
    running = Office(store)
    yield running
    await running.stop()


def last(office: Office, chat: str = "-1001") -> str:
    return [text for sent_to, text in office.recorder.sent if sent_to == chat][-1]


async def test_convocation_move_and_cancellation_each_read_for_what_they_are(office: Office) -> None:
    office.boot()
    await office.say("/seance 03/12/2026 9h-11h Mairie de Meyrin")
    assert last(office) == (
        "Convocation — séance n°1 — jeudi 3 décembre 2026, 09h00–11h00\n"
        "Dans 10 jours\nLieu : Mairie de Meyrin\n"
        "Ordre du jour pas encore fixé (proposez un point avec /proposer)."
    )
    await office.say("/proposer Budget 2027")
    await office.say("/seance_deplacer 1 10/12/2026 14h")
    assert last(office) == (
        "Séance n°1 déplacée — désormais le jeudi 10 décembre 2026, 14h00–16h00\n"
        "Au lieu du jeudi 3 décembre 2026, 09h00\n"
        "Dans 2 semaines\nLieu : Mairie de Meyrin\n"
        "Ordre du jour :\n  1. Budget 2027 (proposé par Léa Marchand)"
    )
    await office.say("/seance_annuler 1 grève")
    assert last(office) == (
        "Séance n°1 annulée — jeudi 10 décembre 2026, 14h00–16h00\n"
        "Lieu prévu : Mairie de Meyrin\nRaison : grève"
    )


async def test_series_announcements_say_which_date_or_the_whole_series(office: Office) -> None:
    office.boot()
    await office.say("/seance 01/12/2026 14h-16h Salle B chaque semaine")
    assert last(office).splitlines()[:2] == [
        "Convocation — séance n°1 — mardi 1er décembre 2026, 14h00–16h00", "Récurrence : chaque semaine"]
    await office.say("/seance_deplacer 1@08/12 09/12/2026 10h")
    assert last(office).splitlines() == [
        "Séance n°1 déplacée — désormais le mercredi 9 décembre 2026, 10h00–12h00",
        "Au lieu du mardi 8 décembre 2026, 14h00",
        "Dans 2 semaines", "Lieu : Salle B",
        "Ordre du jour pas encore fixé (proposez un point avec /proposer).",
        "Les autres dates de la série (chaque semaine) ne changent pas.",
    ]
    await office.say("/seance_annuler 1@15/12 vacances")
    assert last(office) == (
        "Séance n°1 annulée — mardi 15 décembre 2026, 14h00–16h00\nLieu prévu : Salle B\n"
        "Raison : vacances\nLes autres dates de la série (chaque semaine) sont maintenues."
    )
    await office.say("/seance_annuler 1 fin du projet")
    assert last(office) == (
        "Séances n°1 annulées — toute la série (chaque semaine)\n"
        "Aucune date de cette série n'aura lieu.\nRaison : fin du projet"
    )


async def test_changes_made_while_down_send_the_current_state_once(office: Office) -> None:
    office.boot(start=False)  # the bot is stopped (e.g. trying things on the console)
    await office.say("/seance 03/12/2026 9h-11h Mairie")
    await office.say("/seance_deplacer 1 04/12/2026 10h")
    await office.say("/seance 05/12/2026 9h Essai")
    await office.say("/seance_annuler 2")
    office.clock.set(START + timedelta(minutes=30))
    sent = await office.restart()
    assert sorted(chat for chat, _ in sent) == list(CHATS)  # one message per chat, not four
    for _, text in sent:
        assert text.splitlines()[0] == "Convocation — séance n°1 — vendredi 4 décembre 2026, 10h00–12h00"
        assert "déplacée" not in text and "Annonce envoyée en retard" in text
    reasons = {(r["subject"], r["state"], r.get("reason")) for r in office.rows()}
    assert reasons == {("meeting:1", "sent", None), ("meeting:2", "skipped", "never-told")}
    assert await office.restart() == []


async def test_a_chat_already_told_gets_the_move(office: Office) -> None:
    office.boot()
    await office.say("/seance 03/12/2026 9h Mairie")
    await office.stop()
    office.boot(start=False)
    await office.say("/seance_deplacer 1 04/12/2026 10h")
    office.clock.set(START + timedelta(minutes=10))
    sent = await office.restart()
    assert [text.splitlines()[0] for _, text in sent] == [
        "Séance n°1 déplacée — désormais le vendredi 4 décembre 2026, 10h00"] * 2


async def test_announcement_window_is_configurable(office: Office) -> None:
    office.boot(start=False)
    await office.say("/seance 03/12/2026 9h Mairie")
    office.clock.set(START + timedelta(hours=3))
    app = office.boot(start=False)
    app.config.platforms["scheduler"] = Section({"announce_grace_seconds": 4 * 3600}, "scheduler")
    app.scheduler = app.build_scheduler()
    app.scheduler.start()
    await office.settle()
    assert sorted(chat for chat, _ in office.recorder.sent) == list(CHATS)
    app.config.platforms["scheduler"] = Section({"announce_grace_seconds": -1}, "scheduler")
    with pytest.raises(ConfigError, match="scheduler.announce_grace_seconds"):
        app.build_scheduler()
