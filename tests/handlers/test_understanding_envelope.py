"""General causes found by the stranger's general set 16g (questions_heldout16g.tsv),
tested in other words on another invented group (an Ille-et-Vilaine group on
winter precarity):

- what is written around a question asks nothing: a reason or thanks after
  the question mark, a signature (« Cordialement, Lina »), a label
  (« Petite question. »), a member greeted (« Bonjour Hélène, … »), the
  subject of a polite frame (« je me permets », « serait-il possible »),
  an earlier sentence that speaks of the last meeting, a circumstance
  closing it (« malgré la grève »);
- a meeting place named by its first and last words (« le Forum de
  l'habitat »), a place and a month;
- « et » then a plural continues a role (« mobilité et transports »), and
  « en charge de » is a charge; a body's full name for its acronym (MSA);
- a town named with one of the group's records (« le salon à Fougères »)
  is part of that record, asked for its day (« quel jour », « quelle date »
  ask a time as « quand » does);
- an agenda point asked by its words finds the meeting that has it;
- a task's pilot is asked by the task's verb (« qui organise … ? »), and a
  decision that only shares a word with the task does not answer who does it;
- « X elle a quoi à rendre ? » asks for X's tasks; « la MCF ».
"""

from __future__ import annotations

from datetime import date

import pytest

from storage.models import AgendaItem, replace
from storage.store import Store
from tests.handlers.questions_eval import verdict
from tests.handlers.questions_groups import NOW
from tests.helpers import Chat, at, group_config, make_chat


@pytest.fixture(scope="module")
def chat() -> Chat:
    chat = make_chat(Store.memory(), NOW, group_config("froid35", timezone="Europe/Paris", locale="fr_FR"))
    data = chat.store.group("froid35")
    hélène = data.add_member("Hélène Gicquel", "Ville de Rennes", "Adjointe au maire chargée des solidarités")
    data.add_member("Gaëlle Le Bris", "CAF d'Ille-et-Vilaine", "Conseillère technique")
    data.add_member("Marc Jaouen", "CCAS de Saint-Malo", "Directeur")
    data.add_member("Soizic Rouxel", "Ville de Fougères", "Responsable du pôle social")
    data.add_member("Loïc Hamon", "Université Rennes 2", "Maître de conférences en géographie")
    data.add_member("Anne Cadiou", "Secours populaire", "Bénévole, domiciliation")
    data.add_member("Yann Le Goff", "Redon Agglomération", "Chargé de mission mobilité et transports")
    data.add_member("Morgane Tanguy", "Liffré-Cormier Communauté", "Chargée de mission France Services")
    data.add_member("Erwan Guillou", "MSA Portes de Bretagne", "Travailleur social")
    held = data.add_meeting(at("2026-11-05 14:00"), at("2026-11-05 16:00"), "Mairie de Fougères")
    data.update_meeting(held.number, lambda m: replace(m, status="held"))
    data.add_meeting(at("2026-12-08 14:00"), at("2026-12-08 16:00"), "Hôtel de Rennes Métropole",
                     (AgendaItem("Budget 2027", "Hélène Gicquel"),))
    data.add_meeting(at("2027-01-12 14:00"), at("2027-01-12 16:00"), "Visioconférence",
                     (AgendaItem("Plan grand froid", "Hélène Gicquel"),))
    data.add_meeting(at("2027-03-09 14:00"), at("2027-03-09 16:00"), "Forum international de l'habitat, Redon")
    data.add_deadline(at("2027-02-04 00:00"), "Salon de l'emploi à Fougères")
    data.add_deadline(at("2026-12-18 00:00"), "Retour des chiffres de la domiciliation")
    for text in ("Une collecte de jouets est organisée avant Noël.",
                 "Le Secours populaire garde les jouets des familles hébergées."):
        data.add_decision(text, date(2026, 11, 5), held.number, "Hélène Gicquel", "telegram:coord-1", NOW)
    numbers = {m.name: m.number for m in data.members()}
    data.add_task("Organiser la collecte de jouets", numbers["Anne Cadiou"], date(2026, 12, 12), held.number,
                  "Anne Cadiou", hélène.name, "telegram:coord-1")
    data.add_task("Envoyer le bilan de la domiciliation", numbers["Gaëlle Le Bris"], date(2026, 12, 15), held.number,
                  "Gaëlle Le Bris", hélène.name, "telegram:coord-1")
    return chat


