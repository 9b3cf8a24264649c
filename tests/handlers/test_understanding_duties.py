"""General causes found by blind set 18d (a Toulouse contrat local de santé
group, roles and charges worded unlike roles), tested on a group invented
here in other words: a duty or an adjective written in a role is no title
(« Secrétaire de séance, convocations et relevés », « Directrice de la
protection maternelle et infantile »), « les comptes rendus » are the minutes,
not the treasurer's accounts; a group's acronym typed in capitals is no French
word (« la PASS » is no « passe »); the acronyms of health work spelled out in
roles (« CLS », « ASV »); « la psy », « les ados », « la mutuelle »; the verbs of
a secretary's or a pilot's work (« qui envoie … ? »); « le chef de … » for its
« Directeur »; a title over a part of a body asked by the part's acronym
(« le responsable du BIJ »); a body's name that swallowed a role's words
(« l'adjoint santé de Foix »); « précaires » for « précarité »; « coordonnateur »
for « coordinateur »; « l'AS », « le toubib »; a territory a body's referent
follows (« qui suit le Couserans à l'ARS ? »); an acronym only roles name, asked
as a charge (« pour le CLSM je m'adresse à qui ? »). Every person is invented."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

UNSURE = "pas sûr"


@pytest.fixture(scope="module")
def isere() -> Chat:
    return invented_group(
        "sante38",
        ("Lucie Bertrand", "Ville de Grenoble", "Chargée de mission CLS"),
        ("Hakim Benyahia", "Ville de Grenoble", "Coordinateur de l'ASV Villeneuve"),
        ("Odile Perrin", "Ville de Grenoble", "Secrétaire de séance, convocations et relevés de décisions"),
        ("Bruno Gay", "Conseil départemental de l'Isère", "Directeur de la protection maternelle et infantile"),
        ("Inès Morel", "Conseil départemental de l'Isère", "Trésorière du réseau"),
        ("Paul Mercier", "CHU Grenoble Alpes", "Médecin de la permanence d'accès aux soins (PASS)"),
        ("Sarah Duval", "Maison des adolescents de l'Isère", "Psychologue clinicienne"),
        ("Yves Bonnet", "Mutualité Française Auvergne-Rhône-Alpes", "Chargé de prévention"),
        ("Marc Roux", "Ville d'Échirolles", "Responsable du bureau information jeunesse"),
        ("Claire Vial", "Ville d'Échirolles", "Directrice générale des services"),
    )


@pytest.mark.parametrize("question", ["qui envoie les convocations ?", "qui transmet les convocations aux partenaires ?"])
def test_a_duty_in_a_role_is_a_charge_not_a_title(isere: Chat, question: str) -> None:
    reply = ask(isere, question)
    assert reply.startswith("En charge de") and "Odile Perrin" in reply and UNSURE not in reply


def test_an_adjective_after_et_continues_the_role(isere: Chat) -> None:
    reply = ask(isere, "qui s'occupe de la protection maternelle et infantile ?")
    assert reply.startswith("En charge de") and "Bruno Gay" in reply and "Rôle « infantile »" not in reply


def test_the_minutes_are_no_treasurers_accounts(isere: Chat) -> None:
    reply = ask(isere, "qui rédige les comptes rendus ?")
    assert "Inès Morel" not in reply and "trésori" not in reply.casefold()


def test_a_groups_acronym_in_capitals_is_no_french_word(isere: Chat) -> None:
    reply = ask(isere, "à qui m'adresser pour la PASS ?")
    assert "Paul Mercier" in reply and UNSURE not in reply


@pytest.mark.parametrize(("question", "who"), [
    ("qui pilote le contrat local de santé ?", "Lucie Bertrand"),
    ("qui est en charge de l'atelier santé ville ?", "Hakim Benyahia"),
])
def test_a_health_acronym_in_a_role_is_asked_spelled_out(isere: Chat, question: str, who: str) -> None:
    reply = ask(isere, question)
    assert who in reply and UNSURE not in reply


@pytest.mark.parametrize(("question", "who", "not_who"), [
    ("c'est qui la psy de la maison des ados ?", "Sarah Duval", "Paul Mercier"),
    ("quelqu'un de la mutuelle dans le réseau ?", "Yves Bonnet", "Sarah Duval"),
    ("c'est qui le chef de la PMI ?", "Bruno Gay", "Inès Morel"),
    ("qui est le responsable du BIJ ?", "Marc Roux", "Claire Vial"),
])
def test_a_title_or_body_in_familiar_words(isere: Chat, question: str, who: str, not_who: str) -> None:
    reply = ask(isere, question)
    assert who in reply and not_who not in reply and UNSURE not in reply


@pytest.fixture(scope="module")
def ariege() -> Chat:
    return invented_group(
        "sante09",
        ("Agnès Rumeau", "Ville de Foix", "Adjointe au maire chargée de la santé"),
        ("Tom Esquerré", "Association Foix Santé Solidaire", "Trésorier"),
        ("Lina Baqué", "PETR de l'Ariège", "Coordonnatrice du contrat local de santé"),
        ("Henri Cazals", "PETR de l'Ariège", "Secrétariat du CLS, accueil"),
        ("Rémi Soula", "ARS Occitanie", "Délégué territorial pour le Couserans"),
        ("Julie Vidal", "ARS Occitanie", "Chargée de prévention"),
        ("Mathilde Icart", "Centre hospitalier du Val d'Ariège", "Assistante sociale"),
        ("Jean Fortassin", "Centre hospitalier du Val d'Ariège", "Médecin urgentiste"),
        ("Nora Ferhat", "CCAS de Foix", "Travailleuse sociale, lutte contre la précarité"),
        ("Chloé Marty", "Conseil départemental de l'Ariège", "Cheffe du service insertion"),
        ("Paula Ribes", "Ville de Foix", "Animatrice du CLSM"),
    )


def test_a_bodys_name_that_swallowed_a_roles_words(ariege: Chat) -> None:
    # « santé de Foix » opens the association's name; the adjointe of the Ville is meant.
    reply = ask(ariege, "qui est l'adjoint santé de Foix ?")
    assert "Agnès Rumeau" in reply and "Tom Esquerré" not in reply and UNSURE not in reply


def test_an_adjective_in_aire_finds_its_noun_in_arite(ariege: Chat) -> None:
    reply = ask(ariege, "qui s'occupe des personnes précaires au CCAS ?")
    assert "Nora Ferhat" in reply and UNSURE not in reply


@pytest.mark.parametrize("question", ["c'est qui la coordinatrice du CLS ?", "le coordinateur du contrat local de santé c'est qui ?"])
def test_a_coordonnateur_is_a_coordinator_and_the_acronym_its_words(ariege: Chat, question: str) -> None:
    reply = ask(ariege, question)
    assert "Lina Baqué" in reply and UNSURE not in reply


@pytest.mark.parametrize(("question", "who", "not_who"), [
    ("c'est qui l'AS de l'hôpital ?", "Mathilde Icart", "Jean Fortassin"),
    ("le toubib de l'hôpital c'est qui ?", "Jean Fortassin", "Mathilde Icart"),
    ("qui est la responsable insertion au département ?", "Chloé Marty", "Nora Ferhat"),
])
def test_titles_in_chat_words(ariege: Chat, question: str, who: str, not_who: str) -> None:
    reply = ask(ariege, question)
    assert who in reply and not_who not in reply and UNSURE not in reply


@pytest.mark.parametrize(("question", "who", "not_who"), [
    ("qui suit le Couserans à l'ARS ?", "Rémi Soula", "Julie Vidal"),
])
def test_a_charge_within_a_body_is_no_list_of_its_people(ariege: Chat, question: str, who: str, not_who: str) -> None:
    reply = ask(ariege, question)
    assert reply.startswith("En charge de") and who in reply and not_who not in reply


@pytest.mark.parametrize("question", ["pour le CLSM je m'adresse à qui ?", "qui s'occupe du CLSM ?"])
def test_an_acronym_only_roles_name_is_the_charge_asked(ariege: Chat, question: str) -> None:
    # « CLSM » is no body of the directory, only words of a role: whom to turn to for it is a charge.
    reply = ask(ariege, question)
    assert reply.startswith("En charge de") and "Paula Ribes" in reply and UNSURE not in reply
