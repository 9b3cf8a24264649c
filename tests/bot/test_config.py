"""Configuration: the example loads; every mistake names its key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import ConfigError, load_config, parse_config, read_secret
from tests.helpers import group_config

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
        ({"timezone": "Europe/Genf"}, "groups[0].timezone: 'Europe/Genf' is not a time zone"),
        ({"slug": "rte genève"}, "groups[0].slug: 'rte genève' doit être fait de lettres"),
        ({"locale": "xx_YY"}, "groups[0].locale: 'xx_YY' n'est pas une locale connue"),
        ({"coordinators": ["alice"]}, "groups[0].coordinators[0]: 'alice' doit s'écrire plateforme:identifiant"),
        ({"reminders": ["7j", "bientôt"]}, "groups[0].reminders[1]: 'bientôt' n'est pas une durée"),
        ({"chats": {"irc": ["#x"]}}, "groups[0].chats.irc: plateforme inconnue"),
        ({"admins_are_coordinators": "oui"}, "groups[0].admins_are_coordinators: true ou false est attendu"),
        ({"slug": None}, "groups[0].slug is required"),
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
