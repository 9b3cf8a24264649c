"""Configuration: the example loads; every mistake names its key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import ConfigError, load_config, parse_config, read_secret
from tests.helpers import at, group_config

ROOT = Path(__file__).resolve().parents[2]


def test_the_example_config_loads() -> None:
    config = load_config(ROOT / "config.example.toml")
    first = config.groups[0]
    assert (first.slug, str(first.timezone), first.locale) == ("rte-geneve", "Europe/Zurich", "fr_CH")
    assert first.meeting_leads == (timedelta(days=7), timedelta(days=1), timedelta(hours=2))
    assert first.chats["telegram"] == ("-1001234567890",)
    assert config.data_dir == ROOT / "greffier-data"
    assert set(config.platforms) == {"telegram", "matrix", "scheduler"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"timezone": "Europe/Genf"}, "groups[0].timezone: 'Europe/Genf' n'est pas un fuseau horaire connu (ex. Europe/Zurich"),
        ({"timezone": "europe/paris"}, "groups[0].timezone: 'europe/paris' n'est pas un fuseau horaire connu ; vouliez-vous dire Europe/Paris ?"),
        ({"timezone": "Europe/Pariss"}, "groups[0].timezone: 'Europe/Pariss' n'est pas un fuseau horaire connu ; vouliez-vous dire Europe/Paris ?"),
        ({"slug": "rte genève"}, "groups[0].slug: 'rte genève' doit être fait de lettres"),
        ({"locale": "xx_YY"}, "groups[0].locale: 'xx_YY' n'est pas une locale connue"),
        ({"coordinators": ["alice"]}, "groups[0].coordinators[0]: 'alice' doit s'écrire plateforme:identifiant"),
        ({"reminders": ["7j", "bientôt"]}, "groups[0].reminders[1]: 'bientôt' n'est pas une durée"),
        ({"chats": {"irc": ["#x"]}}, "groups[0].chats.irc: plateforme inconnue"),
        ({"admins_are_coordinators": "oui"}, "groups[0].admins_are_coordinators: true ou false est attendu"),
        ({"slug": None}, "groups[0].slug: clé requise, absente"),
        ({"coordinateurs": ["telegram:1"]}, "groups[0].coordinateurs: clé inconnue ; vouliez-vous dire coordinators ?"),
        ({"rappels": ["7j"]}, "groups[0].rappels: clé inconnue ; vouliez-vous dire reminders ?"),
        ({"timezone": None, "timezon": "Europe/Paris"}, "groups[0].timezon: clé inconnue ; vouliez-vous dire timezone ?"),
        ({"coordinators": ["telegram:@marie_limoge"]},
         "groups[0].coordinators[0]: 'telegram:@marie_limoge' : un identifiant Telegram est un nombre "
         "(ex. telegram:123456789), pas un @nom : pour connaître le sien, écrire à @userinfobot sur Telegram"),
        ({"coordinators": ["matrix:alice"]}, "groups[0].coordinators[0]: 'matrix:alice' : un identifiant Matrix s'écrit @nom:serveur"),
        ({"chats": {"telegram": ["@mongroupe"]}}, "groups[0].chats.telegram[0]: '@mongroupe' : l'identifiant d'un groupe Telegram est un nombre"),
        ({"chats": {"matrix": ["salle"]}}, "groups[0].chats.matrix[0]: 'salle' : un salon Matrix s'écrit !identifiant:serveur"),
        ({"chats": {"matrix": ["#salle"]}}, "groups[0].chats.matrix[0]: '#salle' : un salon Matrix s'écrit !identifiant:serveur"),
        ({"chats": {"telegramm": ["-1"]}}, "groups[0].chats.telegramm: plateforme inconnue (attendu : console, telegram, matrix) ; vouliez-vous dire telegram ?"),
    ],
)
def test_mistakes_name_the_key(change: dict[str, Any], message: str) -> None:
    table = {k: v for k, v in {**group_config(), **change}.items() if v is not None}
    with pytest.raises(ConfigError) as error:
        parse_config({"groups": [table]})
    assert str(error.value).startswith(message)


def test_duplicate_slugs_and_missing_groups() -> None:
    with pytest.raises(ConfigError, match=r"groups\[1\].slug: 'rte' est déjà utilisé"):
        parse_config({"groups": [group_config(), group_config()]})
    with pytest.raises(ConfigError, match="au moins un groupe"):
        parse_config({})


def test_unreadable_toml(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text("[groups\nslug=", encoding="utf-8")
    with pytest.raises(ConfigError, match="TOML invalide"):
        load_config(bad)
    with pytest.raises(ConfigError, match="lecture impossible"):
        load_config(tmp_path / "absent.toml")


def test_secrets_come_from_env_or_file_never_the_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import Section

    monkeypatch.setenv("GREFFIER_TEST_TOKEN", "  s3cret ")
    assert read_secret(Section({"token_env": "GREFFIER_TEST_TOKEN"}, "telegram"), "token") == "s3cret"
    secret = tmp_path / "token"
    secret.write_text("from-file\n", encoding="utf-8")
    assert read_secret(Section({"token_file": str(secret)}, "telegram"), "token") == "from-file"
    with pytest.raises(ConfigError, match="telegram.token: ne mettez pas de secret dans le fichier"):
        read_secret(Section({"token": "123:abc"}, "telegram"), "token")
    with pytest.raises(ConfigError, match="telegram.token_env: la variable ABSENT_VAR est vide ou absente"):
        read_secret(Section({"token_env": "ABSENT_VAR"}, "telegram"), "token")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"stockage": {"data_dir": "x"}}, "stockage: clé inconnue ; vouliez-vous dire storage ?"),
        ({"storage": {"data_dri": "x"}}, "storage.data_dri: clé inconnue ; vouliez-vous dire data_dir ?"),
        ({"telegram": {"token_evn": "X"}}, "telegram.token_evn: clé inconnue ; vouliez-vous dire token_env ?"),
        ({"matrix": {"homeservre": "https://m"}}, "matrix.homeservre: clé inconnue ; vouliez-vous dire homeserver ?"),
        ({"scheduler": {"grace_second": 60}}, "scheduler.grace_second: clé inconnue ; vouliez-vous dire grace_seconds ?"),
        ({"scheduler": {"délai": 60}}, "scheduler.délai: clé inconnue (clés possibles : announce_grace_seconds, grace_seconds)"),
        ({"telegram": {"token": "123456:ABC"}}, "telegram.token: ne mettez pas de secret dans le fichier"),
        ({"matrix": {"password": "hunter2"}}, "matrix.password: ne mettez pas de secret dans le fichier"),
    ],
)
def test_unknown_keys_and_secrets_are_refused_for_every_command(raw: dict[str, Any], message: str) -> None:
    # parse_config is what `console` and `store` use too, not only `run`.
    with pytest.raises(ConfigError) as error:
        parse_config({"groups": [group_config()], **raw})
    assert str(error.value).startswith(message)


@pytest.mark.parametrize("key", ["token_env", "webhook_secret_env"])
@pytest.mark.parametrize("pasted", ["123456789:AAHk-secret-token_xyz", "s3cr3t value", "ghp-abc/def"])
def test_a_secret_pasted_into_an_env_key_is_never_echoed(key: str, pasted: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_config({"groups": [group_config()], "telegram": {key: pasted}})
    message = str(error.value)
    assert message.startswith(f"telegram.{key}: le nom d'une variable d'environnement est attendu")
    assert pasted not in message and pasted[:8] not in message


def test_a_secret_in_an_env_key_is_not_echoed_by_the_cli(tmp_path: Path) -> None:
    import subprocess
    import sys

    pasted = "987654321:AAFakeTokenPastedByMistake"
    config = tmp_path / "config.toml"
    config.write_text(
        '[[groups]]\nslug = "g"\ntimezone = "Europe/Paris"\n\n'
        f'[matrix]\nhomeserver = "https://m.example.org"\npassword_env = "{pasted}"\n',
        encoding="utf-8",
    )
    for command in (["console", "--config", str(config)], ["run", "--platform", "matrix", "--config", str(config)]):
        done = subprocess.run([sys.executable, "-m", "bot", *command], input="", capture_output=True, text=True,
                              cwd=ROOT, timeout=60)
        assert done.returncode == 2
        assert done.stderr.startswith("greffier : erreur : matrix.password_env: le nom d'une variable")
        assert pasted not in done.stderr + done.stdout and "AAFake" not in done.stderr


def test_platform_key_lists_match_what_the_sections_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The keys `console` accepts for [telegram]/[matrix]/[scheduler] are the
    ones their platforms read: a key added there must be listed too."""
    from bot.app import Greffier
    from bot.clock import ManualClock
    from bot.config import Section
    from bot.config_keys import PLATFORM_KEYS
    from bot.matrix.config import MatrixSettings
    from bot.telegram.config import TelegramConfig
    from storage.store import Store

    monkeypatch.setenv("T", "123456:ABC")
    telegram = Section({"token_env": "T"}, "telegram")
    TelegramConfig.from_section(telegram)
    matrix = Section({"homeserver": "https://m", "user_id": "@g:m", "access_token_env": "T"}, "matrix")
    MatrixSettings.from_section(matrix)
    scheduler = Section({}, "scheduler")
    app = Greffier(parse_config({"groups": [group_config()]}), Store.memory(), ManualClock(at("2026-11-23 12:00")))
    app.config.platforms["scheduler"] = scheduler
    app.build_scheduler()
    for name, section in (("telegram", telegram), ("matrix", matrix), ("scheduler", scheduler)):
        read = {k for k in section.data.seen if k not in ("token", "access_token", "password", "webhook_secret")}
        assert read <= PLATFORM_KEYS[name], read - PLATFORM_KEYS[name]
