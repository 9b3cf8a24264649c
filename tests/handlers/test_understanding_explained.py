"""A confident answer must account for every word of the question: the
rule of handlers/understanding/explained.py, seen through the replies on
groups other than the chatter and tricky sets' (and through the rule's own
parts), with sentences of other shapes than those sets."""

from __future__ import annotations

import pytest

from handlers.understanding.explained import asks_who, unexplained
from handlers.understanding.shape import has_content, is_greeting_to
from tests.handlers.questions_eval import ask, build_group, read_as
from tests.helpers import Chat


@pytest.fixture(scope="module")
def committee() -> Chat:
    return build_group("spe93")


@pytest.fixture(scope="module")
def network() -> Chat:
    return build_group("reseau92")


@pytest.mark.parametrize(("question", "not_shown"), [
    # A body's tasks are its members' since qentities (« les tâches de la Mission locale ? » lists them), but
    # « annulées » is in no answer: the open tasks shown would be a guess.
    ("les tâches annulées de la Mission locale ?", "Tâche n°"),
    # News of someone else's vote: « Département » and « mars » are in no decision of the group.
    ("le Département a voté son budget en mars", "Décision n°"),
    # A question in the past answered by the coming meetings.
    ("le comité s'est réuni combien de fois cette année ?", "Prochaines séances"),
    # « qui » answered by no person.
    ("qui a fixé la date du forum de l'alternance ?", "Échéance n°"),
])
def test_a_word_the_answer_leaves_out_gets_readings_instead(committee: Chat, question: str, not_shown: str) -> None:
    reply = ask(committee, question)
    assert not_shown not in reply, reply
    assert reply.startswith(("Je ne suis pas sûr", "Je n'ai pas compris", "Je ne trouve")), reply


def test_the_readings_offered_name_the_reading_that_uses_the_word(committee: Chat) -> None:
    reply = ask(committee, "les tâches annulées de la Mission locale ?")
    assert "Vouliez-vous" in reply and "tâches" in reply


@pytest.mark.parametrize(("question", "shown"), [
    # The acronym is spelled out by the deadline (« Fonds social européen »).
    ("jusqu'à quand pour répondre à l'appel à projets FSE ?", "Échéance n°2"),
    # A deadline's verb (« répondre ») is what the deadline asks, not a topic.
    ("avant quand faut-il répondre à l'appel à projets ?", "Échéance n°2"),
    # « la fois d'avant » is the previous meeting: its decisions, not the latest ones.
    ("qu'est-ce qu'on a décidé la fois d'avant ?", "Décisions de la séance n°3"),
    # A topic word found through its synonym in the decision (« financement » -> « cofinance »).
    ("qu'a-t-on décidé sur les conseillers en insertion ?", "Décision n°4"),
    ("c'est qui la présidente du comité ?", "Sabrina Lopes"),
    # A clock time is the meeting's, not a topic the meeting answer leaves out.
    ("la séance du 15 décembre commence à 14h ?", "Séance n°4"),
    ("on se retrouve à 14h mardi 15 ?", "Séance n°4"),
])
def test_words_the_answer_shows_keep_it_confident(committee: Chat, question: str, shown: str) -> None:
    assert shown in ask(committee, question)


def test_a_role_word_after_a_topic_word_qualifies_the_topic() -> None:
    network = build_group("ess-na")
    # « responsables » is said of the purchases: the member in charge of them, not a title « responsable ».
    reply = ask(network, "qui suit les achats responsables ?")
    assert reply.startswith("En charge de") and "Hugo Lasserre" in reply
    assert "Rémi Sabathé" in ask(network, "qui est le responsable de l'investissement à impact ?")


def test_a_body_named_by_a_decision_is_that_decision_s_topic() -> None:
    network = build_group("ess-na")
    for question in ("les décisions de la Fondation Macif ?", "les décisions concernant le Département de la Gironde ?"):
        reply = ask(network, question)
        assert reply.startswith("Décisions sur") and "Dernières décisions" not in reply, reply
    assert "Décision n°3" in ask(network, "les décisions de la Fondation Macif ?")
    # News of a vote, even asked back, names a body no decision of the group says anything about.
    assert "Décision n°" not in ask(network, "la Région a voté son budget hier ?")


