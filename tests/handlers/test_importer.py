"""/importer in chat: a coordinator's attached member list, previewed, then
confirmed (or cancelled); members and bad files get clear answers."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from tests.helpers import COORDINATOR, MEMBER, Chat

CSV = ("nom;organisation;fonction;courriel;consentement\n"
       "Noémi Vaucher;Ville de Lancy;Cheffe de service;noemi@example.org;oui\n"
       "Bruno Kälin;Fondation Terrain;;;\n"
       ";Sans nom;;;\n").encode("utf-8")


def send(chat: Chat, text: str, attachment: tuple[str, bytes] | None = None, **kwargs: object) -> str:
    message = dataclasses.replace(chat.message(text, **kwargs), attachment=attachment)  # type: ignore[arg-type]
    reply = chat.router.handle(message)
    assert reply is not None
    return reply.plain()


def names(chat: Chat) -> list[str]:
    return [m.name for m in chat.store.group(chat.group.slug).members()]


def test_preview_then_confirm_writes_the_members(chat: Chat, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    preview = send(chat, "/importer", ("membres.csv", CSV))
    assert "Aperçu de l'import (rien n'est encore enregistré)" in preview
    assert "  ligne 2 : Noémi Vaucher — Ville de Lancy, Cheffe de service ; contact visible" in preview
    assert "  ligne 4 : pas de nom" in preview
    assert "Pour enregistrer : /importer confirmer (ou /importer annuler)." in preview
    assert names(chat) == []
    done = send(chat, "/importer confirmer")
    assert done == "Import de membres.csv enregistré : 2 membre(s) ajouté(s), 0 mis à jour, 1 ligne(s) refusée(s)."
    assert names(chat) == ["Bruno Kälin", "Noémi Vaucher"]
    assert "Contact : noemi@example.org" in chat.say("/membre vaucher")
    # Confirming twice does not import twice.
    assert "Aucun import en attente" in send(chat, "/importer confirmer")
    assert names(chat) == ["Bruno Kälin", "Noémi Vaucher"]
    # Logged without the people's data.
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "member import applied: group=rte added=2 updated=0" in logged
    assert "Vaucher" not in logged and "example.org" not in logged and COORDINATOR not in logged


def test_cancel_forgets_the_pending_rows(chat: Chat) -> None:
    send(chat, "/importer", ("membres.csv", CSV))
    assert send(chat, "/importer annuler") == "Import annulé ; rien n'a été enregistré."
    assert "Aucun import en attente" in send(chat, "/importer confirmer")
    assert names(chat) == []
    assert "Vaucher" not in str(chat.store.get_state(f"import-pending:{chat.group.slug}:telegram:{COORDINATOR}"))


def test_members_cannot_import(chat: Chat) -> None:
    answer = send(chat, "/importer", ("membres.csv", CSV), sender=MEMBER, name="Jo")
    assert "réservé aux coordinateurs" in answer
    assert names(chat) == []


@pytest.mark.parametrize("attachment, expected", [
    (None, "Joignez la liste des membres (CSV ou .xlsx) ou un compte rendu"),
    (("liste.csv", "nom;org\nA;B\n".encode("utf-16-le")), "ce n'est pas un fichier texte"),
    (("liste.csv", b"nom;org\n" + b"x" * (3 * 1024 * 1024)), "fichier trop gros pour le chat"),
    (("cr.docx", b"PK\x03\x04abc"), "archive illisible"),
])
def test_bad_files_get_a_french_answer_and_nothing_changes(chat: Chat, attachment: tuple[str, bytes] | None, expected: str) -> None:
    assert expected in send(chat, "/importer", attachment)
    assert names(chat) == []
    assert "Aucun import en attente" in send(chat, "/importer confirmer")


def test_a_long_list_is_counted_not_listed_in_chat(chat: Chat) -> None:
    rows = "\n".join(f"Personne{n:02d} Essai;Asso {n}" for n in range(60))
    preview = send(chat, "/importer", ("longue.csv", ("nom;organisation\n" + rows + "\n").encode()))
    assert "À ajouter (60) :" in preview and "  … et 35 autre(s)" in preview
    assert "Personne24 Essai" in preview and "Personne25 Essai" not in preview
    assert send(chat, "/importer confirmer").startswith("Import de longue.csv enregistré : 60 membre(s) ajouté(s)")


FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cr_bernex.txt"


def test_minutes_in_chat_preview_then_confirm_without_some_facts(chat: Chat, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    preview = send(chat, "/importer", ("cr_bernex.txt", FIXTURE.read_bytes()))
    assert "Compte rendu cr_bernex.txt : 16 fait(s) reconnu(s) (rien n'est encore enregistré)" in preview
    assert "3. Participant·e : Hugo Brändli (Commune de Bernex, Chargé de l'action sociale) — nouveau membre" in preview
    assert "13. Prochaine séance : jeudi 9 avril 2026, 09h00–11h30" in preview
    assert "/importer confirmer sans 3,5" in preview
    assert chat.store.group("rte").members() == []
    assert "n'est pas un numéro de fait (1 à 16)" in send(chat, "/importer confirmer sans 3,99")
    assert chat.store.group("rte").members() == []
    done = send(chat, "/importer confirmer sans 3, 16")
    assert done.startswith("Compte rendu cr_bernex.txt enregistré : 10 membre(s) ajouté(s) au répertoire ; séance n°1 enregistrée comme tenue")
    names = [m.name for m in chat.store.group("rte").members()]
    assert "Hugo Brändli" not in names and "Léonie Marthaler" in names
    assert [t["text"] for t in chat.store.table("tasks").all()] == [
        "Rédiger la note de cadrage avant le 30 mars", "Agnès Boulaz contacte les entreprises du quartier"]
    assert "Aucun import en attente" in send(chat, "/importer confirmer")
    logged = [r.getMessage() for r in caplog.records if "minutes import" in r.getMessage()]
    assert logged == ["minutes import previewed: group=rte facts=16", "minutes import applied: group=rte facts=14 dropped=2"]
    everything = " ".join(r.getMessage() for r in caplog.records)
    assert not [n for n in names if n.split()[-1] in everything] and COORDINATOR not in everything


def test_sans_only_goes_with_minutes(chat: Chat) -> None:
    send(chat, "/importer", ("membres.csv", CSV))
    assert "« sans » ne s'emploie qu'avec un compte rendu" in send(chat, "/importer confirmer sans 2")
    assert "seul « sans 3,5 » est compris" in send(chat, "/importer confirmer tout")
    assert names(chat) == []
