"""The lead's blind set 65 (campus63, the comité de pilotage vie étudiante of
an invented university, asked by the president of its student épicerie on
Tuesday 1 December 2026), missed on its first run, asked in other words:

- a body's name whose own words are chat's short forms (« la Fédé
  Dôm'Asso ») is that body, not the one its short forms read out come
  closest to (name_shorthand.py, entities.py);
- a unit of a body the group counts several of (« Université …, service de
  santé universitaire ») is named by its own initials: « le SSU », « la
  BU », « la DVE » (unit_initials.py);
- « les dernières décisions du copil ? » where the copil is the group itself
  (its officers' body) is the group's latest decisions (own_formation.py);
- « quand on est … » closing a question another word asks asks no time
  (chat.circumstance_when);
- a price asked of a thing the decision says funds another thing is not
  stated (decision_slots.py); a sum asked (« combien » alone) of a case must
  be stated by the rule shown (eligibility.py);
- a term's bound (« quinze jours au plus ») and a span of months state a
  duration (slot_checks.py); a body is read with what it is when a
  decision's slot is matched (body_described.py);
- a title typed in the masculine or as initials after « la » is the holder
  whose role writes the feminine (role_gender.by_article);
- « à la présidence » where the sittings sit in the « bâtiment de la
  présidence » is the building (venues.py, entities.py);
- « qui assure la coordination / la présidence … ? » asks the office's holder
  (entities.toml);
- a venue named in two words is typed by its initials in capitals (« au
  RU », « à la MDE »: place_initials.py);
- « … c'est quels jours » closing a message without its mark asks
  (decision_lead.py);
- « le relevé de décisions » and « la rentrée de septembre » asked of a
  record: the sitting held at September's rentrée (school_periods.py);
- the deadlines of the group's own formation, read unsure, are the group's
  deadlines (own_formation.py);
- a thing prepared « en réunion », asked « quel jour »: the coming sitting
  whose agenda holds it (agenda_when.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def campus() -> Chat:
    return build_group("campus63")


def test_a_body_named_with_chat_short_forms_is_that_body(campus: Chat) -> None:
    reply = sure(campus, "c'est qui à la Fédé Dôm'Asso ?", "org_representative")
    assert "Théo Courtadon" in reply and "Baptiste Chabrier" not in reply


def test_a_unit_of_a_body_is_named_by_its_initials(campus: Chat) -> None:
    assert "Philippe Sauvadet" in sure(campus, "qui représente le SSU ?", "org_representative")
    reply = sure(campus, "la BU c'est qui dans le groupe ?", "org_representative")
    assert "François Vidalenc" in reply and "Aurélie Pradier" not in reply
    assert "Sophie Fayolle" in outcome_of(campus, "qui vient de la DVE ?").reply.plain()


def test_the_latest_decisions_of_the_groups_own_formation(campus: Chat) -> None:
    assert "Dernières décisions" in sure(campus, "c'est quoi les dernières décisions du comité de pilotage ?",
                                         "decisions_recent")


def test_a_clause_of_circumstance_and_a_price_not_stated_are_not_answered(campus: Chat) -> None:
    assert not outcome_of(campus, "comment on demande une bourse quand on est étudiant ?").confident
    assert not outcome_of(campus, "la CVEC elle coûte combien ?").confident


def test_a_sum_asked_is_the_rule_stating_one(campus: Chat) -> None:
    assert "5 000 euros" in sure(campus, "un projet asso a droit à combien max de la CVEC", "decisions_topic")
    assert "5 000 euros" in sure(campus, "chaque projet asso peut avoir combien au max de la CVEC", "decisions_topic")


def test_a_duration_stated_by_its_bound_or_its_months(campus: Chat) -> None:
    assert "janvier à juin 2027" in sure(campus, "le tram de nuit c'est pour combien de temps ?", "decisions_topic")
    assert "quinze jours" in sure(campus, "on héberge les étudiants sans logement pendant combien de temps ?",
                                  "decisions_topic")
    assert "trois mois" in sure(campus, "on a accès à l'épicerie solidaire pendant combien de temps ?",
                                "decisions_topic")


def test_a_feminine_article_picks_the_feminine_title(campus: Chat) -> None:
    reply = sure(campus, "la VP vient le 9 décembre ?", "rsvp_upcoming")
    assert "Anne-Laure Chassaing" in reply and "Yanis Belhadj" not in reply
    # The masculine stays generic: both holders, asked which.
    assert not outcome_of(campus, "le VP vient le 9 décembre ?").confident


def test_a_building_named_after_an_office(campus: Chat) -> None:
    reply = sure(campus, "on sera nombreux à la présidence le 9 ?", "rsvp_upcoming")
    assert "Annoncés présents" in reply and "Ce titre" not in reply
    assert "Mathieu Pouzadoux" in sure(campus, "qui assure la coordination du copil ?", "role_holder")


def test_a_two_word_venue_by_its_initials(campus: Chat) -> None:
    assert "n°2" in sure(campus, "c'était quand la réunion à la MDE ?", "meeting_which")
    assert "n°3" in sure(campus, "le CR de la séance au RU ?", "minutes_request")


def test_a_closing_interrogative_of_time_asks(campus: Chat) -> None:
    text = "les distributions de colis pendant les vacances de noel c'est quels jours"
    assert "23 et 30 décembre" in sure(campus, text, "decisions_topic")


def test_the_records_of_the_rentree_sitting(campus: Chat) -> None:
    assert "n°1" in sure(campus, "le relevé de décisions de la réunion de rentrée", "decisions_recent")
    assert "n°1" in sure(campus, "le PV de la réunion de rentrée de septembre ?", "minutes_request")


def test_the_deadlines_of_the_groups_own_formation(campus: Chat) -> None:
    text = "Quels sont les prochains délais du comité de pilotage ?"
    assert "colis alimentaires" in sure(campus, text, "dates_period")


def test_a_thing_prepared_in_a_sitting(campus: Chat) -> None:
    assert "n°6" in sure(campus, "on prépare le budget CVEC 2027 en réunion quel jour ?", "meeting_which")
