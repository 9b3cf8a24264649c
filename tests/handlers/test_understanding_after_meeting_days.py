"""The work after a meeting in the families blind set 18h (insertion49)
missed, asked in other groups and other words: a weekday alone asked of a
meeting held (« les présents de jeudi », « le CR de jeudi », the date
reader reading it as next week's), the imperfect of « être » putting a day
in the past (« j'étais noté présent jeudi ? »), counts in chat shorthand
(« cmb »), « être là » and a formation (« qui sera là au comité
technique ? »), « représentées » of bodies, « sans prévenir », excuses
« pour » a town that is a body and a meeting place, « les notes » as the
minutes (and a receipt acknowledged, which asks nothing), whether a task
still stands (« toujours »); and the confident wrongs of earlier sets:
a unit of a body named in a role asked with « représente » or « s'occupe
de », a meeting question whose « au <mot> » is another event, another
body's « séance », the tasks « décidées » at a meeting."""

from __future__ import annotations

import pytest

from tests.handlers.attendance_setup import link_accounts
from tests.handlers.questions_eval import outcome_of
from tests.handlers.questions_groups import build_group
from tests.helpers import COORDINATOR, Chat


@pytest.fixture(scope="module")
def youth() -> Chat:
    """The Seine-Maritime youth network; its technical committee of Thursday 26 November (n°3) recorded;
    asked on Tuesday 1 December by Antoine Lemonnier."""
    chat = build_group("jeunes76")
    link_accounts(chat, {"Antoine Lemonnier": COORDINATOR})
    chat.say("/presents n°3 Antoine Lemonnier, Claire Duboc, Thierry Lecoq")
    chat.say("/excuses n°3 Manon Leprévost")
    return chat



def _ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


THURSDAY = "séance n°3 du jeudi 26 novembre 2026"


@pytest.mark.parametrize("text", ["les présents de jeudi ?", "la liste des présents de jeudi stp",
                                  "quelles structures étaient représentées jeudi ?", "on était cmb jeudi ?",
                                  "qui était absent sans prévenir jeudi ?"])
def test_a_weekday_alone_asked_of_who_came_is_the_meeting_held_that_day(youth: Chat, text: str) -> None:
    reply = _ask(youth, text)
    assert reply.startswith(f"Présences — {THURSDAY}"), (text, reply)
    # « qui était absent … ? » asks who was missing: the excused and absent only, with the counts (missing_asked.py).
    assert ("Présents (3)" in reply) != ("absent" in text) and "Excusés (1)" in reply and "0 absent" in reply


def test_the_asker_in_the_imperfect_with_a_weekday(youth: Chat) -> None:
    assert _ask(youth, "j'étais noté présent jeudi ?") == f"Vous figurez parmi les présents de la {THURSDAY}, 14h00–15h30."


@pytest.mark.parametrize("text", ["le CR de jeudi est dispo ?", "où sont les notes ?", "t'as les notes de jeudi ?"])
def test_the_minutes_of_a_weekday_alone_or_notes_with_nothing_else_asked(youth: Chat, text: str) -> None:
    assert _ask(youth, text).startswith("Projet de compte rendu de la séance n°3"), text


@pytest.mark.parametrize("text", ["t'as les notes du 12 novembre ?", "les notes de la réunion à Elbeuf ?"])
def test_notes_of_a_meeting_named_are_its_minutes(youth: Chat, text: str) -> None:
    assert _ask(youth, text).startswith("Projet de compte rendu de la séance n°2"), text


@pytest.mark.parametrize("text", ["bien reçu le compte rendu", "reçu le PV, merci", "mes notes de frais ?"])
def test_a_receipt_or_other_notes_get_no_minutes(youth: Chat, text: str) -> None:
    outcome = outcome_of(youth, text)
    assert not (outcome.confident and outcome.intent == "minutes_request"), (text, outcome.reply.plain())
    assert not outcome.reply.plain().startswith("Projet de compte rendu")


def test_excused_for_a_town_that_is_a_body_and_a_meeting_place_is_that_meeting(youth: Chat) -> None:
    # Elbeuf names the mission locale and the meeting held there (n°2, never recorded): the meeting.
    assert _ask(youth, "qui s'était excusé pour Elbeuf ?").startswith(
        "Aucune présence n'a été notée pour la séance n°2 du jeudi 12 novembre 2026")


def test_being_there_at_a_formation_to_come(youth: Chat) -> None:
    assert _ask(youth, "qui sera là au comité technique ?").startswith(
        "Personne ne s'est encore annoncé pour la séance n°5 du mercredi 13 janvier 2027")


def test_a_task_still_standing_asked_with_toujours() -> None:
    chat = build_group("culture13")
    reply = _ask(chat, "on organise toujours la rencontre avec la Friche ?")
    assert "Tâche n°6 (annulée)" in reply


