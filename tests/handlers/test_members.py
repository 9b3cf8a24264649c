"""The directory: fuzzy /membre, /membres by organisation, /moi, and the
coordinators' /membre_ajouter and /membre_retirer."""

from __future__ import annotations

import pytest

from tests.helpers import MEMBER, Chat, seed_people


@pytest.fixture
def people(chat: Chat) -> Chat:
    seed_people(chat)
    return chat


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("kerouedan", "Thibault du Kerouëdan"),  # particle dropped, no diaeresis
        ("hamoudi", "Jamila Hammoudi"),  # one letter short
        ("HAMMOUDY jamila", "Jamila Hammoudi"),  # case, order, typo
        ("CERVETTI sabina", "Sabina Cervetti"),
        ("sabina", "Sabina Cervetti"),
        ("claire dubois", "Claire Dubois"),
        ("Dubois Marc", "Marc Dubois"),
    ],
)
def test_membre_finds_a_card_fuzzily(people: Chat, query: str, name: str) -> None:
    out = people.say(f"/membre {query}")
    assert out.splitlines()[0] == name
    assert "Organisation :" in out


def test_membre_shows_organisation_and_role(people: Chat) -> None:
    assert people.say("/membre cervetti") == "Sabina Cervetti\nOrganisation : Hospice général\nRôle : Innovation sociale"


def test_ambiguous_name_lists_the_candidates(people: Chat) -> None:
    out = people.say("/membre dubois")
    assert out.startswith("Plusieurs membres correspondent à « dubois »")
    assert "Claire Dubois (Ville de Meyrin)" in out and "Marc Dubois (Office cantonal de l'emploi)" in out
    assert "Claire Martin" not in out


def test_no_match_suggests_the_closest_names(people: Chat) -> None:
    out = people.say("/membre Cervantes")
    assert out.startswith("Aucun membre ne correspond à « Cervantes ». Vouliez-vous dire : Sabina Cervetti")
    assert people.say("/membre zzzzqx").startswith("Aucun membre ne correspond à « zzzzqx ».")


def test_membres_groups_the_directory_by_organisation(people: Chat) -> None:
    out = people.say("/membres")
    lines = out.splitlines()
    assert lines[0] == "Membres du groupe (6)"
    hospice = lines.index("Hospice général")
    assert lines[hospice + 1 : hospice + 3] == [
        "  • Jamila Hammoudi — Service d'insertion professionnelle",
        "  • Sabina Cervetti — Innovation sociale",
    ]


def test_membres_matches_the_organisation_fuzzily(people: Chat) -> None:
    out = people.say("/membres hospice")
    assert out.splitlines()[0] == "Hospice général : qui représente l'organisation"
    assert "Jamila Hammoudi" in out and "Claire Dubois" not in out
    assert people.say("/membres office cantonal emploi").count("•") == 1


def test_question_who_represents(people: Chat) -> None:
    out = people.say("qui représente l'Hospice général ?", private=True)
    assert "Jamila Hammoudi" in out and "Sabina Cervetti" in out


def test_moi_creates_then_updates_the_senders_card(chat: Chat) -> None:
    out = chat.say("/moi Hospice général ; service d'insertion", sender=MEMBER, name="Noé Perrin")
    assert out == ("Bienvenue ! Votre fiche est enregistrée :\nNoé Perrin\nOrganisation : Hospice général\n"
                   "Rôle : service d'insertion")
    chat.say("/moi Ville de Meyrin", sender=MEMBER, name="Noé P.")
    [card] = chat.store.group("rte").members()
    assert (card.name, card.organisation, card.role, card.platform_ids) == (
        "Noé Perrin", "Ville de Meyrin", "service d'insertion", {"telegram": MEMBER})


def test_coordinator_adds_and_removes_a_member(people: Chat) -> None:
    out = people.say("/membre_ajouter Inès Favre ; Réalise ; Directrice")
    assert out == "Membre ajouté :\nInès Favre\nOrganisation : Réalise\nRôle : Directrice"
    assert people.say("/membre_ajouter ines favre ; Réalise") == (
        "Inès Favre figure déjà dans le répertoire (voir /membre Inès Favre).")
    assert people.say("/membre_retirer ines FAVRE") == "Inès Favre (Réalise) a été retiré(e) du répertoire."
    assert "Inès Favre" not in [m.name for m in people.store.group("rte").members()]


