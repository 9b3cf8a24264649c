"""Who pays, asked of the decisions (payers.py): « qui paye … ? », « … c'est
payé par qui ? », « qui met à disposition … ? », « on fait payer … ? » are
answered by the decision saying who pays, with the members it names; a
member's charge still answers « qui s'occupe de … ? », and a question on
who pays for something no decision funds gets no confident answer. The
group is invented here (a Nord network on job insertion), in other words
than the sets."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")
DECISIONS = (
    "Le Département prend en charge les frais de garde d'enfants des stagiaires.",
    "Mise à disposition gratuite par la Ville de Roubaix d'une salle pour la permanence juridique.",
    "Les tickets de bus des bénévoles sont remboursés par le Secours populaire.",
    "Le forum de l'alternance a lieu en mars à Tourcoing.",
)


@pytest.fixture(scope="module")
def network() -> Chat:
    chat = invented_group(
        "insertion-roubaix",
        ("Aline Vanhoutte", "Ville de Roubaix", "Adjointe à l'insertion"),
        ("Régis Delporte", "Département du Nord", "Chef du service insertion"),
        ("Samia Lahlou", "Secours populaire du Nord", "Responsable des bénévoles"),
        ("Yves Carlier", "Mission locale de Tourcoing", "Conseiller emploi"),
    )
    data = chat.store.group("insertion-roubaix")
    data.add_meeting(datetime(2026, 11, 5, 14, 0, tzinfo=PARIS), datetime(2026, 11, 5, 16, 0, tzinfo=PARIS),
                     "Mairie de Roubaix")
    for text in DECISIONS:
        data.add_decision(text, date(2026, 11, 5), 1, "Aline Vanhoutte", "telegram:coord-1",
                          datetime(2026, 11, 5, 18, 0, tzinfo=PARIS))
    return chat


@pytest.mark.parametrize(("question", "shown"), [
    ("qui paye la garde des enfants des stagiaires ?", "frais de garde"),
    ("c'est qui qui finance la garde d'enfants ?", "frais de garde"),
    ("les tickets de bus des bénévoles, c'est payé par qui ?", "remboursés par le Secours populaire"),
    ("qui rembourse les transports des bénévoles ?", "remboursés par le Secours populaire"),
    ("qui met à disposition la salle de la permanence juridique ?", "Ville de Roubaix"),
    ("la salle de la permanence juridique, on paye un loyer ?", "Mise à disposition gratuite"),
])
def test_who_pays_is_the_decision(network: Chat, question: str, shown: str) -> None:
    reply = ask(network, question)
    assert shown in reply
    assert "pas sûr" not in reply and "pas compris" not in reply


def test_the_members_the_decision_names_follow(network: Chat) -> None:
    reply = ask(network, "qui paye la garde des enfants des stagiaires ?")
    assert "Régis Delporte" in reply  # the Département's member: « qui » asks for people
    assert "Forum" not in reply and "forum" not in reply


def test_a_charge_still_answers_who_looks_after(network: Chat) -> None:
    assert "Samia Lahlou" in ask(network, "qui s'occupe des bénévoles ?")


@pytest.mark.parametrize("question", [
    "qui paye le café demain ?",
    "qui paye sa tournée ce soir ?",
])
def test_paying_for_what_no_decision_funds_is_no_decision(network: Chat, question: str) -> None:
    reply = ask(network, question)
    assert "Décision n°" not in reply