@pytest.mark.parametrize("text", ["qui représente la MDS de Martigues ?",
                                  "qui est le représentant de la maison départementale de Martigues ?"])
def test_a_unit_named_in_a_role_asked_who_represents_it(text: str) -> None:
    outcome = outcome_of(build_group("marseille13"), text)
    assert outcome.confident and outcome.intent == "org_representative", (text, outcome.reply.plain())
    assert "Sandrine Pellegrino" in outcome.reply.plain()


@pytest.mark.parametrize("text", ["qui s'occupe de la Maison de l'habitat ?", "qui gère la maison de l'habitat ?"])
def test_a_unit_named_in_a_role_asked_who_takes_care_of_it(text: str) -> None:
    outcome = outcome_of(build_group("precarite62"), text)
    assert outcome.confident and outcome.intent == "in_charge", (text, outcome.reply.plain())
    assert "Nadia Cherfi" in outcome.reply.plain()


@pytest.mark.parametrize("slug, text", [("reseau92", "on se voit au forum ?"),
                                        ("reseau92", "on se retrouve au forum de l'emploi ?"),
                                        ("jeunes76", "on se voit au forum de l'alternance ?")])
def test_meeting_at_another_event_is_not_the_meeting_that_discusses_it(slug: str, text: str) -> None:
    outcome = outcome_of(build_group(slug), text)
    assert not outcome.confident, (text, outcome.reply.plain())


def test_meeting_at_a_meeting_place_is_still_answered() -> None:
    assert _ask(build_group("reseau92"), "on se voit à Boulogne ?").startswith("Séance n°4")


@pytest.mark.parametrize("text", ["la séance du collège c'est à quelle heure ?", "la séance du collège c'est quand ?"])
def test_another_body_s_session_is_not_the_group_s(text: str) -> None:
    assert not outcome_of(build_group("liege"), text).confident


def test_the_tasks_decided_at_a_meeting_are_tasks() -> None:
    reply = _ask(build_group("insertion80"), "où en sont les tâches actées à la dernière réunion ?")
    assert reply.startswith("Tâches de la séance n°3")


# Families of set 18h2, asked in the Bouches-du-Rhône culture group (culture13) and others.

def test_a_body_inside_a_place_s_name_is_that_place() -> None:
    # « Hôtel du Département » holds the Département's name: where the meeting was, not whether it came.
    assert _ask(build_group("culture13"), "y avait qui à l'Hôtel du Département ?").startswith(
        "Présences — séance n°1 du jeudi 9 avril 2026")


@pytest.mark.parametrize("text", ["les personnes excusées le 15 octobre ?", "qui n'est pas venu sans prévenir en octobre ?"])
def test_people_excused_or_absent_at_a_meeting_named(text: str) -> None:
    assert _ask(build_group("culture13"), text).startswith("Présences — séance n°4 du jeudi 15 octobre 2026"), text


def test_who_cannot_come_read_like_chat_is_asked() -> None:
    reply = _ask(build_group("culture13"), "qui ne pourra pas venir jeudi ?")
    assert reply.startswith("Annonces — séance n°6 du jeudi 3 décembre 2026") and "Jean-Luc Arnaud" in reply
    assert not outcome_of(build_group("culture13"), "je ne pourrai pas venir jeudi").confident


@pytest.mark.parametrize("text", ["la date me convient", "l'ordre du jour nous va", "le lieu me va"])
def test_agreement_asks_nothing(text: str) -> None:
    assert not outcome_of(build_group("culture13"), text).confident, text


@pytest.mark.parametrize("text, number", [("la plénière de Saumur c'était quand déjà ?", 3),
                                          ("qui était là à la plénière de Saumur ?", 3)])
def test_a_formation_and_a_town_name_the_meeting_held_at_both(text: str, number: int) -> None:
    reply = _ask(build_group("insertion49"), text)
    assert f"séance n°{number}" in reply.casefold().split("\n")[0] or reply.startswith(f"Séance n°{number}"), reply


@pytest.mark.parametrize("slug, text, name, intent", [
    ("marseille13", "qui est notre interlocuteur à la maison départementale de la solidarité ?", "Sandrine Pellegrino",
     "org_representative"),
    ("insertion49", "qui est notre contact à la maison départementale des solidarités ?", "Julie Rabouin",
     "org_representative"),
    # Who works in it is a charge, as « qui s'occupe de … » is.
    ("sante57", "qui fait partie de l'équipe mobile psychiatrie ?", "Nathalie Thiel", "in_charge"),
    ("insertion49", "qui fait partie de la maison départementale des solidarités ?", "Julie Rabouin", "in_charge")])
def test_a_unit_only_roles_name_asked_as_a_body(slug: str, text: str, name: str, intent: str) -> None:
    outcome = outcome_of(build_group(slug), text)
    assert outcome.confident and outcome.intent == intent, (text, outcome.reply.plain())
    assert name in outcome.reply.plain()