def test_removing_an_ambiguous_name_removes_nobody(people: Chat) -> None:
    assert people.say("/membre_retirer dubois").startswith("Plusieurs membres correspondent")
    assert len(people.store.group("rte").members()) == 6


@pytest.mark.parametrize("command", ["/membre_ajouter Bob ; Réalise", "/membre_retirer dubois"])
def test_members_cannot_manage_the_directory(people: Chat, command: str) -> None:
    out = people.say(command, sender=MEMBER)
    assert out.startswith(f"Désolé, {command.split()[0]} est réservé aux coordinateurs du groupe.")
    assert len(people.store.group("rte").members()) == 6


def test_removing_on_a_fuzzy_match_asks_for_confirmation(people: Chat) -> None:
    people.say("/membre_ajouter Marie-Pierre LIMOGÉ ; Commune de Sceaux")
    before = people.store.group("rte").members()
    assert people.say("/membre_retirer limoje") == (
        "Voulez-vous retirer Marie-Pierre LIMOGÉ (Commune de Sceaux) ?\n"
        "Confirmez avec /membre_retirer Marie-Pierre LIMOGÉ\n"
        "Rien n'a été modifié."
    )
    assert people.store.group("rte").members() == before
    assert people.say("/membre_retirer marie-pierre limoge") == (
        "Marie-Pierre LIMOGÉ (Commune de Sceaux) a été retiré(e) du répertoire.")
    assert len(people.store.group("rte").members()) == len(before) - 1


def test_coordinator_edits_a_card(people: Chat) -> None:
    out = people.say("/membre_modifier Claire Dubois ; Commune de Vernier ; Maire adjointe")
    assert out == "Fiche modifiée :\nClaire Dubois\nOrganisation : Commune de Vernier\nRôle : Maire adjointe"
    # Without a role the role is kept; a fuzzy name asks first.
    assert people.say("/membre_modifier cervetti ; Fondation Zoein").startswith(
        "Voulez-vous modifier la fiche de Sabina Cervetti (Hospice général) ?\n"
        "Confirmez avec /membre_modifier Sabina Cervetti ; Fondation Zoein")
    assert people.say("/membre sabina cervetti").splitlines()[1] == "Organisation : Hospice général"
    people.say("/membre_modifier Sabina Cervetti ; Fondation Zoein")
    assert people.say("/membre sabina cervetti").splitlines()[1:] == [
        "Organisation : Fondation Zoein", "Rôle : Innovation sociale"]


def test_editing_a_card_needs_an_organisation_and_a_coordinator(people: Chat) -> None:
    before = people.store.group("rte").members()
    assert people.say("/membre_modifier Claire Dubois").startswith("Il manque l'organisation.")
    assert people.say("/membre_modifier Claire Dubois ; X", sender=MEMBER).startswith(
        "Désolé, /membre_modifier est réservé aux coordinateurs du groupe.")
    assert people.store.group("rte").members() == before


def test_membres_of_one_organisation_names_it_once(people: Chat) -> None:
    out = people.say("/membres hospice")
    assert out.count("Hospice général") == 1
    assert out.splitlines() == [
        "Hospice général : qui représente l'organisation",
        "  • Jamila Hammoudi — Service d'insertion professionnelle",
        "  • Sabina Cervetti — Innovation sociale",
    ]


def test_membres_reads_an_organisation_by_its_initials(chat: Chat) -> None:
    chat.say("/membre_ajouter Noémie Achard ; Office cantonal de l'emploi ; conseillère")
    chat.say("/membre_ajouter Paul Roth ; Hospice général")
    assert chat.say("/membres oce").startswith("Office cantonal de l'emploi : qui représente l'organisation\n")
    assert "Noémie Achard" in chat.say("/membres OCE") and "Paul Roth" not in chat.say("/membres oce")
