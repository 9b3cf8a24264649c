"""The Matrix adapter's pure parts: its config section, mentions, invitations, pacing.

No homeserver here; the conversations are in test_matrix.py.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import ConfigError, Section
from bot.matrix.config import MatrixSettings
from bot.matrix.edits import read_edit
from bot.matrix.events import Pacer, addressed, may_invite, room_creators

BOT = "@greffier:example.org"


def section(**values: object) -> Section:
    return Section({"homeserver": "https://matrix.example.org", "user_id": BOT, **values}, "matrix")


def test_settings_read_the_secret_from_a_file_and_keep_it_out_of_repr(tmp_path: Path) -> None:
    secret = tmp_path / "password"
    secret.write_text("s3cret-Passw0rd\n", encoding="utf-8")
    settings = MatrixSettings.from_section(section(password_file=str(secret), max_age_seconds=120, allowed_servers=["example.org"]))
    assert settings.password == "s3cret-Passw0rd"
    assert settings.access_token is None
    assert settings.max_age == timedelta(minutes=2)
    assert settings.allowed_servers == ("example.org",)
    assert settings.names == ("greffier",)
    assert "s3cret" not in repr(settings)


def test_settings_take_the_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREFFIER_TEST_MATRIX_TOKEN", "syt_abc")
    settings = MatrixSettings.from_section(section(access_token_env="GREFFIER_TEST_MATRIX_TOKEN", announce_per_second=0))
    assert settings.access_token == "syt_abc"
    assert settings.announce_per_second == 0


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ({}, "matrix.access_token_env ou matrix.password_env (ou leur variante _file) : l'un des deux est requis"),
        ({"access_token": "syt_abc"}, "matrix.access_token: ne mettez pas de secret dans le fichier"),
        ({"password_env": "X", "homeserver": "matrix.example.org"}, "matrix.homeserver: une URL http(s):// est attendue"),
        ({"password_env": "X", "user_id": "greffier"}, "matrix.user_id: un identifiant Matrix (@nom:serveur) est attendu"),
        ({"password_env": "X", "max_age_seconds": -1}, "matrix.max_age_seconds: un nombre positif est attendu"),
    ],
)
def test_settings_errors_name_the_key(values: dict[str, object], error: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X", "secret")
    with pytest.raises(ConfigError) as caught:
        MatrixSettings.from_section(section(**values))
    assert str(caught.value).startswith(error)


def test_missing_section_is_reported() -> None:
    with pytest.raises(ConfigError, match=r"la section \[matrix\] est requise"):
        MatrixSettings.from_section(None)


def test_invitations_only_from_listed_users_or_servers() -> None:
    assert may_invite("@lea:example.org", ["@lea:example.org"], [])
    assert may_invite("@anyone:commune.example.org", [], ["commune.example.org"])
    assert not may_invite("@spam:evil.example.net", ["@lea:example.org"], ["example.org"])
    assert not may_invite("@lea:example.org.evil.example.net", [], ["example.org"])


def test_mentions_by_name_pill_or_id_and_leading_name_dropped() -> None:
    assert addressed("Greffier: quand est la séance ?", {}, BOT, ["greffier"]) == (True, "quand est la séance ?")
    assert addressed("greffier, qui est Léa ?", {}, BOT, ["greffier"]) == (True, "qui est Léa ?")
    pill = {"formatted_body": f'<a href="https://matrix.to/#/{BOT}">G</a>: salut'}
    assert addressed("G: salut", pill, BOT, ["greffier"])[0]
    assert addressed("salut", {"m.mentions": {"user_ids": [BOT]}}, BOT, ["greffier"])[0]
    assert addressed("Bonjour à tous", {}, BOT, ["greffier"]) == (False, "Bonjour à tous")
    assert not addressed("les greffiers du tribunal", {}, BOT, ["greffier"])[0]


def test_edits_are_read_from_their_new_content() -> None:
    new = {"msgtype": "m.text", "body": "/seance 03/12 9h"}
    edit = read_edit({"body": "* /seance 03/12 9h", "m.new_content": new,
                      "m.relates_to": {"rel_type": "m.replace", "event_id": "$x"}})
    assert edit is not None and edit.original == "$x" and edit.content == new
    broken = read_edit({"body": "* ?", "m.relates_to": {"rel_type": "m.replace", "event_id": "$x"}})
    assert broken is not None and broken.content == {}  # still an edit: never read as a message of its own
    assert read_edit({"m.relates_to": {"m.in_reply_to": {"event_id": "$x"}}}) is None


def test_creators_outrank_power_levels_from_room_version_12() -> None:
    create = {"content": {"room_version": "12", "additional_creators": ["@co:example.org"]}}
    assert room_creators("12", "@lea:example.org", create) == {"@lea:example.org", "@co:example.org"}
    assert room_creators("11", "@lea:example.org", create) == frozenset()


async def test_pacer_lets_a_burst_through_then_spaces_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [0.0]
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    monkeypatch.setattr("bot.matrix.events.asyncio.sleep", fake_sleep)
    pacer = Pacer(per_second=0.2, burst=2, clock=lambda: now[0])
    for _ in range(4):
        await pacer.wait()
    assert slept == [pytest.approx(5.0), pytest.approx(5.0)]  # two at once, then one per 5 s
    now[0] += 2.0
    pacer.drain()  # the homeserver said 429: the next one waits a full interval
    await pacer.wait()
    assert slept[-1] == pytest.approx(5.0)
    before = len(slept)
    unpaced = Pacer(per_second=0, burst=1, clock=lambda: now[0])  # the account is exempt
    for _ in range(20):
        await unpaced.wait()
    assert len(slept) == before
