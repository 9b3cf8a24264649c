"""Documents and deliverables named by their kind, of blind set 43c (crte52,
the comité de pilotage of the CRTE of an invented communauté de communes of
the Haute-Marne, asked by the mayor of Vaucherey on Tuesday 1 December
2026), missed on its first run, asked in other words, with the neighbours
that must stay as they were:

- « à quelle séance », « à quel copil », « passe en comité quand »: the
  coming sitting whose agenda holds the point, even when a decision says it
  too, and of several the one whose point says the question's verb
  (« adopté » / « voté » of « Adoption du bilan … ») (agenda_when.py);
- a thing named by its number (« la fiche action 3 », « l'avenant n°2 »):
  the decisions writing that number, not every record of the kind; unsure
  when nothing of the group writes it (numbered_thing.py); « fiche(s)
  action(s) » is a kind of document, no word asking for tasks
  (task_words.py);
- an errand given up asked in the imperfect (« qui organisait … ? ») is
  that cancelled task (task_first.py);
- one task of a listing asked when (« je dois compléter le dossier X pour
  quand ? ») is that task's line (own_task_when.py);
- « le CR du 12 novembre, on l'a ? » asks after the task writing those
  minutes (minutes_task.py);
- « quand avant la réunion » asks the span a decision gives (delays.py);
- « … doit passer en cotech avant le copil ? » asks the rule a decision
  states, not the sitting (must_rule.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def crte() -> Chat:
    return build_group("crte52")


def test_the_sitting_asked_for_a_point_is_the_one_whose_agenda_holds_it(crte: Chat) -> None:
    # A decision says the amendment is signed at the March copil; the March sitting's agenda holds the signature.
    assert "n°7" in sure(crte, "l'avenant n°2, il sera signé à quelle réunion ?", "meeting_which")
    # Two sittings hold the annual report; the one whose point is its adoption answers a vote.
    assert "n°7" in sure(crte, "le bilan 2026 sera voté à quelle séance ?", "meeting_which")
    assert "n°5" in sure(crte, "le diaporama du bilan annuel est présenté à quel copil ?", "meeting_which")
    assert "n°6" in sure(crte, "les fiches mobilité passent en comité quand ?", "meeting_which")
    # Neighbours: a sitting asked plainly, a decision asked plainly.
    assert "n°6" in sure(crte, "le cotech c'est quand ?", "meeting_which")
    assert "mars 2027" in sure(crte, "qu'a-t-on décidé sur l'avenant ?", "decisions_topic")


def test_a_thing_named_by_its_number_is_that_one(crte: Chat) -> None:
    seven = sure(crte, "c'est quoi la fiche action 7 ?", "decisions_topic")
    assert "voie verte" in seven and "école de Vaucherey" not in seven
    assert "2028" in sure(crte, "la fiche action 7 elle est repoussée à quand ?", "decisions_topic")
    assert "école de Vaucherey" in sure(crte, "la fiche action 3 c'est laquelle ?", "decisions_topic")
    # No record writes a fiche 5: nothing is said with confidence.
    assert not outcome_of(crte, "la fiche action 5 c'est quoi ?").confident
    # The document's kind is no word asking for tasks: the one task on the table answers, with its date.
    assert "4 décembre" in sure(crte, "le tableau de suivi des fiches actions doit être prêt quand ?", "in_charge")
    # Neighbour: a listing of tasks on a topic asked as such.
    assert "Julie Masson" in sure(crte, "les tâches en cours sur le tableau de suivi ?", "tasks_late")


def test_an_errand_given_up_asked_in_the_imperfect_is_that_task(crte: Chat) -> None:
    given_up = sure(crte, "qui devait organiser la visite des bâtiments rénovés ?", "in_charge")
    assert "Anne-Sophie Clément" in given_up and "annulée" in given_up
    # Neighbour: an open errand asked in the present.
    assert "Fabien Aubertin" in sure(crte, "qui transmet l'étude d'éclairage public ?", "in_charge")


def test_one_task_of_a_listing_asked_when_is_that_task(crte: Chat) -> None:
    own = sure(crte, "je dois rendre le dossier DETR de l'école quand ?", "in_charge")
    assert "8 janvier" in own and "délibération" not in own
    # Neighbour: the asker's whole list asked as such.
    assert "délibération" in sure(crte, "mes tâches ?", "tasks_mine")


def test_minutes_asked_whether_we_have_them_are_the_task_writing_them(crte: Chat) -> None:
    assert "en retard" in sure(crte, "le compte rendu du 12 novembre, vous l'avez ?", "in_charge")
    # No task writes September's minutes: the minutes themselves.
    assert "n°1" in sure(crte, "le compte rendu de septembre ?", "minutes_request")


def test_a_span_before_a_sitting_is_the_decision_giving_it(crte: Chat) -> None:
    assert "trois jours avant" in sure(crte, "on reçoit le diaporama quand avant la séance ?", "decisions_topic")
    # Neighbour: the next sitting asked how far off.
    assert "n°5" in sure(crte, "la prochaine réunion c'est dans combien de jours ?", "meeting_next")


def test_what_must_go_through_a_sitting_is_the_rule(crte: Chat) -> None:
    ruled = sure(crte, "chaque fiche action doit passer en cotech avant le copil ?", "decisions_topic")
    assert "comité technique avant" in ruled
    # Neighbour: the sitting asked, no obligation.
    assert "n°6" in sure(crte, "le prochain cotech c'est où ?", "meeting_which")


def test_a_bodys_task_asked_when_is_that_task(crte: Chat) -> None:
    # The body has one member in the group, the task's pilot.
    assert "25 novembre" in sure(crte, "l'étude du SDED arrive quand ?", "in_charge")
    assert "15 décembre" in sure(crte, "l'offre de prêt de la Banque des Territoires, on l'aura quand ?", "in_charge")
    # Neighbours: the body's people asked; a file sent to a body is the deadline for filing it there.
    assert "Fabien Aubertin" in sure(crte, "le SDED c'est qui ?", "org_representative")
    assert "15 janvier" in sure(crte, "le dossier DETR pour la sous-préfecture c'est pour quand ?", "dates_period")


def test_bodies_owing_a_thing_asked_when_is_the_deadline() -> None:
    # No one's list is asked: the communes' deadline, whatever task shares the words (« Rédiger le règlement … Ad'AP »).
    cia = build_group("cia54")
    assert "3 décembre" in sure(cia, "les communes doivent faire le point sur leurs Ad'AP pour quand ?", "dates_period")
