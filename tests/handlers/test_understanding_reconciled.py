"""The rules of branches written apart, seen together: the words the formal
register and the entity rules made meaningful count as explained where the
answer covers them (handlers/understanding/explained.py, accounted.py),
with sentences of other shapes than the evaluation sets'."""

from __future__ import annotations

import pytest

from handlers.understanding.explained import unexplained
from tests.handlers.questions_eval import ask, build_group, read_as
from tests.helpers import Chat


@pytest.fixture(scope="module")
def network() -> Chat:
    return build_group("reseau92")


@pytest.mark.parametrize(("question", "shown"), [
    # Formal prepositions say nothing of what is asked.
    ("Qu'est-ce qui sera discuté lors de la prochaine séance ?", "Ordre du jour de la séance n°4"),
    ("Quelle est la fonction de Mehdi Haddad au sein du réseau ?", "Trésorier"),
    # The text of a decision is what « libellé », « teneur », « contenu » ask.
    ("Pouvez-vous me redonner le libellé de la décision n°2 ?", "tour de rôle"),
    # « en matière de » is a topic marker, not a topic the decision must show.
    ("Une décision a-t-elle été prise en matière de pistes cyclables ?", "Décision n°4"),
    # A purpose of one's own before the question (« Pour ma prise de notes, … ») is context.
    ("Pour ma prise de notes, où se tiendra la prochaine séance ?", "Prochaine séance n°4"),
])
def test_formal_words_around_a_question_keep_its_answer_confident(network: Chat, question: str, shown: str) -> None:
    assert shown in ask(network, question)


def test_a_word_counts_in_any_of_its_forms(network: Chat) -> None:
    # « ouvertes » is « ouvert » (a deadline's closing day), « participe-t-il » is « participer ».
    u = read_as(network, "Jusqu'à quand les candidatures restent-elles ouvertes ?", "dates_period")
    assert unexplained(u, "Échéance n°2 — mardi 15 décembre 2026 : Dépôt des candidatures") == []
    u = read_as(network, "À quel titre Thomas Petit participe-t-il ?", "who_is")
    assert unexplained(u, "Thomas Petit — France Travail — Conseiller entreprises") == []


def test_a_known_word_made_the_topic_must_be_shown(network: Chat) -> None:
    # « menu » is a known word (no topic in « le menu de la séance »), but here it is what was decided on.
    u = read_as(network, "qu'a-t-on décidé concernant le menu ?", "decisions_topic")
    assert [w.raw for w in unexplained(u, "Décision n°2 — Les réunions ont lieu à tour de rôle.")] == ["menu"]
    assert unexplained(u, "Décision n°8 — Le menu des séances est végétarien.") == []


def test_acronyms_with_their_little_words_and_agent_nouns_are_shown(network: Chat) -> None:
    u = read_as(network, "qui pilote le PDR ?", "in_charge")
    assert unexplained(u, "En charge : Paul Dumont — chef de projet du programme de relance") == []
    assert [w.raw for w in unexplained(u, "En charge : Paul Dumont — chef de projet du plan vélo")] == ["PDR"]
    u = read_as(network, "qui s'occupe de la formation ?", "in_charge")
    assert unexplained(u, "En charge : Inès Haddou — formatrice") == []


def test_a_role_s_tasks_name_the_holder_with_the_role(network: Chat) -> None:
    assert ask(network, "qu'est-ce que doit faire le trésorier ?").startswith(
        "Aucune tâche en cours pour Mehdi Haddad (Trésorier, adjoint au maire de Clamart)")


@pytest.mark.parametrize("message", ["le trésorier arrive à 18h", "les gens de France Travail passent à 9h30"])
def test_people_and_a_time_without_a_question_are_news(network: Chat, message: str) -> None:
    reply = ask(network, message)
    assert "Mehdi Haddad" not in reply and "Thomas Petit" not in reply, reply


def test_the_person_of_a_body_is_its_representative(network: Chat) -> None:
    assert ask(network, "c'est qui la personne de France Travail ?").startswith("France Travail : qui représente")


