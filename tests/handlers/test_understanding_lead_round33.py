"""The lead's general fixes of the thirty-third round, checked in other words
than the sets' rows: a number asked of something that is no task
(« combien de km faut-il faire … ? ») is no list of tasks."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def mss() -> Chat:
    return build_group("mss63")


def test_a_count_of_something_else_than_work_lists_no_tasks(mss: Chat) -> None:
    # Tasks n°6 and n°9 hold « sport-santé »; the member asks a number of kilometres, which no task says.
    outcome = outcome_of(mss, "combien de km faut-il faire par semaine pour rester en bonne santé ?")
    assert not outcome.confident and "Tâche n°" not in outcome.reply.plain()
    # The tasks themselves counted are still listed.
    reply = sure(mss, "combien de tâches reste-t-il à faire pour la fiche de liaison ?", "tasks_late")
    assert "Tâche n°9" in reply
