"""A row the merged thirty-eighth round lost against main (helper r39le),
from branch r39e's closing head noun (own_group._closing_head):

- « c'est quoi les collèges de la conférence ? » in set 25d (cil76, the
  conférence intercommunale du logement): « conférence » closing the
  question is read as no sitting there, so it stays a word of the topic and
  the decision on the five colleges answers (not the deadline on one
  college's deputies, which « collèges » alone found). The head noun is
  taken back for the group only where it was read as a sitting's (cdu29's
  « … de la commission ? », which must stay as r39e made them) or closes a
  title asked (« qui tient le secrétariat de la conférence ? »)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cil() -> Chat:
    return build_group("cil76")


def test_a_head_noun_read_as_no_sitting_stays_in_the_topic(cil: Chat) -> None:
    assert "cinq collèges" in sure(cil, "c'est quoi les collèges de la conférence ?", "decisions_topic")
    assert "cinq collèges" in sure(cil, "la CIL a combien de collèges ?", "decisions_topic")
    # a title asked before it: whose title, the group's (r39e's gain, kept)
    assert "Franck Hauchecorne" in sure(cil, "qui tient le secrétariat de la conférence ?", "role_holder")


def test_a_head_noun_read_as_a_sitting_is_still_the_group() -> None:
    cdu = build_group("cdu29")
    assert "Maëlle Guivarc'h" in sure(cdu, "qui assure la coordination de la commission ?", "role_holder")
    assert "Je réponds aux questions sur le groupe" in sure(cdu, "tu peux faire quoi pour la commission ?", "help")
    assert sure(cdu, "les actions de la commission ?", "tasks_mine").startswith("Tâches en cours (8)")
