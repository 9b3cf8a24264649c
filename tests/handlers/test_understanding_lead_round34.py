"""The lead's general fixes of the thirty-fourth round's merge, checked in
other words than the sets' rows: a day after a sitting's noun names that
sitting even when a decision's text says the same words (« le procès-verbal
de la séance du 24 septembre … est approuvé »); a body's accounts (« le
compte administratif », « le compte de gestion ») are no minutes; a vote
said in the future, or deciding as a purpose (« pour délibérer »), asks
no decision already taken; who was there, in the imperfect, is no sitting to
come."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def eau() -> Chat:
    return build_group("eau39")


def test_a_day_after_a_sittings_noun_names_the_sitting(eau: Chat) -> None:
    # Decision n°6 says « Le procès-verbal de la séance du 24 septembre 2026 est approuvé »: the day is still the
    # sitting's (n°1), not words of that record.
    reply = sure(eau, "on peut avoir le procès-verbal de la séance du 24 septembre ?", "minutes_request")
    assert "séance n°1" in reply and "séance n°4" not in reply


def test_a_bodys_accounts_are_no_minutes(eau: Chat) -> None:
    # Task n°7 writes the minutes of 19 November; the accounts asked are no minutes and no decision holds them.
    outcome = outcome_of(eau, "le compte de gestion 2026 sera adopté quand ?")
    assert not outcome.confident and "Tâche n°7" not in outcome.reply.plain()


def test_a_vote_to_come_or_deciding_as_a_purpose_asks_no_decision(eau: Chat) -> None:
    for question in ("le règlement de service sera validé quand ?", "il faut combien de délégués présents pour voter ?"):
        outcome = outcome_of(eau, question)
        assert not outcome.confident, question
    # A decision taken is still found when asked so.
    reply = sure(eau, "qu'est-ce qu'on a voté sur le prix de l'eau ?", "decisions_topic")
    assert "1,18 euro" in reply


@pytest.fixture(scope="module")
def clea() -> Chat:
    return build_group("clea07")


def test_who_was_there_is_not_answered_by_a_sitting_to_come(clea: Chat) -> None:
    # The only sitting headed « Rencontre des enseignants … » is n°5, on 14 January: the imperfect asks another one.
    outcome = outcome_of(clea, "ils étaient combien à la rencontre avec les enseignants ?")
    assert not outcome.confident and "Personne ne s'est encore annoncé" not in outcome.reply.plain()
    # Asked ahead, the announcements for it are still given.
    reply = sure(clea, "qui sera à la rencontre avec les enseignants ?", "rsvp_upcoming")
    assert "séance n°5" in reply
