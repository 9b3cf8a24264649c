"""Rows the merged thirty-eighth round (issue 9) lost to branch r39f, found by
the lead's whole-set comparison, with the round's own rows beside them:

- « le groupe mobilité se retrouve où en janvier ? » (set 26b): « où en »
  before a month asks a place and a time, not progress; only « où en » before
  « être » (« où en est », « où en sont ») asks how far work has got
  (progress_heading.py), so January's sitting answers again;
- « Olivier Castagnet c'est lui qui fait les constats ? » (set 45a): his card
  says « constats » too, but nothing asks which one (« quelle communauté ? »):
  whether he does the work, the task he pilots answers (pipeline._on_card)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def pcaet() -> Chat:
    return build_group("pcaet-clermontais")


@pytest.fixture(scope="module")
def pasto() -> Chat:
    return build_group("pasto65")


@pytest.fixture(scope="module")
def ccci() -> Chat:
    return build_group("cccilux")


def test_where_in_a_month_asks_the_sitting(pcaet: Chat) -> None:
    reply = sure(pcaet, "le groupe mobilité se retrouve où en janvier ?", "meeting_which")
    assert "n°10" in reply and "janvier 2027" in reply


def test_doing_a_piece_of_work_is_the_task(pasto: Chat) -> None:
    reply = sure(pasto, "Olivier Castagnet c'est lui qui fait les constats ?", "in_charge")
    assert "Tâche n°4" in reply and "pilote : Olivier Castagnet" in reply


def test_progress_still_read(ccci: Chat) -> None:
    # The round's own rows (set 77) stay as r39f left them.
    for asked in ("le bilan du PAL il en est où ?", "où en est le bilan du PAL ?"):
        assert "Rédiger le bilan intermédiaire du PAL" in sure(ccci, asked, "in_charge")
    assert "communauté syrienne" in sure(ccci, "Yara Haddad elle représente quelle communauté ?", "who_is")
