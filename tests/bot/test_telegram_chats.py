"""What real Telegram groups do to a bot, over the Bot API protocol.

A group upgraded to a supergroup, forum topics, the bot removed and added
back, privacy mode, the update kinds Telegram remembers, a refused webhook,
edited commands — each modelled by `tests.bot.fake_telegram.FakeTelegram`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

import pytest

from bot import files
from bot.app import Greffier
from bot.clock import ManualClock
from bot.config import ConfigError
from bot.demo import DEMO_SLUG
from bot.telegram import TelegramAdapter, TelegramConfig
from bot.telegram.adapter import ALLOWED_UPDATES
from handlers.messages import Reply
from storage.store import Store
from tests.bot.fake_telegram import FakeTelegram, Fault
from tests.bot.file_command import with_file_command
from tests.bot.test_telegram import (  # noqa: F401  (fixtures)
    BASTIEN,
    COORD,
    GROUP,
    LEA,
    NOW,
    Bot,
    _until,
    bot,
    fake,
    make_config,
    running,
    token_env,
)

NEW_ID = -1005555555


async def test_a_group_upgraded_to_a_supergroup_keeps_being_answered_at_once(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.telegram"):
        await bot.fake.migrate(GROUP, NEW_ID, LEA)
        await bot.fake.wait_confirmed()
        await _until(lambda: bot.app.store.bound_group("telegram", str(NEW_ID)) == DEMO_SLUG)
    # The very first command from the new id is served: no « Ce salon n'est lié à aucun groupe ».
    assert "Espace cocréation" in (await bot.ask("/prochaine_seance", chat=NEW_ID))[0]
    assert any("update chats.telegram in the config" in r.getMessage() for r in caplog.records)
    # Announcements go to the new id only, once (the config still lists the old one).
    assert await bot.app.deliver(DEMO_SLUG, Reply.of("Rappel : séance jeudi")) == []
    await asyncio.sleep(0.2)
    assert [(s.chat_id, s.text) for s in bot.fake.sent[-1:]] == [(NEW_ID, "Rappel : séance jeudi")]
    assert bot.fake.texts(GROUP) == []


async def test_updates_are_asked_for_explicitly(fake: FakeTelegram, tmp_path: Path) -> None:
    # An earlier deployment asked for messages only; Telegram remembers that list.
    fake.allowed = ["message"]
    async with running(fake, tmp_path / "data") as bot:
        assert fake.allowed == ALLOWED_UPDATES
        await fake.remove_bot(GROUP, LEA)
        await fake.wait_confirmed()
        await _until(lambda: bool(bot.app.store.get_state(f"telegram:inactive:{GROUP}")))


async def test_every_piece_of_a_reply_in_a_topic_stays_in_the_topic(bot: Bot) -> None:
    bot.fake.forums.add(GROUP)
    for n in range(120):
        bot.app.store.group(DEMO_SLUG).add_member(f"Personne {n:03d} Exemple", f"Organisation {n % 7}",
                                                  "Chargée de mission " + "très " * 10)
    await bot.fake.push(GROUP, BASTIEN, "/membres", date=NOW, thread_id=42)
    pieces = await bot.fake.wait_sent(4)
    assert len(pieces) == 4
    assert [s.thread_id for s in pieces] == [42] * len(pieces)
    assert pieces[0].reply_to is not None and all(s.reply_to is None for s in pieces[1:])


async def test_an_announcement_triggered_from_a_topic_goes_to_that_topic(bot: Bot) -> None:
    bot.fake.forums.add(GROUP)
    before = len(bot.fake.sent)
    await bot.fake.push(GROUP, LEA, "/seance 03/12/2026 9h-11h Mairie de Meyrin", date=NOW, thread_id=7)
    sent = await bot.fake.wait_sent(before + 2)
    assert sent[before].text.startswith("Séance n°")
    announcement = [s for s in sent[before + 1:] if s.chat_id == GROUP]
    assert announcement and all(s.thread_id == 7 for s in announcement)


async def test_the_away_notice_goes_to_the_topic_of_the_late_command(bot: Bot) -> None:
    bot.fake.forums.add(GROUP)
    before = len(bot.fake.sent)
    await bot.fake.push(GROUP, BASTIEN, "/prochaine_seance", date=NOW - timedelta(minutes=30), thread_id=9)
    sent = await bot.fake.wait_sent(before + 1)
    assert "je ne réponds pas aux messages envoyés il y a plus de" in sent[-1].text
    assert sent[-1].thread_id == 9


async def test_a_removed_bot_stops_sending_tells_coordinators_and_comes_back(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    await bot.fake.remove_bot(GROUP, LEA, title="RTE plénière")
    sent = await bot.fake.wait_sent(1)
    assert sent[0].chat_id == COORD  # Léa coordinates: told in her private chat
    assert "« RTE plénière »" in sent[0].text and "retiré" in sent[0].text and "/lier rte-geneve" in sent[0].text
    # Announcements are not attempted again, and nothing is reported as a failure to retry.
    calls = len(bot.fake.called("sendMessage"))
    with caplog.at_level(logging.INFO):
        assert await bot.app.deliver(DEMO_SLUG, Reply.of("Rappel : séance jeudi")) == []
    assert len(bot.fake.called("sendMessage")) == calls
    assert not [r for r in caplog.records if r.exc_info]
    # Added back: announcements resume, commands are answered.
    await bot.fake.add_bot(GROUP, LEA)
    await _until(lambda: not bot.app.store.get_state(f"telegram:inactive:{GROUP}"))
    await bot.app.deliver(DEMO_SLUG, Reply.of("Rappel : séance vendredi"))
    assert (await bot.fake.wait_sent(2))[-1].text == "Rappel : séance vendredi"
    assert "Espace cocréation" in (await bot.ask("/prochaine_seance"))[0]


async def test_403_without_notice_is_permanent_and_not_retried(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    # Removed while the bot was down (no my_chat_member seen), and Léa never started a private chat.
    bot.fake.removed.add(GROUP)
    bot.fake.blocked.add(COORD)
    with caplog.at_level(logging.INFO):
        assert await bot.app.deliver(DEMO_SLUG, Reply.of("Rappel : séance jeudi")) == []
        assert await bot.app.deliver(DEMO_SLUG, Reply.of("Rappel : séance vendredi")) == []
    to_group = [c for c in bot.fake.called("sendMessage") if c["chat_id"] == GROUP]
    assert len(to_group) == 1  # the second announcement was not even attempted
    assert bot.fake.sent == []
    assert not [r for r in caplog.records if r.exc_info]
    assert bot.app.store.get_state(f"telegram:inactive:{GROUP}")["why"].startswith("Forbidden")


async def test_privacy_mode_what_reaches_the_bot_and_what_aide_suggests(fake: FakeTelegram, tmp_path: Path) -> None:
    fake.privacy = True
    async with running(fake, tmp_path / "data") as bot:
        # A bare command in a group where the bot never posted is withheld by Telegram.
        await bot.ask("/prochaine_seance", expect=0)
        assert fake.withheld and fake.withheld[-1]["message"]["text"] == "/prochaine_seance"
        aide = (await bot.ask("/aide@GreffierBot"))[0]
        assert "ajoutez-y @GreffierBot : par ex. /aide@GreffierBot" in aide
        # Now the bot was the last bot to post here: a bare command arrives.
        assert "Espace cocréation" in (await bot.ask("/prochaine_seance"))[0]
        fake.last_bot[GROUP] = 999  # another bot posts
        await bot.ask("/prochaine_seance", expect=0)
        assert "Espace cocréation" in (await bot.ask("et la prochaine séance ?", reply_to_bot=True))[0]
        await bot.ask("la prochaine séance est quand déjà ?", expect=0)  # chatter: withheld
        # In private, no suffix advice.
        assert "ajoutez-y" not in (await bot.ask("/aide", chat=COORD, sender=LEA))[0]


async def test_with_privacy_mode_off_aide_gives_no_suffix_advice(bot: Bot) -> None:
    assert "ajoutez-y" not in (await bot.ask("/aide"))[0]


async def test_a_refused_webhook_stops_start_up_with_one_clear_line(fake: FakeTelegram, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREFFIER_TEST_WEBHOOK_SECRET", "s3cret-webhook_token")
    config = make_config(fake)
    config.platforms["telegram"].data["webhook_secret_env"] = "GREFFIER_TEST_WEBHOOK_SECRET"
    store = Store.open(tmp_path / "data")
    try:
        app = Greffier(config, store, ManualClock(NOW))
        adapter = TelegramAdapter(app, TelegramConfig.from_section(config.platforms["telegram"]),
                                  webhook_url="https://bot.example.org:8080/telegram", listen=("127.0.0.1", 0),
                                  backoff=(0.05, 0.2))
        app.add_adapter(adapter)
        with pytest.raises(ConfigError) as refused:
            await asyncio.wait_for(app.run(), 10)
    finally:
        store.close()
    assert str(refused.value) == (
        "telegram : Telegram refuse le webhook — vérifiez l'URL publique (https, port 443, 80, 88 ou 8443) et son "
        "certificat (Bad webhook: webhook can be set up only on ports 80, 88, 443 or 8443)"
    )
    assert len(fake.called("setWebhook")) == 1  # not retried


async def test_an_edited_command_is_answered_once(bot: Bot) -> None:
    typo = await bot.ask("/prochaine_seanse")
    assert "Vouliez-vous dire /prochaine_seance" in typo[0]
    message_id = bot.fake.last_pushed["message_id"]
    await bot.fake.edit(GROUP, message_id, BASTIEN, "/prochaine_seance", date=NOW)
    sent = await bot.fake.wait_sent(2)
    assert "Espace cocréation" in sent[1].text and sent[1].reply_to == message_id
    # The same edit handed back (a crash before the offset was saved) is not answered twice.
    await bot.fake.replay({"update_id": bot.fake._next_update, "edited_message": {
        "message_id": message_id, "date": int(NOW.timestamp()) - 30, "edit_date": int(NOW.timestamp()),
        "chat": {"id": GROUP, "type": "supergroup", "title": "Groupe"}, "from": BASTIEN, "text": "/prochaine_seance",
        "entities": [{"type": "bot_command", "offset": 0, "length": 17}]}})
    await bot.fake.wait_confirmed()
    # An edited question is not answered again.
    await bot.fake.edit(GROUP, message_id, BASTIEN, "@GreffierBot la prochaine séance ?", date=NOW)
    await bot.fake.wait_confirmed()
    await asyncio.sleep(0.3)
    assert len(bot.fake.sent) == 2


async def test_another_bots_command_is_left_alone_unless_addressed_to_us(bot: Bot) -> None:
    await bot.ask("/warn @spammeur", expect=0)
    assert (await bot.ask("/warn@GreffierBot"))[0].startswith("Je ne connais pas la commande « /warn ».")
    assert "Vouliez-vous dire /prochaine_seance ?" in (await bot.ask("/prochaine_sceance"))[0]


async def test_a_document_captioned_with_a_command_reaches_it_with_its_bytes(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running(fake, tmp_path / "data", commands=with_file_command()) as bot:
        await fake.push_document(GROUP, LEA, "membres.csv", b"nom;orga\nLea;Ville\n", caption="/taille")
        [answer] = await fake.wait_sent(1)
        assert answer.text == "membres.csv : 19 octets, « nom;orga\n »"
        # Without a command as caption, a file is chatter: not even downloaded.
        await fake.push_document(GROUP, LEA, "photo-sortie.csv", b"x" * 10, caption="souvenir de jeudi")
        await fake.wait_confirmed()
        # Over the cap: refused in French, never downloaded.
        await fake.push_document(GROUP, LEA, "archive.csv", b"x" * (files.MAX_BYTES + 1), caption="/taille")
        sent = await fake.wait_sent(2)
        assert sent[1].text.startswith("Le fichier « archive.csv » est trop volumineux (2.0 Mo) : j'accepte 2 Mo au plus.")
        assert [c["path"] for c in fake.called("download")] == ["documents/file_0.bin"]  # the first file only
        # A file Telegram cannot hand out any more: said so, nothing run.
        fake.faults.append(Fault("getFile", "400"))
        await fake.push_document(GROUP, LEA, "membres.csv", b"nom;orga\n", caption="/taille")
        sent = await fake.wait_sent(3)
        assert sent[2].text == "Je n'ai pas pu récupérer le fichier « membres.csv ». Rien n'a été importé ; renvoyez-le."


async def test_a_members_file_captioned_importer_is_previewed_then_stored(bot: Bot) -> None:
    csv = (Path(__file__).resolve().parents[2] / "bot" / "demo_data" / "membres.csv").read_bytes()
    before = {m.name for m in bot.app.store.group(DEMO_SLUG).members()}
    await bot.fake.push_document(GROUP, LEA, "membres.csv", csv, caption="/importer")
    [preview] = await bot.fake.wait_sent(1)
    assert "Pour enregistrer : /importer confirmer (ou /importer annuler)." in preview.text
    assert {m.name for m in bot.app.store.group(DEMO_SLUG).members()} == before  # a preview stores nothing
    # Fetched the Bot API way: getFile, then the file's own URL.
    assert len(bot.fake.called("getFile")) == 1 and [c["path"] for c in bot.fake.called("download")] == ["documents/file_0.bin"]
    confirmed = await bot.ask("/importer confirmer", sender=LEA)
    assert confirmed[0].startswith("Import de membres.csv enregistré : 8 membre(s) ajouté(s), 0 mis à jour, 1 ligne(s) refusée(s).")
    members = bot.app.store.group(DEMO_SLUG).members()
    assert len(members) == len(before) + 8
    assert ("Léonie Marthaler", "Commune de Lancy") in {(m.name, m.organisation) for m in members}
