"""How a sitting is run, of blind set 42c (eau39, the comité syndical of an
invented syndicat mixte des eaux in the Jura, asked by the delegate of
Montrond-la-Côte on Tuesday 1 December 2026), missed on its first run,
asked in other words, with the neighbours that must stay as they were:

- a past sitting named by what was decided there (« la réunion qui a
  adopté le RPQS », « la séance où on a voté le budget du 40e
  anniversaire », « la séance du DOB ») is the one sitting whose decisions
  say it, even when a coming sitting's agenda says it too; a place held by
  a meeting stays that meeting (decided_sitting.py);
- deciding at a coming sitting (« qu'est-ce qu'on vote le 10 ? », « qu'est-ce
  qui sera soumis au vote le 8 décembre ? ») asks its agenda, while « on a
  voté quoi le 19 novembre ? » stays that sitting's decisions
  (meeting_programme.py);
- a point said brought before a sitting of a day (« soumise au vote le
  10 », « passe en séance le 10 ») is that sitting's point, not a decision
  or a task sharing its words (agenda_check.py, second_look.py);
- a feminine title of several words (« la vice-présidente ») is the member
  who writes it so, beside a « vice-président » (role_gender.py);
- the asker's own duty asked when (« pour quand je dois présenter le RPQS
  … ? ») is their task, not the group's deadline sharing its words
  (task_match.py);
- a vote cast in the chat of a sitting (« vote contre », « votons contre »,
  « abstention pour moi », « pour ») asks nothing (cast_vote.py);
- whether a sitting's minutes were approved (« le procès-verbal du 19
  novembre est adopté ? ») is the decision approving that sitting's, else
  the coming agenda point on them, never another sitting's approval
  (approved_minutes.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def eau() -> Chat:
    return build_group("eau39")


@pytest.fixture(scope="module")
def jumelage() -> Chat:
    return build_group("jumelage68")


def test_a_sitting_named_by_what_was_decided_there(eau: Chat, jumelage: Chat) -> None:
    assert "n°4" in sure(eau, "la réunion qui a adopté le RPQS s'est tenue où ?", "meeting_which")
    assert "n°4" in sure(jumelage, "la séance où on a voté le budget du 40e anniversaire c'était quand ?",
                         "meeting_which")
    # The past sitting that decided it, not a coming sitting whose agenda names it too.
    assert "n°3" in sure(eau, "la séance où on a décidé le plan d'action agricole c'était où ?", "meeting_which")
    assert "Présences — séance n°4" in sure(eau, "qui était là à la séance où on a voté le tarif de l'eau ?",
                                            "attendance_meeting")


def test_a_sitting_held_at_a_place_stays_that_sitting() -> None:
    ne = build_group("integration-ne")
    assert "n°3" in sure(ne, "la réunion de La Chaux-de-Fonds, c'était quand ?", "meeting_which")
    assert "n°4" in sure(ne, "la réunion du Locle c'était quand déjà ?", "meeting_which")


def test_deciding_at_a_coming_sitting_asks_its_agenda(eau: Chat, jumelage: Chat) -> None:
    assert "Ordre du jour de la séance n°5" in sure(eau, "qu'est-ce qu'on vote le 10 ?", "agenda_items")
    assert "Ordre du jour de la séance n°5" in sure(jumelage, "qu'est-ce qui sera soumis au vote le 8 décembre ?",
                                                    "agenda_items")
    assert "séance n°4" in sure(eau, "on a voté quoi le 19 novembre ?", "decisions_recent")


def test_a_point_brought_before_a_sitting_of_a_day(eau: Chat) -> None:
    reply = sure(eau, "la redevance d'assainissement est soumise au vote le 10 ?", "agenda_items")
    assert "Redevance d'assainissement collectif 2027" in reply and "n°5" in reply
    reply = sure(eau, "le budget primitif passe en séance le 10 ?", "agenda_items")
    assert "Budget primitif 2027" in reply and "maquette" not in reply


def test_a_feminine_title_of_several_words(eau: Chat) -> None:
    reply = sure(eau, "c'est qui la vice-présidente ?", "role_holder")
    assert "Sylvie Bourgeois-Jacquet" in reply and "Jean-Marc Cuynet" not in reply
    reply = outcome_of(eau, "la vice-présidente a quoi à faire ?").reply.plain()
    assert "maquette du budget primitif" in reply and "Jean-Marc Cuynet" not in reply


def test_the_askers_own_duty_asked_when(eau: Chat) -> None:
    reply = sure(eau, "pour quand je dois présenter le RPQS en conseil municipal ?", "in_charge")
    assert "17 décembre" in reply and "Échéance" not in reply
    # The group's deadline asked of the group stays the deadline.
    assert "18 décembre" in sure(eau, "le RPQS doit être transmis aux communes pour quand ?", "dates_period")


def test_a_vote_cast_in_the_chat_is_no_question(eau: Chat) -> None:
    for cast in ("vote contre", "votons contre", "moi je vote contre", "abstention pour moi", "Pour"):
        assert not outcome_of(eau, cast).confident, cast
    # A question on votes stays one.
    assert "33 voix pour" in sure(eau, "le prix de l'eau a été voté à l'unanimité ?", "decisions_topic")


def test_whether_a_sittings_minutes_were_approved(eau: Chat) -> None:
    reply = sure(eau, "le procès-verbal du 19 novembre est adopté ?", "agenda_items")
    assert reply.startswith("Pas encore") and "n°5" in reply and "24 septembre" not in reply
    # The sitting whose minutes a decision approved: that decision.
    assert "séance du 24 septembre 2026 est approuvé" in sure(
        eau, "le PV de la séance du 24 septembre a été approuvé ?", "decisions_topic")
