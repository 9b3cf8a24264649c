"""Members' control over their data: contact details with consent,
/mes_donnees, /oublie_moi and « /membre_retirer … ; effacer », erasure down
to the bytes of the data folder, and logs that hold none of the data."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from handlers.messages import Reply
from storage.store import Store
from tests.helpers import COORDINATOR, MEMBER, Chat, at, group_config, make_chat

ME = "Léa Marchand"  # the chat fixture's coordinator


def raw_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def as_member(chat: Chat, text: str, **kwargs: object) -> str:
    return chat.say(text, sender=MEMBER, name="Jeanne Rivoire", **kwargs)  # type: ignore[arg-type]


def test_contact_is_shown_to_others_only_with_consent(chat: Chat) -> None:
    answer = as_member(chat, "/moi Commune de Bernex ; urbaniste ; contact : jeanne@example.org, +41 22 555 02 02")
    assert "Bienvenue" in answer
    assert "Contact enregistré : jeanne@example.org · +41 22 555 02 02 — visible par vous seul" in answer
    assert "jeanne@example.org" not in chat.say("/membre rivoire")
    assert "visible par les membres du groupe" in as_member(chat, "/moi ; contact : oui")
    assert "Contact : jeanne@example.org · +41 22 555 02 02" in chat.say("/membre rivoire")
    as_member(chat, "/moi ; contact : non")
    assert "jeanne@example.org" not in chat.say("/membre rivoire")
    assert "Aucun contact enregistré" in as_member(chat, "/moi ; contact : effacer")
    member = chat.store.group("rte").members()[0]
    assert (member.contact, member.contact_consent, member.organisation) == ("", False, "Commune de Bernex")


@pytest.mark.parametrize("text, expected", [
    ("/moi Asso ; contact : pas une adresse oui", "n'est ni une adresse email ni un numéro de téléphone"),
    ("/moi ; contact :", "écrivez votre email ou téléphone"),
])
def test_a_bad_contact_is_refused_and_nothing_is_stored(chat: Chat, text: str, expected: str) -> None:
    assert expected in as_member(chat, text)
    assert chat.store.group("rte").members() == []


def test_a_contact_needs_a_card_first(chat: Chat) -> None:
    assert "Créez d'abord votre fiche" in as_member(chat, "/moi ; contact : jeanne@example.org oui")
    assert chat.store.group("rte").members() == []


def fill_traces(chat: Chat) -> None:
    """The coordinator (Léa Marchand) leaves traces everywhere the store keeps names."""
    chat.say("/moi Ville de Meyrin ; secrétaire ; contact : lea.marchand@example.org oui")
    chat.say("/seance 03/12/2026 9h-11h Salle du conseil")
    chat.say("/proposer Budget 2027 présenté par Léa Marchand")
    chat.say("/decision Le groupe adopte la charte")
    chat.say("/decision_modifier 1 Le groupe adopte la charte révisée")
    as_member(chat, "/moi Commune de Bernex")
    as_member(chat, "/proposer Calendrier 2027")


def test_mes_donnees_answers_privately_with_a_json_file(chat: Chat, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    fill_traces(chat)
    public = chat.say("/mes_donnees")
    assert "écrivez-moi /mes_donnees en message privé" in public and "example.org" not in public
    reply = chat.reply("/mes_donnees", private=True, chat="private-1")
    assert isinstance(reply, Reply) and reply.attachment is not None
    text = reply.plain()
    assert "Fiche n°1 : Léa Marchand — Ville de Meyrin, secrétaire" in text
    assert "Contact : lea.marchand@example.org (visible par le groupe)" in text
    assert f"Identifiants : telegram:{COORDINATOR}" in text
    assert "Décisions enregistrées ou modifiées : 1 (n°1)" in text
    assert "Points proposés à l'ordre du jour : 1" in text
    document = json.loads(reply.attachment.data)["groupes"][0]
    assert reply.attachment.filename == "mes_donnees.json"
    assert document["fiche"]["contact"] == "lea.marchand@example.org"
    assert [p["point"] for p in document["points proposés à l'ordre du jour"]] == ["Budget 2027 présenté par Léa Marchand"]
    assert "Calendrier 2027" not in reply.attachment.data.decode()  # the other member's item is not hers
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "personal data sent: group=rte card=1" in logged
    assert "Marchand" not in logged and COORDINATOR not in logged and "example.org" not in logged


def test_oublie_moi_asks_first_then_erases_down_to_the_bytes(chat: Chat, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    fill_traces(chat)
    assert chat.store_dir is not None
    assert b"Marchand" in raw_bytes(chat.store_dir)
    ask = chat.say("/oublie_moi")
    assert "Pour confirmer : /oublie_moi confirmer" in ask
    assert [m.name for m in chat.store.group("rte").members()] == ["Jeanne Rivoire", ME]
    done = chat.say("/oublie_moi confirmer")
    assert done.startswith("C'est fait : fiche, identifiants et contact effacés ; nom remplacé par « ancien membre »")
    group = chat.store.group("rte")
    assert [m.name for m in group.members()] == ["Jeanne Rivoire"]
    decision = group.decision(1)
    assert (decision.recorded_by, decision.recorded_by_id) == ("ancien membre", "")
    assert {rev.by for rev in decision.history} == {"ancien membre"}
    agenda = group.meetings()[0].agenda
    assert [(i.text, i.proposed_by) for i in agenda] == [
        ("Budget 2027 présenté par ancien membre", "ancien membre"), ("Calendrier 2027", "Jeanne Rivoire")]
    for secret in (b"Marchand", "Léa".encode(), b"lea.marchand@example.org", COORDINATOR.encode()):
        assert secret not in raw_bytes(chat.store_dir), secret
    # The same after a restart: nothing comes back from the journal.
    chat.store.close()
    reopened = Store.open(chat.store_dir)
    assert [m.name for m in reopened.group("rte").members()] == ["Jeanne Rivoire"]
    reopened.close()
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "personal data erased: group=rte card=1 by=self" in logged
    assert "Marchand" not in logged and COORDINATOR not in logged and "example.org" not in logged


def test_a_group_can_keep_authors_names(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    chat = make_chat(store, at("2026-11-23 10:00"), group_config(keep_author_names=True), store_dir=tmp_path / "data")
    chat.say("/moi Ville de Meyrin")
    chat.say("/decision Le groupe adopte la charte")
    assert "ce groupe garde toutefois le nom des auteurs" in chat.say("/oublie_moi")
    assert "nom gardé comme auteur (réglage du groupe)" in chat.say("/oublie_moi confirmer")
    decision = chat.store.group("rte").decision(1)
    assert (decision.recorded_by, decision.recorded_by_id) == (ME, "")
    assert chat.store.group("rte").members() == []
    assert COORDINATOR.encode() not in raw_bytes(tmp_path / "data")
    store.close()


def test_nothing_to_forget_and_bad_arguments(chat: Chat) -> None:
    assert as_member(chat, "/oublie_moi confirmer") == "Ce groupe ne conserve aucune donnée à votre sujet."
    assert "ne connaît pas « tout »" in chat.say("/oublie_moi tout")


def test_coordinator_erases_a_departed_member(chat: Chat, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    fill_traces(chat)
    assert "réservé aux coordinateurs" in as_member(chat, f"/membre_retirer {ME} ; effacer")
    assert "seul « effacer » est compris" in chat.say("/membre_retirer rivoire ; détruire")
    assert len(chat.store.group("rte").members()) == 2
    # A fuzzy name erases nothing before the full name confirms it.
    assert chat.say("/membre_retirer rivoire ; effacer") == (
        "Voulez-vous retirer et effacer les données de Jeanne Rivoire (Commune de Bernex) ?\n"
        "Confirmez avec /membre_retirer Jeanne Rivoire ; effacer\nRien n'a été modifié.")
    assert len(chat.store.group("rte").members()) == 2
    answer = chat.say("/membre_retirer Jeanne Rivoire ; effacer")
    assert answer.startswith("Jeanne Rivoire a été retiré(e) du répertoire et ses données effacées")
    assert [i.proposed_by for i in chat.store.group("rte").meetings()[0].agenda] == ["Léa Marchand", "ancien membre"]
    assert b"Rivoire" not in raw_bytes(chat.store_dir)  # type: ignore[arg-type]
    assert b"member-1" not in raw_bytes(chat.store_dir)  # type: ignore[arg-type]
    assert "by=coordinator" in " ".join(r.getMessage() for r in caplog.records)
    assert "Rivoire" not in " ".join(r.getMessage() for r in caplog.records)


def test_erasure_replaces_whole_names_only_and_reaches_tasks(chat: Chat) -> None:
    from storage.imported_tasks import add_imported_task

    chat.say("/membre_ajouter Jo Berset ; Asso du Jura")
    chat.say("/decision Journée portes ouvertes : Jo Berset et Joëlle Favre l'organisent")
    data = chat.store.group("rte")
    add_imported_task(data, "Réserver la salle", "Jo Berset", None, None)
    add_imported_task(data, "Écrire à Jo Berset", "Joëlle Favre", None, None)
    chat.say("/membre_retirer Jo Berset ; effacer")
    assert data.decision(1).text == "Journée portes ouvertes : ancien membre et Joëlle Favre l'organisent"
    assert [(t.text, t.pilot, t.pilot_name) for t in data.tasks()] == [
        ("Réserver la salle", None, "ancien membre"), ("Écrire à ancien membre", None, "Joëlle Favre")]
    assert [(t["text"], t["pilot_name"]) for t in sorted(chat.store.table("tasks").all(), key=lambda t: t["number"])] == [
        ("Réserver la salle", "ancien membre"), ("Écrire à ancien membre", "Joëlle Favre")]
    assert b"Berset" not in raw_bytes(chat.store_dir)  # type: ignore[arg-type]


def test_tasks_one_pilots_or_wrote_are_in_mes_donnees_and_erased(chat: Chat) -> None:
    """/tache stores the pilot as a member number; minutes import as a name."""
    fill_traces(chat)
    chat.say("/tache Préparer le budget pour le 15/12 @marchand")
    as_member(chat, "/tache Écrire le compte rendu")
    from storage.imported_tasks import add_imported_task

    add_imported_task(chat.store.group("rte"), "Réserver la salle", "Marchand", None, None)
    reply = chat.reply("/mes_donnees", private=True, chat="private-1")
    assert reply is not None and reply.attachment is not None
    mine = json.loads(reply.attachment.data)["groupes"][0]["tâches"]
    assert [t["text"] for t in mine] == ["Préparer le budget", "Réserver la salle"]
    chat.say("/oublie_moi")
    chat.say("/oublie_moi confirmer")
    tasks = chat.store.group("rte").tasks()
    assert [(t.text, t.pilot_name) for t in tasks] == [
        ("Préparer le budget", "ancien membre"), ("Écrire le compte rendu", ""), ("Réserver la salle", "ancien membre")]
    assert b"Marchand" not in raw_bytes(chat.store_dir)  # type: ignore[arg-type]
