"""The three confident wrong answers of the lead's blind set 74 (college93, the
CESCE of an invented collège of Stains, asked by its SVT teacher on Tuesday 1
December 2026), made honestly unsure by narrow rules (doubtful_readings.py),
with the neighbours that must stay as they were:

- « les réunions au deuxième trimestre ? » in a school's group (three members
  or more of one collège, lycée or école): the school's term, which the bot
  cannot date, not the calendar's April–June; the first quarter and a quarter
  with its year stay the calendar's, and other groups keep the calendar's;
- « Samir il doit présenter quoi ? »: what someone has to do, not the card;
- « les parents de Parents ensemble c'est qui ? »: the charge's only word said
  again inside the one body named after it, the body's people or the charge."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def college() -> Chat:
    return build_group("college93")


@pytest.fixture(scope="module")
def evreux() -> Chat:
    return build_group("evreux27")


@pytest.mark.parametrize("text", [
    "on a quoi comme réunions au deuxième trimestre ?",
    "les réunions du 2e trimestre ?",
    "quelles échéances au troisième trimestre ?",
])
def test_a_later_term_in_a_school_is_unsure(college: Chat, text: str) -> None:
    outcome = outcome_of(college, text)
    assert not outcome.confident
    assert "Je ne suis pas sûr" in ask(college, text)


def test_the_calendar_quarter_stays_where_it_is_meant(college: Chat, evreux: Chat) -> None:
    assert "n°5" in sure(college, "on a quoi comme réunions au premier trimestre ?", "meetings_upcoming")
    assert "deuxième trimestre 2027" in sure(college, "les réunions du deuxième trimestre 2027 ?", "meetings_upcoming")
    # No school's group: the calendar's quarter, as before.
    assert outcome_of(evreux, "on a quoi comme réunions au deuxième trimestre ?").confident


def test_what_someone_must_do_is_no_card(college: Chat) -> None:
    # Offered as his tasks until r40f read « présenter » as work (lexicon.toml [task_questions]): now his tasks, as
    # set lead74 labels it.
    assert "planning de présence" in sure(college, "Samir il doit présenter quoi ?", "tasks_mine")
    # Neighbours: tasks the reader already finds with « doit <verbe> quoi », his tasks asked with « faire », his
    # card asked plainly, the task's holder asked by its verb.
    assert "calendrier des séances d'EVARS" in sure(college, "Céline elle doit préparer quoi ?", "tasks_mine")
    assert "planning de présence" in sure(college, "Samir il doit faire quoi ?", "tasks_mine")
    assert "Médiateur social" in sure(college, "Samir il est qui ?", "who_is")
    assert "Samir Boukhalfa" in sure(college, "qui doit présenter le planning ?", "in_charge")


def test_a_body_s_own_word_before_its_name_is_unsure(college: Chat) -> None:
    reply = ask(college, "les parents de Parents ensemble c'est qui ?")
    assert "Je ne suis pas sûr" in reply and "qui représente une organisation" in reply
    # Neighbours: the body asked alone, the charge asked with no body named.
    assert "Abdelkader Mansouri" in sure(college, "Parents ensemble c'est qui ?", "org_representative")
    assert "Ludivine Carré" in sure(college, "qui s'occupe des parents ?", "in_charge")
