"""The lead's fixes of the ninth round, tested on a group invented here (a
Gironde food-aid network), in other words than the sets': a body that does
something is no request for its people (body_subject.py)."""

from __future__ import annotations

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