NEXT = "Prochaine séance n°2 — mardi 8 décembre 2026"


@pytest.mark.parametrize("question", [
    # A reason, thanks or a signature after the question mark.
    "Bonjour, c'est quand la prochaine séance ? Je dois réserver une salle. Merci",
    "la prochaine réunion finit à quelle heure ? j'ai un train à 17h",
    "Bonsoir, pourriez-vous me rappeler la date de la prochaine réunion ? Cordialement, Gaëlle",
    "où a lieu la prochaine rencontre ? Bien à vous, Hélène",
    # An earlier sentence that speaks of the last meeting; the subject of a polite frame.
    "J'ai manqué la dernière réunion. La prochaine, c'est quand ?",
    "Madame, Monsieur, je me permets de vous demander à quelle date se tiendra la prochaine réunion.",
])
def test_what_surrounds_a_question_asks_nothing(chat: Chat, question: str) -> None:
    assert chat.say(question, private=True).startswith(NEXT)


@pytest.mark.parametrize(("question", "shown"), [
    # A circumstance after the question, a member greeted, « suivante » for the next.
    ("la réunion de janvier est-elle maintenue malgré la grève ?", "Séance n°3 — mardi 12 janvier 2027"),
    ("Bonjour Gaëlle, la prochaine séance est bien maintenue ?", NEXT),
    ("J'ai un empêchement mardi. La séance suivante, c'est quand ?", NEXT),
    # A place named by its first and last words; a place and a month.
    ("la réunion au Forum de l'habitat c'est quand ?", "Séance n°4 — mardi 9 mars 2027"),
    ("la réunion de Fougères en novembre, c'était à quelle heure ?", "Séance n°1 (tenue)"),
])
def test_a_meeting_asked_around_its_words(chat: Chat, question: str, shown: str) -> None:
    assert chat.say(question, private=True).startswith(shown)


@pytest.mark.parametrize(("question", "shown"), [
    # A plural after « et » continues a role (« mobilité et transports »): the charge, no title.
    ("qui s'occupe des transports ?", "En charge de « transports »"),
    ("qui gère les transports à Redon Agglomération ?", "En charge de « transports »"),
    # « en charge de » names the noun: what follows is the charge, even words of a place.
    ("qui est en charge de France Services ?", "Morgane Tanguy"),
    # A body's full name for its acronym.
    ("qui vient de la mutualité sociale agricole ?", "Erwan Guillou"),
])
def test_charges_and_bodies_in_other_words(chat: Chat, question: str, shown: str) -> None:
    reply = chat.say(question, private=True)
    assert shown in reply and not reply.startswith("Je ")


@pytest.mark.parametrize(("question", "shown"), [
    ("Qui est Gaëlle Le Bris ? Je dois lui envoyer le dossier. Bonne journée, Marc", "Conseillère technique"),
    ("Bonjour Hélène, qui représente la CAF ?", "Gaëlle Le Bris"),
    ("Petite question : qui vient du Secours populaire ?", "Anne Cadiou"),
    ("J'ai une question sur la CAF. Qui est notre contact là-bas ?", "Gaëlle Le Bris"),
    ("Bonjour, serait-il possible d'avoir la liste des membres ? Merci d'avance", "Membres du groupe"),
])
def test_the_question_inside_its_envelope_is_answered(chat: Chat, question: str, shown: str) -> None:
    reply = chat.say(question, private=True)
    assert shown in reply
    assert "Marc Jaouen" not in reply.split("\n")[0]  # the writer signing is not asked about


