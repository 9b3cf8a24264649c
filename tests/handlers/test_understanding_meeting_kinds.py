"""General causes found by blind set 18b (questions_heldout18b.tsv, a
Seine-et-Marne copil meeting as « COPIL », « Comité technique », « Cellule
mobilité », « Plénière »), tested on other groups: a formation picks among
its own meetings when a month, a day or a period narrows it (none there is
a true « aucune », not another kind's meeting); the meeting after or before
another one; « la réunion d'après »; a formation in the plural lists that
kind's meetings; the group named by its theme (« la réunion du groupe
logement ») is framing, not a topic. NOW is Tuesday 1 December 2026."""

from __future__ import annotations

import pytest

from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def neuchatel() -> Chat:
    """Plenaries, a COPIL and a small group: n°6 plenary 3/12, n°7 COPIL 8/12, n°8 restreint 15/12,
    n°9 plenary 19/01, n°10 COPIL 23/02."""
    return build_group("integration-ne")


@pytest.fixture(scope="module")
def rouen() -> Chat:
    """Comités techniques on 26/11 (n°3) and 13/01 (n°5) among plain meetings (n°4 on 9/12, n°6 on 10/02)."""
    return build_group("jeunes76")


@pytest.fixture(scope="module")
def network() -> Chat:
    return build_group("reseau92")


def first_line(chat: Chat, question: str) -> str:
    return chat.say(question, private=True).splitlines()[0]


@pytest.mark.parametrize("question,number", [
    ("le copil avant Noël c'est où ?", "n°7"),
    ("la plénière du 19 finit à quelle heure ?", "n°9"),
    ("le copil de février, c'est en visio ?", "n°10"),
    ("la plénière de janvier c'est où ?", "n°9"),
])
def test_a_formation_picks_among_its_own_meetings(neuchatel: Chat, question: str, number: str) -> None:
    assert number in first_line(neuchatel, question)


@pytest.mark.parametrize("question", ["y a un groupe restreint en janvier ?", "un copil en janvier ?"])
def test_no_meeting_of_that_kind_in_the_month_is_said(neuchatel: Chat, question: str) -> None:
    reply = neuchatel.say(question, private=True)
    assert reply.startswith("Aucune séance") and "janvier" in reply.splitlines()[0]


def test_the_technical_committee_of_a_month_is_not_another_meeting_of_that_month(rouen: Chat) -> None:
    assert "n°5" in first_line(rouen, "le comité technique de janvier c'est à quelle heure ?")
    assert first_line(rouen, "il y a un comité technique en décembre ?").startswith("Aucune séance")


@pytest.mark.parametrize("question,number", [
    ("la réunion après celle du 3 décembre c'est quand ?", "n°7"),
    ("le copil d'après celui de décembre ?", "n°10"),
    ("la séance d'avant le copil du 8 c'était où ?", "n°6"),
    ("la plénière d'après celle de janvier ?", "aucune"),
])
def test_a_meeting_named_from_another_one(neuchatel: Chat, question: str, number: str) -> None:
    assert number in first_line(neuchatel, question).casefold()


@pytest.mark.parametrize("question,number", [("la réu d'après le comité technique de janvier c'est où ?", "n°6"),
                                             ("la réunion d'avant celle du 13 janvier ?", "n°4")])
def test_a_meeting_named_from_a_technical_committee(rouen: Chat, question: str, number: str) -> None:
    assert number in first_line(rouen, question)


def test_the_meeting_after_the_next_one(network: Chat, neuchatel: Chat) -> None:
    # Next is n°4 (10/12) then n°5 (19/01); « la réunion suivante » stays the next one.
    assert "n°5" in first_line(network, "et la réunion d'après ?")
    assert "n°4" in first_line(network, "la réunion suivante est prévue quand ?")
    assert "n°10" in first_line(neuchatel, "le copil d'après ?")
    # « d'après, celle de janvier »: the same meeting said again.
    assert "n°5" in first_line(network, "et la réunion d'après, celle de janvier, c'est où ?")


def test_a_formation_in_the_plural_lists_its_meetings(neuchatel: Chat) -> None:
    reply = neuchatel.say("les prochains copils ?", private=True)
    assert "n°7" in reply and "n°10" in reply and "n°9" not in reply and "n°8" not in reply


def test_the_last_meeting_of_a_period_ahead(neuchatel: Chat, network: Chat) -> None:
    assert "n°8" in first_line(neuchatel, "la dernière séance avant les fêtes c'est quand ?")
    assert "n°4" in first_line(network, "la dernière réunion avant les vacances c'est où ?")


@pytest.mark.parametrize("question", ["la prochaine réunion du groupe logement c'est quand ?",
                                      "prochaine réu du GT insertion ?",
                                      "la réunion de notre groupe mobilité c'est où ?"])
def test_the_group_named_by_its_theme_is_the_group(network: Chat, question: str) -> None:
    assert "n°4" in first_line(network, question)


def test_the_group_named_by_its_theme_asks_no_decision(network: Chat) -> None:
    reply = network.say("la dernière réunion du collectif vélo c'était quand ?", private=True)
    assert "n°3" in reply.splitlines()[0] and "Décision" not in reply


def test_a_theme_that_opens_a_meeting_place_is_no_framing() -> None:
    # « Groupe de travail mobilité, Gare des Guillemins » is one of the Liège group's formations: its meeting is
    # asked, not the group's next one (the general assembly n°5).
    chat = build_group("economie-sociale-lg")
    assert "n°5" not in first_line(chat, "la réunion du groupe de travail mobilité aura lieu où ?")
