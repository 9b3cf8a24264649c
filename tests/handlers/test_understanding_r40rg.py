"""Rows of older sets the merged thirty-ninth round lost, through helper
r40g's chat words (lexicon.toml), each back to what main answered, with
the neighbours r40g mended that must stay as they are:

- « le relevé du copil de septembre ? » (set 27b): a steering committee's
  record is its relevé de décisions, so « le relevé du copil » is not
  read as its minutes (« le relevé du comité de juin » still is); the
  sets key that sentence both ways (27b decisions, lead29 minutes), so the
  member is asked which, as on main;
- « le labo indépendant c'est qui ? » (set lead63): only the plural
  « labos » is read as « laboratoires » (« les labos Vergy »); the singular
  said alone no longer reads as the « laboratoire » a role heads, which
  made it answer, sure, who is in charge of a lab: the member whose role
  says « indépendant » is offered, unsure, as on main."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ligne() -> Chat:
    return build_group("ligne21")


def test_the_record_of_a_steering_committee_is_not_read_as_minutes(ligne: Chat) -> None:
    outcome = outcome_of(build_group("csx-lorient"), "le relevé du copil de septembre ?")
    assert not outcome.confident
    reply = outcome.reply.plain()
    assert "les dernières décisions ?" in reply and "compte rendu" not in reply
    # Neighbour: a committee's « relevé » is still its minutes (set lead81).
    assert "compte rendu de la séance n°2" in sure(ligne, "le relevé du comité de juin ?", "minutes_request")


def test_a_lab_said_alone_is_no_lab_head_asked(ligne: Chat) -> None:
    outcome = outcome_of(build_group("cli82b"), "le labo indépendant c'est qui ?")
    assert not outcome.confident
    reply = outcome.reply.plain()
    assert "aucun rôle ne parle de « labo »" in reply and "Thomas Vergnes — CRIIRAD" in reply
    # Neighbour: the plural still names a company's laboratories (set lead81).
    assert "Karim Benhaddou" in sure(ligne, "qui représente les labos Vergy ?", "org_representative")
