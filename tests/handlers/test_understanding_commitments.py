"""A body's commitments and a meeting's refusals, asked of the decisions:
« qu'est-ce que la Caisse d'allocations familiales a accepté ? » (acting.py,
named.body_names: a body named by its initials in the minutes, in
brackets or at the head of its name), « qu'a promis la Métropole ? »,
« qu'est-ce qu'on a refusé à la dernière réunion ? » (decision_kinds.py),
and the lemmas that make « accepté », « promis », « s'est engagé » ask as
« décidé » does. News of a body's acceptance stays news. The group is
invented here (a Lille network on child care), in other words than the
sets."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")
DECISIONS = (
    (1, "La CAF finance dix places de crèche à vocation d'insertion professionnelle."),
    (1, "La MEL met deux minibus à la disposition des haltes-garderies du réseau."),
    (2, "Refus de l'ouverture de la halte-garderie le dimanche, faute de personnel."),
    (2, "Les assistantes maternelles sont invitées aux réunions du réseau."),
)


@pytest.fixture(scope="module")
def network() -> Chat:
    chat = invented_group(
        "petite-enfance59",
        ("Odile Vandamme", "Ville de Lille", "Adjointe à la petite enfance"),
        ("Farid Mebarki", "CAF du Nord", "Conseiller technique petite enfance"),
        ("Julie Decock", "Métropole européenne de Lille (MEL)", "Chargée de mission mobilité"),
    )
    data = chat.store.group("petite-enfance59")
    for day in (5, 26):
        data.add_meeting(datetime(2026, 11, day, 14, 0, tzinfo=PARIS), datetime(2026, 11, day, 16, 0, tzinfo=PARIS),
                         "Mairie de Lille")
    for meeting, text in DECISIONS:
        day = date(2026, 11, 5 if meeting == 1 else 26)
        data.add_decision(text, day, meeting, "Odile Vandamme", "telegram:coord-1",
                          datetime(day.year, day.month, day.day, 18, 0, tzinfo=PARIS))
    return chat


@pytest.mark.parametrize(("question", "shown"), [
    ("qu'est-ce que la Caisse d'allocations familiales a accepté ?", "dix places de crèche"),
    ("la CAF s'est engagée à quoi ?", "dix places de crèche"),
    ("qu'a promis la Métropole européenne de Lille ?", "deux minibus"),
    ("qu'est-ce qu'on a refusé à la dernière réunion ?", "le dimanche"),
])
def test_a_commitment_is_a_decision(network: Chat, question: str, shown: str) -> None:
    reply = ask(network, question)
    assert shown in reply
    assert "pas sûr" not in reply and "pas compris" not in reply


def test_a_meetings_refusals_alone(network: Chat) -> None:
    reply = ask(network, "qu'est-ce qu'on a rejeté à la dernière réunion ?")
    assert "Refus de l'ouverture" in reply
    assert "assistantes maternelles" not in reply  # decided then, but no refusal


def test_news_of_an_acceptance_is_no_question(network: Chat) -> None:
    assert "Décision n°" not in ask(network, "la CAF a accepté notre dossier hier, super nouvelle")
