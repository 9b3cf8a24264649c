"""The families blind set 39a (pcaet26, the comité technique of an invented
Drôme intercommunality's plan climat-air-énergie territorial, asked by the
cogérante of a citizens' energy cooperative on Tuesday 1 December 2026, each
question pivoting on one subject) missed on its first run, asked in other
words, and in another group where the rule is not the group's, with the
neighbours that must stay as they were:

- the group's own name after « sur » in a question on its work (« les tâches
  en retard sur le CLSPD ? ») is the group, whose tasks answer, not a topic
  standing for the one body a role names (own_work.py, task_match);
- « on fait le point sur X quand ? » asks the sitting whose agenda holds X,
  as « on en reparle quand ? » does; so does « X sera présenté quand ? »
  (agenda_when.py);
- the voie verte is a kind of vélo, « les panneaux » the solar panels, « le
  bilan GES » the bilan carbone (families.toml);
- « ça fait quel montant ? » asks what a thing measures, not whether the task
  on it is done (task_questions._how_much);
- « après celui de décembre, le cotech suivant » is that kind's next sitting
  after December's (meeting_kinds._fronted_pronoun);
- « le syndicat d'énergie » is the département's energy syndicate, not any
  body with « énergie » in its name (entities.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def pcaet() -> Chat:
    return build_group("pcaet26")


@pytest.fixture(scope="module")
def clspd() -> Chat:
    return build_group("clspd13")


def test_the_groups_own_name_after_sur_is_its_whole_work(clspd: Chat, pcaet: Chat) -> None:
    late = sure(clspd, "les tâches en retard sur le CLSPD ?", "tasks_late")
    assert "Tâches en retard (3)" in late and "Aucune tâche" not in late
    # All the group's open tasks, not the four of the town's members the CLSPD's roles name.
    assert "Tâches en cours (13)" in sure(clspd, "il reste quoi à faire sur le CLSPD ?", "tasks_late")
    soon = sure(pcaet, "qu'est-ce qui reste à faire sur le PCAET d'ici Noël ?", "tasks_late")
    assert "Aucune tâche" not in soon and "Cartographier les itinéraires cyclables" in soon


def test_a_verb_of_charge_keeps_the_groups_name_its_topic(pcaet: Chat) -> None:
    # Neighbour: « qui pilote le PCAET ? » still asks who holds the plan (its chair and its chargée de mission).
    assert "Camille Roustan" in sure(pcaet, "qui pilote le PCAET ?", "in_charge")


@pytest.mark.parametrize(("text", "shown"), [
    ("on fait le point sur les bornes de recharge quand ?", "n°4"),
    ("le bilan mi-parcours sera présenté quand ?", "n°4"),
    ("le vélo, on en reparle quand ?", "n°6"),
    ("les panneaux de l'école, on en parle quand ?", "n°4"),
    ("le bilan des émissions, on en parle quand ?", "n°6"),
])
def test_a_point_to_come_is_the_sitting_whose_agenda_holds_it(pcaet: Chat, text: str, shown: str) -> None:
    reply = sure(pcaet, text, "meeting_which")
    assert shown in reply and "à l'ordre du jour" in reply


def test_a_point_owed_by_someone_stays_a_deadline() -> None:
    # Neighbour (the lead's set 50): « doivent faire le point … pour quand ? » is due, no sitting's talk.
    chat = build_group("cia54")
    outcome = outcome_of(chat, "les communes doivent faire le point sur leurs Ad'AP pour quand ?")
    assert not (outcome.confident and outcome.intent == "meeting_which")


def test_a_measure_asked_is_no_tasks_status(pcaet: Chat) -> None:
    reply = ask(pcaet, "la souscription pour la centrale solaire, ça fait quel montant ?")
    assert "Tâche n°13" not in reply


def test_the_kind_named_after_a_fronted_pronoun(pcaet: Chat) -> None:
    assert "n°6" in sure(pcaet, "après celui de décembre, le cotech suivant c'est où ?", "meeting_which")
    # Neighbour: a plain « la réunion suivante » after December's is whatever sitting comes next.
    assert "n°5" in sure(pcaet, "après celle de décembre, la réunion suivante c'est quand ?", "meeting_which")


def test_the_energy_syndicate_by_its_kind(pcaet: Chat) -> None:
    reply = sure(pcaet, "qui vient du syndicat d'énergie ?", "org_representative")
    assert "Nadia Belkacem" in reply and "Justine Lacombe" not in reply


def test_a_decision_saying_when_it_is_presented_keeps_its_answer() -> None:
    # Neighbour (set 25a): « Le bilan intermédiaire … est présenté en plénière de janvier » says when, no agenda does.
    chat = build_group("jeunes-ouestvd")
    assert "plénière de janvier" in sure(chat, "le bilan intermédiaire est présenté quand ?", "decisions_topic")
