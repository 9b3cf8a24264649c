"""Rows the thirty-seventh round's merge lost through r38f's example « qu'est-ce
qui est à ma charge » (intents.toml): its bare opening « qu'est-ce qui est »
drew questions of other kinds to the tasks. Only the asker's charge said with
its object (« ce qui est à ma charge pour le comité ») stays an example:

- « qu'est-ce qui est ressorti du groupe agriculture ? » asks the group's
  decisions (set 26b, pcaet-clermontais);
- « qu'est-ce qui est dû fin janvier ? » asks the dates of a period (lead's
  set 40, geronto71)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def pcaet() -> Chat:
    return build_group("pcaet-clermontais")


@pytest.fixture(scope="module")
def geronto() -> Chat:
    return build_group("geronto71")


@pytest.fixture(scope="module")
def college() -> Chat:
    return build_group("college93")


def test_what_came_out_of_a_group_is_its_decisions(pcaet: Chat) -> None:
    assert "séance n°5" in sure(pcaet, "qu'est-ce qui est ressorti du groupe agriculture ?", "decisions_recent")


def test_what_is_due_at_a_months_end_is_that_periods_dates(geronto: Chat) -> None:
    assert "fiches de liaison" in sure(geronto, "qu'est-ce qui est dû fin janvier ?", "dates_period")


def test_the_askers_charge_stays_their_tasks(college: Chat) -> None:
    # Neighbour (lead's set 74): the charge said with what it is for is still the asker's tasks.
    assert "semences" in sure(college, "Pourriez-vous me dire ce qui est à ma charge pour le comité ?", "tasks_mine")
