"""What blind set 48c (forum45, the organising committee of an invented job fair of the Loiret, asked by the
chargée de projet on Tuesday 1 December 2026: IS IT STILL ON) still missed, and one row of the lead's set 61
(jumelage68) the last merge lost, asked in other words, with the neighbours that must stay as they were:

- « vendredi ou jeudi » spans the two days whichever is said first, not a month back from the second to the
  first (day_spans.py): the next sitting, on neither day, is shown;
- « qu'est-ce qui a changé depuis le dernier comité ? »: the sitting after « depuis » bounds the news asked, no
  rival of the latest decisions (meeting_rivals.since_sitting), and « changé » is what the decisions say
  (explained.toml, the decisions' words);
- a decision withdrawn still holds the thing checked as still so (« … est-il maintenu le 4 février ? »): the
  decisions as they stand answer (changed_record.py), and so does a thing asked as there at all (« y a une
  navette ? »: changed_record.still_recorded);
- « la com » finds the decision on the poster, the flyer and the social networks (families.toml, communication);
- « le comité sur le plan de salle » names the sitting headed so, though a deadline shares the words
  (heading_words.py);
- (lead's set 61) « l'horaire du groupe de travail à l'Office de tourisme » asks the sitting held there, not the
  Office's representative (meeting_rivals.placed_sitting)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def forum() -> Chat:
    return build_group("forum45")


@pytest.fixture(scope="module")
def jumelage() -> Chat:
    return build_group("jumelage68")


def test_either_of_two_days_told_in_any_order(forum: Chat) -> None:
    reply = sure(forum, "la prochaine réunion, elle tombe vendredi ou jeudi ?", "meeting_which")
    assert "du jeudi 3 décembre 2026 au vendredi 4 décembre 2026" in reply
    assert "Prochaine séance n°4" in reply
    # Neighbour: two days of the month across its end still span from the first to the second.
    assert "du lundi 28 décembre 2026 au lundi 4 janvier 2027" in sure(forum, "y a quoi du 28 au 4 ?", "dates_period")


def test_what_changed_since_a_sitting(forum: Chat) -> None:
    assert "Décision n°10" in sure(forum, "qu'est-ce qui a changé depuis la dernière réunion ?", "decisions_recent")
    # Neighbour: the sitting asked itself is still the last one.
    assert "séance n°3" in sure(forum, "la dernière réunion c'était où ?", "meeting_last")


def test_a_withdrawn_date_checked(forum: Chat) -> None:
    assert "28 janvier" in sure(forum, "le forum de l'emploi et de l'alternance est maintenu au 4 février ?",
                                "decisions_topic")


def test_a_thing_asked_as_there(forum: Chat) -> None:
    assert "12h30" in sure(forum, "il y a un buffet pour les exposants ?", "decisions_topic")
    assert "toutes les 20 minutes" in sure(forum, "est-ce qu'il y a une navette depuis la gare des Aubrais ?",
                                           "decisions_topic")
    # Neighbours: a sitting asked as there is the calendar's; a thing no decision holds whole asks nothing of them.
    assert "n°4" in sure(forum, "y a une réunion le 11 décembre ?", "meeting_which")
    assert not outcome_of(forum, "il y a un bouchon sur la rocade ?").confident
    assert not outcome_of(forum, "y a une navette pour les chiens ?").confident


def test_the_communication_by_its_pieces(forum: Chat) -> None:
    assert "6 500 euros" in sure(forum, "c'est toujours Bord de Loire, l'agence pour la com ?", "decisions_topic")
    # Neighbour: who is in charge of it is still told by the roles.
    assert "Julie Vernet" in sure(forum, "qui s'occupe de la communication ?", "in_charge")


def test_a_sitting_named_by_its_subject(forum: Chat) -> None:
    assert "Séance n°2" in sure(forum, "la séance sur les exposants et le plan de salle, c'était quel jour ?",
                                "meeting_which")
    # Neighbour: without the sitting's noun, the deadline sharing the words is still what is asked.
    assert "18 décembre" in sure(forum, "la validation du plan de salle, c'est quand ?", "dates_period")


def test_a_sittings_hour_at_a_bodys_place(jumelage: Chat) -> None:
    assert "Séance n°6" in sure(jumelage, "Pouvez-vous me donner l'horaire du groupe de travail à l'Office de tourisme ?",
                                "meeting_which")
    # Neighbour: the body's people are still asked by « qui ».
    assert "Nathalie Baumann" in sure(jumelage, "qui est là pour l'Office de tourisme ?", "org_representative")


def test_a_move_heard_of(forum: Chat) -> None:
    # The news heard is what the check asks; its past tense is the change's, the sitting is ahead.
    reply = sure(forum, "il paraît que la réunion de jeudi avait été décalée, c'est vrai ?", "meeting_which")
    assert "jeudi 3 décembre 2026" in reply
    assert "Prochaine séance n°4 (déplacée)" in reply


def test_a_move_heard_of_with_its_new_month() -> None:
    # The month it was said to go to is the claim checked, not the sitting asked: December's sitting, still on.
    transco = build_group("transco12")
    assert "Séance n°4 — lundi 14 décembre 2026" in sure(
        transco, "il paraît que la séance de décembre a été décalée en janvier, c'est vrai ?", "meeting_which")


def test_what_was_planned_at_a_cancelled_sitting(forum: Chat) -> None:
    reply = sure(forum, "qu'est-ce qui était programmé à la séance du 15 décembre ?", "meeting_which")
    assert "Séance n°5 (annulée)" in reply
    assert "Avenir du forum satellite de Jargeau" in reply
    # The plan's tense puts no day last year (test_understanding_r41c's question, answered since r44s).
    assert "n°7 — mardi 16 février 2027" in sure(forum, "qu'est-ce qui était prévu à la réunion du 16 février ?",
                                                 "meeting_which")
    # Neighbour: a sitting held is still read in the past (« c'était »).
    assert "Séance n°3" in sure(forum, "la réunion du 19 c'était où ?", "meeting_which")
