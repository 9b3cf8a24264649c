"""General causes found by the meetings blind set (questions_heldout15c.tsv,
a Neuchâtel group meeting in three formations), tested on other groups:
the formation a coordinator writes at the head of a place (« COPIL, … »,
« Séance plénière, … », « Comité de pilotage, … ») names the meeting
(« le prochain copil », « la dernière plénière »), while a meeting noun in a
place names no place (« la dernière séance » stays the latest meeting);
« l'avant-dernière », « le premier copil »; a place checked rather than
designating (« c'était à Saint-Denis ? »); the address or room of the meeting
a weekday names; a month asked about in the past tense."""

from __future__ import annotations

import pytest

from storage.models import AgendaItem, replace
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat, at


@pytest.fixture(scope="module")
def food() -> Chat:
    """The Lyon food-policy collective, with plenaries and a steering committee added by its coordinator."""
    chat = build_group("alimentation69")
    data = chat.store.group("alimentation69")
    for start, place, items, held in (
            ("2026-09-22 14:00", "Séance plénière, Château de Lacroix-Laval, orangerie", (), True),
            ("2026-11-03 09:00", "COPIL, Hôtel de la Métropole, salle 3", (), True),
            ("2027-01-12 09:00", "Comité de pilotage, Mairie de Vénissieux", ("Budget 2027 du PAT",), False),
            ("2027-02-09 14:00", "Séance plénière, Château de Lacroix-Laval, salle des gardes", (), False),
            ("2026-10-01 09:00", "COPIL, visioconférence", (), True)):
        start_at = at(start, chat.group.timezone)
        meeting = data.add_meeting(start_at, start_at.replace(hour=start_at.hour + 2), place,
                                   tuple(AgendaItem(i, "Anaïs Perret") for i in items))
        if held:
            data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    return chat


@pytest.fixture(scope="module")
def jobs() -> Chat:
    return build_group("emploi93")


@pytest.mark.parametrize("question", ["le prochain copil c'est quand ?", "le prochain comité de pilotage se tient où ?",
                                      "prochain copil ?", "ordre du jour du prochain comite de pilotage ?"])
def test_a_formation_names_its_next_meeting(food: Chat, question: str) -> None:
    reply = food.say(question, private=True)
    assert "n°7" in reply and "Vénissieux" in reply


@pytest.mark.parametrize("question,number", [("le dernier copil c'était où ?", "n°6"),
                                             ("le premier copil, c'était quand ?", "n°9"),
                                             ("la dernière plénière c'était où ?", "n°5"),
                                             ("c'était quand la dernière séance plénière ?", "n°5"),
                                             ("la prochaine plénière c'est quand ?", "n°8")])
def test_an_order_word_picks_within_the_formation(food: Chat, question: str, number: str) -> None:
    assert number in food.say(question, private=True).splitlines()[0]


@pytest.mark.parametrize("question", ["la dernière séance c'était où ?", "c'était quand la dernière réunion ?"])
def test_a_meeting_noun_heading_a_place_names_no_place(food: Chat, question: str) -> None:
    # The plenaries' places open with « Séance plénière »: « la dernière séance » is still the latest held.
    assert food.say(question, private=True).startswith("Dernière séance n°2 (tenue)")


def test_a_kind_of_venue_names_the_place_whatever_room(food: Chat) -> None:
    # « Château de Lacroix-Laval, orangerie » and « …, salle des gardes »: one venue, its next meeting.
    assert "n°8" in food.say("la réunion au château, c'est quand ?", private=True).splitlines()[0]


def test_an_agenda_in_the_past_tense_of_a_decision_does_not_hide_the_question(food: Chat) -> None:
    data = food.store.group("alimentation69")
    data.add_decision("Le salon des circuits courts aura lieu en février.", at("2026-11-24 18:00").date(), 2,
                      "Anaïs Perret", "telegram:coord-1", at("2026-11-24 18:00"))
    assert food.say("la prochaine séance aura lieu où ?", private=True).startswith("Prochaine séance n°3")


