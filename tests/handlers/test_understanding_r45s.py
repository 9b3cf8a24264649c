"""Is it still on, of blind set 48c (forum45, the organising committee of an
invented job fair of the Loiret, asked by its chargée de projet on Tuesday
1 December 2026), rows left unsure after the earlier rounds, asked in other
words, with the neighbours that must stay as they were:

- a confident answer that missed what was asked (unheld_answer.py) is asked
  again of the record that holds the question's words, and answered when
  that answer shows what is wanted (unheld_retry.retried): a choice of two
  days by the decision writing one of them (« c le 28 ou le 4 le forum ?? »),
  a date asked (read as one's tasks) by the decisions writing a date, « c'est
  qui qui fait … ? » (answered with dates) by the decision holding every
  word, « les ateliers CV … ? » (the shorthand read « ateliers » as
  « réunions ») by the decision writing the words as typed, « … doit être
  validé quand ? » (decisions on a modal verb) by the one deadline holding
  the words;
- « la liste des ateliers, date limite ? » left unsure, a deadline word
  asked: the one deadline holding the words as typed
  (unheld_retry.deadline_named);
- « je note 10/12 14h pour le comité, c'est bon ? »: the asker's note
  checked by the closing « c'est bon ? » asks the day or hour noted
  (indirect.direct_question; « bjr », « slt » greetings as « bonjour »)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def forum() -> Chat:
    return build_group("forum45")


def test_a_choice_of_two_days_answered_by_the_decision_writing_one(forum: Chat) -> None:
    reply = sure(forum, "le forum c'est le 4 ou le 28 ?", "decisions_topic")
    assert "avancé au jeudi 28 janvier 2027" in reply
    # No decision on the buffet writes a day: still unsure.
    assert not outcome_of(forum, "c'est le 5 ou le 6 le buffet ?").confident


def test_a_date_asked_for_a_thing_the_decisions_date(forum: Chat) -> None:
    assert "28 janvier 2027" in sure(forum, "je note quelle date pour le forum dans mon agenda ?", "decisions_topic")
    # The buffet's decision writes an hour, no date: nothing sure.
    assert not outcome_of(forum, "je mets quelle date pour le buffet ?").confident


def test_who_does_it_answered_by_the_decision_naming_them(forum: Chat) -> None:
    assert "assurée par Cars Loiret Voyages" in sure(forum, "la navette, c'est qui qui la fait, encore Cars Loiret "
                                                             "Voyages ?", "decisions_topic")
    assert "Cars Loiret Voyages" in sure(forum, "c'est qui qui assure la navette ?", "in_charge")
    assert not outcome_of(forum, "c'est qui qui fait le buffet ?").confident


def test_a_word_the_shorthand_read_as_a_sitting_finds_its_decision(forum: Chat) -> None:
    reply = sure(forum, "les ateliers CV, c'est encore Cap emploi ?", "decisions_topic")
    assert reply.index("animés par l'APEC et Cap emploi") < reply.index("dans la limite de 130 stands")


def test_a_deadline_asked_of_a_thing(forum: Chat) -> None:
    reply = sure(forum, "la liste des ateliers doit être bouclée quand ?", "dates_period")
    assert "22 janvier 2027" in reply and "Dates à venir (1)" in reply
    reply = sure(forum, "la liste des ateliers, c'est quoi la date limite ?", "dates_period")
    assert "Liste définitive des ateliers" in reply and "Dates à venir (1)" in reply
    assert "4 décembre 2026" in sure(forum, "la liste des exposants, date limite ?", "dates_period")
    # A sitting asked by its subject stays the meetings' question.
    assert not outcome_of(forum, "les ateliers du forum c'est quand ?").intent == "dates_period"


def test_a_participle_folded_onto_a_deadline_word_asks_no_deadline() -> None:
    # « limité » is folded onto « limite » (a deadline's noun): the merge's whole-set run saw set 20c's « on a limité
    # la durée de passage à l'épicerie ? » answered with the deadline holding « passage » and « épicerie »
    epicerie = build_group("epicerie74")
    out = outcome_of(epicerie, "on a limité le temps de passage par famille à l'épicerie ?")
    assert not (out.confident and "Échéance" in out.reply.plain())
    assert "Tableau des passages" in sure(epicerie, "les passages en épicerie, date limite ?", "dates_period")



def test_a_note_checked_asks_the_day_noted(forum: Chat) -> None:
    reply = sure(forum, "slt, je note le comité le 11 à 9h30, c'est bien ça ?", "meeting_which")
    assert "vendredi 11 décembre 2026, 09h30" in reply
    assert "séance n°6 (déplacée)" in sure(forum, "j'ai noté le 14/01 pour la réunion d'après, c'est ça ?",
                                            "meeting_which").casefold()
    # A note with no day or hour is a question to the members: nothing sure.
    assert not outcome_of(forum, "je note 3 stands pour la CMA, c'est bon ?").confident
    assert not outcome_of(forum, "je note ta présence, c'est bon ?").confident
