"""The lead's general fixes of the thirty-third round, checked in other words
than the sets' rows: a number asked of something that is no task
(« combien de km faut-il faire … ? ») is no list of tasks; the end of a thing
asked (« … doit être fini pour quand ? ») is the deadline headed « Fin de … »."""

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


@pytest.fixture(scope="module")
def cmj() -> Chat:
    return build_group("cmj33")


def test_the_end_of_a_thing_asked_is_the_deadline_headed_fin(cmj: Chat) -> None:
    # Task n°6 « Mettre en ligne le vote sur le design du skatepark » shares the words; deadline n°2 is its end.
    reply = sure(cmj, "le vote sur le design doit être fini pour quand ?", "dates_period")
    assert "Fin du vote en ligne" in reply and "18 décembre" in reply and "Tâche n°6" not in reply
