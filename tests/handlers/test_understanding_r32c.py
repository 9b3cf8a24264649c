"""The negations, quantifiers and counts blind set 39c (clea07, the comité de
pilotage of an invented contrat local d'éducation artistique in the Ardèche,
asked by the intercommunal médiathèque's head on Tuesday 1 December 2026)
missed on its first run, asked in other words, and in another group
(clspd13), with the neighbours that must stay as they were:

- a count checked with « ne … que » (« il n'y a que trois séances d'ici
  l'été ? », « on ne sera que six ? », « il ne reste que deux semaines pour
  … ? ») asked as the count (restricted_count.py);
- « tout le monde » as the subject of coming or being there (« tout le monde
  sera là ? ») asks who comes, and who does not (everyone_present.py);
- « il n'y aura (avait) personne de <X> … ? » asks whether someone of X comes
  (came), and « <chose>, personne ne l'a encore <participe> ? » who does it
  (nobody.py);
- « qui n'était pas là en <mois> ? » the excused and absent, not the month's
  tasks (intents.toml);
- « … ne se fait plus ? » as « … se fait toujours ? » (no_longer.py), « rien
  n'a été … ? » as « quelque chose a été … ? » (nothing_asked.py);
- a sitting asked where is no task (task_questions._sitting_where); how long a
  body's thing lasts is the decision's, not the next meeting's length
  (body_duration.py); « combien d'échéances <période> » the dates of it."""

from __future__ import annotations

import pytest

from handlers.understanding.everyone_present import everyone_as_who
from handlers.understanding.restricted_count import count_of_restriction
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clea() -> Chat:
    return build_group("clea07")


@pytest.fixture(scope="module")
def clspd() -> Chat:
    return build_group("clspd13")


def test_a_count_checked_with_ne_que_is_asked_as_the_count(clea: Chat, clspd: Chat) -> None:
    assert "Prochaines séances" in sure(clea, "il n'y a que trois séances d'ici l'été ?", "meetings_upcoming")
    assert "Annoncés excusés" in sure(clspd, "on ne sera que six à la cellule de veille ?", "rsvp_upcoming")
    assert "18 décembre" in sure(clspd, "il ne reste que deux semaines pour le dossier FIPD ?", "dates_period")


def test_ne_que_without_a_count_or_a_question_stays_as_typed() -> None:
    assert count_of_restriction("il n'y a que Thomas pour la com com ?") == "il n'y a que Thomas pour la com com ?"
    assert count_of_restriction("on n'est que six, dommage.") == "on n'est que six, dommage."


def test_everyone_coming_asks_who_comes_and_who_does_not(clea: Chat, clspd: Chat) -> None:
    assert "Annoncés excusés" in sure(clspd, "tout le monde sera là à la cellule de veille ?", "rsvp_upcoming")
    assert "Florence Teyssier" in sure(clea, "est-ce que tout le monde était présent au copil de novembre ?",
                                       "attendance_meeting")
    assert everyone_as_who("Tout le monde était là, merci !") == "Tout le monde était là, merci !"


def test_nobody_of_a_body_at_a_sitting_to_come_or_held(clea: Chat, clspd: Chat) -> None:
    assert "Maud Vernet" in sure(clea, "il n'y aura personne de la DRAC jeudi ?", "rsvp_upcoming")
    assert "Nathalie Roux" in sure(clspd, "il n'y aura personne de 13 Habitat jeudi ?", "rsvp_upcoming")
    assert "parmi les excusés" in sure(clspd, "y avait personne du parquet en octobre ?", "attendance_meeting")


def test_nobody_did_the_thing_put_first(clea: Chat, clspd: Chat) -> None:
    assert "Sonia Bellaïche" in sure(clspd, "les convocations de la plénière, personne ne les a encore préparées ?",
                                     "in_charge")
    assert not outcome_of(clea, "mes clés, personne ne les a vues ?").confident  # asked of the members


def test_who_was_not_there_in_a_month(clea: Chat, clspd: Chat) -> None:
    assert "Julien Sauvaire" in sure(clspd, "qui n'était pas là à la cellule de veille d'octobre ?",
                                     "attendance_meeting")
    assert "Elsa Moulin" in sure(clea, "qui n'était pas là en novembre ?", "attendance_meeting")


def test_no_longer_and_nothing_are_checked_in_the_positive(clea: Chat, clspd: Chat) -> None:
    assert "annulée" in sure(clspd, "la réunion publique sur la vidéoprotection ne se fait plus ?", "in_charge")
    assert "Tâches annulées" in sure(clspd, "rien n'a été abandonné ?", "tasks_late")
    assert "n°3" in sure(clea, "rien n'a été décidé en novembre ?", "decisions_recent")


def test_a_sitting_asked_where_is_no_task(clea: Chat) -> None:
    outcome = outcome_of(clea, "la rencontre avec les profs, c'était où ?")
    assert not (outcome.confident and outcome.intent == "in_charge"), outcome.reply.plain()


def test_how_long_a_bodys_thing_lasts_is_no_meetings_length(clea: Chat) -> None:
    assert "janvier à avril" in sure(clea, "la résidence-mission dure combien de temps ?", "decisions_topic")
    assert "n°4" in sure(clea, "la prochaine réunion dure combien de temps ?", "meeting_next")


def test_the_deadlines_of_a_period_counted(clspd: Chat) -> None:
    assert "FIPD" in sure(clspd, "combien d'échéances d'ici fin janvier ?", "dates_period")
