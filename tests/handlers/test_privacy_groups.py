"""A person is one platform id across groups: /oublie_moi erases them from
every group where that id has a card or left traces (compacting once),
/mes_donnees gathers every group; searched down to the raw bytes of the
data folder."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from storage.models import replace
from storage.store import Store
from tests.helpers import MEMBER, Chat, at, group_config, make_chat

NAME = "Jeanne Rivoire"


def raw_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


@pytest.fixture
def chat(disk_store: Store, tmp_path: Path) -> Chat:
    """Three groups; Jeanne Rivoire has a card in « rte » and « velo », none in « sol »."""
    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config("rte"), group_config("velo"), group_config("sol"),
                     store_dir=tmp_path / "data")
    disk_store.bind_chat("telegram", "chat-2", "velo")
    disk_store.bind_chat("telegram", "chat-3", "sol")
    for room in ("chat-1", "chat-2"):
        chat.say("/seance 03/12/2026 9h-11h Salle du conseil", chat=room)
        member(chat, "/moi Commune de Bernex ; urbaniste ; contact : jeanne.rivoire@example.org", chat=room)
        member(chat, "/proposer Bilan présenté par Jeanne Rivoire", chat=room)
    chat.say("/membre_ajouter Paul Favre ; Asso du Jura", chat="chat-2")
    chat.say("/seance 03/12/2026 9h-11h Salle du conseil", chat="chat-3")
    return chat


def member(bot: Chat, text: str, **kwargs: object) -> str:
    return bot.say(text, sender=MEMBER, name=NAME, **kwargs)  # type: ignore[arg-type]


def test_oublie_moi_erases_every_group_where_the_id_has_a_card(chat: Chat, caplog: pytest.LogCaptureFixture,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.INFO)
    assert chat.store_dir is not None and b"Rivoire" in raw_bytes(chat.store_dir)
    ask = member(chat, "/oublie_moi")
    assert "dans les 2 groupes où vous figurez (Groupe rte, Groupe velo)" in ask
    assert [m.name for m in chat.store.group("velo").members()] == [NAME, "Paul Favre"]
    compactions: list[None] = []
    real = chat.store.compact
    monkeypatch.setattr(chat.store, "compact", lambda: (compactions.append(None), real())[1])
    done = member(chat, "/oublie_moi confirmer")
    assert done.startswith("C'est fait, dans les 2 groupes où vous figurez :")
    assert "Groupe rte : fiche, identifiants et contact effacés" in done and "Groupe velo : fiche" in done
    assert len(compactions) == 1
    assert chat.store.group("rte").members() == []
    assert [m.name for m in chat.store.group("velo").members()] == ["Paul Favre"]
    for slug in ("rte", "velo"):
        agenda = chat.store.group(slug).meetings()[0].agenda
        assert [(i.text, i.proposed_by, i.proposed_by_id) for i in agenda] == [
            ("Bilan présenté par ancien membre", "ancien membre", "")]
    for secret in (b"Rivoire", b"jeanne.rivoire@example.org", MEMBER.encode()):
        assert secret not in raw_bytes(chat.store_dir), secret
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "personal data erased: group=rte card=1 by=self decisions=0 meetings=1" in logged
    assert "; group=velo card=1 by=self decisions=0 meetings=1" in logged
    assert "group=sol" not in logged
    assert "Rivoire" not in logged and MEMBER not in logged and "example.org" not in logged


def test_mes_donnees_gathers_every_group(chat: Chat, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    member(chat, "/groupe rte", private=True, chat="dm")
    reply = chat.reply("/mes_donnees", sender=MEMBER, name=NAME, private=True, chat="dm")
    assert reply is not None and reply.attachment is not None
    text = reply.plain()
    assert "Ce que les groupes « Groupe rte », « Groupe velo » conservent à votre sujet" in text
    assert text.count("Fiche n°1 : Jeanne Rivoire — Commune de Bernex, urbaniste") == 2
    document = json.loads(reply.attachment.data)
    assert [g["groupe"] for g in document["groupes"]] == ["rte", "velo"]
    assert [g["fiche"]["contact"] for g in document["groupes"]] == ["jeanne.rivoire@example.org"] * 2
    assert all(len(g["points proposés à l'ordre du jour"]) == 1 for g in document["groupes"])
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "personal data sent: group=rte card=1; group=velo card=1" in logged
    assert "Rivoire" not in logged and MEMBER not in logged and "example.org" not in logged


def test_a_group_holding_only_traces_is_reached_too(chat: Chat) -> None:
    """No card in « sol », but a task written there under her id."""
    member(chat, "/tache Apporter les clés de la salle", chat="chat-3")
    assert "dans les 3 groupes où vous figurez (Groupe rte, Groupe sol, Groupe velo)" in member(chat, "/oublie_moi")
    member(chat, "/oublie_moi confirmer")
    task = chat.store.group("sol").tasks()[0]
    assert (task.text, task.created_by, task.created_by_id) == ("Apporter les clés de la salle", "ancien membre", "")
    assert chat.store_dir is not None and b"Rivoire" not in raw_bytes(chat.store_dir)


def test_a_card_linked_on_another_platform_is_the_same_person(chat: Chat) -> None:
    """Her card in « velo » also links a Matrix id: a card in « sol » linked
    to that Matrix id alone is hers too."""
    data = chat.store.group("velo")
    card = data.members()[0]
    data.update_member(card.number, lambda m: replace(m, platform_ids={**m.platform_ids, "matrix": "@jeanne:example.org"}))
    chat.store.group("sol").add_member("Jeanne Rivoire", "Commune de Bernex", "", {"matrix": "@jeanne:example.org"})
    assert "dans les 3 groupes où vous figurez (Groupe rte, Groupe sol, Groupe velo)" in member(chat, "/oublie_moi")
    member(chat, "/oublie_moi confirmer")
    assert chat.store.group("sol").members() == []
    assert chat.store_dir is not None and b"jeanne:example.org" not in raw_bytes(chat.store_dir)
