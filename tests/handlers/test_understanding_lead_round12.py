"""The lead's fixes of the twelfth round, tested on a group invented here (a
Lorient neighbourhood council), in other words than the sets 18 and 19: the
verb that frames a listing (« doit être rendu ») names no task; « pourquoi
… ? » asks the decision giving the rule; a thing held whole by one decision
and only in parts by deadlines is dated by that decision; a thing put off,
asked without naming a meeting, is answered by the decision putting it off;
« le comité de suivi » is a sitting; « qu'est-ce qu'on discute en <mois> ? »
asks the agenda; « X il est <titre> ? » is answered by X's card."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from storage.models import AgendaItem
from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import PARIS, invented_group
from tests.helpers import Chat

DECISIONS = (
    "Les ateliers de quartier ont lieu le samedi matin, jour du marché.",
    "La fermeture de la piscine de Kervénanec pour travaux est fixée à juin 2027.",
    "L'inauguration du jardin des Quatre-Vents est reportée au printemps.",
    "Les comptes rendus sont traduits en breton pour le journal du quartier.",
)


@pytest.fixture(scope="module")
def conseil() -> Chat:
    chat = invented_group("lorient56-lead12",
                          ("Yann Le Goff", "Association des habitants de Kervénanec", "Président de l'association"),
                          ("Soizic Le Floch", "Ville de Lorient", "Chargée de mission démocratie locale"),
                          ("Erwan Tanguy", "Lorient Habitat", "Gardien d'immeuble"))
    data = chat.store.group("lorient56-lead12")
    pilot = next(m.number for m in data.members() if m.name == "Soizic Le Floch")
    data.add_meeting(datetime(2026, 12, 12, 10, tzinfo=PARIS), datetime(2026, 12, 12, 12, tzinfo=PARIS),
                     "Maison de quartier de Kervénanec", (AgendaItem("Inauguration du jardin", "Soizic Le Floch"),))
    data.add_meeting(datetime(2027, 2, 6, 10, tzinfo=PARIS), datetime(2027, 2, 6, 12, tzinfo=PARIS),
                     "Hôtel de ville de Lorient", (AgendaItem("Budget participatif", "Soizic Le Floch"),))
    for text in DECISIONS:
        data.add_decision(text, date(2026, 11, 7), None, "Soizic Le Floch", "telegram:coord-1",
                          datetime(2026, 11, 7, 12, tzinfo=PARIS))
    data.add_deadline(datetime(2026, 12, 9, tzinfo=PARIS), "Questionnaire aux familles du quartier")
    data.add_deadline(datetime(2027, 1, 15, tzinfo=PARIS), "Devis des travaux de la piscine")
    data.add_deadline(datetime(2027, 3, 1, tzinfo=PARIS), "Affichage de la fermeture du gymnase")
    data.add_task("Relire le compte rendu d'octobre", pilot, date(2026, 12, 18), None, "Soizic Le Floch",
                  "Soizic Le Floch", "telegram:coord-1")
    return chat


def test_the_verb_framing_a_listing_names_no_task(conseil: Chat) -> None:
    reply = ask(conseil, "qu'est-ce qui doit être rendu d'ici mercredi prochain ?")
    assert "Questionnaire aux familles" in reply and "compte rendu d'octobre" not in reply, reply
    # A « compte rendu » named as such is still the task's.
    assert "compte rendu d'octobre" in ask(conseil, "qu'est-ce qui reste à faire pour le compte rendu ?")


def test_why_asks_the_decision_giving_the_rule(conseil: Chat) -> None:
    assert "jour du marché" in ask(conseil, "pourquoi les ateliers sont toujours le samedi ?")
    assert "breton" in ask(conseil, "pourquoi les comptes rendus sont en breton ?")
    # A why with nothing the decisions hold is no question on them.
    assert "Décision" not in ask(conseil, "pourquoi pas ?")


def test_a_thing_held_whole_by_a_decision_is_dated_by_it(conseil: Chat) -> None:
    # Each deadline holds a part (« la piscine », « la fermeture »); the decision holds both.
    reply = ask(conseil, "la fermeture de la piscine, c'est quand ?")
    assert "juin 2027" in reply and "Devis" not in reply, reply


def test_a_thing_put_off_is_answered_by_the_decision_not_the_meeting(conseil: Chat) -> None:
    # The next meeting's agenda holds « Inauguration du jardin »: the meeting was shown.
    reply = ask(conseil, "l'inauguration a été reportée ?")
    assert "printemps" in reply and "Prochaine séance" not in reply, reply
    # Naming the meeting asks for it.
    assert "12 décembre" in ask(conseil, "la réunion de samedi 12 est reportée ?")


def test_the_follow_up_committee_is_a_sitting(conseil: Chat) -> None:
    assert "12 décembre" in ask(conseil, "le prochain comité de suivi a lieu quand ?")


def test_what_is_discussed_in_a_month_is_its_agenda(conseil: Chat) -> None:
    reply = ask(conseil, "qu'est-ce qu'on discute en février ?")
    assert "Budget participatif" in reply and "Ordre du jour" in reply, reply


def test_a_title_checked_of_a_named_member_is_answered_by_the_card(conseil: Chat) -> None:
    # « président » is another member's title: Erwan's card says he is not.
    reply = ask(conseil, "Erwan Tanguy il est président ?")
    assert "Gardien d'immeuble" in reply and "Je ne suis pas sûr" not in reply, reply
    # Asking someone else's title while naming a member is not a question on that member.
    assert "Gardien d'immeuble" not in ask(conseil, "Erwan Tanguy, qui est le président ?")
