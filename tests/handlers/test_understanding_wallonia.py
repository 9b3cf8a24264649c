"""Understanding on a Walloon commune–CPAS partnership (held-out set 9's
group), seen through the replies: a meeting place that is also a body's
name, a month and a place in one question, a town with two public bodies,
a topic word that chat shorthand reads as another, and a close call
between two readings that give the same answer."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def partnership() -> Chat:
    return build_group("pcs-namur")


def ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


def test_a_meeting_held_at_a_body_s_premises_is_found_by_its_place(partnership: Chat) -> None:
    # « au CPAS d'Andenne » names a body and the place of meeting n°2; the past tense must not pick the last one.
    reply = ask(partnership, "la réunion au CPAS d'Andenne c'était quand ?")
    assert "Séance n°2" in reply and "16 octobre 2026" in reply and "n°3" not in reply


def test_the_month_designates_the_meeting_and_the_place_is_checked(partnership: Chat) -> None:
    # Meeting n°5 is at the Centre culturel d'Andenne in February: October's is n°2.
    reply = ask(partnership, "la réunion d'octobre, c'était à Andenne ?")
    assert "Séance n°2" in reply and "n°5" not in reply


def test_a_town_names_its_commune_and_its_cpas_but_the_commune_only_itself(partnership: Chat) -> None:
    reply = ask(partnership, "qui vient d'Andenne ?")
    assert "Benoît Collignon" in reply and "Sabrina Hennuy" in reply
    reply = ask(partnership, "qui représente la commune d'Andenne ?")
    assert "Benoît Collignon" in reply and "Sabrina Hennuy" not in reply


def test_ateliers_is_a_decision_topic_not_a_meeting(partnership: Chat) -> None:
    # Shorthand reads « atelier » as « réunion » for meetings; a decision's topic stays as typed.
    reply = ask(partnership, "décidé à propos des ateliers de Lire et Écrire ?")
    assert "Décision n°4" in reply and "Décision n°1" not in reply


@pytest.mark.parametrize(("question", "holder"), [
    ("qui est l'inspectrice du PCS ?", "Laetitia Gobert"),
    ("qui est l'échevine de la cohésion sociale ?", "Véronique Dethier"),
])
def test_two_readings_that_answer_alike_are_no_doubt(partnership: Chat, question: str, holder: str) -> None:
    reply = ask(partnership, question)
    assert holder in reply and "pas sûr" not in reply


@pytest.mark.parametrize(("question", "shown"), [
    ("Monsieur Bouhlal, il vient d'où ?", "Ahmed Bouhlal"),
    ("qui fait partie du partenariat ?", "Membres du groupe"),
    ("Stéphanie a quoi comme tâches ?", "fiches actions"),
    ("le calendrier des échéances svp", "fiches actions"),
    # The Service public de Wallonie, as members call the administration they deal with.
    ("qui est là pour la Région wallonne ?", "Laetitia Gobert"),
])
def test_paraphrases_first_met_in_this_group_are_answered(partnership: Chat, question: str, shown: str) -> None:
    reply = ask(partnership, question)
    assert shown in reply and "pas sûr" not in reply


def test_whether_something_was_decided_is_answered_by_the_decision_it_repeats(partnership: Chat) -> None:
    reply = ask(partnership, "on se réunit à Namur ou à Andenne, qu'est-ce qui a été décidé ?")
    assert "Décision n°1" in reply and "Décision n°2" not in reply and "pas sûr" not in reply
    reply = ask(partnership, "qu'a-t-on décidé sur le jour des réunions ?")
    assert "Décision n°1" in reply


def test_a_meeting_said_validated_with_no_decision_on_it_stays_a_doubt(partnership: Chat) -> None:
    # No decision speaks of February's meeting: a meeting or a decision, the bot asks.
    reply = ask(partnership, "la réunion de février, c'est validé ?")
    assert "pas sûr" in reply and "Décision n°" not in reply
