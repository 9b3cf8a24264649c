"""The lead's general fixes of the twenty-second round, found on the lead's
set 35 (aidants88, the caregivers' network of the Vosges), checked in other
words and on other groups: « qui s'en charge ? » is the verb « se charger »,
no title « chargé(e) » (role_spans.py); « qui est la travailleuse sociale
de la MSA ? » asks a title, not who does what a decision's verb says
(doers.py); « le copil s'est tenu où ? » asks of a sitting, no task's status
(task_words.asks_done); « là » is no article (task_match.py); « quelqu'un a
le numéro de … ? » asks the members, no decision is fetched for them
(second_look.py); « qui vient jeudi ? » when the meeting is the Thursday
after (answers_attendance.py); « le baluchonnage » is the relaying at home
(lexicon.toml); « la plateforme de répit » for the Plateforme
d'accompagnement et de répit d'Épinal (coordinated_names.py); what a person
sent on wants is no part of their case (« une famille veut faire une demande
d'APA, je l'envoie à qui ? ») and « la halte-répit accueille qui ? » asks
whom a decision takes in (who_source.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.coordinated_names import _short_names
from handlers.understanding.world import plain
from tests.handlers.questions_eval import ask, build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def vosges() -> Chat:
    return build_group("aidants88")


@pytest.fixture(scope="module")
def lozere() -> Chat:
    return build_group("fs-lozere")


def test_s_en_charger_is_the_verb_not_a_title(vosges: Chat, lozere: Chat) -> None:
    assert "Gérard Claudel" in sure(vosges, "qui se charge de la salle des fêtes ?", "in_charge")
    reply = sure(lozere, "le guide des démarches, qui s'en charge ?", "in_charge")
    assert "Estelle Raynal" in reply and "Rôle" not in reply
    # A title stays a title: « la chargée de prévention » (an article) is a role.
    assert "Patricia Mathieu" in sure(vosges, "qui est la chargée de prévention ?", "role_holder")


def test_a_title_after_qui_est_is_no_verb_of_a_decision(vosges: Chat, lozere: Chat) -> None:
    assert "Sandrine Didier" in sure(vosges, "c'est qui le travailleur social de la MSA ?", "role_holder")
    assert "Guillaume Astruc" in sure(lozere, "qui est le conseiller en protection sociale de la MSA ?", "role_holder")


def test_a_sitting_held_is_asked_of_the_meeting_not_of_a_task(vosges: Chat) -> None:
    reply = sure(vosges, "la commission d'octobre s'est tenue à l'hôpital ?", "meeting_which")
    assert "Séance n°2" in reply
    outcome = outcome_of(vosges, "le copil de septembre s'est tenu au Département ?")
    assert outcome.intent != "in_charge" and "Tâche" not in outcome.reply.plain()


def test_la_with_an_accent_is_no_article(vosges: Chat) -> None:
    assert "Tâche" not in ask(vosges, "qui est là pour le CH d'Épinal ?")
    assert "Marc Aubry" in sure(vosges, "qui est là pour l'hôpital ?", "org_representative")


def test_a_question_to_the_members_fetches_no_decision(vosges: Chat) -> None:
    for text in ("quelqu'un a le numéro de la halte-répit de Saint-Dié ?", "quelqu'un a l'adresse du café des aidants ?"):
        assert not outcome_of(vosges, text).confident, text


def test_the_weekday_of_the_meeting_a_week_on(vosges: Chat) -> None:
    reply = sure(vosges, "qui sera là jeudi ?", "rsvp_upcoming")
    assert "Aucune séance le jeudi 3 décembre 2026" in reply and "Nadège Hingray" in reply and "Marc Aubry" in reply
    reply = sure(vosges, "Fabienne vient jeudi ?", "rsvp_upcoming")
    assert "a annoncé sa présence à la séance n°4" in reply
    # No meeting on a Wednesday a week on: the day is not stretched to the next meeting.
    assert not outcome_of(vosges, "qui vient mercredi ?").confident


def test_baluchonnage_is_the_relaying_at_home(vosges: Chat) -> None:
    reply = sure(vosges, "on a acté quoi pour le baluchonnage ?", "decisions_topic")
    assert "six heures de relayage" in reply and "halte-répit" not in reply


def test_a_body_by_its_head_and_one_complement(vosges: Chat) -> None:
    assert "Isabelle Grandjean" in sure(vosges, "la plateforme de répit c'est qui ?", "org_representative")
    assert "Isabelle Grandjean" in sure(vosges, "qui vient de la plateforme d'accompagnement ?", "org_representative")
    names = _short_names(plain("Maison de l'emploi et de la formation").split())
    assert "maison de l emploi" in names and "maison de la formation" in names
    # One complement only, or a head that is a little word: nothing to shorten.
    assert _short_names(plain("Centre hospitalier Émile-Durkheim").split()) == []
    assert _short_names(plain("La Poste et de la Banque").split()) == []


def test_what_a_person_sent_on_wants_is_no_part_of_the_case(vosges: Chat, lozere: Chat) -> None:
    reply = sure(vosges, "une dame a besoin d'un renseignement sur l'APA, je l'envoie à qui ?", "in_charge")
    assert "Aline Perrin" in reply
    reply = sure(lozere, "un usager veut faire une demande de retraite, je l'envoie à qui ?", "in_charge")
    assert "Thierry Gaillard" in reply


def test_whom_a_decision_takes_in(vosges: Chat) -> None:
    reply = sure(vosges, "la halte-répit de Saint-Dié, elle reçoit qui ?", "decisions_topic")
    assert "maladie d'Alzheimer" in reply and "Nommés" not in reply
    reply = sure(vosges, "les séjours aidant-aidé concernent qui ?", "decisions_topic")
    assert "300 euros" in reply
    # A host of the group is still a meeting's: « qui nous accueille jeudi prochain ? ».
    assert outcome_of(vosges, "qui nous accueille jeudi prochain ?").intent != "decisions_topic"