@pytest.mark.parametrize("message", ["bonsoir Antoine", "coucou Julie !", "pas encore", "ah bon", "non non"])
def test_greetings_to_a_member_and_words_asking_nothing_get_no_answer(committee: Chat, message: str) -> None:
    reply = ask(committee, message)
    assert "Antoine Brossard" not in reply and "Julie Marchal" not in reply and "Aucune tâche" not in reply
    assert "Tâche n°" not in reply and "Séance n°" not in reply, reply


def test_a_month_no_decision_shows_is_left_unexplained(network: Chat) -> None:
    u = read_as(network, "le budget de la commune est voté en avril", "decisions_topic")
    lost = unexplained(u, "Décision n°3 — Une subvention de 15 000 € est demandée au Département.")
    assert [w.raw for w in lost] == ["avril"]
    assert unexplained(u, "Décision n°9 — Le budget est voté en avril.") == []


def test_an_acronym_is_shown_by_the_words_it_stands_for(network: Chat) -> None:
    u = read_as(network, "le salon ESS, c'est pour quand ?", "dates_period")
    assert unexplained(u, "Échéance n°1 — Salon de l'économie sociale et solidaire") == []
    assert [w.raw for w in unexplained(u, "Échéance n°1 — Salon des métiers")] == ["ESS"]


def test_what_the_answer_echoes_of_the_question_explains_nothing(network: Chat) -> None:
    u = read_as(network, "qu'a-t-on décidé sur les horaires ?", "decisions_topic")
    assert [w.raw for w in unexplained(u, "Décisions sur « horaires » (1)\nDécision n°2 — Les réunions ont lieu à tour de rôle.")] == ["horaires"]


def test_a_person_named_must_be_in_the_answer(network: Chat) -> None:
    u = read_as(network, "les tâches de Karim ?", "tasks_mine")
    assert [w.raw for w in unexplained(u, "Vos tâches (1)\n• Tâche n°1 : Réserver la salle")] == ["Karim"]
    assert unexplained(u, "Tâches de Karim Benali (1)\n• Tâche n°1 : Réserver la salle") == []


@pytest.mark.parametrize(("text", "asks"), [
    ("qui a voté le budget ?", True),
    ("le trésorier, c'est qui ?", True),
    ("c'est qui le trésorier ?", True),
    ("qu'est-ce qui a été décidé ?", False),
    ("les réunions qui viennent", False),
])
def test_who_is_asked_only_by_an_asking_qui(network: Chat, text: str, asks: bool) -> None:
    assert (asks_who(read_as(network, text, "decisions_topic")) is not None) is asks


@pytest.mark.parametrize(("text", "content"), [
    ("non", False), ("oui oui", False), ("et alors ?", False), ("quand ?", True), ("le budget", True),
])
def test_a_message_says_something_only_with_a_content_word(network: Chat, text: str, content: bool) -> None:
    u = read_as(network, text, "meeting_next")
    assert has_content(u.words, u.entities, set()) is content


@pytest.mark.parametrize(("text", "greeting"), [
    ("coucou Karim", True), ("bonjour Mme Lefèvre !", True), ("bonjour Mme Lefèvre ?", False),
    ("Karim Benali", False), ("bonjour, qui est Karim ?", False),
])
def test_a_greeting_to_a_member_is_told_from_a_question_about_them(network: Chat, text: str, greeting: bool) -> None:
    u = read_as(network, text, "who_is")
    assert is_greeting_to(text, u.words, u.entities) is greeting


def test_a_place_of_a_held_meeting_asked_for_the_next_says_none_is_held_there(committee: Chat) -> None:
    # Not the meeting held there in September given as the next one: the answer says so, then gives the next.
    reply = ask(committee, "la prochaine réunion à la Bourse du travail ?")
    assert reply.startswith("Aucune séance à venir « Bourse du travail » (séance n°1 du 22 septembre"), reply
    assert "Prochaine séance n°4" in reply, reply
