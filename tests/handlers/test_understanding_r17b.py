"""What is planned and what changes, that blind set 25b (pedt44, the steering
of Couëron's projet éducatif de territoire, asked by its coordinator on
Tuesday 1 December 2026) missed on its first run, asked in other words, in
its group and in the Val de Drôme CTG (ctg26):

- what a decision changes from a date (taking_effect.py): « ça change quoi
  en janvier ? », « c'est en vigueur depuis quand ? », « ça démarre
  quand ? », « ça s'applique quand ? », a month or « la rentrée » keeping
  the decisions that take effect then; not a meeting's start, not « qui »;
- a yes-or-no check of a deadline on a day or a period with no question
  word (date_checked.py): « le bilan annuel c'est vendredi ? »;
- what is planned at a sitting named by its kind or day is its agenda
  (meeting_programme.py): « y a quoi de prévu au copil ? »; a period alone
  keeps its dates;
- a point checked at a sitting of a month, in the agenda's own words, over a
  decision found through a family (agenda_check.py), but not once voted;
- loose wordings of a period's dates (intents.toml): « qu'est-ce qu'il faut
  boucler avant Noël ? »."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def coueron() -> Chat:
    """Set 25b's group: next COTECH Thu 10 Dec, COPIL Tue 12 Jan, plénière Sat 6 Feb (each with an agenda)."""
    return build_group("pedt44")


@pytest.fixture(scope="module")
def drome() -> Chat:
    """The lead's set 25 group: COTECH Tue 15 Dec, COPIL Tue 19 Jan (agendas); decisions taking effect in 2027."""
    return build_group("ctg26")


@pytest.mark.parametrize(("text", "shown"), [
    ("le centre aéré, ça change quoi en janvier ?", "mercredi matin à partir de janvier 2027"),
    ("qu'est-ce qui change en janvier ?", "mercredi matin"),
    ("le relais petite enfance, ça démarre quand ?", "septembre 2027"),
])
def test_what_a_decision_changes_from_a_date_in_the_drome(drome: Chat, text: str, shown: str) -> None:
    assert shown in sure(drome, text, "decisions_topic")


@pytest.mark.parametrize(("text", "shown"), [
    ("qu'est-ce qui change pour le minibus ?", "à compter de février 2027"),
    ("la tarification de la cantine, ça s'applique quand ?", "rentrée de septembre 2027"),
    ("le portail des familles, il est entré en vigueur quand ?", "depuis le 2 novembre 2026"),
    ("ça change quoi pour les études surveillées en janvier ?", "quatre soirs"),
])
def test_what_a_decision_changes_from_a_date_at_coueron(coueron: Chat, text: str, shown: str) -> None:
    assert shown in sure(coueron, text, "decisions_topic")


def test_a_month_keeps_only_the_decisions_taking_effect_then(coueron: Chat) -> None:
    reply = sure(coueron, "qu'est-ce qui change en janvier ?", "decisions_topic")
    assert "7h30" in reply and "quatre soirs" in reply
    assert "portail familles" not in reply and "septembre 2027" not in reply


def test_a_meetings_start_and_a_who_question_are_not_a_decision_taking_effect(coueron: Chat) -> None:
    assert outcome_of(coueron, "la réunion commence à quelle heure jeudi ?").intent == "meeting_which"
    assert "Décision" not in ask(coueron, "qui change les horaires des accueils ?")


@pytest.mark.parametrize(("group", "text", "shown"), [
    ("pedt44", "le bilan annuel c'est vendredi ?", "vendredi 18 décembre 2026"),
    ("pedt44", "les enquêtes c'est pour demain ?", "lundi 7 décembre 2026"),
    ("ctg26", "le dépôt du bonus territoire c'est le 18 ?", "vendredi 18 décembre 2026"),
])
def test_a_deadline_checked_on_a_day_shows_its_own_day(group: str, text: str, shown: str) -> None:
    assert shown in sure(build_group(group), text, "dates_period")


@pytest.mark.parametrize(("group", "text", "point"), [
    ("pedt44", "y a quoi de prévu au copil ?", "Budget 2027 du PEDT"),
    ("ctg26", "il se passe quoi au copil de janvier ?", "Validation des fiches actions"),
    ("pedt44", "pour la plénière, il y a un déroulé de prévu ?", "Restitution du diagnostic"),
])
def test_what_is_planned_at_a_sitting_is_its_agenda(group: str, text: str, point: str) -> None:
    assert point in sure(build_group(group), text, "agenda_items")


def test_a_period_alone_keeps_its_dates(coueron: Chat) -> None:
    assert outcome_of(coueron, "il se passe quoi en janvier ?").intent == "dates_period"
    assert "Clôture des inscriptions" in sure(coueron, "il se passe quoi en janvier ?", "dates_period")


def test_a_point_at_a_sitting_of_a_month_in_its_own_words(drome: Chat) -> None:
    reply = sure(drome, "on fait le bilan des accueils de loisirs au copil de janvier ?", "agenda_items")
    assert "« Bilan des accueils de loisirs »" in reply and "19 janvier 2027" in reply


def test_a_point_already_voted_is_no_agenda_check(coueron: Chat) -> None:
    assert "Ordre du jour" not in ask(coueron, "le budget a été voté au copil ?")


def test_what_must_be_finished_before_christmas_is_the_periods_dates(drome: Chat) -> None:
    assert "Dépôt des demandes de bonus territoire" in sure(drome, "qu'est-ce qu'il faut boucler avant Noël ?",
                                                            "dates_period")
