"""Rows the lead's whole-set comparison of the thirty-eighth round found lost
to branch r39f, right on main, with the wordings around them:

- « si une famille a une dette EDF, qui rembourse ? » (set 18c): the CCAS's
  decision on unpaid electricity bills answers; only decisions saying no
  payer may outweigh it word for word, not a CAF funding that says
  « familiale » (payers._paying_decision);
- « Valérie Soulard c'est la dame du sport santé ? » (set 45c), « Isabelle
  Mouret, c'est l'Anah ou la DDTM ? » (set lead59): a card checked, not a
  card asked which thing (« quelle communauté ? »), is left to the checks of
  a title or a body, which answer with her card (pipeline._on_card)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def solidarite() -> Chat:
    return build_group("solidarite67")


@pytest.fixture(scope="module")
def oms() -> Chat:
    return build_group("oms85")


@pytest.fixture(scope="module")
def pdlhi() -> Chat:
    return build_group("pdlhi83")


@pytest.mark.parametrize("asked", ["si une famille a une dette EDF, qui rembourse ?",
                                   "qui rembourse les dettes EDF d'une famille ?"])
def test_payer_decision_over_a_literal_payer_fitting_less(solidarite: Chat, asked: str) -> None:
    reply = ask(solidarite, asked)
    assert "impayés d'électricité jusqu'à 300 €" in reply
    assert "Décisions sur" in sure(solidarite, asked, "decisions_topic")


@pytest.mark.parametrize("asked", ["Valérie Soulard c'est la dame du sport santé ?",
                                   "Valérie Soulard, c'est bien la dame du sport santé ?"])
def test_card_checked_by_a_description(oms: Chat, asked: str) -> None:
    reply = ask(oms, asked)
    assert "Valérie Soulard" in reply and "Bouger Santé Vendée" in reply
    assert "pas sûr" not in reply


@pytest.mark.parametrize("asked", ["Isabelle Mouret, c'est l'Anah ou la DDTM ?",
                                   "Isabelle Mouret c'est la DDTM ou l'Anah ?"])
def test_card_checked_between_two_bodies(pdlhi: Chat, asked: str) -> None:
    reply = ask(pdlhi, asked)
    assert "Isabelle Mouret" in reply and "Anah, délégation locale du Var" in reply
    assert "pas sûr" not in reply


def test_card_asked_which_thing_stays_sure(pdlhi: Chat) -> None:
    # The neighbour _on_card was written for: a word asking which thing, the card answering it.
    assert "Anah" in sure(pdlhi, "Isabelle Mouret elle est de quelle structure ?", "who_is")
