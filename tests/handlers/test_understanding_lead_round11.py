"""The lead's fixes of the eleventh round, tested on a group invented here (a
Savoie network of rural libraries), in other words than the sets': a role
holding the very word asked (« le secrétariat ») before one that opens with
its title (« secrétaire patronal »); a task that holds the question's verb
before a role reached only through that role's usual activities; the title
shown as the member wrote it, accents and all; a role word asked of a
member shown by their card; a deadline asked by its subject and « délai »;
other assemblies' sittings; and, after set 17, a title asked within a body,
« malvoyants » for « déficients visuels », an event dated by its decision
rather than by the task organising it."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def network() -> Chat:
    chat = invented_group(
        "biblio73",
        ("Odile Favre", "Savoie-biblio", "Directrice, présidente du réseau"),
        ("Gérald Mollard", "Syndicat des libraires de Savoie", "Secrétaire administratif"),
        ("Sonia Berthet", "Savoie-biblio", "Agente administrative, secrétariat du réseau"),
        ("Lucas Perrier", "Commune de Lanslebourg", "Bibliothécaire bénévole"),
        ("Mireille Cohendoz", "Ville d'Albertville", "Adjointe à la culture"),
        ("Paul Vibert", "Association des aveugles de Savoie", "Référent des déficients visuels"),
    )
    data = chat.store.group("biblio73")
    numbers = {m.name: m.number for m in data.members()}
    data.add_task("Envoyer le compte rendu de novembre aux communes", numbers["Lucas Perrier"], date(2026, 12, 11), None,
                  "Lucas Perrier", "Odile Favre", "telegram:coord-1")
    data.add_decision("Le réseau visite la bibliothèque sonore de Chambéry en février.", date(2026, 10, 6), None,
                      "Odile Favre", "telegram:coord-1", datetime(2026, 10, 6, 18, tzinfo=ZoneInfo("Europe/Paris")))
    data.add_task("Organiser la visite de la bibliothèque sonore", numbers["Sonia Berthet"], date(2027, 1, 15), None,
                  "Sonia Berthet", "Odile Favre", "telegram:coord-1")
    data.add_deadline(datetime(2027, 1, 22, tzinfo=ZoneInfo("Europe/Paris")), "Inventaire des fonds patrimoniaux")
    data.add_decision("Le réseau se réunit le premier mardi du mois, à la médiathèque de Chambéry.", date(2026, 9, 8), None,
                      "Odile Favre", "telegram:coord-1", datetime(2026, 9, 8, 18, tzinfo=ZoneInfo("Europe/Paris")))
    return chat


def test_the_role_holding_the_word_asked_comes_before_a_title_opening_with_it(network: Chat) -> None:
    reply = ask(network, "qui assure le secrétariat ?")
    assert "Sonia Berthet" in reply and "Gérald Mollard" not in reply, reply


def test_a_task_holding_the_verb_asked_answers_before_a_role_by_its_activities(network: Chat) -> None:
    # A « secrétaire » usually writes minutes; the group recorded who sends these ones.
    reply = ask(network, "qui envoie le compte rendu ?")
    assert "Lucas Perrier" in reply and "Gérald Mollard" not in reply, reply


def test_the_title_is_shown_with_its_accents(network: Chat) -> None:
    reply = ask(network, "qui est la présidente ?")
    assert reply.startswith("Rôle « présidente »") and "Odile Favre" in reply, reply


def test_a_member_asked_to_be_what_their_role_says_gets_their_card(network: Chat) -> None:
    # « secrétaire » is shown by « secrétariat du réseau »: the card answers, no choice offered.
    reply = ask(network, "Sonia Berthet c'est la secrétaire ?")
    assert reply.startswith("Sonia Berthet") and "secrétariat du réseau" in reply, reply


def test_a_member_asked_to_be_what_their_role_does_not_say_is_no_sure_answer(network: Chat) -> None:
    reply = ask(network, "Sonia Berthet c'est la trésorière ?")
    assert reply.startswith("Je ne suis pas sûr"), reply


@pytest.mark.parametrize("question", ["l'inventaire des fonds patrimoniaux, délai ?", "inventaire des fonds, échéance ?"])
def test_a_deadline_asked_by_its_subject_and_a_deadline_noun_alone(network: Chat, question: str) -> None:
    reply = ask(network, question)
    assert "Inventaire des fonds patrimoniaux" in reply and "22 janvier 2027" in reply, reply


@pytest.mark.parametrize("message", ["le conseil général se réunit mardi soir", "le Sénat siège toute la semaine"])
def test_news_of_another_assembly_sitting_is_not_the_group_s_rule(network: Chat, message: str) -> None:
    # The group's own rule on its meetings is no answer to news of a town's or a country's assembly.
    assert "premier mardi" not in ask(network, message)


def test_a_title_asked_within_a_body_is_a_role(network: Chat) -> None:
    reply = ask(network, "l'adjointe à la culture d'Albertville c'est qui ?")
    assert reply.startswith("Rôle") and "Mireille Cohendoz" in reply, reply


def test_the_visually_impaired_by_another_name(network: Chat) -> None:
    reply = ask(network, "qui s'occupe des malvoyants ?")
    assert "Paul Vibert" in reply and not reply.startswith("Je ne"), reply


def test_an_event_is_dated_by_its_decision_not_by_the_task_organising_it(network: Chat) -> None:
    reply = ask(network, "la visite de la bibliothèque sonore c'est quand ?")
    assert "en février" in reply and "15 janvier" not in reply, reply
