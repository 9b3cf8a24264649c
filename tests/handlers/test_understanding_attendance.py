"""Attendance and minutes asked in plain French, on a group the blind set
16d was not written on (the Hauts-de-Seine network): who came to a meeting
held (as the coordinators recorded it with /presents, /excuses, /absents),
how many, whether one person or one body was there, the asker's own mark,
who announced themselves for a meeting to come, and the draft minutes; a
clear answer when nothing was recorded; the same lists as the commands;
and never a change to the store."""

from __future__ import annotations

import pytest

from tests.handlers.attendance_setup import link_accounts
from tests.handlers.questions_groups import build_group
from tests.helpers import COORDINATOR, Chat


def _numbers(chat: Chat) -> dict[str, int]:
    return {m.name: m.number for m in chat.store.group(chat.group.slug).members()}


@pytest.fixture()
def network() -> Chat:
    """The network, its November meeting (n°3) recorded, two members announced for December's (n°4)."""
    chat = build_group("reseau92")
    link_accounts(chat, {"Paul Dumont": COORDINATOR, "Karim Benali": "karim", "Thomas Petit": "thomas"})
    chat.say("/presents n°3 Paul Dumont, Sophie Garnier, Karim Benali")
    chat.say("/excuses n°3 Nathalie Lefèvre")
    chat.say("/present", sender="karim", name="Karim")
    chat.say("/excuse", sender="thomas", name="Thomas")
    return chat


def test_who_came_to_a_meeting_held_is_the_list_the_coordinator_recorded(network: Chat) -> None:
    reply = network.say("qui était là à la dernière séance ?", private=True)
    assert reply.startswith("Présences — séance n°3 du mardi 17 novembre 2026")
    assert "Présents (3)" in reply and "Sophie Garnier (AMD 92)" in reply and "Excusés (1)" in reply
    assert reply.endswith("En tout : 3 présents, 1 excusé, 0 absent.")
    # The same lists as /presence 3, in other words.
    assert network.say("y avait qui à la réu du 17 novembre", private=True) == reply
    command = network.say("/presence 3", private=True)
    assert all(line in reply for line in command.splitlines()[1:])
    assert "3 présents" in network.say("combien étions-nous à la réunion de novembre ?", private=True)
    assert "Présents (3)" in network.say("la feuille d'émargement de la séance du 17 novembre ?", private=True)


def test_one_person_one_body_or_the_asker_at_a_meeting_held(network: Chat) -> None:
    assert network.say("Mme Garnier était présente le 17 novembre ?", private=True) == (
        "Sophie Garnier (AMD 92) figure parmi les présents de la séance n°3 du mardi 17 novembre 2026, 14h00–16h30.")
    assert "Nathalie Lefèvre (Conseil départemental des Hauts-de-Seine) figure parmi les excusés" in network.say(
        "le Département était représenté à la dernière réunion ?", private=True)
    assert network.say("est-ce que j'étais noté présent à la dernière réunion ?", private=True).startswith(
        "Vous figurez parmi les présents de la séance n°3")
    # Someone never marked at a recorded meeting: said so, not counted absent.
    assert network.say("est-ce que Thomas Petit a assisté à la dernière réunion ?", private=True).startswith(
        "Aucune présence n'a été notée pour Thomas Petit à la séance n°3")


def test_presence_said_as_the_context_of_another_question_is_not_asked(network: Chat) -> None:
    for text in ("Ne pouvant être présente jeudi, pourriez-vous me dire où a lieu la prochaine réunion ?",
                 "Je serai absent le 10 : la prochaine séance est à quelle heure ?"):
        assert network.say(text, private=True).startswith("Prochaine séance n°4"), text


def test_a_meeting_without_attendance_says_so(network: Chat) -> None:
    reply = network.say("qui était présent à la réunion d'octobre ?", private=True)
    assert reply.startswith("Aucune présence n'a été notée pour la séance n°2 du mardi 20 octobre 2026")
    assert "/presents" in reply


def test_who_is_coming_is_what_members_announced(network: Chat) -> None:
    reply = network.say("qui vient le 10 décembre ?", private=True)
    assert "Annoncés présents : Karim Benali" in reply and "Annoncés excusés : Thomas Petit" in reply
    assert network.say("qui a confirmé sa présence pour la prochaine séance ?", private=True) == reply
    assert network.say("qui a annoncé son absence pour le 10 décembre ?", private=True) == reply
    assert "Karim Benali (Ville de Nanterre) a annoncé sa présence à la séance n°4" in network.say(
        "est-ce que M. Benali vient à la prochaine réunion ?", private=True)
    assert network.say("qui sera présent à la réunion de janvier ?", private=True).startswith(
        "Personne ne s'est encore annoncé pour la séance n°5")


def test_the_minutes_asked_for_are_those_of_compte_rendu(network: Chat) -> None:
    asked = network.reply("vous pouvez m'envoyer le compte rendu de la séance de novembre ?", private=True)
    command = network.reply("/compte_rendu 3", private=True)
    assert asked is not None and command is not None
    assert asked.plain() == command.plain() and asked.plain().startswith("Projet de compte rendu de la séance n°3")
    assert asked.attachment is not None and asked.attachment.filename == "compte-rendu-seance-3.md"
    assert asked.attachment.data == command.attachment.data
    assert network.say("le PV de la dernière réunion stp", private=True).startswith("Projet de compte rendu de la séance n°3")


def test_questions_never_change_the_store(network: Chat) -> None:
    data = network.store.group(network.group.slug)
    before = network.store.table("attendance").all()
    for text in ("qui vient jeudi prochain ?", "je serai présent le 10 décembre", "qui était là le 17 novembre ?",
                 "le compte rendu de la réunion d'octobre ?", "est-ce que j'étais là ?"):
        network.say(text, private=True)
    assert network.store.table("attendance").all() == before
    assert len(data.members()) == 16


@pytest.mark.parametrize("text", [
    "je serai présente le 10 décembre", "merci pour le compte rendu", "je vous transmets le compte rendu ce soir",
    "le compte rendu de la réunion est en ligne", "qui vient manger après la réunion ?", "excusez-moi pour le retard",
    "quels sujets sont inscrits pour jeudi 10 ?", "la prochaine réunion est bien confirmée ?",
    "excusez mon absence à la dernière réunion", "qu'est-ce qui sera discuté à la prochaine séance ?",
])
def test_messages_about_presence_that_ask_nothing_of_it_get_no_such_answer(network: Chat, text: str) -> None:
    reply = network.say(text, private=True)
    assert not reply.startswith(("Présences —", "Annonces —", "Projet de compte rendu")), (text, reply)
    assert "figure parmi" not in reply and "a annoncé sa présence" not in reply, (text, reply)
