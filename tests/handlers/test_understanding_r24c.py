"""The families blind set 31c (fs-gers, the network of the France services
houses of the Gers, asked by the agent of Mirande on Tuesday 1 December 2026
about the work after a meeting) missed on its first run, asked in other
words and in other groups (aidants88 holds tasks and attendance too):

- the tasks of a meeting named by its day (« la réunion du 17 »), typed
  without its month: the meeting held that day, not the 17th to come
  (task_answers.py);
- « je suis notée présente le 17 ? »: the record of the meeting held that day
  when nothing falls on the day ahead (meeting_days.noted_on_day), and « j'y
  étais, moi, en octobre ? » (own_presence.py);
- a task whose words name a body (« les coordonnées des correspondants
  MSA »), asked whether done or who did it: the task, not the body's people,
  when words outside the body's name find it (body_task.py);
- « qu'est-ce qui s'est dit sur … » (decisions), « le résumé » and « la
  synthèse du comité du 24 » (minutes), « a quoi sur sa liste » (tasks),
  « la liste des inscrits » (announced presences), « le point sur les
  retards », « les actions pas tenues » (late tasks): lexicon.toml,
  minutes_cues.py;
- « France Travail vient quand à Mirande ? »: when a body comes is the decision
  on its visits, never the announced presences (coming_when.py);
- an agenda point asked « à l'ordre du jour quand » by more of its words than
  a task holds (agenda_topic.point_over_task); « Sandrine a bien envoyé le
  CR ? » (minutes_task.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def gers() -> Chat:
    return build_group("fs-gers")


@pytest.fixture(scope="module")
def aidants() -> Chat:
    return build_group("aidants88")


@pytest.mark.parametrize("question", ["la liste des actions de la réunion du 17 ?", "les actions de la séance du 17 ?",
                                      "les tâches de la réunion du 17 novembre ?"])
def test_the_tasks_of_a_meeting_named_by_its_day(gers: Chat, question: str) -> None:
    reply = sure(gers, question, "tasks_late")
    assert "Tâches de la séance n°3" in reply and "Envoyer le compte rendu de la réunion du réseau" in reply


def test_the_tasks_of_a_meeting_named_by_its_day_elsewhere(aidants: Chat) -> None:
    assert "Tâches de la séance n°3" in sure(aidants, "les tâches de la réunion du 19 ?", "tasks_late")


def test_the_tasks_for_a_meeting_to_come_are_no_meeting_held(aidants: Chat) -> None:
    assert "séance n°" not in outcome_of(aidants, "les tâches pour la réunion du 10 ?").reply.plain()


@pytest.mark.parametrize("question, mark", [("je suis notée présente le 17 ?", "parmi les excusés"),
                                            ("je suis bien noté présent le 13 ?", "parmi les présents"),
                                            ("j'y étais, moi, en octobre ?", "parmi les présents"),
                                            ("j'y étais le 17 ?", "parmi les excusés")])
def test_the_askers_own_mark_at_a_meeting_held(gers: Chat, question: str, mark: str) -> None:
    assert mark in sure(gers, question, "attendance_meeting")


@pytest.mark.parametrize("question", ["je suis notée présente le 19 ?", "j'y étais, moi, le 19 ?"])
def test_the_askers_own_mark_elsewhere(aidants: Chat, question: str) -> None:
    assert "parmi les présents de la séance n°3" in sure(aidants, question, "attendance_meeting")


def test_noted_for_a_meeting_to_come_stays_an_announcement(aidants: Chat) -> None:
    assert "rien annoncé" in sure(aidants, "je suis notée présente pour le 10 ?", "rsvp_upcoming")


@pytest.mark.parametrize("question", ["les coordonnées des correspondants MSA, c'est fait ?",
                                      "qui a transmis les coordonnées des correspondants MSA ?"])
def test_a_done_task_naming_a_body(gers: Chat, question: str) -> None:
    reply = sure(gers, question, "in_charge")
    assert "Transmettre les coordonnées des correspondants MSA" in reply and "faite" in reply


@pytest.mark.parametrize("question, name", [("qui représente la MSA ?", "Émilie Daguzan"),
                                            ("qui vient de la MSA ?", "Émilie Daguzan"),
                                            ("La Poste, c'est fait ?", "Patrice Dauba"),
                                            ("La Poste a quelqu'un dans le groupe ?", "Patrice Dauba")])
def test_a_body_asked_by_its_name_alone_stays_its_people(gers: Chat, question: str, name: str) -> None:
    assert name in sure(gers, question, "org_representative")


@pytest.mark.parametrize("question, word", [("qu'est-ce qui s'est dit sur Nogaro ?", "samedi matin"),
                                            ("qu'est-ce qui s'était dit sur le bus itinérant ?", "Astarac")])
def test_what_was_said_on_a_subject_is_a_decision(gers: Chat, question: str, word: str) -> None:
    assert word in sure(gers, question, "decisions_topic")


def test_what_was_said_on_a_subject_elsewhere(aidants: Chat) -> None:
    assert "médiathèque" in sure(aidants, "qu'est-ce qui s'est dit sur le café des aidants ?", "decisions_topic")


def test_what_was_said_in_a_month_stays_that_meetings_decisions(aidants: Chat) -> None:
    assert "séance n°2" in sure(aidants, "qu'est-ce qui s'est dit en octobre ?", "decisions_recent")


@pytest.mark.parametrize("question, number", [("le résumé de la dernière réunion ?", "n°3"),
                                              ("la synthèse du comité du 24 septembre ?", "n°1")])
def test_the_minutes_by_another_noun(gers: Chat, question: str, number: str) -> None:
    assert f"compte rendu de la séance {number}" in sure(gers, question, "minutes_request")


def test_the_synthesis_of_a_meeting_elsewhere(aidants: Chat) -> None:
    assert "séance n°2" in sure(aidants, "la synthèse de la commission d'octobre ?", "minutes_request")


@pytest.mark.parametrize("question, task", [("la coordinatrice a quoi sur sa liste ?", "bilan de fréquentation"),
                                            ("le sous-préfet a quoi sur sa liste ?", "salle du comité")])
def test_a_title_holders_list_is_their_tasks(gers: Chat, question: str, task: str) -> None:
    assert task in sure(gers, question, "tasks_mine")


@pytest.mark.parametrize("question", ["la liste des inscrits pour la réunion de décembre ?",
                                      "qui est inscrit pour la réunion de décembre ?", "les inscrits pour le 10 ?"])
def test_the_registered_are_the_announced(gers: Chat, question: str) -> None:
    assert "Annoncés présents" in sure(gers, question, "rsvp_upcoming")


def test_the_registered_elsewhere_and_the_points_registered(aidants: Chat) -> None:
    assert "Nadège Hingray" in sure(aidants, "la liste des inscrits pour le 10 ?", "rsvp_upcoming")
    assert "Bilan du relayage" in sure(aidants, "quels points sont inscrits pour le 10 ?", "agenda_items")


@pytest.mark.parametrize("question", ["le point sur les retards", "les actions pas tenues ?"])
def test_late_tasks_in_other_words(aidants: Chat, question: str) -> None:
    assert "places d'accueil de jour" in sure(aidants, question, "tasks_late")


@pytest.mark.parametrize("question, word", [("France Travail vient quand à Mirande ?", "premier jeudi"),
                                            ("la CAF vient quand ?", "visioconférence")])
def test_when_a_body_comes_is_its_decided_visit(gers: Chat, question: str, word: str) -> None:
    assert word in sure(gers, question, "decisions_topic")


def test_when_a_member_comes_without_a_decision_stays_unsure(gers: Chat) -> None:
    assert not outcome_of(gers, "Karima vient quand ?").confident


@pytest.mark.parametrize("question, said", [("Romain vient le 10 ?", "a annoncé sa présence"),
                                            ("qui vient le 10 ?", "Annoncés présents")])
def test_who_comes_to_a_meeting_stays_the_announcements(gers: Chat, question: str, said: str) -> None:
    assert said in sure(gers, question, "rsvp_upcoming")


def test_an_agenda_point_by_its_words_over_a_task(gers: Chat) -> None:
    reply = sure(gers, "la labellisation de Masseube, c'est à l'ordre du jour quand ?", "agenda_items")
    assert "séance n°5" in reply


def test_a_point_and_a_task_alike_asked_done_is_the_task(gers: Chat) -> None:
    assert "Préparer le bilan de fréquentation" in sure(gers, "le bilan de fréquentation, c'est fait ?", "in_charge")


def test_sent_well_is_the_minutes_task(aidants: Chat) -> None:
    reply = sure(aidants, "Isabelle a bien envoyé le compte rendu du copil ?", "in_charge")
    assert "Envoyer le compte rendu du comité de pilotage" in reply and "faite" in reply
