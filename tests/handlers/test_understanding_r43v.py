"""A second pass on the confident wrong answers left across the older sets
(helper r43v, forty-second round), asked in other words, with the neighbours
that must stay as they were:

- set 39c (clea07, a contrat local d'éducation artistique): « toutes les
  structures du CLEA ? » listed the four members whose role or body says
  « CLEA » instead of the group's directory. The CLEA is now a kind of
  partnership (lexicon.toml `group_kinds`), and a body named as a part of
  the partnership (« Résidence-mission du CLEA … ») no longer hides that
  the group is one (own_group.own_group_names)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clea() -> Chat:
    return build_group("clea07")


def test_the_partnership_by_its_kind_is_the_group(clea: Chat) -> None:
    assert "Membres du groupe (16)" in sure(clea, "qui fait partie du CLEA ?", "directory")
    assert "Membres du groupe (16)" in sure(clea, "c'est qui les partenaires du contrat local d'éducation artistique ?",
                                            "directory")


def test_the_body_named_after_it_and_its_offices_stay(clea: Chat) -> None:
    reply = sure(clea, "qui vient de la résidence-mission ?", "org_representative")
    assert "Elsa Moulin" in reply and "Membres du groupe" not in reply
    assert "Thomas Rieutord" in sure(clea, "qui coordonne le CLEA ?", "role_holder")
    assert "Hélène Chabanis" in sure(clea, "qui préside le comité de pilotage du CLEA ?", "role_holder")
