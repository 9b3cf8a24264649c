"""Meetings, deadlines and decisions named by their date, of blind set 44c
(psad57, the plateforme de suivi et d'appui aux décrocheurs of an invented
district of the Moselle, asked by a CPE of a vocational lycée on Tuesday 1
December 2026), missed on its first run, asked in other words, with the
neighbours that must stay as they were:

- a weekday that does not match the day (« le jeudi 15 » when the 15th is a
  Tuesday) is the nearest such day when the weekday's own 15th is months away;
  « mardi 8/12 » and « 12.01.2027 » are read whole (days.py);
- « la réunion du mardi 3 » is a day, never a sitting described by a decision
  saying « le mardi » (decided_sitting.py);
- a bare day checked of the sitting a heading names (« la réunion de rentrée
  c'était le 22 ? ») is that sitting, held on such a day of another month;
- a day no sitting falls on that a decision names shows that decision, and is
  answered by it when its fate is asked (day_in_decision.py);
- « les places E2C pour janvier, on les a ? » is the task awaiting them, no
  agenda point (second_look, received_task.py);
- « qu'est-ce qu'on doit envoyer pour le 4 ? », « <day> c'est toujours bon ? »
  (intents.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def psad() -> Chat:
    return build_group("psad57")


def test_a_weekday_that_does_not_match_the_day(psad: Chat) -> None:
    reply = sure(psad, "la réunion du jeudi 15 à l'E2C, c'est à 9h30 ?", "meeting_which")
    assert "Séance n°6" in reply and "mardi 15 décembre" in reply and "octobre" not in reply
    assert "n°5" in sure(psad, "la commission de suivi du mercredi 8, c'est à quelle heure déjà ?", "meeting_which")
    # Neighbours: a weekday that matches a day a few weeks back is still that day; the past tense reads back.
    assert "Séance n°2" in sure(psad, "la réunion du mardi 3, c'était où ?", "meeting_which")
    assert "n°5" in sure(psad, "celle du mardi 8 commence à quelle heure ?", "meeting_which")


def test_a_day_written_with_figures(psad: Chat) -> None:
    assert "Séance n°7" in sure(psad, "copil 12.01.2027 lieu ?", "meeting_which")
    assert "n°5" in sure(psad, "mardi 8/12 14h c'est toujours bon ?", "meeting_which")
    # Neighbours: the figures after a cue, a two-digit year.
    assert "n°6" in sure(psad, "la séance du 15.12 commence à quelle heure ?", "meeting_which")
    assert "n°7" in sure(psad, "la réunion du 12/01/27 ça commence à 14h ?", "meeting_which")


def test_a_bare_day_checked_of_a_named_sitting(psad: Chat) -> None:
    reply = sure(psad, "la réunion de rentrée c'était le 22 ?", "meeting_which")
    assert "Séance n°1" in reply and "22 septembre" in reply
    # Neighbour: a bare day with no sitting named, nothing held that day, is said so.
    assert "Aucune séance" in sure(psad, "y a une réunion le 10 ?", "meeting_which")


def test_a_day_a_decision_names(psad: Chat) -> None:
    reply = sure(psad, "la commission du 22 décembre a été annulée ?", "decisions_topic")
    assert "Décision n°11" in reply and "annulée" in reply
    reply = sure(psad, "il y a une réu le 22/12 ?", "meeting_which")
    assert "Aucune séance" in reply and "Décision n°11" in reply
    # Neighbour: a day no decision names shows no decision.
    assert "Décision" not in sure(psad, "on se réunit le 17 décembre ?", "meeting_which")


def test_a_thing_received_is_no_agenda_point(psad: Chat) -> None:
    reply = sure(psad, "les places E2C pour janvier, on les a ?", "in_charge")
    assert "Julien Zimmermann" in reply and "en retard" in reply
    # Neighbour: the point asked of a sitting's agenda stays the agenda.
    assert "Places disponibles" in sure(psad, "on parle de quoi le 8/12 ?", "agenda_items")


def test_what_is_due_on_a_day(psad: Chat) -> None:
    assert "listes SIEI" in sure(psad, "qu'est-ce qu'on doit envoyer pour le 4 ?", "dates_period")
    assert "indicateurs" in sure(psad, "le 29 janvier on doit remonter quoi ?", "dates_period")
    # Neighbour: a day holding nothing.
    assert "Rien" in sure(psad, "on a quelque chose le 17 ?", "dates_period")
