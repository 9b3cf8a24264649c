"""A row the merged thirty-eighth round lost, found by the lead's whole-set
comparison: « le numéro d'écoute ouvre quand ? » (the lead's set 35, aidants88)
asks when the helpline opens, which the decision launching it says; the rule of
number_asked.py (a number no decision gives) took it for the number itself. The
number is wanted only when nothing else is asked of it."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def aidants() -> Chat:
    return build_group("aidants88")


@pytest.mark.parametrize("asked", ["le numéro d'écoute ouvre quand ?",
                                   "le numéro d'écoute sera ouvert à partir de quand ?"])
def test_when_a_line_opens_is_the_decision(aidants: Chat, asked: str) -> None:
    assert "1er février" in sure(aidants, asked, "decisions_topic")


def test_the_number_itself_no_decision_gives(aidants: Chat) -> None:
    # Neighbour: the number asked, which the decision does not write, stays unsure.
    outcome = outcome_of(aidants, "c'est quoi le numéro d'écoute ?")
    assert not outcome.confident and "Je n'ai pas ce numéro" in outcome.reply.plain()
