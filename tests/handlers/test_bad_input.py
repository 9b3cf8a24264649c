"""Bad input, command by command: a short French explanation with the usage,
never a stack trace, and the store on disk unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.commands import default_commands
from handlers.messages import Reply
from handlers.registry import Command
from tests.helpers import Chat, at, seed_people

COMMANDS = [c for c in default_commands().commands if c.name not in ("aide", "groupes")]

BAD = {
    "huge": "x" * 100_000,
    "control": "abc\x00\x07\x1bdef",
    "html": "<b>Gras</b> <script>alert(1)</script>",
    "markdown": "[clic](https://example.org/piege) **gras**",
}


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file() and not p.name.endswith(".lock")}


@pytest.fixture
def seeded(chat: Chat) -> Chat:
    seed_people(chat)
    chat.store.group("rte").add_meeting(at("2026-11-26 09:00"), place="Salle A")
    chat.say("/decision Une décision")
    chat.say("/tache Une tâche pour le 30/11 @dubois claire")
    return chat


def check(chat: Chat, text: str) -> str:
    directory = chat.store_dir
    assert directory is not None
    before = snapshot(directory)
    # /groupe only makes sense in a private chat with the bot.
    reply = chat.reply(text, private=text.startswith("/groupe "))
    assert isinstance(reply, Reply)
    out = reply.plain()
    assert "Traceback" not in out and "Error" not in out
    assert 0 < len(out) < 800, out[:200]
    after = snapshot(directory)
    # Name the files that changed: a diff of whole journals takes pytest minutes to print.
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert not changed, f"{text[:40]!r} changed the store: {changed}"
    return out


@pytest.mark.parametrize("kind", sorted(BAD))
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_bad_arguments_are_explained_and_change_nothing(seeded: Chat, command: Command, kind: str) -> None:
    args = BAD[kind]
    if command.name in ("seance_deplacer", "seance_annuler", "decision_modifier", "decision_annuler",
                        "tache_modifier", "tache_annuler"):
        args = f"1 {args}"  # a valid number, then the bad part
    if command.name == "echeance":
        args = f"30/12/2026 {args}"
    out = check(seeded, f"/{command.name} {args}")
    assert f"Usage : /{command.name}" in out, out


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.usage.startswith("<")], ids=lambda c: c.name)
def test_missing_arguments_show_the_usage(seeded: Chat, command: Command) -> None:
    out = check(seeded, f"/{command.name} ")
    assert f"Usage : /{command.name}" in out or "Il manque" in out, out


@pytest.mark.parametrize("text", ["/seance_annuler deux", "/decision_modifier n°x texte", "/agenda beaucoup",
                                  "/seance_deplacer 1 la semaine des quatre jeudis", "/echeance_annuler -3",
                                  "/tache_faite 1 2", "/tache_modifier 1 pour le 31/02", "/tache x @",
                                  "/taches seance trois", "/tache_annuler 99"])
def test_malformed_arguments(seeded: Chat, text: str) -> None:
    assert "Usage : /" in check(seeded, text)


def test_commands_without_arguments_refuse_extra_words(seeded: Chat) -> None:
    assert check(seeded, "/prochaine_seance demain") == (
        "/prochaine_seance ne prend pas d'argument.\nUsage : /prochaine_seance")


def test_unknown_command_hints_at_aide(seeded: Chat) -> None:
    assert check(seeded, "/prochaine_sceance") == (
        "Je ne connais pas la commande « /prochaine_sceance ». Vouliez-vous dire /prochaine_seance ?\n"
        "Tapez /aide pour la liste des commandes.")
    assert check(seeded, "/" + "z" * 100_000).startswith("Message trop long")
    assert check(seeded, "/xyzzy").startswith("Je ne connais pas la commande « /xyzzy ».")


def test_rich_text_in_stored_data_is_escaped_in_html(seeded: Chat) -> None:
    from handlers.messages import render_html

    seeded.store.group("rte").add_member("Bob <b>&</b> Cie", "A & B", "")
    reply = seeded.reply("/membre bob")
    assert reply is not None
    assert render_html(reply) == "<b>Bob &lt;b&gt;&amp;&lt;/b&gt; Cie</b>\nOrganisation : A &amp; B"
