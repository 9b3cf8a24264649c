"""Rows the thirty-seventh round lost (the lead's whole-set comparison, issue 9):
decision_lead._other_kind read any complement of the head noun as naming
another thing of its kind than the decisions' (meant for « le club de
tennis »); with an article the complement says whose or what the thing is
of (« le transport des élèves », « l'accord des parents »), and the decision
holding the head answers as before the round."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group


@pytest.mark.parametrize(("group", "text", "said"), [
    # Set 16ab: the decision on the water networks' leak diagnostics.
    ("climat43", "le financement des diagnostics des réseaux d'eau, c'est voté ?", "fuites"),
    # Lead's set 26: the decision on the pupils' transport.
    ("clea16", "le transport des élèves est pris en charge ?", "transport"),
    # Lead's set 36: the decision asking the parents' written consent.
    ("pre18", "faut l'accord des parents avant de commencer ?", "accord écrit"),
])
def test_a_complement_with_its_article_is_the_decisions_thing(group: str, text: str, said: str) -> None:
    assert said in sure(build_group(group), text, "decisions_topic").casefold()


def test_a_bare_complement_still_names_another_kind() -> None:
    # Neighbour (set 45c): « de tennis » names another club than the decisions'.
    assert not outcome_of(build_group("oms85"), "le club de tennis a trouvé un nouveau président ?").confident