@pytest.mark.parametrize("question", ["l'avant-dernière réunion c'était où ?", "c'était quand l'avant derniere reu ?",
                                      "l'avant-dernière séance, c'était à Saint-Denis ?"])
def test_the_second_latest_meeting(jobs: Chat, question: str) -> None:
    assert jobs.say(question, private=True).startswith("Dernière séance n°1 (tenue) — mardi 6 octobre 2026")


@pytest.mark.parametrize("question", ["c'est à quelle adresse mardi ?", "on est dans quelle salle mardi ?",
                                      "mardi c'est à quelle adresse ?", "on est où mardi ?"])
def test_the_address_of_the_meeting_a_weekday_names(jobs: Chat, question: str) -> None:
    reply = jobs.say(question, private=True)
    assert "n°3" in reply and "Maison de l'emploi de Pantin" in reply


@pytest.mark.parametrize("question", ["c'était à quelle heure la réunion d'octobre ?",
                                      "la séance d'octobre c'était où déjà ?"])
def test_a_month_asked_in_the_past_tense(jobs: Chat, question: str) -> None:
    reply = jobs.say(question, private=True)
    assert "n°1" in reply and "09h30" in reply


@pytest.mark.parametrize("question", ["on s'est vus où en octobre ?", "on s'était réunis où en octobre ?",
                                      "la réunion du 6, c'était où ?", "c'était à quelle heure la séance du 6 ?"])
def test_a_month_or_a_bare_day_in_the_past_tense_is_the_last_one(jobs: Chat, question: str) -> None:
    # On 1 December « en octobre » said in the past is October 2026, not 2027; no meeting fell
    # on the last 6th (6 November): « la réunion du 6 » is the latest held on a 6th.
    assert jobs.say(question, private=True).startswith("Séance n°1 (tenue) — mardi 6 octobre 2026")


def test_a_bare_day_ahead_with_no_meeting_says_so(jobs: Chat) -> None:
    # « la réunion du 2 » on the 1st asks about tomorrow: no meeting then, not February's 2nd.
    assert jobs.say("la réunion du 2 c'est où ?", private=True).startswith("Aucune séance le mercredi 2 décembre 2026")


def test_decisions_of_a_month_asked_in_the_past(jobs: Chat) -> None:
    assert "séance n°1 (mardi 6 octobre 2026)" in jobs.say("qu'a-t-on décidé en octobre ?", private=True)


def test_a_month_without_meeting_asked_in_the_past_names_the_past_month(jobs: Chat) -> None:
    # Not « aucune séance en septembre 2027 »: a decision was taken in a month gone by.
    assert "aucune séance en septembre 2026" in jobs.say("qu'a-t-on décidé en septembre ?", private=True)


@pytest.fixture(scope="module")
def neuchatel() -> Chat:
    return build_group("integration-ne")


@pytest.mark.parametrize("question", ["le dernier groupe restreint c'était où ?", "c'était où le dernier groupe restreint ?"])
def test_an_order_word_before_a_formation_picks_within_it(neuchatel: Chat, question: str) -> None:
    # « groupe restreint » is no meeting noun: the order word still picks within the formation.
    assert neuchatel.say(question, private=True).startswith("Dernière séance n°4 (tenue) — jeudi 12 novembre 2026")


@pytest.mark.parametrize("message", ["on se voit mardi à Pantin !", "la réunion de mon équipe est reportée",
                                     "la réunion de mon association est annulée"])
def test_an_exclamation_or_news_of_a_meeting_is_no_question(jobs: Chat, message: str) -> None:
    assert "Séance n°" not in jobs.say(message, private=True)


def test_an_imperative_exclamation_is_still_a_request(jobs: Chat) -> None:
    assert "n°3" in jobs.say("rappelez-moi la date de la prochaine réunion !", private=True)
