"""What round 41 saw wrong on main and what sets 48b (sivom15) and 48c
(forum45) still missed, asked in other words, with the neighbours that must
stay as they were:

- « on se réunit combien de fois par an ? » with no body said: the decision
  on the group's own meeting (« … se réunit quatre fois par an »), not one
  sharing only the subject of a kind of sitting (« rendre visite … tous les
  jours » beside a « Groupe de travail sur les visites »): rhythm_asked.py;
- « la visite des Tilleuls c'est qui ? » in the present: a task given up that
  holds every word asked answers over an open task sharing one of them
  (task_first.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cvs() -> Chat:
    return build_group("cvs56")


@pytest.fixture(scope="module")
def caleol() -> Chat:
    return build_group("caleol72")


def test_the_groups_own_rhythm_said_with_on(cvs: Chat) -> None:
    reply = sure(cvs, "on se retrouve à quel rythme ?", "decisions_topic")
    assert reply.splitlines()[1].startswith("Décision n°3") and "quatre fois par an" in reply
    assert "rendre visite" not in sure(cvs, "on se réunit tous les combien ?", "decisions_topic")
    # Neighbour: the rhythm of a kind named is still the decision naming it.
    assert "quatre fois par an" in sure(cvs, "le conseil de la vie sociale se réunit à quelle fréquence ?",
                                        "decisions_topic")


def test_an_errand_given_up_asked_in_the_present(caleol: Chat) -> None:
    reply = sure(caleol, "qui s'occupe de la visite de la résidence ?", "in_charge")
    assert "Thierry Vallée" in reply and "(annulée)" in reply and "Damien Lecomte" not in reply
    # Neighbour: the open errand asked by its own words keeps its pilot.
    assert "Damien Lecomte" in sure(caleol, "les candidats salariés des Tilleuls c'est qui ?", "in_charge")
