"""The general causes behind blind set 20b's misses (the steering committee of
a contrat local de santé in the Tarn), tested on other groups or in other
words: bodies named by a kind, an acronym or a former name the store does not
hold (« le CD42 » beside the Haute-Loire, « l'organisme HLM », « le club
sportif », « les libéraux », « la FNARS », « le CCAS de Millau » written in
full, « le conseil régional », « la communauté urbaine » and « la comcom » for
a « Grand … », an ARS as the State), the group named by its own acronym with
an order word (« au dernier CLS »), a meeting held « à l'hosto », a body or a
member coming to the next meeting or late on their tasks, the president « du
copil », a deadline naming the body asked."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def health() -> Chat:
    return build_group("castres81")


def test_a_departement_held_in_another_name_is_found_whole() -> None:
    chat = invented_group(
        "loire42",
        ("Agnès Perrot", "Conseil départemental de la Loire", "Cheffe du service autonomie"),
        ("Bruno Vial", "Conseil départemental de la Haute-Loire", "Chargé de mission"),
        ("Chantal Roux", "Union départementale des associations familiales de la Loire", "Déléguée"))
    reply = ask(chat, "c'est qui pour le CD42 ?")
    assert "Agnès Perrot" in reply and "Bruno Vial" not in reply and "Chantal Roux" not in reply


def test_the_hlm_office_is_the_social_landlord() -> None:
    chat = invented_group("hlm", ("Denis Morel", "Alliade Habitat", "Gestionnaire"),
                          ("Eva Giraud", "Ville de Lyon", "Adjointe"))
    assert "Denis Morel" in ask(chat, "quelqu'un de l'organisme HLM est dans le groupe ?")


def test_a_sports_club_by_its_sport_not_the_sports_office() -> None:
    chat = invented_group("sport", ("Franck Lalanne", "Stade Montois Rugby", "Éducateur"),
                          ("Gaëlle Dupuy", "Office municipal des sports de Mont-de-Marsan", "Directrice"))
    reply = ask(chat, "qui est là pour le club sportif ?")
    assert "Franck Lalanne" in reply and "Gaëlle Dupuy" not in reply


def test_the_liberal_doctors_are_their_health_centre() -> None:
    chat = invented_group("msp", ("Hugo Rey", "Maison de santé pluriprofessionnelle de Gignac", "Infirmier"),
                          ("Inès Blanc", "Ville de Gignac", "Adjointe"))
    assert "Hugo Rey" in ask(chat, "y a qui pour les libéraux ?")


def test_a_former_name_finds_the_renamed_body() -> None:
    chat = invented_group("fas", ("Jules Marin", "Fédération des acteurs de la solidarité Occitanie", "Délégué"),
                          ("Karine Noël", "Croix-Rouge française", "Bénévole"))
    assert "Jules Marin" in ask(chat, "qui vient de la FNARS ?")


def test_a_towns_ccas_written_in_full_is_named_by_its_initials() -> None:
    chat = invented_group("millau", ("Léa Fabre", "Centre communal d'action sociale de Millau", "Directrice"),
                          ("Marc Soulié", "Ville de Millau", "Adjoint aux solidarités"))
    reply = ask(chat, "qui représente le CCAS de Millau ?")
    assert "Léa Fabre" in reply and "Marc Soulié" not in reply
    assert "Léa Fabre" not in ask(chat, "qui vient de la mairie de Millau ?")


def test_the_regional_council_is_the_region_not_a_regional_body() -> None:
    chat = invented_group("hdf", ("Nora Lefebvre", "Région Hauts-de-France", "Chargée de mission"),
                          ("Olivier Caron", "Instance régionale d'éducation et de promotion de la santé", "Chargé de projets"))
    reply = ask(chat, "c'est qui pour le conseil régional ?")
    assert "Nora Lefebvre" in reply and "Olivier Caron" not in reply


def test_a_grand_intercommunality_is_the_agglo_and_the_comcom() -> None:
    chat = invented_group("poitiers", ("Paul Texier", "Grand Poitiers", "Chargé de mission"),
                          ("Rose Aubin", "Ville de Poitiers", "Adjointe"))
    for question in ("qui vient de la communauté urbaine ?", "qui représente la comcom ?"):
        reply = ask(chat, question)
        assert "Paul Texier" in reply and "Rose Aubin" not in reply
    landlord = invented_group("delta", ("Sami Haddad", "Grand Delta Habitat", "Responsable"),
                              ("Rose Aubin", "Ville d'Avignon", "Adjointe"))
    assert "Sami Haddad" not in ask(landlord, "qui vient de l'agglo ?")


def test_a_regional_health_agency_is_the_state() -> None:
    chat = invented_group("etat35", ("Tristan Le Goff", "Agence régionale de santé Bretagne", "Délégué"),
                          ("Ursula Morvan", "Préfecture d'Ille-et-Vilaine", "Sous-préfète"),
                          ("Victor Guérin", "Ville de Rennes", "Adjoint"))
    reply = ask(chat, "qui vient de l'Etat ?")
    assert "Tristan Le Goff" in reply and "Ursula Morvan" in reply and "Victor Guérin" not in reply


def test_an_order_word_before_the_groups_acronym_picks_its_meeting(health: Chat) -> None:
    assert "Décisions de la séance n°3" in ask(health, "au dernier CLS on a décidé quoi ?")


def test_a_meeting_at_the_hospital_is_asked_at_the_hosto(health: Chat) -> None:
    assert "20 octobre" in ask(health, "la séance à l'hosto, c'était quel jour ?")


def test_a_body_coming_to_the_next_meeting(health: Chat) -> None:
    reply = ask(health, "est-ce que la caisse d'allocations familiales sera là à la prochaine séance ?")
    assert "Céline Marty" in reply and "a annoncé sa présence" in reply


def test_the_president_of_the_copil_is_the_groups_not_a_bodys(health: Chat) -> None:
    reply = ask(health, "c'est qui le président du copil ?")
    assert "Sophie Rouquette" in reply and "Pierre Cabrol" not in reply


def test_a_deadline_naming_the_body_asked(health: Chat) -> None:
    reply = ask(health, "l'échéance pour l'ARS c'est quand ?")
    assert "15 janvier" in reply and "Fiches actions" not in reply


def test_a_members_late_tasks(health: Chat) -> None:
    reply = ask(health, "Julie est en retard sur quoi ?")
    assert "fiches actions" in reply and "compte rendu" not in reply


def test_a_bodys_late_tasks(health: Chat) -> None:
    reply = ask(health, "la CPAM est en retard sur quoi ?")
    assert "chiffres du dépistage" in reply and "logements" not in reply


def test_a_deadline_put_first_and_taken_up_by_a_pronoun(health: Chat) -> None:
    reply = ask(health, "le programme, il faut le rendre quand ?")
    assert "12 février" in reply


def test_a_fact_confirmed_is_told_not_asked() -> None:
    reply = ask(build_group("reims51"), "Le bilan des visites est à rendre pour le 18, je confirme")
    assert "Échéance" not in reply
