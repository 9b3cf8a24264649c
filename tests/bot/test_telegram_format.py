"""The Telegram adapter's pure rules: splitting, command targets, menus, config."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, Section
from bot.telegram.config import TelegramConfig
from bot.telegram.format import command_target, menu_entries, split_reply, strip_mention, utf16_len
from handlers.commands import default_commands
from handlers.messages import Reply, bold, italic, link, render_html, text
from tests.bot.fake_telegram import parse_telegram_html


def visible(chunks: list[str]) -> list[str]:
    """What users read, as Telegram parses each message (raises if it would refuse one)."""
    return [parse_telegram_html(chunk) for chunk in chunks]


def test_short_reply_is_one_message() -> None:
    reply = Reply.of([bold("Séance n°3")], "jeudi 26 novembre à 09h00")
    assert split_reply(reply) == ["<b>Séance n°3</b>\njeudi 26 novembre à 09h00"]


def test_long_reply_is_cut_between_lines() -> None:
    lines = [f"  • Personne {n:03d} — Chargée de mission" for n in range(400)]
    chunks = split_reply(Reply.of(*lines), limit=1000)
    assert all(utf16_len(c) <= 1000 for c in chunks)
    assert "\n".join(chunks).splitlines() == lines  # nothing lost, no line cut


def test_escaping_counts_towards_the_limit() -> None:
    # 300 "&" become 300 "&amp;": 1500 characters of HTML for 300 visible.
    chunks = split_reply(Reply.of(*["&" * 300] * 10), limit=4096)
    assert all(len(c) <= 4096 for c in chunks)
    assert "".join(visible(chunks)).count("&") == 3000


def test_a_single_line_longer_than_a_message_is_cut_without_breaking_markup() -> None:
    line = [bold("Titre <important> : "), text("R&D " * 3000), italic("fin")]
    chunks = split_reply(Reply.of(line), limit=4096)
    assert len(chunks) > 1 and all(utf16_len(c) <= 4096 for c in chunks)
    assert "".join(visible(chunks)) == "Titre <important> : " + "R&D " * 3000 + "fin"


def test_emoji_count_twice_as_telegram_counts_them() -> None:
    chunks = split_reply(Reply.of(*["📅" * 100] * 30), limit=4096)
    assert all(utf16_len(c) <= 4096 for c in chunks)
    assert len(chunks) == 2  # 6000 UTF-16 units, though only 3000 code points


def test_links_keep_their_target_and_unsafe_ones_are_plain() -> None:
    chunks = split_reply(Reply.of([link("Ordre du jour", "https://example.org/odj?a=1&b=2")],
                                  [link("piège", "javascript:alert(1)")]))
    assert chunks == ['<a href="https://example.org/odj?a=1&amp;b=2">Ordre du jour</a>\npiège']


def test_empty_reply_still_sends_something() -> None:
    assert split_reply(Reply.of("  ")) == ["…"]


@pytest.mark.parametrize(("message", "target"), [
    ("/aide", None),
    ("/aide@GreffierBot", "greffierbot"),
    ("/aide@AutreBot la suite", "autrebot"),
    (" /aide@AutreBot", "autrebot"),
    ("!aide@AutreBot", "autrebot"),
    ("/aide écrire à contact@example.org", None),
    ("bonjour @GreffierBot", None),
    ("", None),
])
def test_command_target(message: str, target: str | None) -> None:
    assert command_target(message) == target


def test_strip_mention() -> None:
    assert strip_mention("@greffierbot, qui représente l'Hospice ?", "GreffierBot") == "qui représente l'Hospice ?"
    assert strip_mention("@GreffierBot_2 qui ?", "GreffierBot") == "@GreffierBot_2 qui ?"
    assert strip_mention("Merci @GreffierBot", "GreffierBot") == "Merci @GreffierBot"


def test_menus_follow_the_command_table() -> None:
    table = default_commands().commands
    member = dict(menu_entries(table, coordinator=False))
    full = dict(menu_entries(table, coordinator=True))
    assert "prochaine_seance" in member and "decision" not in member
    assert full["decision"] == "Enregistrer une décision (coordination)"
    assert set(member) < set(full)
    assert all(1 <= len(d) <= 256 for d in full.values())


def test_rendered_html_is_what_the_fake_server_accepts() -> None:
    reply = Reply.of([bold("Zoé <b> & Fils")], [italic("« 5 < 7 »")])
    assert visible([render_html(reply)]) == ["Zoé <b> & Fils\n« 5 < 7 »"]


# -- configuration ----------------------------------------------------------------


def section(**data: object) -> Section:
    return Section(dict(data), "telegram")


def test_token_from_environment_or_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TG_TOKEN", "42:secret-from-env")
    assert TelegramConfig.from_section(section(token_env="TG_TOKEN")).token == "42:secret-from-env"
    secret = tmp_path / "token"
    secret.write_text("42:secret-from-file\n", encoding="utf-8")
    config = TelegramConfig.from_section(section(token_file=str(secret), max_age_seconds=120))
    assert config.token == "42:secret-from-file"
    assert config.max_age.total_seconds() == 120
    assert "secret" not in repr(config)


def test_token_errors_name_the_key_and_never_echo_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match=r"telegram.token_env ou telegram.token_file : l'un des deux est requis"):
        TelegramConfig.from_section(section())
    with pytest.raises(ConfigError, match="ne mettez pas de secret"):
        TelegramConfig.from_section(section(token="42:inline"))
    monkeypatch.setenv("TG_TOKEN", "not a token")
    with pytest.raises(ConfigError) as error:
        TelegramConfig.from_section(section(token_env="TG_TOKEN"))
    assert "not a token" not in str(error.value)
    with pytest.raises(ConfigError, match="section \\[telegram\\] est requise"):
        TelegramConfig.from_section(None)


@pytest.mark.parametrize(("key", "value"), [
    ("max_age_seconds", 0), ("poll_timeout_seconds", 90), ("messages_per_second", -1), ("admin_cache_seconds", "1m"),
])
def test_bad_numbers_are_refused(monkeypatch: pytest.MonkeyPatch, key: str, value: object) -> None:
    monkeypatch.setenv("TG_TOKEN", "42:abc")
    with pytest.raises(ConfigError, match=f"telegram.{key}"):
        TelegramConfig.from_section(section(token_env="TG_TOKEN", **{key: value}))


def test_plain_split_for_the_fallback() -> None:
    chunks = split_reply(Reply.of([bold("R&D <b>")], *["ligne " * 50] * 30), render=Reply.plain)
    assert chunks[0].startswith("R&D <b>\n")
    assert all(utf16_len(c) <= 4096 for c in chunks) and len(chunks) == 3
