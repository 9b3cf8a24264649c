"""A decision asked by when (decided_when.py) and in the words of chat
(families.toml, ninth round): « la nouvelle navette, c'est pour quand ? »
when a decision dates it and no deadline does; « le courant », « une
dette », « repoussé », « on paye un loyer ? », « les restes de repas »,
« la détresse psychologique » for the words the minutes use. The group is invented here
(a Grenoble network on housing and health), in other words than the sets."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")
DECISIONS = (
    "Mise en service en septembre 2027 d'une seconde navette vers le centre d'hébergement.",
    "Le CCAS règle les impayés d'électricité des résidents du foyer jusqu'à 200 €.",
    "Report à juin de l'ouverture de la laverie solidaire.",
    "Les biodéchets de la cuisine collective sont compostés sur place.",
    "Une permanence d'écoute sur la souffrance psychique est tenue le mardi au foyer.",
    "Mise à disposition gratuite d'un bureau par le bailleur pour les permanences.",
    "Le compte rendu est envoyé aux membres sous dix jours.",
)


@pytest.fixture(scope="module")
def network() -> Chat:
    chat = invented_group(
        "logement-sante38",
        ("Claire Moulin", "Ville de Grenoble", "Adjointe au logement"),
        ("Hugo Bernard", "CCAS de Grenoble", "Directeur"),
    )
    data = chat.store.group("logement-sante38")
    data.add_meeting(datetime(2026, 11, 12, 14, 0, tzinfo=PARIS), datetime(2026, 11, 12, 16, 0, tzinfo=PARIS),
                     "Mairie de Grenoble")
    for text in DECISIONS:
        data.add_decision(text, date(2026, 11, 12), 1, "Claire Moulin", "telegram:coord-1",
                          datetime(2026, 11, 12, 18, 0, tzinfo=PARIS))
    return chat


@pytest.mark.parametrize(("question", "shown"), [
    ("la deuxième navette vers le centre d'hébergement, c'est pour quand ?", "septembre 2027"),
    ("les dettes de courant des résidents, qui paye ?", "jusqu'à 200 €"),
    ("la laverie solidaire a été repoussée ?", "Report à juin"),
    ("on a décidé quoi pour les restes de repas de la cuisine collective ?", "compostés sur place"),
    ("qu'a-t-on décidé sur la détresse psychologique des résidents ?", "souffrance psychique"),
    ("le bureau des permanences, on paye un loyer ?", "Mise à disposition gratuite"),
    # A question of delay about the minutes asks the group's rule on them, not the minutes (delays.py).
    ("le compte rendu est envoyé aux membres en combien de jours ?", "sous dix jours"),
])
def test_a_decision_in_other_words(network: Chat, question: str, shown: str) -> None:
    reply = ask(network, question)
    assert shown in reply
    assert "pas sûr" not in reply and "pas compris" not in reply


def test_a_decision_that_dates_nothing_says_no_when(network: Chat) -> None:
    # The decision on the laundry dates it; the one on the office does not: no date is made up for it.
    assert "Décision n°" not in ask(network, "le bureau du bailleur, c'est pour quand ?")
