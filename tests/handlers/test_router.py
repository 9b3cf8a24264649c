"""The router: command names and aliases, chat and group resolution, the
error boundary, and the command table behind /aide."""

from __future__ import annotations

import logging

import pytest

from handlers.commands import default_commands
from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Command, CommandTable
from handlers.router import Router
from storage.store import Store
from tests.helpers import COORDINATOR, MEMBER, Chat, at, group_config, make_chat


@pytest.mark.parametrize("text", ["/prochaine_seance", "/prochaine_séance", "/Prochaine-Seance",
                                  "!prochaine_seance", "/prochaine_seance@GreffierBot", "/PROCHAINE_SÉANCE"])
def test_command_names_fold_case_accents_and_prefixes(chat: Chat, text: str) -> None:
    assert chat.say(text).startswith("Aucune séance n'est prévue")


def test_accented_aliases(chat: Chat) -> None:
    assert chat.say("/échéance 30/12/2026 rapport").startswith("Échéance enregistrée")
    assert chat.say("/répertoire").startswith("Le répertoire est vide")


def test_group_chatter_is_ignored_but_addressed_questions_are_answered(chat: Chat) -> None:
    assert chat.reply("bonjour à tous", addressed=False) is None
    assert chat.say("qu'est-ce que tu racontes ?", addressed=True).startswith("Je n'ai pas compris la question.")
    assert chat.say("c'est quand la prochaine séance ?").startswith("Aucune séance n'est prévue")


def test_an_unbound_chat_is_told_how_to_bind_it(chat: Chat) -> None:
    assert chat.say("/prochaine_seance", chat="other") == (
        "Ce salon n'est lié à aucun groupe de travail.\nUn coordinateur peut le lier avec /lier <nom-court>.")


def test_lier_binds_a_chat_for_a_coordinator_only(chat: Chat) -> None:
    assert chat.say("/lier rte", chat="other", sender=MEMBER) == (
        "Seul un coordinateur du groupe « rte » peut lier ce salon. Rien n'a été modifié.")
    assert chat.store.bound_group("telegram", "other") is None
    assert chat.say("/lier rte", chat="other") == (
        "Ce salon est maintenant lié au groupe « Groupe rte ». Tapez /aide pour commencer.")
    assert chat.store.bound_group("telegram", "other") == "rte"
    assert chat.say("/lier inconnu", chat="x").startswith("Je ne connais pas de groupe « inconnu ».")


def test_private_chat_finds_the_senders_only_group(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config("a"), group_config("b", coordinators=[]))
    assert chat.say("/groupes", chat="dm", private=True).startswith("Groupe actuel : Groupe a (a).")
    # A member of two groups must choose.
    chat.store.group("b").add_member("Léa Marchand", "X", "", {"telegram": COORDINATOR})
    assert chat.say("/prochaine_seance", chat="dm", private=True).startswith("Je ne sais pas de quel groupe")
    assert chat.say("/groupe b", chat="dm", private=True) == "C'est noté : vous parlez maintenant au groupe « Groupe b »."
    assert chat.say("/groupes", chat="dm", private=True).startswith("Groupe actuel : Groupe b (b).")


def test_admin_flag_counts_only_where_the_group_allows_it(disk_store: Store) -> None:
    strict = make_chat(disk_store, at("2026-11-23 10:00"), group_config("a"))
    message = strict.message("/decision X", sender=MEMBER)
    from dataclasses import replace

    admin = replace(message, sender_is_admin=True)
    assert strict.router.handle(admin).plain().startswith("Désolé")  # type: ignore[union-attr]
    lenient = make_chat(Store.memory(), at("2026-11-23 10:00"), group_config("a", admins_are_coordinators=True))
    assert lenient.router.handle(admin).plain().startswith("Décision n°1")  # type: ignore[union-attr]


def test_matrix_power_level_alone_makes_coordinators(disk_store: Store) -> None:
    from dataclasses import replace

    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config("a", coordinator_power_level=50))
    chat.store.bind_chat("matrix", "!room:example.org", "a")
    high = replace(chat.message("/decision X", sender="@ann:example.org", platform="matrix", chat="!room:example.org"),
                   sender_is_admin=True)
    assert chat.router.handle(high).plain().startswith("Décision n°1")  # type: ignore[union-attr]
    # The same flag from Telegram does not count: that group did not allow chat admins.
    telegram = replace(chat.message("/decision Y", sender=MEMBER), sender_is_admin=True)
    assert chat.router.handle(telegram).plain().startswith("Désolé")  # type: ignore[union-attr]


def test_a_crashing_command_gets_an_apology_and_a_log_line(chat: Chat, caplog: pytest.LogCaptureFixture) -> None:
    def broken(ctx: Context, args: str) -> Reply:
        raise RuntimeError("secret internals")

    table = CommandTable((*default_commands().commands, Command("panne", broken, "casse")))
    router = Router(chat.store, chat.config.groups, table, chat.clock.now)
    with caplog.at_level(logging.ERROR):
        reply = router.handle(chat.message("/panne"))
    assert reply is not None and reply.plain().startswith("Désolé, un problème interne m'empêche de répondre.")
    assert "secret internals" not in reply.plain()
    assert "command failed" in caplog.text and "RuntimeError: secret internals" in caplog.text


def test_a_replayed_event_is_answered_once_and_written_once(chat: Chat) -> None:
    from dataclasses import replace

    message = replace(chat.message("/decision Une seule fois"), event_id="update-41")
    assert chat.router.handle(message).plain().startswith("Décision n°1")  # type: ignore[union-attr]
    assert chat.router.handle(message) is None
    assert len(chat.store.group("rte").decisions()) == 1


def test_a_write_replayed_before_it_was_marked_is_not_doubled(chat: Chat) -> None:
    data = chat.store.group("rte")
    first = data.add_decision("Texte", at("2026-11-23 10:00").date(), None, "A", "a", at("2026-11-23 10:00"),
                              origin="telegram:7")
    again = data.add_decision("Texte", at("2026-11-23 10:00").date(), None, "A", "a", at("2026-11-23 10:00"),
                              origin="telegram:7")
    assert first == again and len(data.decisions()) == 1


def test_aide_shows_each_sender_their_commands(chat: Chat) -> None:
    member = chat.say("/aide", sender=MEMBER)
    assert "/prochaine_seance" in member and "/decision <texte>" not in member
    coordinator = chat.say("/aide")
    assert "Réservées aux coordinateurs :" in coordinator and "/decision <texte>" in coordinator
    assert chat.say("/aide membre") == "/membre <nom>\nla fiche d'un membre"


def test_command_table_rejects_duplicate_names() -> None:
    def noop(ctx: Context, args: str) -> Reply:
        return Reply.of("")

    with pytest.raises(ValueError, match="declared twice"):
        CommandTable((Command("seance", noop, "a"), Command("séance", noop, "b")))
