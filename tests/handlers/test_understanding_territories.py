"""Understanding on a network of local authorities it was not tuned on
(held-out set 7's group), seen through the replies: a role held in the
group itself, « en charge de », a question about a decision that names a
meeting, bodies named by part of their name, by « CD33 » or by their kind."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def network() -> Chat:
    return build_group("ess-na")


@pytest.fixture(scope="module")
def quartiers() -> Chat:
    return build_group("quartiers-romands")


def ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


@pytest.mark.parametrize("question", ["qui préside le réseau ?", "qui est le président ?"])
def test_with_no_body_named_the_group_s_own_president_answers(network: Chat, question: str) -> None:
    # Jean-Baptiste Larrieu presides his intercommunality, not the network.
    reply = ask(network, question)
    assert "Pascal Doumenjou" in reply and "Jean-Baptiste Larrieu" not in reply


def test_a_named_body_s_president_is_still_found(network: Chat) -> None:
    reply = ask(network, "qui préside la communauté de communes du Béarn des Gaves ?")
    assert "Jean-Baptiste Larrieu" in reply and "Pascal Doumenjou" not in reply


def test_en_charge_de_is_answered_by_the_topic(network: Chat) -> None:
    # « responsables » after « achats » is their adjective, not the title « Responsable » (Rémi Sabathé's).
    reply = ask(network, "qui est en charge des achats responsables ?")
    assert reply.startswith("En charge de « achats responsables »") and "Hugo Lasserre" in reply
    assert "Rémi Sabathé" not in reply


def test_whether_something_was_validated_is_no_meeting_given_with_confidence(network: Chat) -> None:
    reply = ask(network, "les rencontres à Limoges, c'est validé ?")
    assert "Séance n°" not in reply
    # Its words repeat decision n°4 (« Les rencontres régionales de l'ESS ont lieu à Limoges »): that decision answers.
    assert "Décision n°4" in reply and "pas sûr" not in reply
    # Asked without « validé », the meeting at Limoges is answered.
    assert "Séance n°5" in ask(network, "la réunion à Limoges, c'est quand ?")


@pytest.mark.parametrize(("question", "shown"), [
    ("qui vient du CD33 ?", "Hugo Lasserre"),
    ("qui représente le Béarn des Gaves ?", "Jean-Baptiste Larrieu"),
    ("qui représente l'agglo Pays Basque ?", "Maëlle Darrigade"),
    ("qui représente la Fondation ?", "Céline Etcheverry"),
])
def test_a_body_named_in_part_by_number_or_by_its_kind(network: Chat, question: str, shown: str) -> None:
    reply = ask(network, question)
    assert shown in reply and "pas sûr" not in reply


def test_a_kind_shared_by_two_bodies_names_neither(network: Chat) -> None:
    # Two « Ville de … » (Poitiers, Limoges): « la ville » alone picks no one.
    reply = ask(network, "qui représente la ville ?")
    assert "Sandrine Peyrot" not in reply and "Ophélie Guichard" not in reply


@pytest.mark.parametrize(("question", "shown"), [
    ("qui est la municipale de Lausanne ?", "Rôle « municipale » de Ville de Lausanne"),
    ("qui est le syndic ?", "Laurent Cotting"),
    ("qui vient du bureau des immigrés ?", "Fatou Ndiaye"),
    ("qui représente le Service de l'enfance et de la jeunesse ?", "Damien Jaquier"),
])
def test_swiss_roles_and_long_body_names(quartiers: Chat, question: str, shown: str) -> None:
    reply = ask(quartiers, question)
    assert shown in reply and "pas sûr" not in reply


def test_a_day_after_du_names_that_day_s_meeting(quartiers: Chat) -> None:
    # 1 December: « du 9 » is Wednesday 9 December, the next meeting.
    assert "Séance n°4 — mercredi 9 décembre 2026" in ask(quartiers, "la réunion du 9, ça joue toujours ?")
    assert ask(quartiers, "la réunion du 3 ?").startswith("Aucune séance le jeudi 3 décembre 2026.")


def test_plural_rencontres_are_the_meetings_to_come(quartiers: Chat) -> None:
    assert ask(quartiers, "toutes les rencontres à venir ?").startswith("Prochaines séances (3)")


def test_what_a_body_does_is_a_topic_not_the_body(quartiers: Chat) -> None:
    # « travail social » is in the HETS's name, but asks who does social work.
    reply = ask(quartiers, "qui s'occupe du travail social hors murs ?")
    assert "Aurélie Python" in reply and "Julien Menétrey" not in reply


def test_the_last_meeting_at_a_place_is_the_last_one_held_there(quartiers: Chat) -> None:
    # The last meeting overall was by video; the last one in Fribourg was n°1.
    assert ask(quartiers, "la dernière réunion à Fribourg ?").startswith("Dernière séance n°1 (tenue)")
    assert ask(quartiers, "la dernière réunion à Montbenon ?").startswith("Je ne trouve aucune séance passée à Montbenon.")


def test_decisions_of_a_day_without_a_meeting_are_not_the_latest_ones(quartiers: Chat) -> None:
    reply = ask(quartiers, "les décisions du 8 ?")
    assert reply.startswith("Je ne trouve aucune séance le mardi 8 décembre 2026.") and "Décision n°" not in reply
    assert ask(quartiers, "les décisions d'octobre ?").startswith("Décisions de la séance n°2")


def test_a_body_named_but_left_out_of_the_answer_makes_it_unsure(network: Chat) -> None:
    # Every date would ignore the body named.
    reply = ask(network, "les échéances de la Fondation ?")
    assert reply.startswith("Je ne suis pas sûr") and "Vouliez-vous" in reply
    assert "Échéance n°" not in reply


def test_a_body_s_tasks_are_its_members_tasks(network: Chat) -> None:
    # Not the asker's own tasks: those piloted by the body's members.
    reply = ask(network, "les tâches de la Banque des Territoires ?")
    assert reply.startswith("Tâches en cours pour Banque des Territoires (1)") and "Rémi Sabathé" in reply
    assert "aucune tâche à votre nom" not in reply


def test_a_body_shown_by_its_full_name_keeps_the_answer(quartiers: Chat) -> None:
    # « SEJ » is named; the deadline shows « Service de l'enfance et de la jeunesse ».
    reply = ask(quartiers, "le rapport d'activité au SEJ, c'est pour quand ?")
    assert "Rapport d'activité au Service de l'enfance et de la jeunesse" in reply


def test_a_charge_whose_head_word_no_role_names_is_only_offered(network: Chat) -> None:
    # « déléguée régionale » shares « régional », not « schéma ».
    reply = ask(network, "qui s'occupe du schéma régional ?")
    assert reply.startswith("Je ne suis pas sûr : aucun rôle ne parle de « schéma ».")


def test_a_vice_president_is_not_given_as_the_president(network: Chat) -> None:
    reply = ask(network, "qui préside la Région ?")
    assert reply.startswith("Je ne trouve personne à la présidence de Région Nouvelle-Aquitaine")
    assert "Bérénice Laffargue" in reply  # offered, as vice-president
    assert ask(network, "qui est la vice-présidente ?").startswith("Rôle « vice présidente »")


def test_a_charge_within_a_town_is_answered_by_the_charge(network: Chat) -> None:
    # Read as « who represents Poitiers » or « who is in charge of »: both settle to the charge.
    reply = ask(network, "qui s'occupe de l'économie solidaire à Poitiers ?")
    assert reply.startswith("En charge de") and "Sandrine Peyrot" in reply and "pas sûr" not in reply


def test_a_weekday_with_no_meeting_gives_the_next_such_weekday_s_agenda_and_says_so(quartiers: Chat) -> None:
    # Asked on Tuesday 1 December: Wednesday the 2nd has no meeting, Wednesday the 9th has n°4.
    reply = ask(quartiers, "l'ordre du jour de mercredi ?")
    assert "Aucune séance le mercredi 2 décembre 2026" in reply
    assert "séance n°4" in reply and "Fête des voisins" in reply
    # A day with no meeting a week later stays a plain « none that day ».
    assert "Fête des voisins" not in ask(quartiers, "l'ordre du jour de jeudi ?")


def test_a_week_named_by_a_day_is_that_week(quartiers: Chat) -> None:
    # « la semaine du 30 novembre » runs to 6 December: the Loterie Romande deadline of the 4th is in it.
    reply = ask(quartiers, "les échéances de la semaine du 30 novembre ?")
    assert "semaine du lundi 30 novembre 2026" in reply and "Loterie Romande" in reply
    assert "Rien n'est prévu la semaine du lundi 28 décembre 2026" in ask(quartiers, "qu'est-ce qu'on a la semaine du 28 décembre ?")
