"""General causes found by the lead's blind set (questions_heldout_lead1.tsv),
tested on another invented group: a meeting place whose words are also a
member's role (« Responsable de la médiathèque … » beside meetings held at the
médiathèque) is the charge when no meeting is spoken of, the place otherwise;
travel words (« trajets », « déplacements ») find a decision on transport.
And by the lead's second set (questions_heldout_lead2.tsv): a body named by
the words between its kind and its town, where to go for the next meeting."""

from __future__ import annotations

import pytest

from storage.models import replace
from storage.store import Store
from tests.handlers.questions_eval import ask, build_group
from tests.handlers.questions_groups import NOW
from tests.helpers import Chat, at, group_config, make_chat


@pytest.fixture(scope="module")
def chat() -> Chat:
    chat = make_chat(Store.memory(), NOW, group_config("quartier", timezone="Europe/Paris", locale="fr_FR"))
    data = chat.store.group("quartier")
    data.add_member("Odile Ferrand", "Ville de Quimper", "Responsable de la médiathèque des Ursulines")
    data.add_member("Yannick Prat", "Quimper Bretagne Occidentale", "Chargé de mission jardins partagés")
    held = data.add_meeting(at("2026-11-10 18:00"), at("2026-11-10 20:00"), "Médiathèque des Ursulines, salle 2")
    data.update_meeting(held.number, lambda m: replace(m, status="held"))
    data.add_meeting(at("2026-12-15 18:00"), at("2026-12-15 20:00"), "Jardin partagé du Moulin Vert")
    data.add_decision("Le covoiturage vers les jardins est organisé par le quartier.", NOW.date(), held.number,
                      "Yannick Prat", "telegram:coord-1", NOW)
    return chat


@pytest.mark.parametrize("question", ["qui s'occupe de la médiathèque des Ursulines ?",
                                      "qui gère la médiathèque des Ursulines ?",
                                      "qui est en charge de la médiathèque des ursulines ?"])
def test_the_place_s_words_in_a_role_name_the_charge(chat: Chat, question: str) -> None:
    assert "Odile Ferrand" in chat.say(question, private=True)


@pytest.mark.parametrize("question", ["la réunion à la médiathèque des Ursulines c'était quand ?",
                                      "c'était quand la séance à la médiathèque des Ursulines ?"])
def test_a_meeting_spoken_of_keeps_the_place(chat: Chat, question: str) -> None:
    assert chat.say(question, private=True).startswith("Séance n°1 (tenue) — mardi 10 novembre 2026")


@pytest.mark.parametrize("question", ["qu'a-t-on décidé sur les trajets ?", "qu'est-ce qui a été décidé pour les déplacements ?",
                                      "décidé quoi sur le transport ?"])
def test_travel_words_find_a_decision_on_carpooling(chat: Chat, question: str) -> None:
    assert "covoiturage" in chat.say(question, private=True)


@pytest.mark.parametrize(("question", "shown"), [
    # « Maison France Services de Hasparren » in the lead's second set: a body named by its words
    # between its kind and its town (here « Espace France Services de Cronenbourg »).
    ("qui vient de France Services ?", "Fatima El Amrani"),
    ("quelqu'un de France Services dans le groupe ?", "Fatima El Amrani"),
    # Where to go, asked by who will come.
    ("il faut venir où pour la prochaine ?", "Lieu : Préfecture du Bas-Rhin"),
    ("on doit aller où pour la prochaine réunion ?", "Lieu : Préfecture du Bas-Rhin"),
])
def test_found_by_the_lead_s_second_set_on_another_group(question: str, shown: str) -> None:
    assert shown in ask(build_group("inclusion67"), question)
