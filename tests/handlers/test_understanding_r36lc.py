"""Rows of earlier sets that the thirty-sixth round's rules for the lead's set
68 (branch r36f) turned wrong, each with the set 68 neighbour that must stay
as it was:

- a title opening a decision names its holder as who acts (« Le médecin de
  station réserve … »), but not when the subject's title goes on with a
  complement the holder's role does not say (« Le président du comité de
  suivi est élu … » of a member « Président » of another body, set 17a)
  (who_named.py);
- « notre contact à <body> pour … » is the body's representative, but a body
  said by its kind alone (« au Département ») is a collectivity of many
  services, and « pour la PMI » the charge asked (set 19c) (body_charge.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def budget() -> Chat:
    return build_group("budget38")


@pytest.fixture(scope="module")
def sante() -> Chat:
    return build_group("sante974")


@pytest.fixture(scope="module")
def saison() -> Chat:
    return build_group("saison73")


def test_a_title_with_another_bodys_complement_names_no_holder(budget: Chat, saison: Chat) -> None:
    reply = sure(budget, "qui élit le président du comité de suivi, c'est décidé ?", "decisions_topic")
    assert "comité de suivi est élu pour deux ans" in reply and "Julien Cottaz" not in reply
    # Set 68: the title whole, then a verb, still names its holder.
    who = sure(saison, "qui reçoit les saisonniers sans rendez-vous le jeudi ?", "in_charge")
    assert "Pierre-Yves Mugnier" in who


def test_our_contact_at_a_body_said_by_its_kind_for_a_service(sante: Chat, saison: Chat) -> None:
    assert "Aurélie Técher" in sure(sante, "qui est notre contact au Département pour la PMI ?", "in_charge")
    # A body said by its name stays its representative (set 68), and so does a contact asked with no charge.
    assert "Julie Morel" in sure(saison, "qui est notre contact à France Travail pour les saisonniers ?",
                                 "org_representative")
    assert "Ludovic Sautron" in sure(sante, "qui est notre contact à la DEETS ?", "org_representative")
