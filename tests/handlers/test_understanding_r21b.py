"""The families blind set 29b (sport-marche, the youth-sport coordination of
Marche-en-Famenne, asked in a group chat's casual register by its
coordinator on Tuesday 1 December 2026) missed on its first run, asked in
other words and in other groups:

- chat words: « à la bourre » is late (lexicon.toml [shorthand_phrases]);
  « la prof de gym », « le prof d'EPS » are the physical-education teacher;
- a deadline whose act is done « pour » the event does not date the event a
  decision dates (event_date.py): « la fête du sport c'est quand ? »;
- a body's sittings named by their heading (sitting_heading.py): « le conseil
  consultatif (des sports) » written before two buildings' names is a
  formation, and « le prochain conseil » picks the council's sittings when a
  working group's alternate with them;
- two-letter initials of a name before its place, typed in capitals
  (initials.py): « la MJ » for the Maison des jeunes de Marche, « la ML » for
  a Mission locale."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def marche() -> Chat:
    return build_group("sport-marche")


@pytest.mark.parametrize("question", ["y a qui a la bourre ?", "qui est à la bourre sur ses tâches ?"])
def test_a_la_bourre_asks_the_late_tasks(marche: Chat, question: str) -> None:
    reply = sure(marche, question, "tasks_late")
    assert "Imprimer les affiches des stages" in reply and "en retard" in reply


def test_a_la_bourre_said_of_oneself_in_chat_is_left_alone(marche: Chat) -> None:
    assert not outcome_of(marche, "dsl jsuis a la bourre, j'arrive").confident


def test_a_la_bourre_in_another_group() -> None:
    reply = sure(build_group("tzcld58"), "qui est à la bourre ?", "tasks_late")
    assert "Tâches en retard" in reply


@pytest.mark.parametrize("question", ["c'est qui le prof d'EPS ?", "qui est prof de gym ?", "la professeure de gym c qui"])
def test_the_gym_teacher_is_the_physical_education_teacher(marche: Chat, question: str) -> None:
    assert "Mélanie Hubert" in sure(marche, question, "role_holder")


def test_the_event_is_dated_by_its_decision_not_by_a_file_due_for_it(marche: Chat) -> None:
    outcome = outcome_of(marche, "c'est quand la fête du sport ?")
    assert outcome.confident and "13 juin 2027" in outcome.reply.plain()
    assert "18 décembre" not in outcome.reply.plain()


def test_the_file_for_the_event_is_still_its_deadline(marche: Chat) -> None:
    reply = sure(marche, "le dossier pour la fête du sport c'est pour quand ?", "dates_period")
    assert "18 décembre 2026" in reply


@pytest.mark.parametrize("question", ["le conseil consultatif c'est où ?", "quand a lieu le conseil consultatif des sports",
                                      "le prochain conseil c'est quand ?", "c'est quand le conseil"])
def test_the_council_is_its_next_sitting_not_the_working_group(marche: Chat, question: str) -> None:
    outcome = outcome_of(marche, question)
    assert outcome.confident and "n°5" in outcome.reply.plain() and "jeudi 21 janvier 2027" in outcome.reply.plain()


def test_the_last_council_and_its_chair(marche: Chat) -> None:
    assert "hall omnisports de Hollogne" in sure(marche, "le dernier conseil c'était où ?", "meeting_last")
    assert "Jean-Luc Collignon" in sure(marche, "qui préside le conseil consultatif ?", "role_holder")


def test_a_committee_named_by_its_heading_in_another_group() -> None:
    reply = sure(build_group("tzcld58"), "c'est quand le comité local pour l'emploi ?", "meeting_which")
    assert "Comité local pour l'emploi" in reply


@pytest.mark.parametrize("question", ["qui vient de la MJ ?", "c qui a la MJ"])
def test_the_youth_centre_by_its_two_letters(marche: Chat, question: str) -> None:
    assert "Kevin Marchal" in outcome_of(marche, question).reply.plain()
    assert outcome_of(marche, question).confident


def test_the_meeting_held_at_the_youth_centre_by_its_two_letters(marche: Chat) -> None:
    assert "n°2" in sure(marche, "la réunion à la MJ c'était quand ?", "meeting_which")


def test_a_mission_locale_by_its_two_letters() -> None:
    assert "Mission locale d'Aulnay-sous-Bois" in sure(build_group("aulnay93"), "qui représente la ML ?", "org_representative")
