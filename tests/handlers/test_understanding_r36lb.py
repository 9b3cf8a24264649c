"""Rows right before round 36 that its new rules of set 43c (r36c) had
turned, with the round's own rows that must stay as they were:

- a number that counts (« les études 4 soirs par semaine », « 20 000 € »)
  or that a stop cuts from the noun (« le forum, 12 ou 15 000 ? ») is no
  thing named by its number: the decision on the topic answers
  (numbered_thing.py);
- a thing of a body asked when whose own deadline the first reading found
  (« le forum de l'hôpital c'est quand ? », « Forum des métiers de la santé
  au Centre hospitalier ») keeps that date, not the errand of the body's
  member (task_questions.task_followup)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def crte() -> Chat:
    return build_group("crte52")


def test_a_number_counting_nights_is_no_numbered_thing() -> None:
    pedt = build_group("pedt44")
    assert "quatre soirs" in sure(pedt, "a partir de quand on a les etudes surveillees 4 soirs ?", "decisions_topic")
    assert "quatre soirs" in sure(pedt, "ça commence quand les études 4 soirs par semaine ?", "decisions_topic")


def test_a_figure_is_no_numbered_thing() -> None:
    cdv = build_group("cdv-creil60")
    # Cut from « forum » by the comma: the sum asked, which the decision on the forum gives.
    assert "12k€" in sure(cdv, "combien on a mis sur le forum, 12 ou 15 000 ?", "decisions_topic")
    # « 20 » is the start of « 20 000 € »: the ceiling decided per action.
    assert "15 000 €" in sure(cdv, "un porteur peut demander 20 000 € pour une action ?", "decisions_topic")


def test_numbered_things_of_the_round_stay(crte: Chat) -> None:
    seven = sure(crte, "c'est quoi la fiche action 7 ?", "decisions_topic")
    assert "voie verte" in seven and "école de Vaucherey" not in seven
    assert "2028" in sure(crte, "la fiche action 7 elle est repoussée à quand ?", "decisions_topic")
    assert "n°7" in sure(crte, "l'avenant n°2, il sera signé à quelle réunion ?", "meeting_which")
    assert not outcome_of(crte, "la fiche action 5 c'est quoi ?").confident


def test_a_body_s_event_dated_as_named_keeps_its_date() -> None:
    cle = build_group("cle-perigueux")
    dated = sure(cle, "le forum de l'hôpital c'est quand ?", "dates_period")
    assert "11 février" in dated and "Réserver les stands" not in dated
    # Neighbour: the hospital's work asked as such is its member's errand.
    assert "Réserver les stands" in sure(cle, "l'hôpital doit faire quoi ?", "tasks_mine")


def test_a_body_s_own_work_asked_when_stays_its_task(crte: Chat) -> None:
    # No reading was sure of these: the task of the body's one member answers, as in the round.
    assert "25 novembre" in sure(crte, "l'étude du SDED arrive quand ?", "in_charge")
    assert "15 décembre" in sure(crte, "l'offre de prêt de la Banque des Territoires, on l'aura quand ?", "in_charge")
