"""Two rows of older sets lost by the merged thirty-ninth round (r40m),
mended by narrowing the rules that took them, with the neighbours those
rules were written for:

- « la Ligue des familles a eu sa subvention ? » (set 24b): « eu » is a
  task's status only in « a eu lieu » (task_words.has), so the decision on
  the grant answers, not the task sending its convention;
- « la formation des cuisiniers ça porte sur quoi ? » (the lead's set 32):
  a plural title after « <noun> des » that no member holds names the
  thing's public, not a holder (public_titles.py), so the decision on the
  training answers; « le cuisinier » of a group with a chef stays a title."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def atl() -> Chat:
    return build_group("atl-tournai")


@pytest.fixture(scope="module")
def pat() -> Chat:
    return build_group("pat-saintbrieuc")


@pytest.fixture(scope="module")
def clspd() -> Chat:
    return build_group("clspd30")


@pytest.fixture(scope="module")
def cvs() -> Chat:
    return build_group("cvs56")


def test_had_its_grant_is_the_decision_not_a_task_status(atl: Chat, clspd: Chat) -> None:
    assert "12 500" in sure(atl, "la Ligue des familles a eu sa subvention ?", "decisions_topic")
    # Neighbour: « a eu lieu » still asks whether the task's event was held (set 47b).
    assert "annulée" in sure(clspd, "la réunion d'info des commerçants sur le numéro unique elle a eu lieu ?", "in_charge")


def test_the_training_of_cooks_is_the_decision_on_it(pat: Chat, cvs: Chat) -> None:
    assert "protéines végétales" in sure(pat, "la formation des cuisiniers ça porte sur quoi ?", "decisions_topic")
    # Neighbour: where a chef sits, « le cuisinier » is still the title (the lead's set 79).
    assert "Florian Nicolas" in sure(cvs, "c'est qui le cuisinier ?", "role_holder")