@pytest.mark.parametrize("message", [
    "Merci pour l'info ! Bonne journée, Marc", "merci à tous. Cordialement, Hélène",
    # A question to the members, then news: what follows the question mark asks nothing either.
    "Vous avez vu ? Le Département a voté le budget.", "Des nouvelles ? La CAF a validé les chiffres de la domiciliation.",
    "Tu as reçu mon mail ? Merci, Hélène", "Bonjour Gaëlle, tu as reçu mon message ?",
    "Une question : on peut venir en vélo ?", "Bonjour Hélène, merci pour hier !",
])
def test_messages_around_no_question_for_the_bot_stay_unanswered(chat: Chat, message: str) -> None:
    assert verdict(chat, "none", "", message)[0] == "quiet"


@pytest.mark.parametrize("question", ["le salon à Fougères c'est quel jour ?", "le salon de Fougères c'est pour quand ?",
                                      "c'est à quelle date le salon à Fougères ?"])
def test_a_town_named_with_a_deadline_is_part_of_it(chat: Chat, question: str) -> None:
    assert "Salon de l'emploi à Fougères" in chat.say(question, private=True)


@pytest.mark.parametrize(("question", "shown"), [("qui représente Fougères ?", "Soizic Rouxel"),
                                                 ("la réunion à Fougères c'était quand ?", "Séance n°1 (tenue)")])
def test_the_town_alone_keeps_its_body_and_its_meeting(chat: Chat, question: str, shown: str) -> None:
    assert shown in chat.say(question, private=True)


@pytest.mark.parametrize("question", ["est-ce que le plan grand froid est à l'ordre du jour ?",
                                      "le plan grand froid, c'est à l'ordre du jour de quelle réunion ?"])
def test_an_agenda_point_finds_its_meeting(chat: Chat, question: str) -> None:
    assert chat.say(question, private=True).startswith("Ordre du jour de la séance n°3 — mardi 12 janvier 2027")


def test_a_point_on_no_agenda_shows_the_next_one(chat: Chat) -> None:
    assert chat.say("est-ce que le budget 2027 est à l'ordre du jour ?", private=True).startswith(
        "Ordre du jour de la séance n°2")


def test_a_town_hall_of_no_member_is_said_not_found(chat: Chat) -> None:
    # Only the town's CCAS is in the group: the town hall is not answered for, the CCAS is offered.
    reply = chat.say("qui représente la mairie de Saint-Malo ?", private=True)
    assert reply.startswith("Je ne trouve pas « mairie de Saint") and "Le plus proche : CCAS de Saint-Malo" in reply


@pytest.mark.parametrize("question", ["qui organise la collecte de jouets ?", "qui s'occupe de la collecte de jouets ?",
                                      "qui monte la collecte de jouets ?"])
def test_a_task_s_pilot_answers_who_does_it(chat: Chat, question: str) -> None:
    reply = chat.say(question, private=True)
    assert reply.startswith("Tâches sur") and "Anne Cadiou" in reply


@pytest.mark.parametrize("question", ["Gaëlle elle a quoi à rendre ?", "qu'est-ce que Gaëlle Le Bris doit rendre ?"])
def test_what_a_member_must_hand_in_are_their_tasks(chat: Chat, question: str) -> None:
    assert "Envoyer le bilan de la domiciliation" in chat.say(question, private=True)


def test_what_we_must_hand_in_are_the_deadlines(chat: Chat) -> None:
    assert "Retour des chiffres de la domiciliation" in chat.say("qu'est-ce qu'on a à rendre en décembre ?", private=True)


@pytest.mark.parametrize("question", ["qui est le maître de conférences ?", "c'est qui la MCF ?"])
def test_a_lecturer_in_chat_words(chat: Chat, question: str) -> None:
    assert "Loïc Hamon" in chat.say(question, private=True)
