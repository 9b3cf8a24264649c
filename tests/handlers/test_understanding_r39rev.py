"""The lead's review of round 38: a title asked of a coming meeting names the title's own holder, as « qui est
le principal ? » does (answers_attendance._named_member, role_scope.title_opening); in the collège's CESCE of the
lead's set 74 (college93), where « principal » is in three roles: « Principal du collège », « Principale
adjointe » and « Conseillère principale d'éducation »; a co-title typed (« la coprésidente ») keeps to the co-chairs
(codev29, set 38c)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def college() -> Chat:
    return build_group("college93")


def test_the_title_of_a_coming_meeting_is_its_own_holder(college: Chat) -> None:
    for typed in ("le principal sera là jeudi 10 ?", "le principal vient jeudi ?"):
        reply = sure(college, typed, "rsvp_upcoming")
        assert "Karim Benhaddou" in reply and "a annoncé sa présence" in reply
        assert "Nadia Ferhat" not in reply and "Sandrine Orcel" not in reply


def test_the_neighbours_stay(college: Chat) -> None:
    assert "Karim Benhaddou" in sure(college, "qui est le principal ?", "role_holder")
    assert "Sandrine Orcel" in sure(college, "la CPE sera là jeudi ?", "rsvp_upcoming")
    assert "Fatoumata Diallo" in sure(college, "Mme Diallo sera là jeudi 10 ?", "rsvp_upcoming")


def test_a_co_title_keeps_its_co_holders() -> None:
    # codev29: two coprésidentes (the council's and the AMAP's) and a « Présidente de l'association locale »: the
    # co-title typed is asked of the two co-chairs, never answered by the présidente whose clause opens with the title.
    outcome = outcome_of(build_group("codev29"), "la coprésidente sera là jeudi ?")
    assert not outcome.confident
    said = outcome.reply.plain()
    assert "Anne-Laure Quéméner" in said and "Tifenn Cozic" in said and "Marie-Thérèse Lagadec" not in said
