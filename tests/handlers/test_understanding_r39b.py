"""False premises, of blind set 46b (transco12, the commission des
transports scolaires of an invented territory of the Aveyron, asked by the
FCPE's departmental president on Tuesday 1 December 2026), missed on its
first run, asked in other words, with the neighbours that must stay as they
were:

- a day misremembered by one or two (« la réunion du 15 décembre » when it
  is on the 14th): the sitting nearest, not the next after that day
  (near_day.py);
- « la commission de septembre, c'était le 11 ? »: September's sitting of
  that kind, its day checked, not the 11th of this month (meeting_kinds.py
  reusing month_day_check.py);
- « on avait voté la gratuité du car en septembre ? »: the decisions on it
  taken then (taken_within.py);
- « on était combien au GT transport à la demande ? »: the sitting's own
  words are no topic beside who came (presence.py);
- « tout le monde est à jour dans ses tâches ? »: the late tasks
  (task_words.up_to_date);
- « l'asso pour le transport des élèves handicapés, c'est qui ? »: the body
  described by its purpose, its people (body_charge.py);
- « le GT sur … c'est l'après-midi ? »: the sitting's hours, not a decision
  saying « après-midi » (second_look.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def transco() -> Chat:
    return build_group("transco12")


@pytest.fixture(scope="module")
def fsl() -> Chat:
    return build_group("fsl86")


def test_a_day_misremembered_shows_the_nearest_sitting(transco: Chat, fsl: Chat) -> None:
    reply = sure(transco, "la réunion du 15 décembre c'est à quelle heure ?", "meeting_which")
    assert "Aucune séance le mardi 15 décembre 2026." in reply
    assert "Séance la plus proche n°4 — lundi 14 décembre 2026, 17h30–19h30" in reply
    assert "Séance la plus proche n°6" in sure(transco, "la plénière du 5 février c'est à quelle heure ?", "meeting_which")
    assert "Séance la plus proche n°4" in sure(fsl, "la réunion du 11 décembre c'est où ?", "meeting_which")
    # Neighbours: a day a week off is no slip (the next after it), the day itself is that sitting.
    far = sure(transco, "y a une réunion le 21 décembre ?", "meeting_which")
    assert "Aucune séance le lundi 21 décembre 2026." in far and "Séance suivante n°5" in far
    assert "Séance n°4 — lundi 14 décembre 2026" in sure(transco, "la commission du 14 décembre finit à quelle heure ?",
                                                          "meeting_which")


def test_a_kind_of_sitting_of_a_month_with_its_day_checked(transco: Chat) -> None:
    assert "Séance n°1 (tenue) — jeudi 10 septembre 2026" in sure(transco, "la commission de septembre, c'était le 11 ?",
                                                                  "meeting_which")
    assert "Séance n°1 (tenue)" in sure(transco, "la commission de septembre c'était un mardi ?", "meeting_which")


def test_decisions_on_a_topic_taken_in_the_month_said(transco: Chat, fsl: Chat) -> None:
    reply = sure(transco, "on avait voté la gratuité totale du car en septembre, non ?", "decisions_topic")
    assert "Décisions sur « gratuité totale car » (4)" in reply and "90 €" in reply and "10 €" not in reply
    # Neighbour: no month said, every decision found.
    assert "500 €" in sure(fsl, "on a décidé quoi pour l'aide à l'énergie ?", "decisions_topic")


def test_who_came_to_a_sitting_named_by_its_subject(transco: Chat) -> None:
    assert "Présents (9)" in sure(transco, "on était combien au GT transport à la demande ?", "attendance_meeting")
    assert "Présents (9)" in sure(transco, "qui était là au GT transport à la demande ?", "attendance_meeting")
    # Neighbours: a sitting by its day, and the decisions on the same words.
    assert "Présents (16)" in sure(transco, "qui était présent le 12 novembre ?", "attendance_meeting")
    assert "30 %" in sure(transco, "la comcom finance la moitié du TAD c'est ça ?", "decisions_topic")


def test_being_up_to_date_asks_the_late_tasks(transco: Chat, fsl: Chat) -> None:
    assert "Tâches en retard (3)" in sure(transco, "tout le monde est à jour dans ses tâches ?", "tasks_late")
    assert "Tâches en retard (3)" in sure(transco, "on est à jour dans les tâches ?", "tasks_late")
    # Neighbours: « mettre à jour » is a task's words; the asker's own tasks stay hers.
    assert "Claire Fradin" in sure(fsl, "qui met à jour la fiche ADIL ?", "in_charge")
    assert "Tâches de Karine Bastide (2)" in sure(transco, "mes tâches", "tasks_mine")


def test_a_body_described_by_its_purpose(transco: Chat) -> None:
    assert "Sandrine Puech" in sure(transco, "l'asso pour le transport des élèves handicapés, c'est qui ?",
                                    "org_representative")
    assert "Jérôme Bousquet" in sure(transco, "qui représente la Région ?", "org_representative")


def test_a_sitting_s_part_of_the_day_checked(transco: Chat) -> None:
    reply = sure(transco, "le GT sur les élèves en situation de handicap c'est l'après-midi ?", "meeting_which")
    assert "Séance n°5 — mercredi 13 janvier 2027, 10h00–12h00" in reply
    # Neighbour: the decision saying « mercredi après-midi », asked of its own thing.
    assert "mercredi après-midi" in sure(transco, "le TAD c'est ouvert aux collégiens quand ?", "decisions_topic")
