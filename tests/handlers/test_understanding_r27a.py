"""The families blind set 34a (pdalhpd21, the technical committee of the
Côte-d'Or's plan for housing the disadvantaged, asked by a member who
remembers descriptions, not names) missed on its first run, asked in other
words and in another group (enfance41, the Loir-et-Cher child protection
group of set 33a), with the neighbours that must stay as they were:

- a member described by novelty, a former title, whom they replace or a
  colleague (« la remplaçante de M. Pernot », « l'ancienne présidente »,
  « le nouveau chargé de mission ») as the subject of attendance, announced
  presence or tasks: that member (described_person.py); asked who, the
  readings of roles still answer; a description two members fit is left;
- the meeting just before a season asked in the past, from December: the
  one held before the last summer (held_before.py); asked ahead, the coming
  one as before;
- a meeting named by the body that hosted it in other words than its place
  (« la réunion chez l'office HLM »: hosted_meeting.py); with a year in
  its clause (« où on a fait le bilan 2025 »: described_meeting.py);
- « on m'a demandé quoi … ? »: the asker's tasks (task_words.py); « on les
  a eus ? » (received_task.py); « les trucs annulés ? » (task_words.py);
  a thing put first and taken up by a pronoun after a member named
  (fronted_object.py);
- « qui coordonne le plan ? »: the role naming the plan, the group itself
  (lexicon.toml group_bodies); « copilote du plan pour l'État » held for the
  State (group_titles.py); « notre interlocutrice côté bailleurs »
  (person_of_body.py); « le délégué des usagers » (lexicon.toml topics);
  « le petit nouveau », « qui est arrivé au département … ? » (lexicon.toml
  shorthand phrases)."""

from __future__ import annotations

import pytest

from handlers.understanding.fronted_object import object_put_back
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def plan() -> Chat:
    return build_group("pdalhpd21")


@pytest.fixture(scope="module")
def enfance() -> Chat:
    return build_group("enfance41")


@pytest.mark.parametrize("question, intent, shown", [
    ("la remplaçante de Gilles Pernot a pris part à la réunion en visio ?", "attendance_meeting", "Isabelle Morizot"),
    ("l'ancienne présidente s'était excusée le 17 novembre ?", "attendance_meeting", "Thérèse Jacquinot"),
    ("le petit nouveau du département vient le 10 ?", "rsvp_upcoming", "Kévin Lallemand"),
    ("la collègue de M. Aouadi a des tâches en cours ?", "tasks_mine", "Laetitia Girardot"),
    ("l'ancienne présidente doit préparer quoi ?", "tasks_mine", "baux glissants"),
])
def test_a_member_described_as_the_subject_of_another_question(plan: Chat, question: str, intent: str,
                                                               shown: str) -> None:
    assert shown in sure(plan, question, intent)


def test_a_newcomer_described_in_another_group(enfance: Chat) -> None:
    # Romain Lefranc, « Nouveau chargé de mission de l'observatoire … », was present on 19 November.
    reply = sure(enfance, "le nouveau chargé de mission était là en novembre ?", "attendance_meeting")
    assert "Romain Lefranc" in reply and "présents" in reply


@pytest.mark.parametrize("question, intent, holder", [
    ("c'est qui la remplaçante de M. Pernot ?", "role_holder", "Isabelle Morizot"),
    ("l'ancienne présidente, c'est qui ?", "role_holder", "Thérèse Jacquinot"),
])
def test_a_description_asked_alone_stays_with_the_roles(plan: Chat, question: str, intent: str, holder: str) -> None:
    assert holder in sure(plan, question, intent)


def test_a_description_two_members_fit_is_not_guessed(plan: Chat) -> None:
    # Two members are « présidente » (one of them a former one): « la présidente » names neither alone.
    outcome = outcome_of(plan, "la présidente était là le 17 novembre ?")
    assert not (outcome.confident and "Thérèse Jacquinot" in outcome.reply.plain()
                and "Marie-Odile Bressand" not in outcome.reply.plain())


@pytest.mark.parametrize("question, intent", [
    ("la séance d'avant l'été, elle s'était tenue où ?", "meeting_which"),
    ("le PV de la réunion d'avant l'été ?", "minutes_request"),
    ("qu'est-ce qu'on avait décidé à la réunion juste avant l'été ?", "decisions_recent"),
])
def test_the_meeting_before_the_summer_asked_in_the_past(plan: Chat, question: str, intent: str) -> None:
    assert "n°1" in sure(plan, question, intent)


def test_the_meeting_before_the_summer_asked_ahead_is_the_coming_one(plan: Chat) -> None:
    # No past word: the span from today to the coming summer, as before (before_bound.py).
    assert "n°7" in sure(plan, "la réunion d'avant l'été, c'est quand ?", "meeting_which")


@pytest.mark.parametrize("question, intent, number", [
    ("la séance chez l'office HLM, qui était là ?", "attendance_meeting", "n°2"),
    ("la réunion chez l'office HLM, on avait parlé de quoi ?", "meeting_which", "Prévention des expulsions"),
    ("la réunion où on a présenté le bilan 2025, c'était où ?", "meeting_which", "n°1"),
])
def test_a_meeting_named_by_its_host_or_its_year(plan: Chat, question: str, intent: str, number: str) -> None:
    assert number in sure(plan, question, intent)


@pytest.mark.parametrize("question, intent, shown", [
    ("on m'a demandé quoi pour le 8 ?", "tasks_mine", "impayés de loyer"),
    ("on a eu les chiffres des expulsions ?", "in_charge", "en retard"),
    ("les choses annulées ?", "tasks_late", "centre d'hébergement de Chenôve"),
    ("la salle de janvier, Farid l'a réservée ?", "tasks_mine", "salle du conseil"),
    ("qui est la coordinatrice du plan ?", "role_holder", "Claire Moissenet"),
    ("qui est le copilote du côté de l'État ?", "role_holder", "Arnaud Perrichon"),
    ("c'est qui notre contact côté bailleurs ?", "org_representative", "Nadia Haddouche"),
    ("qui est délégué pour les usagers ?", "role_holder", "Jean-Marc Roblot"),
    ("qui est arrivé au département en novembre ?", "role_holder", "Kévin Lallemand"),
])
def test_the_other_families_in_other_words(plan: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(plan, question, intent)


def test_a_thing_put_first_is_read_in_the_plain_order() -> None:
    assert object_put_back("les chiffres, Mathieu les a envoyés ?") == "Mathieu a envoyé les chiffres ?"
    assert object_put_back("le local, Anne l'a pris ?") == "Anne a pris le local ?"
    # « on » as the subject is received_task.py's; a plain question has nothing put first.
    assert object_put_back("le devis, on l'a ou pas ?") is None
    assert object_put_back("Mathieu a envoyé les chiffres ?") is None


@pytest.mark.parametrize("question, intent, shown", [
    ("qui coordonne le 115 ?", "role_holder", "Yannick Perraud"),
    ("je me demande qui vient le 10", "rsvp_upcoming", "Annoncés présents"),
    ("les tâches en retard ?", "tasks_late", "Tâches en retard (3)"),
    ("la réunion de juin, c'était où ?", "meeting_which", "n°1"),
])
def test_neighbours_stay_as_they_were(plan: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(plan, question, intent)


def test_a_task_word_wondered_is_no_task_of_the_asker(plan: Chat) -> None:
    outcome = outcome_of(plan, "je me demande si le nouveau règlement est bien")
    assert not (outcome.confident and outcome.intent == "tasks_mine")
