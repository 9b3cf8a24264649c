"""The families blind set 32b (fondation45, the grant committee of a
foundation, asked by a board member on Tuesday 1 December 2026 about the
work after a meeting) missed on its first run, asked in other words and in
another group (fs-gers heads two sittings « Réunion des animateurs »):

- a sitting named after whom it gathers, as its heading says it (« la
  réunion des rapporteurs »): those sittings, not the members whose role
  says « rapporteur »; its decisions, minutes and attendance are those of
  the last one held (gathering_headings.py, answers_records.py);
- the asker's work up to a meeting (« je dois m'occuper de quoi avant le
  comité de décembre ? »): their tasks, not the meeting (my_duty.owes_what);
  « un truc pour moi » (task_words.py); « engagement » as a task noun;
- the work done or late since a meeting, and nothing else (« qu'est-ce qui
  a été fait depuis le comité de novembre ? », « qu'est-ce qui est
  bouclé ? »): the tasks done or late (work_since.py);
- the marks of a list asked as nouns on a day typed without its month
  (« combien d'excusés le 12 ? »): the meeting held that day
  (meeting_days.py); « au complet », « le quorum »; a title in the plural
  counted at a meeting (« combien de rapporteurs à Tours ? ») is a head
  count (presence_cues.py), and no rule's count when no rule says the place
  (decision_facts.py);
- « on examine quels dossiers en décembre ? » (agenda), « le tableau des
  actions » (all tasks), « le règlement est en ligne ? » (the task's
  status), « le mécène » (the role « Responsable du mécénat »), a delay
  before an event (« combien de temps avant le comité ? », delays.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def fondation() -> Chat:
    return build_group("fondation45")


@pytest.fixture(scope="module")
def gers() -> Chat:
    return build_group("fs-gers")


@pytest.mark.parametrize("question, intent, number", [
    ("la prochaine réunion des rapporteurs ?", "meeting_which", "n°5"),
    ("la réunion des rapporteurs de janvier, c'est où ?", "meeting_which", "n°5"),
    ("j'étais là à la réunion des rapporteurs ?", "attendance_meeting", "n°2"),
    ("tu peux me renvoyer le PV de la réunion des rapporteurs ?", "minutes_request", "n°2"),
    ("on a décidé quoi à la réunion des rapporteurs ?", "decisions_recent", "n°2"),
])
def test_a_sitting_named_after_whom_it_gathers(fondation: Chat, question: str, intent: str, number: str) -> None:
    assert f"séance {number}" in sure(fondation, question, intent).casefold()


@pytest.mark.parametrize("question, intent, number", [
    ("la prochaine réunion des animateurs ?", "meeting_which", "n°4"),
    ("le PV de la réunion des animateurs ?", "minutes_request", "n°2"),
    ("les décisions de la réunion des animateurs ?", "decisions_recent", "n°2"),
])
def test_a_sitting_named_after_whom_it_gathers_elsewhere(gers: Chat, question: str, intent: str, number: str) -> None:
    assert f"séance {number}" in sure(gers, question, intent).casefold()


def test_the_title_of_the_sitting_stays_a_title(fondation: Chat) -> None:
    assert "Gilles Marchetti" in sure(fondation, "qui préside le comité d'attribution ?", "role_holder")


@pytest.mark.parametrize("question", ["je dois m'occuper de quoi avant le comité de décembre ?",
                                      "j'ai pris quoi comme engagement au comité de novembre ?",
                                      "qu'est-ce que je dois préparer pour la prochaine réunion ?",
                                      "y a un truc pour moi avant vendredi ?"])
def test_the_askers_work_up_to_a_meeting(fondation: Chat, question: str) -> None:
    reply = sure(fondation, question, "tasks_mine")
    assert "Pousses d'Avenir" in reply and "Relancer la mairie" not in reply


def test_the_hour_of_a_meeting_asked_with_an_obligation_is_no_task(fondation: Chat) -> None:
    assert outcome_of(fondation, "je dois venir à quelle heure au comité de décembre ?").intent != "tasks_mine"


@pytest.mark.parametrize("question, title", [
    ("qu'est-ce qui a été fait depuis le comité de novembre ?", "Tâches faites (4)"),
    ("qu'est-ce qui est bouclé ?", "Tâches faites (4)"),
    ("quoi de terminé depuis la dernière réunion ?", "Tâches faites (4)"),
    ("les retards depuis le comité de novembre ?", "Tâches en retard"),
])
def test_the_work_done_or_late_since_a_meeting(fondation: Chat, question: str, title: str) -> None:
    assert title in sure(fondation, question, "tasks_late")


def test_the_work_done_since_a_meeting_elsewhere(gers: Chat) -> None:
    assert "Tâches faites (2)" in sure(gers, "qu'est-ce qui a été fait depuis la réunion du réseau ?", "tasks_late")


@pytest.mark.parametrize("question", ["c'est fait ?", "qu'est-ce qui a été fait pour les jeunes depuis le comité ?",
                                      "désolée pour les retards depuis le comité"])
def test_work_done_said_otherwise_is_no_listing_of_done_tasks(fondation: Chat, question: str) -> None:
    assert "Tâches faites" not in outcome_of(fondation, question).reply.plain()


@pytest.mark.parametrize("question, shown", [
    ("combien d'excusés le 12 ?", "2 excusés"),
    ("le comité de novembre était au complet ?", "10 présents"),
    ("on a eu le quorum le 12 ?", "10 présents"),
    ("combien de rapporteurs à Tours ?", "6 présents"),
])
def test_attendance_in_other_words(fondation: Chat, question: str, shown: str) -> None:
    assert shown in sure(fondation, question, "attendance_meeting")


def test_the_marks_on_a_day_elsewhere(gers: Chat) -> None:
    assert "séance n°3" in sure(gers, "combien d'absents le 17 ?", "attendance_meeting")


def test_who_comes_on_a_day_without_a_meeting_is_no_list_of_the_past(fondation: Chat) -> None:
    assert "Présences" not in outcome_of(fondation, "qui vient le 12 ?").reply.plain()


def test_a_rule_counting_the_title_still_answers_without_a_place(fondation: Chat) -> None:
    assert "deux rapporteurs" in outcome_of(fondation, "chaque dossier a combien de rapporteurs ?").reply.plain()


@pytest.mark.parametrize("question, intent, shown", [
    ("on examine quels dossiers en décembre ?", "agenda_items", "Ressourcerie du Val"),
    ("on étudie quoi au prochain comité ?", "agenda_items", "garage solidaire"),
    ("le tableau des actions stp", "tasks_mine", "Relancer la mairie de Gien"),
    ("le règlement est en ligne ?", "in_charge", "en retard"),
    ("le mécène, c'est qui ?", "role_holder", "Vincent Lhermitte"),
    ("qui s'occupe du mécénat ?", "role_holder", "Vincent Lhermitte"),
])
def test_the_after_meeting_words(fondation: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(fondation, question, intent)


def test_a_delay_before_an_event_is_the_rule(fondation: Chat) -> None:
    reply = sure(fondation, "on doit envoyer les rapports combien de jours avant ?", "decisions_topic")
    assert "trois jours avant" in reply
