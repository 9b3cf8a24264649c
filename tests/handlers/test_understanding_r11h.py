"""The work after a meeting that blind set 20h (emploi1190, Brussels) missed
on its first run, asked in other groups and other words: « doit être fait »
asks what is due, not what is done; a listing of the tasks due in a span
that holds today leaves out those done before it; « c'est pour quand le
compte rendu ? » (no verb) is the date of the task on the minutes; a body
« était là à la <lieu> » (the place after « à la ») is the body's presence
at the meeting held there, not its representatives; a body whose name
begins with the meeting town (« Reims habitat ») is the body; a noun that
is also a verb of showing (« les affiches ») names a task; a member named
by a title only one holds (« la juriste de l'ADIL était là ? »); the
asker's own « je suis inscrite pour le 17 ? »."""

from __future__ import annotations

import pytest

from tests.handlers.questions_groups import build_group
from tests.handlers.questions_eval import outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ccas() -> Chat:
    """The Saône-et-Loire CCAS network (blind set 19h's), asked on Tuesday 1 December 2026."""
    return build_group("ccas71")


@pytest.fixture(scope="module")
def reims() -> Chat:
    """The Grand Reims renovation platform (the lead's set 13), whose minutes are a task of Fabien Mercier."""
    return build_group("reims51")




def test_what_must_be_done_is_no_listing_of_done_tasks(ccas: Chat) -> None:
    # « doit être fait » is an obligation: the tasks due by Friday, not those marked done.
    reply = sure(ccas, "qu'est-ce qui doit être fait d'ici vendredi ?", "tasks_late")
    assert "Tâches faites" not in reply and "invitations" in reply


def test_tasks_due_this_week_leave_out_those_done_before(ccas: Chat) -> None:
    # The room booked for 30 October (done) is history; the late annuaire is still to do this week.
    reply = sure(ccas, "les choses qui doivent être faites cette semaine ?", "tasks_late")
    assert "salle des fêtes" not in reply and "annuaire" in reply and "invitations" in reply


def test_when_the_minutes_come_without_a_verb(reims: Chat) -> None:
    reply = sure(reims, "le compte rendu, c'est pour quand ?", "in_charge")
    assert "Fabien Mercier" in reply and "4 décembre" in reply


def test_body_there_at_a_place_after_a_la(ccas: Chat) -> None:
    # The CAF is where meeting n°3 was held; the Secours catholique's delegate did not come.
    reply = sure(ccas, "le Secours catholique était là à la CAF ?", "attendance_meeting")
    assert "Aurélie Marchand" in reply and "absents" in reply


def test_body_to_come_at_a_place_after_a_la(ccas: Chat) -> None:
    reply = sure(ccas, "la MSA sera là à la France Services ?", "rsvp_upcoming")
    assert "Hervé Giraudet" in reply and "n°5" in reply


def test_body_named_after_the_meeting_town(reims: Chat) -> None:
    # « Reims » alone is where the meetings are; « Reims habitat » is Karim Haddad's body, present on 17 November.
    reply = sure(reims, "Reims habitat était présent à la dernière réunion ?", "attendance_meeting")
    assert "Karim Haddad" in reply and "présents" in reply


def test_posters_are_a_noun_after_a_determiner(ccas: Chat) -> None:
    reply = sure(ccas, "les affiches du forum devaient être prêtes quand ?", "in_charge")
    assert "Corinne Duvernay" in reply and "6 novembre" in reply


def test_member_named_by_a_title_was_there(reims: Chat) -> None:
    reply = sure(reims, "la juriste de l'ADIL était là le 17 novembre ?", "attendance_meeting")
    assert "Claire Dufresne" in reply and "présents" in reply and "Juriste" in reply


def test_own_sign_up_for_a_coming_meeting(ccas: Chat) -> None:
    reply = sure(ccas, "est-ce que je suis inscrite pour le 17 ?", "rsvp_upcoming")
    assert "Vous avez annoncé votre présence" in reply and "n°5" in reply


def test_when_the_minutes_of_another_meeting_is_no_task(reims: Chat) -> None:
    # Fabien Mercier's task is the minutes of 17 November; October's are asked, and no task is on them.
    reply = sure(reims, "c'est pour quand le compte rendu de la réunion d'octobre ?", "minutes_request")
    assert "n°2" in reply and "Fabien Mercier" not in reply


def test_a_title_two_members_hold_is_not_guessed(reims: Chat) -> None:
    # Two members are « responsable » of something: which one is asked is not guessed, nor the whole list given.
    outcome = outcome_of(reims, "le responsable était présent le 17 novembre ?")
    assert not outcome.confident and "Karim Haddad" in outcome.reply.plain()
