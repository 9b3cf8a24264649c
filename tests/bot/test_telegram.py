"""Whole conversations with the Telegram adapter over the real Bot API protocol.

python-telegram-bot talks HTTP to `tests.bot.fake_telegram.FakeTelegram` on
127.0.0.1; the router, the store on disk and the rate limiter are the real ones.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import Greffier
from bot.clock import ManualClock
from bot.config import parse_config
from bot.demo import DEMO_SLUG, seed_demo
from bot.telegram import TelegramAdapter, TelegramConfig
from handlers.registry import CommandTable
from storage.store import Store
from tests.bot.fake_telegram import TOKEN, FakeTelegram
from tests.helpers import at

GROUP = -1001234567
COORD = 111111111
MEMBER = 222222222
ADMIN = 333333333
ANONYMOUS_ADMIN = 1087968824
NOW = at("2026-11-23 10:00")


def user(uid: int, first: str, last: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"id": uid, "is_bot": False, "first_name": first}
    if last:
        found["last_name"] = last
    return found


LEA = user(COORD, "Léa", "Marchand")
BASTIEN = user(MEMBER, "Bastien", "Rochat")


class Bot:
    """A running Greffier on the fake server; `ask` pushes a message and returns the replies."""

    def __init__(self, fake: FakeTelegram, app: Greffier, adapter: TelegramAdapter, clock: ManualClock) -> None:
        self.fake, self.app, self.adapter, self.clock = fake, app, adapter, clock

    async def ask(self, text: str, sender: dict[str, Any] | None = BASTIEN, chat: int = GROUP,
                  expect: int = 1, **extra: Any) -> list[str]:
        before = len(self.fake.sent)
        extra.setdefault("date", self.clock.now())
        await self.fake.push(chat, sender, text, **extra)
        if expect == 0:
            await self.fake.wait_confirmed()
            await asyncio.sleep(0.2)
        sent = await self.fake.wait_sent(before + expect)
        assert len(sent) == before + expect, [s.text for s in sent[before:]]
        return [s.text for s in sent[before:]]

    def decisions(self) -> list[str]:
        return [d.text for d in self.app.store.group(DEMO_SLUG).decisions()]


def make_config(fake: FakeTelegram, extra_groups: tuple[dict[str, Any], ...] = (), **group: Any) -> Any:
    return parse_config({
        "groups": [{
            "slug": DEMO_SLUG, "name": "Groupe de travail RTE Genève", "timezone": "Europe/Zurich",
            "coordinators": [f"telegram:{COORD}"], "chats": {"telegram": [str(GROUP)]}, **group,
        }, *extra_groups],
        "telegram": {
            "token_env": "GREFFIER_TEST_TELEGRAM_TOKEN", "base_url": fake.base_url, "base_file_url": fake.base_file_url,
            "poll_timeout_seconds": 1, "messages_per_second": 100, "group_messages_per_minute": 600,
        },
    })


@pytest.fixture(autouse=True)
def token_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREFFIER_TEST_TELEGRAM_TOKEN", TOKEN)
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # as build_adapter sets it for `python -m bot run`


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@asynccontextmanager
async def running(fake: FakeTelegram, data: Path, clock: ManualClock | None = None, request_timeout: float = 2.0,
                  extra_groups: tuple[dict[str, Any], ...] = (), commands: CommandTable | None = None,
                  **group: Any) -> AsyncIterator[Bot]:
    """Open the store in `data`, start the bot, stop it (as a crash or Ctrl-C would) on exit."""
    clock = clock or ManualClock(NOW)
    config = make_config(fake, extra_groups, **group)
    store = Store.open(data)
    seed_demo(store, clock.now().astimezone(config.groups[0].timezone))
    app = Greffier(config, store, clock, commands)
    adapter = TelegramAdapter(app, TelegramConfig.from_section(config.platforms["telegram"]),
                              backoff=(0.05, 0.2), request_timeout=request_timeout)
    app.add_adapter(adapter)
    task = asyncio.create_task(app.run())
    try:
        await _until(lambda: bool(fake.called("getUpdates")) or task.done())
        yield Bot(fake, app, adapter, clock)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        store.close()


async def _until(condition: Any, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition never met")


@pytest.fixture
async def bot(fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[Bot]:
    async with running(fake, tmp_path / "data") as started:
        yield started


# -- conversations -------------------------------------------------------------


async def test_member_asks_next_meeting(bot: Bot) -> None:
    replies = await bot.ask("/prochaine_seance@GreffierBot")
    assert "Espace cocréation, Rue du Rhône 14" in replies[0]
    assert "jeudi 26 novembre" in replies[0]
    # In a group the answer quotes the question, so the thread stays readable.
    assert bot.fake.sent[-1].reply_to is not None


async def test_coordinator_records_decision_once(bot: Bot) -> None:
    replies = await bot.ask("/decision Le groupe valide le budget du forum", sender=LEA)
    assert replies[0].startswith("Décision n°6 enregistrée.")
    assert bot.decisions().count("Le groupe valide le budget du forum") == 1
    recorded = bot.app.store.group(DEMO_SLUG).decision(6)
    assert recorded is not None and recorded.recorded_by_id == f"telegram:{COORD}"


async def test_non_coordinator_is_refused(bot: Bot) -> None:
    replies = await bot.ask("/decision On supprime le comité")
    assert "réservé aux coordinateurs" in replies[0]
    assert "On supprime le comité" not in bot.decisions()


async def test_anonymous_admin_is_not_a_coordinator_by_its_shared_id(bot: Bot) -> None:
    anonymous = {"id": ANONYMOUS_ADMIN, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}
    group_chat = {"id": GROUP, "type": "supergroup", "title": "RTE"}
    replies = await bot.ask("/decision Décision anonyme", sender=anonymous, sender_chat=group_chat)
    assert "réservé aux coordinateurs" in replies[0]
    assert "Décision anonyme" not in bot.decisions()


async def test_chat_admins_coordinate_when_the_group_allows_it(fake: FakeTelegram, tmp_path: Path) -> None:
    fake.admins[GROUP] = [ADMIN]
    admin = user(ADMIN, "Inès", "Favre-Bulle")
    async with running(fake, tmp_path / "data", admins_are_coordinators=True) as bot:
        assert (await bot.ask("/decision Première décision d'une admin", sender=admin))[0].startswith("Décision n°6")
        assert (await bot.ask("/decision Seconde décision d'une admin", sender=admin))[0].startswith("Décision n°7")
        assert "réservé aux coordinateurs" in (await bot.ask("/decision Pas admin"))[0]
        # Every spelling the router runs gets the admin check, "!cmd" included.
        assert (await bot.ask("!decision Troisième décision d'une admin", sender=admin))[0].startswith("Décision n°8")
        # Anonymous admins post as the group itself: Telegram vouches they are admins.
        group_chat = {"id": GROUP, "type": "supergroup", "title": "RTE"}
        anonymous = {"id": ANONYMOUS_ADMIN, "is_bot": True, "first_name": "Group"}
        assert "n°9" in (await bot.ask("/decision Décision anonyme", sender=anonymous, sender_chat=group_chat))[0]
    # Cached briefly: one getChatAdministrators for the three commands.
    assert len(fake.called("getChatAdministrators")) == 1


async def test_an_outsiders_own_chat_cannot_take_over_the_group(fake: FakeTelegram, tmp_path: Path) -> None:
    outsider = -1005550000  # a group the outsider created: they post in it as the group itself
    own_chat = {"id": outsider, "type": "supergroup", "title": "Mon groupe"}
    anonymous = {"id": ANONYMOUS_ADMIN, "is_bot": True, "first_name": "Group"}
    async with running(fake, tmp_path / "data", admins_are_coordinators=True) as bot:
        refused = await bot.ask("/lier rte-geneve", sender=anonymous, sender_chat=own_chat, chat=outsider)
        assert refused[0] == "Seul un coordinateur du groupe « rte-geneve » peut lier ce salon. Rien n'a été modifié."
        assert bot.app.store.bound_group("telegram", str(outsider)) is None
        unbound = await bot.ask("/decision Le groupe est dissous", sender=anonymous, sender_chat=own_chat, chat=outsider)
        assert unbound[0].startswith("Ce salon n'est lié à aucun groupe de travail.")
        assert "Le groupe est dissous" not in bot.decisions()


@pytest.mark.parametrize("text", [" /aide@AutreBot", "!aide@AutreBot", "!decision@AutreBot Vote"])
async def test_spellings_of_another_bots_command_are_ignored(bot: Bot, text: str) -> None:
    await bot.ask(text, sender=LEA, expect=0)
    assert bot.fake.texts() == []
    assert "Vote" not in bot.decisions()


async def test_long_directory_is_split_on_line_boundaries(bot: Bot) -> None:
    data = bot.app.store.group(DEMO_SLUG)
    for n in range(120):
        data.add_member(f"Personne {n:03d} Exemple", f"Organisation {n % 7}", "Chargée de mission " + "très " * 10)
    replies = await bot.ask("/membres", expect=4)
    assert all(len(r) <= 4096 for r in replies)
    assert not bot.fake.refused
    lines = "\n".join(replies).splitlines()
    assert len([line for line in lines if "Personne " in line]) == 120
    # Every message ends and starts on a whole line: no member line is cut.
    for reply in replies:
        for line in reply.splitlines():
            assert line.startswith(("Membres du groupe", "  • ", "Organisation", "Fondation", "Ville",
                                    "Hospice", "Office", "Réalise", "Après", "ATD", "OAIS"))


async def test_user_text_with_markup_is_escaped(bot: Bot) -> None:
    # A Telegram display name is whatever its owner typed, markup included.
    lea = user(COORD, "Léa <b>", "& Cie")
    await bot.ask("/decision Budget R&D : moins de 5 000 CHF si taux < 2 %", sender=lea)
    history = await bot.ask("/decisions 6")
    assert not bot.fake.refused  # Telegram would have said "can't parse entities"
    assert "Budget R&D : moins de 5 000 CHF si taux < 2 %" in history[0]
    assert "par Léa <b> & Cie" in history[0]
    assert "par Léa &lt;b&gt; &amp; Cie</i>" in bot.fake.sent[-1].html


async def test_the_fake_server_refuses_unescaped_html_like_telegram(fake: FakeTelegram) -> None:
    import aiohttp

    url = f"{fake.base_url}{TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as session:
        async with session.post(url, data={"chat_id": str(GROUP), "text": "par Léa <b> & Cie", "parse_mode": "HTML"}) as answer:
            body = await answer.json()
    assert answer.status == 400
    assert body == {"ok": False, "error_code": 400,
                    "description": "Bad Request: can't parse entities: Can't find end tag corresponding to start tag b"}
    assert fake.sent == []


async def test_commands_for_another_bot_and_chatter_are_ignored(bot: Bot) -> None:
    await bot.ask("/aide@AutreBot", expect=0)
    await bot.ask("Bonjour à tous, la séance est confirmée ?", expect=0)
    assert bot.fake.texts() == []


async def test_private_chat_with_a_member_of_one_group(bot: Bot) -> None:
    bot.app.store.group(DEMO_SLUG).add_member("Bastien Rochat", "Ville de Meyrin", "", {"telegram": str(MEMBER)})
    replies = await bot.ask("/prochaine_seance", chat=MEMBER)
    assert "Espace cocréation" in replies[0]
    assert bot.fake.sent[-1].reply_to is None


async def test_command_menus_are_registered_per_scope(bot: Bot) -> None:
    await _until(lambda: len(bot.fake.commands) >= 3)
    menus = {scope: [c["command"] for c in cmds] for scope, cmds in bot.fake.commands.items()}
    default = menus['{"type": "default"}']
    assert "prochaine_seance" in default and "decision" not in default
    coordinator = menus[f'{{"chat_id": {GROUP}, "type": "chat_member", "user_id": {COORD}}}']
    assert "decision" in coordinator and "prochaine_seance" in coordinator
    assert "decision" in menus[f'{{"chat_id": {COORD}, "type": "chat"}}']
    descriptions = {c["command"]: c["description"] for c in bot.fake.commands['{"type": "default"}']}
    assert descriptions["prochaine_seance"].startswith("La prochaine séance")


async def test_announcement_with_ics_uses_send_document(bot: Bot) -> None:
    from handlers.messages import Attachment, Reply

    invitation = Attachment("seance-3.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    await bot.app.deliver(DEMO_SLUG, Reply.of("Séance n°3 : jeudi 26 novembre").with_attachment(invitation))
    sent = await bot.fake.wait_sent(2)
    assert [s.text for s in sent] == ["Séance n°3 : jeudi 26 novembre", ""]
    assert sent[1].document == ("seance-3.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert {s.chat_id for s in sent} == {GROUP}


async def test_task_reminder_mentions_its_pilot_by_telegram_id(bot: Bot) -> None:
    from datetime import date

    from handlers.task_views import task_reminder
    from storage.models import Member
    from storage.tasks import Task

    pilot = Member(7, "Samira <B>", platform_ids={"telegram": "4242"})
    reminder = task_reminder(Task(2, "Transmettre la liste", 7, date(2026, 11, 30)), pilot, at("2026-11-23 10:00"), "fr_CH")
    await bot.app.deliver(DEMO_SLUG, reminder)
    [sent] = await bot.fake.wait_sent(1)
    assert 'Pilote : <a href="tg://user?id=4242">Samira &lt;B&gt;</a>' in sent.html
    assert "Pilote : Samira <B>" in sent.text


# -- faults ----------------------------------------------------------------------


async def test_429_storm_every_reply_delivered_exactly_once(fake: FakeTelegram, tmp_path: Path) -> None:
    from tests.bot.fake_telegram import Fault

    async with running(fake, tmp_path / "data") as bot:
        fake.faults.append(Fault("sendMessage", "429", times=3, retry_after=1))
        for n in range(4):
            await fake.push(GROUP, LEA, f"/decision Décision de la rafale {n}", date=bot.clock.now())
        sent = await fake.wait_sent(4, timeout=20)
    assert sorted(s.text.splitlines()[0] for s in sent) == [f"Décision n°{n} enregistrée." for n in range(6, 10)]
    assert [d for d in bot.decisions() if "rafale" in d] == [f"Décision de la rafale {n}" for n in range(4)]
    assert len(fake.called("sendMessage")) == 4 + 3  # three refused, then each once


async def test_502_dropped_connections_and_slow_answers_are_retried(fake: FakeTelegram, tmp_path: Path) -> None:
    from tests.bot.fake_telegram import Fault

    fake.faults += [Fault("getMe", "502", times=2), Fault("getUpdates", "drop", times=1)]
    async with running(fake, tmp_path / "data", request_timeout=1.0) as bot:
        fake.faults += [
            Fault("getUpdates", "502", times=2),
            # Beyond getUpdates' read timeout (1 s + the 1 s long poll): the poll times out.
            Fault("getUpdates", "slow", times=1, delay=2.5),
            Fault("sendMessage", "drop", times=1),
            Fault("sendMessage", "502", times=1),
            Fault("sendMessage", "slow", times=1, delay=0.2),
        ]
        replies = await bot.ask("/decision Décision malgré la panne", sender=LEA)
        assert len(replies) == 1 and replies[0].startswith("Décision n°6 enregistrée.")
        # The polls after it failed three times; the bot polled on and still answers.
        assert "Espace cocréation" in (await bot.ask("/prochaine_seance"))[0]
    assert all(f.times == 0 for f in fake.faults)
    assert bot.decisions().count("Décision malgré la panne") == 1


async def test_restart_replays_nothing_and_old_commands_are_not_answered(fake: FakeTelegram, tmp_path: Path) -> None:
    data = tmp_path / "data"
    async with running(fake, data) as bot:
        await bot.ask("/decision Adopter la charte", sender=LEA)
        await fake.wait_confirmed()
    answered = fake.called("getUpdates")[-1]
    update = {"update_id": answered["offset"] - 1, "message": None}
    assert len(fake.sent) == 1

    # A crash before the next poll: Telegram hands the batch back, and our offset was not saved.
    store = Store.open(data)
    store.set_state(f"telegram:offset:{123456789}", answered["offset"] - 1)
    store.close()
    update["message"] = {"message_id": 99, "date": int(NOW.timestamp()), "chat": {"id": GROUP, "type": "supergroup"},
                         "from": LEA, "text": "/decision Adopter la charte",
                         "entities": [{"type": "bot_command", "offset": 0, "length": 9}]}
    await fake.replay(update)
    # Meanwhile, while the bot was down for 20 minutes, someone asked something.
    clock = ManualClock(NOW + timedelta(minutes=20))
    await fake.push(GROUP, BASTIEN, "/prochaine_seance", date=NOW + timedelta(minutes=1))
    async with running(fake, data, clock=clock) as bot:
        await fake.wait_confirmed()
        sent = await fake.wait_sent(2)
        assert "je ne réponds pas aux messages envoyés il y a plus de 10 minutes" in sent[1].text
        assert bot.decisions().count("Adopter la charte") == 1
        assert len(sent) == 2  # no second confirmation, no late answer
        # The bot answers what comes now, and says it was away only once.
        await fake.push(GROUP, BASTIEN, "/prochaine_seance", date=NOW)  # old too: silent now
        replies = await bot.ask("/prochaine_seance")
        assert "Espace cocréation" in replies[0]
        assert len(fake.sent) == 3


async def test_token_never_appears_in_logs(fake: FakeTelegram, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from tests.bot.fake_telegram import Fault

    caplog.set_level(logging.DEBUG)
    fake.faults += [Fault("getMe", "502", times=1), Fault("sendMessage", "drop", times=1)]
    async with running(fake, tmp_path / "data") as bot:
        await bot.ask("/aide")
    text = caplog.text + "".join(r.exc_text or "" for r in caplog.records)
    assert "HTTP Request: POST http://127.0.0.1" in text  # httpx did log every request...
    assert "/bot<token>/getUpdates" in text  # ...with the token masked
    assert TOKEN not in text
    assert TOKEN.split(":")[1] not in text


async def test_webhook_mode_checks_the_secret(fake: FakeTelegram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              unused_port: int) -> None:
    import aiohttp

    monkeypatch.setenv("GREFFIER_TEST_WEBHOOK_SECRET", "s3cret-webhook_token")
    config = make_config(fake)
    config.platforms["telegram"].data["webhook_secret_env"] = "GREFFIER_TEST_WEBHOOK_SECRET"
    store = Store.open(tmp_path / "data")
    seed_demo(store, NOW)
    app = Greffier(config, store, ManualClock(NOW))
    adapter = TelegramAdapter(app, TelegramConfig.from_section(config.platforms["telegram"]),
                              webhook_url="https://greffier.example.org/telegram/hook",
                              listen=("127.0.0.1", unused_port), backoff=(0.05, 0.2))
    app.add_adapter(adapter)
    task = asyncio.create_task(app.run())
    try:
        await _until(lambda: fake.webhook is not None)
        assert fake.webhook == {"url": "https://greffier.example.org/telegram/hook", "secret_token": "s3cret-webhook_token"}
        assert fake.allowed == ["message", "edited_message", "my_chat_member"]  # asked for, not inherited
        update = {"update_id": 5000, "message": {
            "message_id": 7, "date": int(NOW.timestamp()), "chat": {"id": GROUP, "type": "supergroup"},
            "from": BASTIEN, "text": "/prochaine_seance", "entities": [{"type": "bot_command", "offset": 0, "length": 17}]}}
        url = f"http://127.0.0.1:{unused_port}/telegram/hook"
        async with aiohttp.ClientSession() as session:
            async with session.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) as bad:
                assert bad.status == 403
            secret = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-webhook_token"}
            async with session.post(url, json=update, headers=secret) as good:
                assert good.status == 200
                # Answered only once handled: a crash before this leaves Telegram to deliver it again.
                assert len(fake.sent) == 1 and "Espace cocréation" in fake.sent[0].text
            async with session.post(url, json=update, headers=secret) as again:  # Telegram's redelivery
                assert again.status == 200
            async with session.post(url, data=b"{not json", headers=secret) as broken:
                assert broken.status == 400
        sent = await fake.wait_sent(1)
        assert len(sent) == 1
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        store.close()


@pytest.fixture
def unused_port() -> Iterator[int]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield port


def test_webhook_without_secret_is_refused(tmp_path: Path) -> None:
    from bot.config import ConfigError

    fake = FakeTelegram()
    config = make_config(fake)
    store = Store.memory()
    app = Greffier(config, store, ManualClock(NOW))
    with pytest.raises(ConfigError, match="webhook_secret"):
        TelegramAdapter(app, TelegramConfig.from_section(config.platforms["telegram"]), webhook_url="https://x.example.org/h")


class Crash(BaseException):
    """The process dying (not an error any handler would catch)."""


async def test_crash_after_a_write_replays_it_without_doubling(fake: FakeTelegram, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"

    def crash(self: Store, key: str, at: datetime) -> None:
        raise Crash()

    # The decision is on disk; the process dies before it notes the update as answered.
    monkeypatch.setattr(Store, "mark_event_done", crash)
    async with running(fake, data) as bot:
        await fake.push(GROUP, LEA, "/decision Ouvrir un second site pilote", date=NOW)
        await _until(lambda: "Ouvrir un second site pilote" in bot.decisions())
        await asyncio.sleep(0.2)
    assert fake.sent == [] and len(fake.updates) == 1  # no reply, and Telegram still holds the update
    monkeypatch.undo()
    monkeypatch.setenv("GREFFIER_TEST_TELEGRAM_TOKEN", TOKEN)
    monkeypatch.setenv("PTB_TIMEDELTA", "1")

    async with running(fake, data) as bot:
        sent = await fake.wait_sent(1)
        await fake.wait_confirmed()
        assert bot.decisions().count("Ouvrir un second site pilote") == 1
    assert len(sent) == 1 and sent[0].text.startswith("Décision n°6 enregistrée.")


async def test_coordinator_binds_a_new_group_chat_with_lier(bot: Bot) -> None:
    other = -1009999999
    refused = await bot.ask("/lier rte-geneve", chat=other)
    assert "Seul un coordinateur" in refused[0]
    assert "n'est lié à aucun groupe" in (await bot.ask("/prochaine_seance", chat=other))[0]
    bound = await bot.ask("/lier rte-geneve", sender=LEA, chat=other)
    assert "maintenant lié au groupe « Groupe de travail RTE Genève »" in bound[0]
    assert bot.app.store.bound_group("telegram", str(other)) == DEMO_SLUG
    assert "Espace cocréation" in (await bot.ask("/prochaine_seance", chat=other))[0]
    # Announcements now reach both chats.
    from handlers.messages import Reply

    await bot.app.deliver(DEMO_SLUG, Reply.of("Rappel : séance jeudi"))
    await _until(lambda: len([s for s in bot.fake.sent if s.text == "Rappel : séance jeudi"]) == 2)
    assert {s.chat_id for s in bot.fake.sent if s.text == "Rappel : séance jeudi"} == {GROUP, other}


async def test_a_member_of_two_groups_chooses_in_private(fake: FakeTelegram, tmp_path: Path) -> None:
    task_force = {"slug": "task-force-93", "name": "Task force emploi 93", "timezone": "Europe/Paris"}
    async with running(fake, tmp_path / "data", extra_groups=(task_force,)) as bot:
        for slug in (DEMO_SLUG, "task-force-93"):
            bot.app.store.group(slug).add_member("Bastien Rochat", "Ville de Meyrin", "", {"telegram": str(MEMBER)})
        bot.app.store.group("task-force-93").add_meeting(at("2026-12-01 14:00"), place="Bobigny, salle Cassin")
        assert "Je ne sais pas de quel groupe" in (await bot.ask("/prochaine_seance", chat=MEMBER))[0]
        assert "vous parlez maintenant au groupe « Task force emploi 93 »" in (
            await bot.ask("/groupe task-force-93", chat=MEMBER))[0]
        assert "Bobigny, salle Cassin" in (await bot.ask("/prochaine_seance", chat=MEMBER))[0]


@pytest.mark.parametrize("typed", ["/lier@GreffierBot rte-geneve", "!lier rte-geneve", "/Lier rte-geneve"])
async def test_lier_registers_the_coordinator_menu_of_the_new_chat(bot: Bot, typed: str) -> None:
    other = -1008888888
    assert "maintenant lié au groupe" in (await bot.ask(typed, sender=LEA, chat=other))[0]
    scope = f'{{"chat_id": {other}, "type": "chat_member", "user_id": {COORD}}}'
    await _until(lambda: scope in bot.fake.commands)
    assert "decision" in [c["command"] for c in bot.fake.commands[scope]]


async def test_a_group_upgraded_to_a_supergroup_is_followed(bot: Bot) -> None:
    from handlers.messages import Reply

    new_id = -1005555555
    bot.fake.migrated[GROUP] = new_id
    await bot.app.deliver(DEMO_SLUG, Reply.of("Rappel : séance jeudi"))
    await bot.app.deliver(DEMO_SLUG, Reply.of("Rappel : séance demain"))
    sent = await bot.fake.wait_sent(2)
    assert [(s.chat_id, s.text) for s in sent] == [(new_id, "Rappel : séance jeudi"), (new_id, "Rappel : séance demain")]
    assert bot.app.store.bound_group("telegram", str(new_id)) == DEMO_SLUG
    assert "Espace cocréation" in (await bot.ask("/prochaine_seance", chat=new_id))[0]


async def test_questions_are_answered_when_the_bot_is_mentioned_or_replied_to(bot: Bot) -> None:
    await bot.ask("quelle est la prochaine séance ?", expect=0)  # chatter between members
    mentioned = await bot.ask("@GreffierBot quelle est la prochaine séance ?")
    assert "Espace cocréation" in mentioned[0]
    replied = await bot.ask("et la prochaine séance ?", reply_to_bot=True)
    assert "Espace cocréation" in replied[0]


async def test_messages_from_bots_and_channel_copies_are_ignored(bot: Bot) -> None:
    other_bot = {"id": 999, "is_bot": True, "first_name": "Autre", "username": "AutreBot"}
    await bot.ask("/prochaine_seance", sender=other_bot, expect=0)
    channel = {"id": -1007777777, "type": "channel", "title": "Annonces"}
    await bot.ask("/decision Copie du canal", sender={"id": 777000, "is_bot": False, "first_name": "Telegram"},
                  sender_chat=channel, expect=0, is_automatic_forward=True)
    assert bot.fake.texts() == []


async def test_html_refused_by_telegram_falls_back_to_plain_text(bot: Bot) -> None:
    from tests.bot.fake_telegram import Fault

    bot.fake.faults.append(Fault("sendMessage", "entities", times=1))
    replies = await bot.ask("/decisions 1")
    assert replies[0].startswith("Décision n°1 — ")
    assert bot.fake.sent[-1].html == replies[0]  # sent without markup, nothing escaped
