"""The lead's general fixes of the thirty-first round, checked in other words
than the sets' rows: a thing held (« qui a les clés du gymnase ? ») asks the
members, not the pilot of a task found through the thing's complement."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def citeduc() -> Chat:
    return build_group("citeduc59")


def test_who_holds_a_thing_no_task_names_is_no_task_s_pilot(citeduc: Chat) -> None:
    # Task n°18 books « la salle des sports Léo-Lagrange », which « gymnase » names; no task says keys or a badge.
    for question in ("qui a les clés du gymnase ?", "qui a le badge de la salle des sports ?"):
        outcome = outcome_of(citeduc, question)
        assert not outcome.confident and "Tâche n°18" not in outcome.reply.plain()


def test_a_duty_held_still_asks_the_task_s_pilot(citeduc: Chat) -> None:
    # « avoir la charge de » is a duty, not a thing: the pilot of the booking still answers.
    assert "Thierry Wattez" in sure(citeduc, "qui a la charge de réserver la salle des sports ?", "in_charge")
