"""Task reminders on the moving clock: each lead time once, none for a task
done, caught up once after a restart within the grace window, skipped
beyond it; the pilot is named, as a real mention on Telegram and Matrix."""

from __future__ import annotations

from datetime import date

from bot.telegram.format import render_telegram
from handlers.messages import render_html
from handlers.task_views import task_reminder
from storage.models import Member
from storage.notices import NoticeLog
from storage.store import Store
from storage.tasks import Task
from tests.bot.test_scheduler_harness import make_bench
from tests.helpers import at, seed_people

START = at("2026-11-23 10:00")


async def test_task_is_reminded_seven_days_and_one_day_before_once_each(store: Store) -> None:
    bench = make_bench(store, START)
    seed_people(bench.chat)
    assert "Tâche n°1 enregistrée" in bench.chat.say("/tache Envoyer la note pour le 10/12/2026 @hammoudi")
    assert await bench.until(at("2026-12-03 08:59")) == []
    week = await bench.until(at("2026-12-03 09:00"))
    assert week == [
        "Rappel — tâche n°1\nEnvoyer la note — pour le jeudi 10 décembre 2026 (dans 7 jours)\n"
        "Pilote : Jamila Hammoudi\nUne fois faite : /tache_faite 1"]
    assert await bench.until(at("2026-12-03 09:30")) == []  # never twice
    day = await bench.until(at("2026-12-09 09:00"))
    assert len(day) == 1 and "(demain)" in day[0]
    assert await bench.until(at("2026-12-11 09:00")) == []
    sent = [row["lead"] for row in NoticeLog(store).rows("rte") if row["subject"] == "task:1"]
    assert sent == [7 * 86400, 86400]


async def test_task_done_or_cancelled_is_not_reminded(store: Store) -> None:
    bench = make_bench(store, START)
    seed_people(bench.chat)
    bench.chat.say("/tache A pour le 10/12/2026 @hammoudi")
    bench.chat.say("/tache B pour le 10/12/2026 @martin")
    assert len(await bench.until(at("2026-12-03 09:00"))) == 2
    bench.chat.say("/tache_faite 1")
    bench.chat.say("/tache_annuler 2")
    assert await bench.until(at("2026-12-09 09:00")) == []


async def test_new_due_date_is_reminded_afresh(store: Store) -> None:
    bench = make_bench(store, START)
    seed_people(bench.chat)
    bench.chat.say("/tache A pour le 10/12/2026")
    assert len(await bench.until(at("2026-12-03 09:00"))) == 1
    bench.chat.say("/tache_modifier 1 pour le 18/12/2026")
    assert await bench.until(at("2026-12-09 09:00")) == []  # the old day's 1j
    week = await bench.until(at("2026-12-11 09:00"))
    assert len(week) == 1 and "vendredi 18 décembre 2026" in week[0] and "Sans pilote" in week[0]


async def test_restart_catches_up_once_within_grace_and_skips_beyond(store: Store) -> None:
    bench = make_bench(store, START)
    seed_people(bench.chat)
    bench.chat.say("/tache A pour le 10/12/2026 @hammoudi")
    bench.chat.say("/tache B pour le 11/12/2026 @martin")
    # Down from before the 7j times until 3 December 11h00 (2 h late, 1 day early).
    bench.chat.clock.set(at("2026-12-03 11:00"))
    restarted = bench.scheduler()
    late = await bench.until(at("2026-12-03 11:00"), restarted)
    assert len(late) == 1 and "tâche n°1" in late[0] and "Rappel envoyé en retard" in late[0]
    assert await bench.until(at("2026-12-03 11:01"), restarted) == []
    # Down again across B's 7j time (4 December 09h00) until 20h00: 11 h late.
    bench.chat.clock.set(at("2026-12-04 20:00"))
    again = bench.scheduler()
    assert await bench.until(at("2026-12-04 20:00"), again) == []
    skipped = [row["subject"] for row in NoticeLog(store).rows("rte") if row["state"] == "skipped"]
    assert skipped == ["task:2"]


def test_pilot_is_a_real_mention_where_the_platform_id_is_known() -> None:
    pilot = Member(2, "Jamila <H>", platform_ids={"telegram": "424242", "matrix": "@jamila:example.org"})
    reply = task_reminder(Task(1, "A", 2, date(2026, 12, 10)), pilot, at("2026-12-03 09:00"), "fr_CH")
    assert "Pilote : Jamila <H>" in reply.plain()
    assert 'Pilote : <a href="tg://user?id=424242">Jamila &lt;H&gt;</a>' in render_telegram(reply)
    assert 'Pilote : <a href="https://matrix.to/#/@jamila:example.org">Jamila &lt;H&gt;</a>' in render_html(
        reply, platform="matrix")
    assert reply.mentioned("matrix") == ["@jamila:example.org"] and reply.mentioned("telegram") == ["424242"]
    console_only = Member(3, "Léa", platform_ids={"console": "lea"})
    reply = task_reminder(Task(1, "A", 3, date(2026, 12, 10)), console_only, at("2026-12-03 09:00"), "fr_CH")
    assert "Pilote : Léa\n" in render_telegram(reply) + "\n"
