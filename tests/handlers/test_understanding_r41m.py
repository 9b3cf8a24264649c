"""Rows the merged fortieth round lost on the whole-set run, asked again, with
their neighbours:

- « le cvs se réunit combien de fois par an ? » (the lead's set 79), « le
  CESCE se réunit combien de fois dans l'année ? » (set 74): the group's name
  before « se réunit » stays, so the rhythm its decision states answers; only
  « siège » and « se tient » turn the group into « on » (own_meetings.py)."""

from __future__ import annotations

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group


def test_the_group_meeting_how_often_is_its_decided_rhythm() -> None:
    cvs = build_group("cvs56")
    assert "quatre fois par an" in sure(cvs, "le cvs se réunit combien de fois par an ?", "decisions_topic")
    college = build_group("college93")
    assert "trois fois dans l'année" in sure(college, "le CESCE se réunit combien de fois dans l'année ?", "decisions_topic")


def test_the_group_sitting_where_is_still_read_as_we() -> None:
    caleol = build_group("caleol72")
    assert "agence de Vaubourg-le-Loir" in sure(caleol, "en janvier la caleol siège où ?", "meeting_which")
