"""The lead's blind set 96 (citeduc93, the comité de pilotage of an invented
Cité éducative in Seine-Saint-Denis, asked by the parents' representative on
Tuesday 1 December 2026), missed on its first run, asked in other words, with
the neighbours that must stay as they were:

- « … est à l'ordre du jour mardi ? »: the agenda named asks whether the
  sitting's agenda holds the point, not how far a task sharing its words has
  got (task_questions._agenda_named);
- « c'est qui la représentante des parents ? »: the title said of one person
  is its holder's, not the people of the body the public's word leads to
  (publics.public_body, answers_people._body_of_plural);
- « un élève sans stage, il se passe quoi ? » (the case said first) and « il
  se passe quoi le matin à … ? »: the rule decided on that case or that thing
  (handled_case.py; a class « 3e » is no age nor sum);
- « bonne nouvelle, la préfecture a confirmé les crédits »: news after an
  exclamation, as after a greeting, asks nothing (clauses.is_news);
- « qui gère les ateliers numériques ? », « qui fait les ateliers théâtre ? »:
  no task, but one member's role holds the thing, whose words also read as
  sittings (charge_asked.py; « qui fait partie … » stays the members');
- « on va parler de … au prochain comité ? »: the near future of talking,
  and « prochain » before a sitting's noun, as « parlera » and « la prochaine
  fois » (agenda_check.py);
- « la compagnie de théâtre était là … ? »: a presence asked of a body said
  by what it is is no decision's (presence_not_decided.py: left unsure);
- « le reste de la subvention est versé quand ? »: a decision tying it to a
  step (« à la signature », « sur présentation du bilan ») says when
  (decided_when.py);
- « c'est qui la troïka ? »: a body inside the group named only in roles
  (« …, membre de la troïka »): those members (plural_charge.inner_body)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cite() -> Chat:
    return build_group("citeduc93")


def test_a_point_asked_on_the_agenda_named(cite: Chat) -> None:
    reply = sure(cite, "les tablettes pour les familles sont à l'odj mardi prochain ?", "agenda_items")
    assert "Prêt de tablettes aux familles" in reply
    assert "Rédiger la charte" not in reply  # the task sharing the words is not what is asked
    # Neighbour: a task's progress asked without the agenda stays the task's.
    assert "Stéphane Lemoine" in outcome_of(cite, "la charte de prêt des tablettes, c'est fait ?").reply.plain()


def test_the_title_of_a_public_asked_is_its_holder(cite: Chat) -> None:
    reply = sure(cite, "le représentant des parents, c'est qui ?", "role_holder")
    assert "Aïcha Mansouri" in reply
    assert "Nadia Cherif" not in reply  # the café des parents' coordinator does not hold the title
    assert "Aïcha Mansouri" in sure(cite, "qui est la déléguée des parents ?", "role_holder")
    # Neighbour: the body named by its public stays the body's people.
    outcome = outcome_of(cite, "les parents c'est qui ?")
    assert outcome.intent != "role_holder" and "Aïcha Mansouri" in outcome.reply.plain()


def test_what_follows_from_a_case_or_happens_at_a_thing(cite: Chat) -> None:
    assert "place chez un partenaire" in sure(cite, "un collégien de 3e sans entreprise pour son stage, il se passe quoi ?",
                                              "decisions_topic")
    assert "Quarante tablettes" in sure(cite, "une famille sans ordinateur, il se passe quoi ?", "decisions_topic")
    assert "soutien scolaire le matin" in sure(cite, "ça se passe quoi l'après-midi à l'école ouverte ?",
                                               "decisions_topic")
    # Neighbour: a time said first stays the dates of that time.
    assert "mars 2027" in sure(cite, "en mars, il se passe quoi ?", "dates_period")


def test_news_after_an_exclamation_stays_quiet(cite: Chat) -> None:
    assert not outcome_of(cite, "super, la CAF a validé le financement du CLAS").confident
    assert not outcome_of(cite, "mauvaise nouvelle, le Département a réduit les crédits").confident
    # Neighbour: a question after the exclamation is still answered.
    assert "Thomas Girard" in sure(cite, "bonne question, qui anime le GPDS ?", "role_holder")


def test_who_handles_a_thing_a_role_holds(cite: Chat) -> None:
    assert "Élodie Fontaine" in sure(cite, "c'est qui qui gère les ateliers numériques à la médiathèque ?", "in_charge")
    assert "Léa Morin" in sure(cite, "qui fait les ateliers de théâtre ?", "in_charge")
    # Neighbour: « qui fait partie de … » asks the members, no charge.
    assert outcome_of(cite, "qui fait partie du comité de pilotage ?").intent == "directory"


def test_a_point_talked_of_at_the_next_sitting(cite: Chat) -> None:
    reply = sure(cite, "vous allez aborder les tablettes au prochain copil ?", "agenda_items")
    assert "Oui : le point « Prêt de tablettes aux familles" in reply
    # Neighbour: the next sitting asked when stays the next meeting.
    assert "8 décembre" in sure(cite, "le prochain comité c'est quand ?", "meeting_next")


def test_a_presence_is_no_decision(cite: Chat) -> None:
    outcome = outcome_of(cite, "le club de boxe était présent au dernier comité ?")
    assert not outcome.confident and "Décision" not in outcome.reply.plain()


def test_when_a_decision_ties_to_a_step(cite: Chat) -> None:
    assert "70 %" in sure(cite, "les associations reçoivent la subvention à quel moment, quand ?", "decisions_topic")
    assert "sur présentation du bilan" in sure(cite, "le solde de la subvention, il est versé quand ?", "decisions_topic")


def test_a_body_named_only_in_roles(cite: Chat) -> None:
    reply = sure(cite, "c'est qui dans la troïka ?", "role_holder")
    assert all(name in reply for name in ("Karima Benali", "Olivier Marchand", "Stéphane Lemoine"))
    assert "Amandine Roux" not in reply
    assert "Stéphane Lemoine" in sure(cite, "qui compose la troika ?", "role_holder")
    # Neighbour: a word no role says stays unknown.
    assert not outcome_of(cite, "c'est qui la quadrette ?").confident
