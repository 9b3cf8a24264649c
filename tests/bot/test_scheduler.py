"""Reminders as members see them: plan, move, cancel, restart, downtime.

Meetings are planned through the real router (a coordinator typing
/seance in chat-1); the scheduler scans at chosen instants of a manual
clock and the test reads what chat-1 received.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest

from storage.notices import NoticeLog, notice_key
from storage.store import Store
from tests.bot.test_scheduler_harness import make_bench, minutes
from tests.helpers import at, group_config

START = at("2026-11-23 10:00")  # Monday; the meeting is Thursday 3 December, 09h00


async def test_plan_sends_each_lead_time_once(store: Store) -> None:
    bench = make_bench(store, START)
    assert "planifiée" in bench.chat.say("/seance 03/12/2026 9h-11h Mairie de Meyrin")
    assert await bench.until(at("2026-11-26 08:59")) == []
    week = await bench.until(at("2026-11-26 09:00"))
    assert len(week) == 1
    assert week[0].startswith("Rappel — séance n°1 — jeudi 3 décembre 2026, 09h00–11h00")
    assert "Dans 7 jours" in week[0] and "Lieu : Mairie de Meyrin" in week[0]
    assert await bench.until(at("2026-11-26 09:01")) == []  # no double
    day = await bench.until(at("2026-12-02 09:00"))
    assert len(day) == 1 and "Demain" in day[0]
    hours = await bench.until(at("2026-12-03 07:00"))
    assert len(hours) == 1 and "Aujourd'hui, dans 2 heures" in hours[0]
    assert await bench.until(at("2026-12-03 10:00")) == []
    sent = [row for row in NoticeLog(store).rows("rte") if row["state"] == "sent" and "announcement" not in row]
    assert [row["lead"] for row in sent] == [7 * 86400, 86400, 7200]


async def test_move_before_a_reminder_announces_the_new_time(store: Store) -> None:
    bench = make_bench(store, START)
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    bench.chat.clock.set(at("2026-11-24 12:00"))
    assert "déplacée" in bench.chat.say("/seance_deplacer 1 10/12/2026 14h-16h")
    assert await bench.until(at("2026-11-26 09:00")) == []  # the old 7j time
    week = await bench.until(at("2026-12-03 14:00"))
    assert len(week) == 1
    assert "séance n°1 (déplacée) — jeudi 10 décembre 2026, 14h00–16h00" in week[0]
    assert "3 décembre" not in week[0]
    day = await bench.until(at("2026-12-09 14:00"))
    assert len(day) == 1 and "Demain" in day[0] and "10 décembre" in day[0]
    hours = await bench.until(at("2026-12-10 12:00"))
    assert len(hours) == 1 and "dans 2 heures" in hours[0] and "10 décembre" in hours[0]


async def test_move_after_a_reminder_fired(store: Store) -> None:
    bench = make_bench(store, START)
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    assert len(await bench.until(at("2026-11-26 09:00"))) == 1  # 7j, old time
    bench.chat.clock.set(at("2026-11-27 10:00"))
    bench.chat.say("/seance_deplacer 1 04/12/2026 9h-11h")
    # The new time's 7j reminder (27 November 09h00) was due before the move:
    # it is not owed, and the old time's reminders are gone.
    assert await bench.until(at("2026-11-27 10:01")) == []
    assert await bench.until(at("2026-12-02 09:00")) == []
    day = await bench.until(at("2026-12-03 09:00"))
    assert len(day) == 1 and "vendredi 4 décembre 2026, 09h00" in day[0] and "(déplacée)" in day[0]
    hours = await bench.until(at("2026-12-04 07:00"))
    assert len(hours) == 1 and "dans 2 heures" in hours[0]


async def test_cancelled_meeting_gets_no_reminder(store: Store) -> None:
    bench = make_bench(store, START)
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    assert len(await bench.until(at("2026-11-26 09:00"))) == 1
    bench.chat.say("/seance_annuler 1 salle indisponible")
    assert await bench.until(at("2026-12-02 09:00")) == []
    assert await bench.until(at("2026-12-03 07:00")) == []


async def test_deadline_reminders_default_seven_and_one_day(store: Store) -> None:
    bench = make_bench(store, START)
    assert "Échéance enregistrée" in bench.chat.say("/echeance 10/12/2026 validation de la charte")
    assert await bench.until(at("2026-12-03 08:59")) == []
    week = await bench.until(at("2026-12-03 09:00"))
    assert len(week) == 1 and "Échéance n°1" in week[0] and "validation de la charte" in week[0]
    day = await bench.until(at("2026-12-09 09:00"))
    assert len(day) == 1 and "demain" in day[0]
    bench.chat.say("/echeance 20/12/2026 rapport final")
    bench.chat.say("/echeance_annuler 2")
    assert await bench.until(at("2026-12-19 09:00")) == []


async def test_restart_in_the_middle_no_double_then_catch_up_once(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    bench = make_bench(store, START)
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    assert len(await bench.until(at("2026-11-26 09:00"))) == 1
    store.close()  # the bot stops between the 7j and the 1j reminders

    store = Store.open(tmp_path / "data")
    bench.chat.store = store
    later = bench.scheduler()
    assert await bench.until(at("2026-11-30 12:00"), later) == []  # 7j not sent again
    store.close()  # down again across the 1j time (2 December 09h00)

    store = Store.open(tmp_path / "data")
    bench.chat.store = store
    bench.chat.clock.set(at("2026-12-02 10:30"))
    again = bench.scheduler()
    late = await bench.until(at("2026-12-02 10:30"), again)
    assert len(late) == 1 and "Demain" in late[0]
    assert "Rappel envoyé en retard" in late[0]
    for _ in range(3):  # repeated rebuilds and scans: still once
        again.rebuild("rte")
        assert await bench.until(at("2026-12-02 10:31"), again) == []
    store.close()


async def test_downtime_beyond_grace_is_skipped_and_logged(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    bench = make_bench(store, START)
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    assert len(await bench.until(at("2026-11-26 09:00"))) == 1
    # Down from 1 December until 2 December 15h01: the 1j reminder is 6h01 late.
    bench.chat.clock.set(at("2026-12-02 15:01"))
    restarted = bench.scheduler()
    with caplog.at_level(logging.WARNING, logger="bot.scheduler"):
        assert await bench.until(at("2026-12-02 15:01"), restarted) == []
        assert await bench.until(at("2026-12-02 15:02"), restarted) == []
    stale = [r for r in caplog.records if "beyond the" in r.getMessage()]
    assert len(stale) == 1  # logged once, not at every scan
    skipped = [row for row in NoticeLog(store).rows("rte") if row["state"] == "skipped"]
    assert [(row["lead"], row["reason"]) for row in skipped] == [(86400, "stale")]
    hours = await bench.until(at("2026-12-03 07:00"), restarted)
    assert len(hours) == 1 and "Rappel envoyé en retard" not in hours[0]


async def test_grace_window_is_configurable(store: Store) -> None:
    bench = make_bench(store, START)
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    bench.chat.clock.set(at("2026-12-02 09:45"))
    short = bench.scheduler(grace=minutes(30))
    assert await bench.until(at("2026-12-02 09:45"), short) == []  # 45 min late > 30 min


async def test_crash_between_send_and_record_repeats_once_marked(store: Store) -> None:
    bench = make_bench(store, START)
    bench.chat.say("/seance 03/12/2026 9h-11h Mairie")
    # A worker claimed the 7j notice, maybe sent it, then died before confirming.
    log = NoticeLog(store)
    key = notice_key("rte", "meeting:1", at("2026-12-03 09:00"), timedelta(days=7), "telegram", "chat-1")
    assert log.claim(key, at("2026-11-26 09:00"), timedelta(minutes=10)) is not None
    restarted = bench.scheduler()
    assert await bench.until(at("2026-11-26 09:05"), restarted) == []  # its lease still runs
    repeat = await bench.until(at("2026-11-26 09:11"), restarted)
    assert len(repeat) == 1 and "a peut-être déjà été envoyé" in repeat[0]
    assert await bench.until(at("2026-11-26 09:30"), restarted) == []
    assert log.state(key) == "sent"


async def test_two_groups_in_different_time_zones(store: Store) -> None:
    bench = make_bench(store, START, group_config("rte"), group_config("guyane", timezone="America/Cayenne"))
    store.bind_chat("telegram", "chat-2", "guyane")
    bench.chat.say("/seance 03/12/2026 9h-11h Genève")
    assert "planifiée" in bench.chat.say("/seance 03/12/2026 9h-11h Cayenne", chat="chat-2")
    # The same wall-clock 09h00 is four hours apart; each reminder at its own.
    geneva_week = await bench.until(at("2026-11-26 09:00"))
    assert len(geneva_week) == 1 and "Genève" in geneva_week[0]
    assert await bench.until(at("2026-11-26 12:59")) == []
    cayenne_week = await bench.until(at("2026-11-26 13:00"))  # 09h00 in Cayenne (UTC-3)
    assert len(cayenne_week) == 1 and "Cayenne" in cayenne_week[0]
    assert len(await bench.until(at("2026-12-02 09:00"))) == 1
    assert len(await bench.until(at("2026-12-02 13:00"))) == 1
    geneva = await bench.until(at("2026-12-03 07:00"))
    assert len(geneva) == 1 and "Genève" in geneva[0]
    assert await bench.until(at("2026-12-03 10:59")) == []
    cayenne = await bench.until(at("2026-12-03 11:00"))  # 07:00 in Cayenne
    assert len(cayenne) == 1 and "Cayenne" in cayenne[0] and "09h00" in cayenne[0]
    assert [chat for _, _, chat, text in bench.sent if "Cayenne" in text] == ["chat-2"] * 3
    assert [chat for _, _, chat, text in bench.sent if "Genève" in text] == ["chat-1"] * 3
