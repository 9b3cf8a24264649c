"""The general causes behind blind sets 17e and 17eb's misses (an Aveyron
rural-services group), tested on other groups in other words: « le
combien » asks a day, not a head count; two months name one span; the
chat's « dpt » and « com com »; a closing clause of purpose; irregular
derivations (ouvrir/ouverture, étendre/extension, acheter/achat); a
charge within a body and a body named in other forms of its words; a
member named then described; a day and an hour; « tout » stressing an
order word; a yes-or-no question in a decision's own words; the group's
own name; who was appointed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.handlers.questions_groups import NOW, build_group, invented_group
from tests.helpers import Chat


@pytest.fixture()
def network() -> Chat:
    """The Hauts-de-Seine network, its November meeting in Gennevilliers (n°3) recorded."""
    chat = build_group("reseau92")
    chat.say("/presents n°3 Paul Dumont, Sophie Garnier, Karim Benali")
    chat.say("/excuses n°3 Nathalie Lefèvre")
    return chat


def test_le_combien_asks_the_day_of_a_meeting_not_who_came(network: Chat) -> None:
    for question in ("la réunion de Gennevilliers c'était le combien ?",
                     "la séance à la maison de l'emploi, c'était le combien déjà ?"):
        reply = network.say(question, private=True)
        assert reply.startswith("Séance n°3 (tenue) — mardi 17 novembre 2026"), question
        assert "Présents" not in reply
    # A count of people is still one, and a named member at a meeting still asks whether they came.
    assert "3 présents" in network.say("on était combien à la réunion de Gennevilliers ?", private=True)
    assert "Sophie Garnier (AMD 92) figure parmi les présents" in network.say(
        "Sophie Garnier était à la réunion de novembre ?", private=True)


def test_two_months_named_together_are_one_span() -> None:
    chat = build_group("reseau92")
    for question in ("les échéances de janvier à février ?", "echeances janvier fevrier",
                     "quelles dates limites entre janvier et février ?"):
        reply = chat.say(question, private=True)
        assert reply.startswith("Agenda de janvier à février 2027"), question
        assert "Réponse au questionnaire sur la mobilité" in reply and "Forum intercommunal de l'emploi" in reply
    # Two dates are no span of months; a single month is still that month.
    assert chat.say("les échéances de janvier ?", private=True).startswith("Agenda en janvier 2027")


def test_chat_shorthand_for_the_departement_and_the_communaute_de_communes() -> None:
    network = build_group("reseau92")
    for question in ("qui est là pour le dpt ?", "qui représente le dpt ?"):
        reply = network.say(question, private=True)
        assert reply.startswith("Conseil départemental des Hauts-de-Seine : qui représente l'organisation"), question
        assert "Nathalie Lefèvre" in reply and "Lucas Fontaine" in reply
    creuse = build_group("services23")
    for question in ("qui représente la com com ?", "y a quelqu'un de la com com Creuse Grand Sud ?"):
        reply = creuse.say(question, private=True)
        assert reply.startswith("Communauté de communes Creuse Grand Sud : qui représente"), question
        assert "Yannick Thévenot" in reply and "communication" not in reply


def test_a_closing_clause_of_purpose_says_why_not_what() -> None:
    chat = build_group("reseau92")
    reply = chat.say("Madame, je souhaiterais connaître l'heure de la prochaine réunion afin d'organiser mon "
                     "déplacement depuis Nanterre.", private=True)
    assert reply.startswith("Prochaine séance n°4 — jeudi 10 décembre 2026, 14h00–16h30")
    reply = chat.say("Pourriez-vous m'indiquer qui représente France Travail, en vue de préparer le forum ?", private=True)
    assert reply.startswith("France Travail : qui représente l'organisation") and "Thomas Petit" in reply


def test_a_verb_and_its_irregular_noun_find_the_same_decision() -> None:
    housing = build_group("logement-vd")
    assert "L'ouverture de 40 places d'hébergement d'urgence" in housing.say(
        "qu'a-t-on décidé pour ouvrir des places d'hébergement d'urgence ?", private=True)
    creuse = build_group("services23")
    assert "Les espaces France Services ouvrent le samedi matin" in creuse.say(
        "l'ouverture le samedi des France Services, c'est décidé ?", private=True)
    assert "Le transport solidaire est étendu aux rendez-vous médicaux" in creuse.say(
        "l'extension du transport solidaire, qu'a-t-on décidé ?", private=True)
    network = build_group("reseau92")
    assert "mutualisent l'achat de produits bio" in network.say(
        "on a décidé quoi pour acheter les produits bio des cantines ?", private=True)


def test_a_charge_within_a_body_and_a_body_named_in_other_words() -> None:
    network = build_group("reseau92")
    reply = network.say("qui s'occupe de l'insertion au Département ?", private=True)
    assert "Lucas Fontaine" in reply and "Nathalie Lefèvre" not in reply and "pas sûr" not in reply
    creuse = build_group("services23")
    reply = creuse.say("qui représente l'asso de mobilité solidaire ?", private=True)
    assert reply.startswith("Mobilité Solidaire 23 : qui représente l'organisation") and "Rachid Benali" in reply


def test_a_member_named_then_what_they_are_said_to_be_is_their_card() -> None:
    network = build_group("reseau92")
    reply = network.say("Thomas Petit c'est le monsieur de France Travail ?", private=True)
    assert reply.startswith("Thomas Petit") and "Conseiller entreprises" in reply
    assert "qui représente" not in reply


def test_plain_questions_worded_unlike_the_examples() -> None:
    network = build_group("reseau92")
    assert network.say("pouvez-vous me rappeler la date de notre précédente réunion ?", private=True).startswith(
        "Dernière séance n°3 (tenue) — mardi 17 novembre 2026")
    assert "Réponse au questionnaire sur la mobilité" in network.say(
        "le questionnaire sur la mobilité est attendu pour quand ?", private=True)
    assert network.say("récap des décisions stp", private=True) == network.say("/decisions", private=True)
    assert "Plan vélo intercommunal" in network.say(
        "est-il prévu d'aborder le plan vélo lors de la prochaine réunion ?", private=True)


def test_a_day_and_an_hour_ask_whether_that_meeting_holds() -> None:
    chat = build_group("emploi93")
    for question in ("c'est toujours à 9h30 mardi 8 ?", "c'est bien 9h30 le 8 décembre ?"):
        assert chat.say(question, private=True).startswith("Séance n°3 — mardi 8 décembre 2026, 09h30–12h00"), question
    # A day alone still asks what falls on it.
    assert chat.say("rien de spécial demain ?", private=True) == "Rien n'est prévu demain."


def test_tout_stressing_an_order_word_says_nothing_more() -> None:
    chat = build_group("emploi93")
    for question in ("la toute première réunion c'était où ?", "la toute première réunion, c'était à Saint-Denis ?"):
        reply = chat.say(question, private=True)
        assert reply.startswith("Séance n°1 (tenue) — mardi 6 octobre 2026"), question
        assert "Mairie de Saint-Denis" in reply


def test_a_yes_or_no_question_in_a_decision_s_own_words_gets_that_decision() -> None:
    creuse = build_group("services23")
    assert "dans les communes de moins de 300 habitants" in creuse.say(
        "le bus France Services passe dans les petites communes ?", private=True)
    assert "Les espaces France Services ouvrent le samedi matin" in creuse.say(
        "les espaces France Services sont ouverts le samedi matin ?", private=True)
    # Its subject in no decision: another matter, not answered.
    assert creuse.say("la boulangerie est ouverte le samedi matin ?", private=True).startswith("Je n'ai pas compris")
    assert creuse.store.group("services23").decisions()  # the store still holds the group's decisions, unchanged
    assert len(creuse.store.group("services23").decisions()) == 7


def test_the_group_s_own_name_and_a_body_s_premises_are_no_topic() -> None:
    network = build_group("reseau92")
    assert network.say("quelles sont les dates des prochaines séances du groupe de travail ?",
                       private=True).startswith("Prochaines séances (3)")
    assert network.say("c'était quand la réunion dans les locaux de la maison de l'emploi ?",
                       private=True).startswith("Séance n°3 (tenue) — mardi 17 novembre 2026")
    assert network.say("le compte rendu de la réunion à Gennevilliers svp", private=True).startswith(
        "Projet de compte rendu de la séance n°3")
    assert "Forum intercommunal de l'emploi à Colombes" in network.say(
        "le forum intercommunal de l'emploi a lieu quel jour ?", private=True)


def test_who_was_appointed_is_the_member_the_decision_names() -> None:
    chat = invented_group(
        "figeac-social",
        ("Léa Fournier", "Ville de Figeac", "Adjointe au maire chargée des solidarités"),
        ("Marc Delmas", "CCAS de Figeac", "Directeur, référent insertion"),
        ("Inès Tournier", "Conseil départemental du Lot", "Référente RSA"),
    )
    data = chat.store.group("figeac-social")
    data.add_decision("Léa Fournier est nommée référente du collectif auprès de la Région.", date(2026, 11, 5), None,
                      "Marc Delmas", "telegram:coord-1", NOW)
    data.add_decision("Le collectif se réunit le premier lundi du mois.", date(2026, 11, 5), None,
                      "Marc Delmas", "telegram:coord-1", NOW)
    reply = chat.say("qui a été nommé référent auprès de la Région ?", private=True)
    assert "Léa Fournier est nommée référente du collectif auprès de la Région." in reply
    assert "Léa Fournier — Ville de Figeac" in reply and "Marc Delmas —" not in reply and "Inès Tournier" not in reply
    assert len(data.decisions()) == 2


def test_words_another_known_acronym_stands_for_name_no_body_by_its_initials() -> None:
    creuse = build_group("services23")
    # « maison des solidarités » is an MDS, not the MSA whose initials it opens.
    reply = creuse.say("qui s'occupe de la maison des solidarités ?", private=True)
    assert "Bastien Coudert" not in reply and "MSA Limousin" not in reply
    assert "Bastien Coudert" in creuse.say("qui représente la mutualité sociale agricole ?", private=True)
    aveyron = build_group("ruralite12")
    reply = aveyron.say("qui est en charge de la maison des solidarités de Millau ?", private=True)
    assert "Sébastien Bouscaren" in reply and "Nathalie Massol" not in reply and "pas sûr" not in reply
