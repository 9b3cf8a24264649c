"""Rows the lead's whole-set comparison of the thirty-fifth round found lost
to branch r36b, back as on main, with the round's own rows that must stay:

- a question pointing back by a pronoun to the clause before it (« j'aimerais
  prendre contact avec l'établissement scolaire de Payerne …, qui le
  représente chez nous ? ») does not ask by itself: the clause is no
  situation to set aside (asker_condition._refers_back), so the commune the
  town names alone no longer answers (set 21d);
- « qu'est-ce qui se passe si quelqu'un est absent … ? » asks a consequence,
  not whom to tell: the « qui » of « ce qui » asks no person
  (absence_notice._whom_asked), and the decision on repeated absences answers
  (set 26a)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def broye() -> Chat:
    return build_group("broye")


@pytest.fixture(scope="module")
def codev() -> Chat:
    return build_group("codev64")


@pytest.fixture(scope="module")
def mda() -> Chat:
    return build_group("mda45")


def test_a_question_pointing_back_to_the_clause_keeps_it(broye: Chat) -> None:
    question = ("Bonjour, j'aimerais prendre contact avec l'établissement scolaire de Payerne au sujet des classes "
                "d'accueil. Qui le représente chez nous ?")
    assert not outcome_of(broye, question).confident
    # Not the commune's people, as r36b answered by setting the clause aside.
    assert "Jean-Daniel Cuany" not in ask(broye, question)
    # Neighbour: the school asked by itself is still its representative.
    assert "Véronique Rey" in sure(broye, "qui représente l'école ?", "org_representative")


def test_a_situation_before_a_question_asked_by_itself_stays_aside(mda: Chat) -> None:
    # Neighbours of set 43b: « c'est qui le … » and a question without a pronoun still ask by themselves.
    assert "Séance n°5" in sure(mda, "au cas où je serais en retard, ça commence à quelle heure jeudi ?",
                                "meeting_which")
    assert "n°5" in sure(mda, "j'arrive de Montargis jeudi, c'est où exactement la réunion ?", "meeting_next")


def test_what_happens_when_someone_is_absent_is_no_whom_to_tell(codev: Chat, mda: Chat) -> None:
    reply = sure(codev, "qu'est-ce qui se passe si quelqu'un est absent plusieurs fois de suite ?", "decisions_topic")
    assert "démissionnaire" in reply
    # Neighbours (set 43b): whom to tell of one's own absence is still the decision on absences.
    for question in ("si je ne peux pas venir jeudi, je préviens qui ?",
                     "au cas où je serais absente, à qui je dois le signaler ?"):
        assert "Corinne Vasseur" in sure(mda, question, "decisions_topic"), question
