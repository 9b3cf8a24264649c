"""What makes understanding hold on groups it was not tuned on, seen
through the replies: bodies named by what their acronym stands for, topics
worded unlike the records, tasks of a named member, the first meeting."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def network() -> Chat:
    return build_group("reseau92")


@pytest.fixture(scope="module")
def committee() -> Chat:
    return build_group("spe93")


def ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


@pytest.mark.parametrize(("question", "shown"), [
    ("qui est de l'association des maires ?", "Sophie Garnier"),
    ("qui représente l'association des maires des Hauts-de-Seine ?", "Mehdi Haddad"),
    ("qui est le président de l'association des maires ?", "Sophie Garnier"),
])
def test_a_body_named_by_what_its_acronym_stands_for(network: Chat, question: str, shown: str) -> None:
    assert shown in ask(network, question)


def test_a_long_name_answers_to_its_first_initials(committee: Chat) -> None:
    reply = ask(committee, "qui représente la CMA ?")
    assert reply.startswith("Chambre de métiers et de l'artisanat d'Île-de-France : qui représente l'organisation")
    assert "Romain Guillot" in reply


def test_a_spelled_out_phrase_that_fits_no_acronym_is_not_a_body(network: Chat) -> None:
    assert "Sophie Garnier" not in ask(network, "qui représente l'association des élus ?")


def test_how_often_the_group_meets_finds_the_decision_in_other_words(committee: Chat) -> None:
    reply = ask(committee, "qu'a-t-on décidé sur la fréquence des réunions ?")
    assert "Décision n°1" in reply and "une fois par mois" in reply
    assert "Décision n°5" not in reply  # « permanence mensuelle » is no decision about meetings


def test_role_words_after_decided_about_are_the_topic(committee: Chat) -> None:
    reply = ask(committee, "décidé à propos des conseillers en insertion ?")
    assert "Décision n°4" in reply and "Décision n°5" not in reply


def test_a_role_within_two_named_bodies_is_found_where_someone_holds_it(committee: Chat) -> None:
    reply = ask(committee, "qui est le chef du pôle emploi à la DDETS ?")
    assert "Hervé Tessier" in reply and "Farida Meziane" not in reply


def test_nobody_holding_a_role_is_said_not_listed_empty(committee: Chat) -> None:
    reply = ask(committee, "qui est le trésorier de France Travail ?")
    assert "Je ne trouve personne" in reply or "Je ne suis pas sûr" in reply
    assert "Farida Meziane" not in reply


def test_the_first_meeting_in_the_past_tense_is_the_group_s_first(committee: Chat) -> None:
    assert "Séance n°1" in ask(committee, "la première réunion c'était quand ?")
    assert "Bourse du travail" in ask(committee, "la première réunion c'était quand ?")


def test_the_tasks_of_a_named_member(committee: Chat) -> None:
    reply = ask(committee, "les tâches de Lina Bouaziz ?")
    assert "Tâches de Lina Bouaziz (1)" in reply and "Réserver la salle du forum" in reply
    assert "Préparer le bilan du PLIE" in ask(committee, "qu'est-ce qu'Antoine doit faire ?")
    late = ask(committee, "les taches pas faites ?")
    assert "Tâches en retard (2)" in late and "Réserver la salle" not in late


def test_a_deadline_asked_about_in_its_own_words(committee: Chat) -> None:
    reply = ask(committee, "avant quand doit-on envoyer le bilan du PLIE à la DDETS ?")
    assert "Transmission du bilan annuel du PLIE à la DDETS" in reply
    # News about a record is not a question.
    assert "Échéance n°" not in ask(committee, "le bilan du PLIE est vraiment long")


def test_one_meeting_in_a_month_is_that_meeting(committee: Chat) -> None:
    reply = ask(committee, "la séance prévue en janvier ?")
    assert reply.startswith("Séance n°5") and "Échéance" not in reply


def test_swiss_ca_joue_asks_whether_the_meeting_holds() -> None:
    chat = build_group("logement-vd")
    assert ask(chat, "la séance du 10 décembre, ça joue toujours ?").startswith("Séance n°3")
    assert "Séance n°" not in ask(chat, "merci, ça joue")


@pytest.fixture(scope="module")
def neuchatel() -> Chat:
    return build_group("insertion-ne")


def test_a_common_noun_in_a_body_s_name_does_not_name_the_body(neuchatel: Chat) -> None:
    # « Service de l'action sociale »: « des actions en retard » asks for tasks.
    reply = ask(neuchatel, "y a-t-il des actions en retard ?")
    assert reply.startswith("Tâches en retard (2)") and "Service de l'action sociale" not in reply


def test_a_name_with_a_particle(neuchatel: Chat) -> None:
    assert "Chef de projet insertion socioprofessionnelle" in ask(neuchatel, "quel est le rôle de Kevin Da Silva ?")
    assert "Chef de projet insertion socioprofessionnelle" in ask(neuchatel, "Da Silva fait quoi dans le groupe ?")


def test_an_acronym_in_a_meeting_place_and_a_been_that_is_no_summer(neuchatel: Chat) -> None:
    assert ask(neuchatel, "la séance à l'ORP, c'était quand ?").startswith("Séance n°2")
    assert ask(neuchatel, "c'était quand notre toute première séance ?").startswith("Séance n°1")
    reply = ask(neuchatel, "qu'est-ce qui a été décidé pour les ateliers CV ?")
    assert "Décision n°3" in reply and "Décision n°1" not in reply


def test_a_body_named_with_a_word_left_out(neuchatel: Chat) -> None:
    reply = ask(neuchatel, "qui vient de la chambre du commerce ?")
    assert "Christine Matthey" in reply and "Chambre neuchâteloise du commerce" in reply
    # Words that open with a kind of body but fit no stored name name nothing.
    assert "Christine Matthey" not in ask(neuchatel, "qui vient de la chambre d'agriculture ?")
