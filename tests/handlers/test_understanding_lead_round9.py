"""The lead's fixes of the ninth round, tested on a group invented here (a
Gironde food-aid network), in other words than the sets': a body that does
something is no request for its people (body_subject.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def network() -> Chat:
    chat = invented_group(
        "aide33",
        ("Sylvie Darrieux", "Banque alimentaire de la Gironde", "Présidente"),
        ("Marc Lafitte", "Département de la Gironde", "Chargé de mission aide alimentaire"),
        ("Awa Camara", "CCAS de Mérignac", "Directrice"),
        ("Paul Estrade", "Bordeaux Métropole", "Chef de projet alimentation durable"),
    )
    # The CCAS is also where the group meets: « au CCAS » reads as a meeting place.
    paris = ZoneInfo("Europe/Paris")
    chat.store.group("aide33").add_meeting(datetime(2026, 12, 10, 14, 0, tzinfo=paris),
                                           datetime(2026, 12, 10, 16, 0, tzinfo=paris), "CCAS de Mérignac, salle du conseil")
    return chat


@pytest.mark.parametrize("question", [
    "le Département vient au CCAS ?",
    "la banque alimentaire va au CCAS ?",
    "la Métropole passe au CCAS ?",
    "Bordeaux Métropole finance les camions ?",
])
def test_a_body_doing_something_is_not_answered_with_its_people(network: Chat, question: str) -> None:
    assert "qui représente l'organisation" not in ask(network, question)


@pytest.mark.parametrize(("question", "named"), [
    ("qui vient du Département ?", "Marc Lafitte"),
    ("le CCAS de Mérignac c'est qui ?", "Awa Camara"),
    ("la banque alimentaire, il y a un représentant ?", "Sylvie Darrieux"),
    ("Bordeaux Métropole ?", "Paul Estrade"),
])
def test_a_body_asked_for_its_people_still_is(network: Chat, question: str, named: str) -> None:
    assert named in ask(network, question)


@pytest.fixture(scope="module")
def network_with_records(network: Chat) -> Chat:
    data = network.store.group("aide33")
    paris = ZoneInfo("Europe/Paris")
    data.add_decision("Les communes membres versent un euro par habitant au fonds de solidarité alimentaire.",
                      datetime(2026, 11, 5, tzinfo=paris).date(), 1, "Sylvie Darrieux", "telegram:coord-1",
                      datetime(2026, 11, 5, 18, 0, tzinfo=paris))
    numbers = {m.name: m.number for m in data.members()}
    data.add_task("Recruter un chauffeur pour la tournée du mardi", numbers["Awa Camara"], None, 1, "Awa Camara",
                  "Sylvie Darrieux", "telegram:coord-1")
    data.add_task("Réserver la halle pour le marché solidaire", numbers["Paul Estrade"], None, 1, "Paul Estrade",
                  "Sylvie Darrieux", "telegram:coord-1")
    return network


def test_paying_in_is_paying(network_with_records: Chat) -> None:
    # « versent … au fonds »: the decision says who pays (payers.py).
    assert "versent un euro par habitant" in ask(network_with_records, "qui paye le fonds de solidarité ?")


def test_a_driver_is_no_heating(network_with_records: Chat) -> None:
    # « chauffeur » is one letter from « chauffer »: no family of energy poverty may take it.
    reply = ask(network_with_records, "qui doit recruter le chauffeur ?")
    assert "Awa Camara" in reply and "Tâche" in reply


@pytest.mark.parametrize("question", [
    # A capitalised name the store does not know is no slip of a French word (« Rolle » of « rôle »)…
    "qui est le directeur de Rolle ?",
    # … and an answer by topic that lacks it answers something else (the « marché » task, found as a « foire »).
    "c'est quand la foire de Cadaujac ?",
])
def test_a_name_the_group_does_not_know_is_not_answered_for(network_with_records: Chat, question: str) -> None:
    reply = ask(network_with_records, question)
    assert "Je ne" in reply and "Tâche" not in reply and "Rôle" not in reply, reply


def test_a_meeting_named_by_its_order_is_no_task(network_with_records: Chat) -> None:
    # The task shares « banque alimentaire » with the question, which asks about the last meeting held.
    data = network_with_records.store.group("aide33")
    paris = ZoneInfo("Europe/Paris")
    meeting = data.add_meeting(datetime(2026, 11, 5, 14, 0, tzinfo=paris), datetime(2026, 11, 5, 16, 0, tzinfo=paris),
                               "Banque alimentaire, entrepôt de Bègles")
    data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    numbers = {m.name: m.number for m in data.members()}
    data.add_task("Envoyer la liste des bénévoles à la banque alimentaire", numbers["Marc Lafitte"], None, 1,
                  "Marc Lafitte", "Sylvie Darrieux", "telegram:coord-1")
    reply = ask(network_with_records, "la derniere reunion c'etait a la banque alimentaire ?")
    assert "Tâche" not in reply, reply


def test_words_of_a_body_s_name_are_not_a_role_s(network_with_records: Chat) -> None:
    # « Bénévoles » opens a body's name and is a word of another member's role: the body was meant.
    data = network_with_records.store.group("aide33")
    data.add_member("Lucie Bernadet", "Association Bénévoles du Libournais", "Présidente")
    data.add_member("Hugo Sarraute", "Restos du cœur de la Gironde", "Responsable des bénévoles")
    reply = ask(network_with_records, "qui représente les bénévoles ?")
    assert "d'après leur rôle" not in reply, reply
