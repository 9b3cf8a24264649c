"""Run-time readers of stored state never fail on a malformed value: a member
code, a pending import or a calendar token the store holds in a shape the
code did not write (an older version, a hand edit) gets the ordinary French
answer, and the store is left usable. (Start-up refuses such rows: see
tests/bot/test_store_validation_tables.py; these reach the code only when the
store was not reloaded.)"""

from __future__ import annotations

import dataclasses
import json
import logging
from typing import Any

import pytest

from storage.readonly import open_read_only
from storage.store import STORE_FILENAME, Store
from tests.helpers import MEMBER, Chat, at, group_config, make_chat, seed_people

CODE = "ABCDEF"


@pytest.mark.parametrize("entry", [
    {"member": 2, "expires": "dans 7 jours"},
    {"member": 2, "expires": "2026-11-30T10:00:00"},  # no offset: compared with an aware instant
    {"member": "2", "expires": "2026-11-30T10:00:00+01:00"},
    {"member": 2},
    "Jamila Hammoudi",
], ids=["unreadable-expiry", "naive-expiry", "member-as-text", "no-expiry", "not-a-record"])
def test_a_malformed_member_code_is_a_code_that_is_not_valid(chat: Chat, entry: Any) -> None:
    seed_people(chat)
    chat.store.set_state(f"member-code:rte:{CODE}", entry)
    before = chat.store.group("rte").members()
    out = chat.say(f"/moi code {CODE.lower()}", sender=MEMBER, name="J. H.")
    assert out.startswith("Ce code n'est pas valable (inconnu, déjà utilisé ou expiré)"), out
    assert chat.store.group("rte").members() == before
    assert chat.store.get_state(f"member-code:rte:{CODE}") is None  # spent, like any code tried


def test_a_well_formed_code_still_links_the_card(chat: Chat) -> None:
    seed_people(chat)
    chat.store.set_state(f"member-code:rte:{CODE}", {"member": 2, "expires": "2026-11-30T10:00:00+01:00"})
    assert chat.say(f"/moi code {CODE}", sender=MEMBER).startswith("Votre fiche existante est maintenant liée")
    assert chat.store.group("rte").member(2).platform_ids == {"telegram": MEMBER}  # type: ignore[union-attr]


@pytest.mark.parametrize("pending", [
    {"name": "membres.csv", "at": "hier"},
    {"name": "membres.csv", "source": "CSV", "rows": [["2", {"nom": "Zoé"}]], "at": "2026-11-23T09:00:00+01:00"},
    {"kind": "ordre du jour", "name": "odj.txt", "lines": [], "at": "2026-11-23T09:00:00+01:00"},
    {"kind": "minutes", "name": "cr.txt", "lines": [1, 2], "at": "2026-11-23T09:00:00+01:00"},
    ["membres.csv"],
], ids=["unreadable-instant", "line-as-text", "unknown-kind", "lines-not-text", "not-a-record"])
def test_a_malformed_pending_import_is_dropped_with_a_french_answer(
    chat: Chat, pending: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    key = f"import-pending:rte:{chat.message('x').sender_key}"
    chat.store.set_state(key, pending)
    out = chat.say("/importer confirmer")
    assert out.startswith("L'import en attente n'a pas pu être relu : rien n'a été enregistré."), out
    assert chat.store.group("rte").members() == [] and chat.store.get_state(key) is None
    assert "Zoé" not in caplog.text  # what the file held stays out of the log
    assert chat.say("/importer confirmer").startswith("Aucun import en attente")


@pytest.mark.parametrize("token", [42, "../../etc/passwd", "", "court"], ids=["number", "path", "empty", "short"])
def test_a_malformed_calendar_token_is_replaced_before_it_reaches_an_address(disk_store: Store, token: Any) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config(calendar_url="https://agenda.example.org/"))
    seed_people(chat)
    chat.store.group("rte").update_member(1, lambda m: dataclasses.replace(m, platform_ids={"telegram": MEMBER}))
    chat.store.set_state("calendar-token:rte", token)
    out = chat.say("/calendrier lien", sender=MEMBER, private=True, chat="dm")
    fresh = chat.store.get_state("calendar-token:rte")
    assert isinstance(fresh, str) and len(fresh) >= 32 and fresh != token
    assert f"https://agenda.example.org/calendrier/rte/{fresh}.ics" in out


def test_the_read_only_copy_leaves_out_records_the_code_cannot_use(
    disk_store: Store, tmp_path: Any, caplog: pytest.LogCaptureFixture
) -> None:
    data = disk_store.group("rte")
    data.add_task("Réserver la salle")
    data.add_task("Envoyer la note")
    disk_store.compact()
    snapshot = tmp_path / "data" / STORE_FILENAME
    tables = json.loads(snapshot.read_bytes())
    tables["tasks"]["2"]["due"] = "31/12/2026"  # written by hand, after start-up
    snapshot.write_text(json.dumps(tables))
    caplog.set_level(logging.WARNING)
    copy = open_read_only(tmp_path / "data")
    assert [t.text for t in copy.group("rte").tasks()] == ["Réserver la salle"]
    assert "tâches n°2 du groupe rte (id 2) : champ « due » : date « 31/12/2026 » illisible" in caplog.text
