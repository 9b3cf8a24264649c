"""Rows the search-box rules of set 45b (branch r38b) lost, asked in the
group, with the round's own rows they must keep:

- « présente jeudi 👍 » is a member saying she comes: the example « moi
  présent <periode> » asks only with « moi », after which « présente » is the
  adjective (presence_adjective.py); alone it stays as typed, quiet as before;
- « on a limité la durée de passage à l'épicerie ? » asks how long: « durée »,
  a word of the examples since « ASLL durée », no longer keeps the deadline
  « Tableau des passages en épicerie » from answering, so dated.py leaves a
  length asked to the decisions."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def handicap() -> Chat:
    return build_group("handicap57")


@pytest.fixture(scope="module")
def epicerie() -> Chat:
    return build_group("epicerie74")


@pytest.fixture(scope="module")
def fsl() -> Chat:
    return build_group("fsl86")


def test_coming_said_is_no_question(handicap: Chat) -> None:
    reply = handicap.say("présente jeudi 👍")
    assert "Annoncés présents" not in reply and "Je n'ai pas compris" in reply
    # Neighbour: who comes, asked, is still the announcements.
    assert "Annoncés présents" in handicap.say("qui sera présent jeudi ?")


def test_own_presence_typed_with_moi_is_asked(fsl: Chat) -> None:
    # The round's row (set 45b) the narrowed example keeps.
    assert "parmi les présents" in sure(fsl, "moi présente 17/09 ?", "attendance_meeting")
    assert "parmi les présents" in fsl.say("moi présente 17/09 ?")


def test_a_length_asked_is_no_deadline(epicerie: Chat) -> None:
    reply = epicerie.say("on a limité la durée de passage à l'épicerie ?")
    assert "Tableau des passages" not in reply and "Vouliez-vous" in reply
    # Neighbour: the length asked with its verb is the decision.
    assert "six mois" in sure(epicerie, "l'accès à l'épicerie dure combien ?", "decisions_topic")