def test_something_to_do_asks_my_tasks_not_the_deadlines(network: Chat) -> None:
    # « il y a quelque chose <période> » asks the agenda; « quelque chose à faire » without a period, the tasks.
    assert "Agenda" not in ask(network, "j'ai encore quelque chose à faire ?")
    assert "Agenda" in ask(network, "il y a quelque chose la semaine prochaine ?")


def test_a_body_s_head_word_that_roles_speak_of_is_a_charge() -> None:
    # « Service du logement » is a body, but « logement » is also in a commune councillor's role.
    assert ask(build_group("integration-fr"), "qui suit le logement ?").startswith("En charge de « logement »")


def test_a_body_as_a_decision_s_topic_after_the_reading_settled_on_topics() -> None:
    reply = ask(build_group("logement31"), "qu'est-ce qui a été tranché concernant le bailleur ?")
    assert reply.startswith("Décisions sur « Toulouse Métropole Habitat »"), reply


# -- qinformal and qnoise (chat register, typing slips) with the rules above --------------------------------


@pytest.fixture(scope="module")
def food() -> Chat:
    return build_group("aide-alim44")


@pytest.mark.parametrize(("question", "shown", "absent"), [
    # « la mairie » alone is the one Mairie (de Rezé); followed by another place's name it is that place's.
    ("la réunion à la mairie de Saint-Nazaire c'est quand ?", "Séance n°4", "Rezé"),
    ("la réunion à la mairie de Rezé c'était quand ?", "Séance n°3", "Saint-Nazaire"),
    # « en visio » after a verb asks how the next meeting is held, not which one is by video.
    ("la prochaine séance se tient en visio ?", "Prochaine séance n°4", "n°5"),
])
def test_a_kind_of_venue_and_how_a_meeting_is_held(food: Chat, question: str, shown: str, absent: str) -> None:
    reply = ask(food, question)
    assert shown in reply and absent not in reply, reply


def test_a_meeting_s_day_and_time_told_without_a_question_is_an_announcement(food: Chat) -> None:
    assert "Séance n°" not in ask(food, "rappel : séance jeudi 10 à 14h à Saint-Nazaire")


@pytest.mark.parametrize(("question", "shown"), [
    # A word cut short in chat (« frigo ») and an acronym typed lowercase (« l ess ») are shown by their full words.
    ("la décision sur le camion frigo ?", "Décision n°3"),
    ("qui soccupe de l ess ?", "En charge de « ess »"),
])
def test_chat_shortenings_are_shown_by_the_answer(food: Chat, question: str, shown: str) -> None:
    assert shown in ask(food, question)


def test_typing_slips_of_accounted_words_keep_the_answer(network: Chat) -> None:
    # « depposer » is « déposer » (a deadline's verb), « c'etiat » is « c'était », not the « État ».
    assert "Échéance n°" in ask(network, "jusqu'à quand pour depposer les candidatures ?")
    assert "Dernière séance n°3" in ask(network, "c'etiat où la dernière séance ?")


def test_a_slip_of_the_group_s_name_is_the_group() -> None:
    # « comitté » is read « comité », the committee itself (no topic), then « réunion ».
    assert ask(build_group("spe93"), "qui préside le comitté ?") == ask(build_group("spe93"), "qui préside le comité ?")


def test_a_word_of_an_open_task_is_no_slip() -> None:
    # « pass » of « le pass numérique » (a task's words) is not read as « passe ».
    assert "Tâches sur « pass numérique »" in ask(build_group("inclusion67"), "qui s'occupe du pass numérique ?")


@pytest.mark.parametrize("message", ["quelqu'un a le lien visio ?", "quelqu'un pourrait prendre les notes jeudi ?"])
def test_asking_whether_a_member_has_or_can_is_for_the_members(network: Chat, message: str) -> None:
    reply = ask(network, message)
    assert "Séance n°" not in reply and "Tâche" not in reply, reply


def test_someone_of_a_body_is_still_asked_of_the_bot(network: Chat) -> None:
    assert ask(network, "il y a quelqu'un de France Travail ?").startswith("France Travail : qui représente")
