"""Rows that the thirty-seventh round's merge lost (sets 34c, 36c, 41a, 43b),
through branch r38a's South-West turns and its month's recorded sitting, with
r38a's own rows kept (tests/handlers/test_understanding_r38a.py):

- a guess after « c'est qui » is read away only when it follows « c'est
  qui » and the person it guesses at is named (« c'est qui Louis Carrère,
  le président ? »). « c'est qui, le monsieur de la CARSAT ? » names nobody:
  the words after the comma are the question; « si j'ai …, le directeur du
  CIO c'est qui ? » has its comma before « c'est qui » (gascon_turns.py);
- a place said with the month (« la commission de novembre à Montargis »)
  picks the sitting: another sitting of the month, recorded, is not the one
  asked (answers_attendance._recorded_in_month)."""

from __future__ import annotations

import pytest

from handlers.understanding.gascon_turns import gascon_as_french
from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.mark.parametrize("kept", [
    "c'est qui, le monsieur de la CARSAT ?",
    "C'est qui, les membres de la table ?",
    "si j'ai une question d'orientation, le directeur du CIO c'est qui ?",
])
def test_a_question_after_the_comma_is_kept(kept: str) -> None:
    assert gascon_as_french(kept) == kept


@pytest.mark.parametrize(("typed", "meant"), [
    # r38a's rows: the person named, before or after « c'est qui ».
    ("c'est qui Amélie Barrère, la véto ?", "c'est qui Amélie Barrère ?"),
    ("le Romain Escoubet c'est qui, un pitchoun de la vallée ?", "le Romain Escoubet c'est qui ?"),
])
def test_a_guess_at_a_named_person_is_still_read_away(typed: str, meant: str) -> None:
    assert gascon_as_french(typed) == meant


def test_the_one_asked_after_c_est_qui() -> None:
    assert "Sylvie Gauthier" in sure(build_group("tqrosemont"), "C'est qui, la personne de la commission scolaire ?",
                                     "org_representative")
    assert "Denis Beaulieu" in sure(build_group("tqrosemont"), "C'est qui, les membres de la table ?", "directory")
    assert "Pascal Rouchon" in sure(build_group("aines23"), "c'est qui, le monsieur de la CARSAT ?",
                                    "org_representative")
    assert "Stéphanie Morel" in sure(build_group("egalite38"), "c'est qui, les référent·e·s violences intrafamiliales ?",
                                     "in_charge")


@pytest.fixture(scope="module")
def mda() -> Chat:
    return build_group("mda45")


def test_a_reason_before_the_role_asked(mda: Chat) -> None:
    assert "Thomas Perrin" in sure(mda, "si j'ai une question d'orientation, le directeur du CIO c'est qui ?",
                                   "role_holder")
    assert "Kévin Lefort" in sure(
        mda, "si j'ai un élève qui veut faire de la boxe, l'éducateur sportif c'est qui ?", "role_holder")


def test_the_month_and_the_place_pick_the_sitting(mda: Chat) -> None:
    reply = sure(mda, "qui était présent à la commission de novembre à Montargis ?", "attendance_meeting")
    assert "Aucune présence" in reply and "séance n°3" in reply
