"""Questions passed on for someone else, of blind set 40b (pat46, the comité
de suivi of an invented projet alimentaire territorial of the Lot, asked by
the director of a CCAS on Tuesday 1 December 2026), missed on its first run,
asked in other words, and in another group, with the neighbours that must
stay as they were:

- a question relayed at the start of the message (« mon collègue me demande
  quand … », « la Région voudrait savoir qui … », « savez-vous si … », « est-ce
  que tu peux dire à Didier quand … ») is the direct question it carries; of
  the member who asks it when one is named or described (« Karima voudrait
  savoir ce qu'elle doit faire » is Karima's tasks, never the asker's); a
  story of a past question (« … m'a demandé qui présidait le comité »), a
  request to the group (« le maire demande qu'on … ») and a question for a
  member (« … demande si tu peux … ») are none (relayed.py);
- the asker passing the answer on (« …, afin que je la transmette à mon
  maire ») is no part of the request (own_purpose.py);
- a sitting named by its heading and its month, asked « prévu quand », is that
  sitting, not a task on another sitting's minutes (task_questions.py);
- « X était à la réunion de Y ? », « X sera au prochain comité ? »: X's
  presence, not the sitting held at X (presence_cues.py);
- « l'atelier cantine(s) » is the sitting whose heading says the subject in
  the family's other words (« Atelier restauration collective »,
  heading_kin.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def pat() -> Chat:
    return build_group("pat46")


@pytest.fixture(scope="module")
def pcaet() -> Chat:
    return build_group("pcaet26")


def test_a_relayed_question_is_the_question_it_carries(pat: Chat, pcaet: Chat) -> None:
    assert "n°6" in sure(pat, "est-ce que tu peux dire à Didier quand a lieu l'atelier sur le foncier ?", "meeting_which")
    assert "Nathalie Fraysse" in sure(pat, "la Région voudrait savoir qui est la chargée de mission de la DRAAF",
                                      "role_holder")
    assert "Thibault Marcon" in sure(pcaet, "le président de la coopérative me demande qui représente l'ADEME",
                                     "org_representative")
    # A story of a past question, a request to the group, a question for a member: nothing for the bot.
    for text in ("une élue m'a demandé qui présidait le comité", "le maire demande qu'on arrive à l'heure mardi",
                 "Aurélie, Corinne demande si tu peux lui renvoyer le compte rendu"):
        assert not outcome_of(pat, text).confident, text


def test_the_question_is_of_the_member_who_asks_it(pat: Chat, pcaet: Chat) -> None:
    karima = sure(pat, "Karima voudrait savoir ce qu'elle doit faire", "tasks_mine")
    assert "budget de fonctionnement" in karima and "épicerie sociale" not in karima  # hers, not the asker's
    described = sure(pat, "la directrice de la légumerie demande ce qu'elle a à faire", "tasks_mine")
    assert "budget de fonctionnement" in described
    nadia = sure(pcaet, "Nadia m'a demandé quelles étaient ses tâches, tu peux me dire ?", "tasks_mine")
    assert "bornes de recharge" in nadia and "souscription" not in nadia
    assert "parmi les excusés" in sure(pat, "Corinne demande si elle était notée présente en novembre",
                                       "attendance_meeting")


def test_the_asker_passing_the_answer_on(pat: Chat, pcaet: Chat) -> None:
    assert "Prochaines séances" in sure(
        pat, "Pouvez-vous me rappeler les dates des prochaines réunions, afin que je les transmette à mon maire ?",
        "meetings_upcoming")
    assert "n°4" in sure(pcaet, "c'est quand le prochain comité technique, pour que je prévienne mon élue ?",
                         "meeting_which")


def test_a_sitting_of_a_month_asked_when_planned(pat: Chat, pcaet: Chat) -> None:
    assert "n°7" in sure(pat, "quand est-ce qu'est prévu le comité de suivi de mars ?", "agenda_items")
    assert "n°6" in sure(pcaet, "quand est prévu le comité technique de février ?", "agenda_items")


def test_a_body_at_a_sitting_is_its_presence(pat: Chat, pcaet: Chat) -> None:
    assert "parmi les présents" in sure(pat, "le CCAS était à la réunion de la légumerie ?", "attendance_meeting")
    assert "a présenté ses excuses" in sure(pat, "la Région sera au prochain comité ?", "rsvp_upcoming")
    assert "parmi les présents" in sure(pcaet, "la DDT était à la réunion de la coopérative ?", "attendance_meeting")


def test_a_workshop_named_by_its_subject_in_other_words(pat: Chat) -> None:
    assert "n°2" in sure(pat, "le compte rendu de l'atelier cantine ?", "minutes_request")
    assert "Karima Benhamou" in sure(pat, "qui était excusé à l'atelier cantines ?", "attendance_meeting")
    # The heading's own word is read by the places, as before.
    assert "n°6" in sure(pat, "l'atelier foncier, c'est quand ?", "meeting_which")
