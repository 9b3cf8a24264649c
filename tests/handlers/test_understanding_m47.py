"""Decisions checked in a member's words, of blind sets 25c (eaje-sn44, the
childcare places' commission of an invented Saint-Nazaire service), 21b
(maraude76) and 20c (epicerie74), missed on their first runs, asked in other
words, with the neighbours that must stay as they were:

- a yes-or-no check whose « qui » is a relative (« les nounous qui font des
  horaires décalés ont un bonus ? ») asks for no one: the decision it names
  answers it (decision_check._relative_qui), while « la subvention qui s'en
  occupe chez nous ? » and « qu'est-ce qui reste à faire … ? » still ask
  who and what;
- a check holding three quarters of its words in one decision and half in
  another, through a word both share, is the decision whose words are rarer
  in the group (« nounous », « bonus » are in one decision, « horaires » in
  two): decision_check.rarer_leads."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def eaje() -> Chat:
    return build_group("eaje-sn44")


def test_a_relative_qui_checks_a_decision(eaje: Chat) -> None:
    reply = sure(eaje, "une assistante maternelle qui accueille en horaires décalés a un bonus ?", "decisions_topic")
    assert "Une prime de 300 euros" in reply


def test_the_rarer_words_pick_the_decision(eaje: Chat) -> None:
    reply = sure(eaje, "les nounous ont un bonus pour les horaires décalés ?", "decisions_topic")
    assert "Une prime de 300 euros" in reply
    # « déposé » is in two decisions, « étudié » (« examinées ») and « rentrée » (« en cours d'année ») in one.
    assert "en cours d'année" in sure(eaje, "un dossier déposé après la rentrée est-il étudié ?", "decisions_topic")


def test_a_qui_asking_someone_is_no_decision_checked() -> None:
    schoenberg = build_group("schoenberg")
    outcome = outcome_of(schoenberg, "la subvention loterie romande qui s'en occupe chez nous ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic")
    clspd = build_group("clspd13")
    outcome = outcome_of(clspd, "qu'est-ce qui reste à faire suite à la cellule de veille d'octobre ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic")


def test_a_relative_qui_about_people_stays_unsure(eaje: Chat) -> None:
    # Asked of colleagues, not of the rules: no decision holds three quarters of its words.
    assert not outcome_of(eaje, "la maman qui travaille aux Chantiers a rappelé ?").confident
    assert not outcome_of(eaje, "les parents qui ont appelé hier ont eu une réponse ?").confident
