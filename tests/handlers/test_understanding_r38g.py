"""The lead's blind set 75 (integne26, the commission consultative for the
integration of foreigners of an invented town in the canton of Neuchâtel,
asked by Caritas Neuchâtel's head of integration on Tuesday 1 December 2026),
missed on its first run, asked in other words, with the neighbours that must
stay as they were:

- « qui était absent au bilan … ? » asks who was away from a sitting past,
  not whom to tell of one's absence (absence_notice.py);
- a sitting named by its event takes every word of the heading said after
  the three the pattern reads: « le bilan de la Semaine contre le racisme »
  (described_meeting.event_named);
- a title and its complement before a verb of being there (« le directeur
  de l'école vient le 10 ? ») is its holder's presence even when no reading
  came first (presence.py);
- « on parlera de … au GT du 27 ? » checks the coming agenda: a future verb
  of talking is a point to come, and a sitting's kind with a bare day is the
  coming one held on that day of a month (agenda_check.py);
- where an event is held (« la Semaine … 2027 ça se passe où ? ») is the
  decision placing it when the only sitting named is one about it
  (decision_slots.py);
- « on adopte le rapport annuel à quelle séance ? » is the coming sitting whose
  agenda holds the point (agenda_when.py);
- a telephone number asked of a thing no decision gives a number for leaves
  the bot unsure (number_asked.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def integne() -> Chat:
    return build_group("integne26")


def test_who_was_absent_is_the_attendance(integne: Chat) -> None:
    reply = sure(integne, "qui était absent au bilan de la Semaine contre le racisme ?", "attendance_meeting")
    assert "séance n°2" in reply and "Thierry Guyot" in reply
    assert "Yves Cuche" in sure(integne, "qui a été absent à la séance du 12 novembre ?", "attendance_meeting")
    # Neighbours: one's own absence to come still asks whom to tell, by the decision on stand-ins.
    assert "suppléant" in sure(integne, "si je suis absent je previens qui ?", "decisions_topic")
    assert "suppléant" in sure(integne, "au cas où je serais absente, à qui je dois le signaler ?", "decisions_topic")


def test_a_sitting_named_by_its_event_in_more_than_three_words(integne: Chat) -> None:
    assert "séance n°2" in sure(integne, "t'as le PV du bilan de la Semaine contre le racisme ?", "minutes_request")
    reply = sure(integne, "qu'a-t-on acté au bilan de la Semaine contre le racisme ?", "decisions_recent")
    assert "stand gratuit" in reply and "douze langues" in reply
    # Neighbour: the event's first words alone still name it.
    assert "séance n°2" in sure(integne, "qui était absent au bilan de la Semaine ?", "attendance_meeting")


def test_a_title_with_its_complement_being_there(integne: Chat) -> None:
    reply = sure(integne, "le directeur de l'école vient le 10 ?", "rsvp_upcoming")
    assert "Jean-Daniel Monnier" in reply and "excuses" in reply
    reply = sure(integne, "Le conseiller communal était-il présent à la séance du 12 novembre ?", "attendance_meeting")
    assert "Pascal Jeanneret" in reply and "présents" in reply
    # Neighbour: a title three members hold is not guessed.
    outcome = outcome_of(integne, "le conseiller vient le 10 ?")
    assert not outcome.confident and "Précisez" in outcome.reply.plain()


def test_a_point_to_be_talked_of_at_a_sitting_named_by_kind_and_day(integne: Chat) -> None:
    reply = sure(integne, "on parlera de la garde des enfants au GT du 27 ?", "agenda_items")
    assert "Garde des enfants pendant les cours" in reply and "séance n°6" in reply
    # Neighbour: what was said of it is the decision.
    assert "garde d'enfants sur place" in sure(integne, "on a parlé de la garde des enfants ?", "decisions_topic")


def test_where_an_event_is_held_is_the_decision_placing_it(integne: Chat) -> None:
    assert "place du Marché" in sure(integne, "la Semaine contre le racisme 2027 ça se passe où ?", "decisions_topic")
    # Neighbour: a sitting asked by its own noun is the meeting.
    assert "n°5" in sure(integne, "la prochaine séance c'est où ?", "meeting_next")


def test_the_sitting_that_adopts_a_point(integne: Chat) -> None:
    assert "séance n°7" in sure(integne, "on adopte le rapport annuel 2026 à quelle séance ?", "meeting_which")
    assert "séance n°7" in sure(integne, "le rapport annuel 2026, on en parle à quelle séance ?", "meeting_which")


def test_a_number_no_decision_gives(integne: Chat) -> None:
    outcome = outcome_of(integne, "c'est quoi le numéro du contrôle des habitants déjà ?")
    assert not outcome.confident and "Je n'ai pas ce numéro" in outcome.reply.plain()
    # Neighbours: the decision asked by its words, and the number of a decision, still answer.
    assert "douze langues" in sure(integne, "qu'a-t-on décidé sur le contrôle des habitants ?", "decisions_topic")
    assert "Décision n°6" in sure(integne, "le numéro de la décision sur le flyer ?", "decisions_topic")
