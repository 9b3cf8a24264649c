"""Rows the merged fortieth round lost on the whole-set run, asked again, with
their neighbours:

- « le cvs se réunit combien de fois par an ? » (the lead's set 79), « le
  CESCE se réunit combien de fois dans l'année ? » (set 74): the group's name
  before « se réunit » stays, so the rhythm its decision states answers; only
  « siège » and « se tient » turn the group into « on » (own_meetings.py)."""

from __future__ import annotations

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group


def test_the_group_meeting_how_often_is_its_decided_rhythm() -> None:
    cvs = build_group("cvs56")
    assert "quatre fois par an" in sure(cvs, "le cvs se réunit combien de fois par an ?", "decisions_topic")
    college = build_group("college93")
    assert "trois fois dans l'année" in sure(college, "le CESCE se réunit combien de fois dans l'année ?", "decisions_topic")


def test_the_group_sitting_where_is_still_read_as_we() -> None:
    caleol = build_group("caleol72")
    assert "agence de Vaubourg-le-Loir" in sure(caleol, "en janvier la caleol siège où ?", "meeting_which")


def test_a_designation_asked_as_who_is_the_person_named() -> None:
    # « qui a été nommée référente … ? » asks the person the decision names (set 19b's label); only « qui nous
    # représente au … ? » of an election is the decision itself (set 48b, answers_people.who_the_decision_names).
    ess = build_group("ess56")
    assert "Nolwenn Tanguy" in sure(ess, "qui a été nommée référente du parcours jeunes ?", "in_charge")
    sivom = build_group("sivom15")
    assert "élue déléguée" in sure(sivom, "qui nous représente au Syndicat mixte de tri ?", "decisions_topic")


def test_a_modal_verb_in_the_topic_is_unsure_only_when_a_date_is_asked() -> None:
    # « il faut être combien pour que la plénière puisse délibérer ? » found its decision (set 26a); « … doit être
    # validé quand ? » with several decisions on « salle doit » stays unsure (unheld_answer.py, set 48c).
    codev = build_group("codev64")
    assert "tiers" in sure(codev, "il faut être combien pour que la plénière puisse délibérer ?", "decisions_topic")
    solidarite = build_group("solidarite67")
    assert "300 €" in sure(solidarite, "on a décidé quoi pour les gens qui ne peuvent plus payer leur courant ?",
                           "decisions_topic")


def test_a_sitting_asked_by_initials_is_not_doubted_for_spelling_them_out() -> None:
    # « la réunion sur l'APA, c'est où ? »: the sitting's agenda writes the allowance out; only a subject word the
    # sitting's text lacks makes the answer unsure (« le comité sur le plan de salle », unheld_answer.py, set 48c).
    aines = build_group("aines23")
    assert "n°6" in sure(aines, "la réunion sur l'APA, c'est où ?", "meeting_which")
