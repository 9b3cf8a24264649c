"""Confident wrong answers left across the sets (round 47, helper r47r), asked
in other words than the sets' rows, with the neighbours that must stay as they
were:

- « que fait le bailleur quand un locataire pose problème à ses voisins ? »
  (the lead's set 94, clsm69) was the task « Recenser les locataires
  concernés par des troubles de voisinage »: what a body does in a case
  opened by a conjunction of condition (« quand un … », « si une … », « en
  cas de … ») is a rule, the decision settling the case answers
  (eligibility.conditional_case); trouble between neighbours told in the
  member's words reaches « troubles de voisinage » (families.toml
  [voisinage]);
- « la fête de la jeunesse c'est quel jour l'année prochaine ? » (the lead's
  set 95, ccjvd) was the deadline « Demande d'autorisation … pour la Fête de
  la jeunesse »: « l'année prochaine » is a span of the calendar, no « next »
  asked (deadline_asked.py), and a whole year beside the event names its
  edition, which the decision dating it must name (decided_when.py);
- « le Pass'ados est ouvert quand ? » (set 43b, mda45) was the decisions on
  « ouvert » (a permanence that « ouvre », a soirée « ouverte à tous »): the
  question names, capitalised inside the sentence, a thing a record of the
  group holds (« Le Pass'ados accueille … »), which the answer lacks: offered,
  not given (named.ignores_held_name); a word the answer derives from it
  (« la Région » in « la subvention régionale ») is shown;
- « qui propose les menus à la commission ? » (the lead's set 92, sivu38)
  was the task « Proposer le menu du repas de Noël »: who brings a thing to
  a sitting body, in the present and with no day named, is its habit, which
  the rule records (« … sur proposition de la diététicienne … »):
  vote_record.standing_proposal;
- « le public du plie on l'a défini comment ? » (set 22b, plie-lens62) was
  the decision on « Les marchés publics … »: the public of a body (a noun:
  whom it serves) found only as the adjective of another thing in the
  records shown is offered, not given (named.public_of_another_sense);
  « informer le public » is everyone, whom a « réunion publique » is for."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clsm() -> Chat:
    return build_group("clsm69")


@pytest.fixture(scope="module")
def ccj() -> Chat:
    return build_group("ccjvd")


@pytest.mark.parametrize("text", [
    "le bailleur fait quoi si un locataire a un conflit avec ses voisins ?",
    "qu'est-ce que fait le bailleur lorsqu'un locataire gêne ses voisins ?",
])
def test_what_a_body_does_in_a_case_is_the_rule_settling_it(clsm: Chat, text: str) -> None:
    assert "procédure d'expulsion" in sure(clsm, text, "decisions_topic")


def test_trouble_between_neighbours_reaches_the_rule_written_otherwise(clsm: Chat) -> None:
    assert "procédure d'expulsion" in sure(clsm, "on a décidé quoi pour les problèmes de voisinage ?", "decisions_topic")


def test_who_does_the_census_keeps_its_task(clsm: Chat) -> None:
    assert "Karima Benali" in sure(clsm, "qui recense les locataires ?", "in_charge")


def test_a_case_with_no_rule_is_no_guess(clsm: Chat) -> None:
    assert not outcome_of(clsm, "que fait la mairie quand il neige ?").confident


@pytest.mark.parametrize("text", [
    "l'an prochain la fête de la jeunesse se fait quand ?",
    "la fête de la jeunesse tombe quel jour en 2027 ?",
])
def test_an_event_of_next_year_is_dated_by_its_decision(ccj: Chat, text: str) -> None:
    assert "19 juin" in sure(ccj, text, "decisions_topic")


def test_the_paper_due_for_the_event_keeps_its_deadline(ccj: Chat) -> None:
    reply = sure(ccj, "la demande d'autorisation pour la fête de la jeunesse c'est pour quand ?", "dates_period")
    assert "30 avril" in reply


def test_next_year_s_calendar_stays_the_calendar(ccj: Chat) -> None:
    assert "30 avril" in sure(ccj, "qu'est-ce qu'on a comme échéances l'année prochaine ?", "dates_period")


@pytest.fixture(scope="module")
def mda() -> Chat:
    return build_group("mda45")


def test_an_answer_lacking_the_thing_named_is_offered(mda: Chat) -> None:
    outcome = outcome_of(mda, "il ouvre quand le Pass'ados ?")
    assert not outcome.confident or "Pass'ados" in outcome.reply.plain()


def test_the_thing_named_in_the_answer_keeps_it(mda: Chat) -> None:
    assert "samedi matin" in sure(mda, "le Pass'ados accueille les jeunes quels jours ?", "decisions_topic")


def test_a_place_named_in_the_answer_keeps_it(mda: Chat) -> None:
    assert "Montargis" in sure(mda, "la permanence de Montargis c'est quel jour ?", "decisions_topic")


def test_a_body_shown_by_its_adjective_keeps_the_answer() -> None:
    chat = build_group("fablab94")
    assert "45 000" in sure(chat, "la subvention de la Région c'est combien ?", "decisions_topic")


@pytest.fixture(scope="module")
def sivu() -> Chat:
    return build_group("sivu38")


def test_who_brings_a_thing_to_a_body_is_the_rule_s_proposer(sivu: Chat) -> None:
    assert "diététicienne" in sure(sivu, "qui est-ce qui propose les menus en commission ?", "decisions_topic")


def test_who_proposes_one_menu_keeps_its_task(sivu: Chat) -> None:
    assert "Karim Belkacem" in sure(sivu, "qui propose le menu de Noël ?", "in_charge")


def test_a_proposal_on_a_day_is_no_rule(sivu: Chat) -> None:
    outcome = outcome_of(sivu, "qui propose le point mardi au conseil ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic")


@pytest.fixture(scope="module")
def plie() -> Chat:
    return build_group("plie-lens62")


def test_the_public_of_a_body_is_not_a_public_market(plie: Chat) -> None:
    outcome = outcome_of(plie, "c'est quoi le public du PLIE déjà ?")
    assert not outcome.confident or "26 à 64 ans" in outcome.reply.plain()


def test_public_markets_keep_their_decision(plie: Chat) -> None:
    assert "10 %" in sure(plie, "la clause sociale des marchés publics c'est combien d'heures ?", "decisions_topic")


def test_informing_the_public_keeps_the_public_meeting() -> None:
    chat = build_group("grenoble38")
    reply = sure(chat, "qu'est-ce qu'on avait décidé pour informer le public sur les aides à l'isolation ?", "decisions_topic")
    assert "réunion publique" in reply
