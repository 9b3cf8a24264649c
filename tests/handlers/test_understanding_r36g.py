"""The lead's blind set 69 (spip86, the comité local des partenaires of a
SPIP for an invented prison of the Vienne, asked by the Mission locale's
justice referent on Sunday 6 December 2026), missed on its first run, asked
in other words, with the neighbours that must stay as they were:

- « le CLP » is the group itself (lexicon group_kinds): its last sitting, its
  latest decisions;
- « le CP », « au CP »: the centre pénitentiaire where nobody holds the title
  « chef de projet » the letters also shorten (short_bodies.py), and a body
  whose name closes a sitting's place is that place (body_places.py);
- « la prison » names a penitentiary establishment, not the services working
  inside one; « le chantier d'insertion » an atelier et chantier d'insertion
  (entities.toml [kinds]);
- « le référent justice de France Travail »: a word a member's role writes
  after the title qualifies it, no body (title_qualifier.py);
- a body's antennas (« SPIP de la Vienne, antenne … ») are among its people;
  « FT » is France Travail;
- « la plénière de printemps » headed so is that sitting, not next spring
  (quarter_heading.season_of_heading);
- « on adopte le bilan 2026 quel jour ? »: the sitting whose agenda plans the
  act (agenda_act.py);
- « le rythme des plénières »: the decision setting it (rhythm_asked.py);
- « qui représente les visiteurs de prison ? »: the body speaking for them
  (publics.py);
- « qui s'occupe de l'accès au droit … ? »: the body whose name says the
  activity, never a task sharing another word."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def spip() -> Chat:
    return build_group("spip86")


@pytest.fixture(scope="module")
def qpv() -> Chat:
    return build_group("qpv60")


def test_the_clp_is_the_group_itself(spip: Chat) -> None:
    assert "19 novembre 2026" in sure(spip, "le dernier CLP c'était quand ?", "meeting_last")
    assert "Dernières décisions" in sure(spip, "les dernières décisions du CLP ?", "decisions_recent")
    assert "8 décembre 2026" in sure(spip, "c'est quand le prochain CLP ?", "meeting_next")


def test_the_cp_is_the_prison_where_nobody_is_chef_de_projet(spip: Chat, qpv: Chat) -> None:
    assert "8 décembre 2026" in sure(spip, "la pleniere de fin d'annee c'est bien au CP ?", "meeting_which")
    assert "11 mars 2027" in sure(spip, "le comité de mars c'est à Poitiers ou au CP ?", "meeting_which")
    assert "séance n°2" in sure(spip, "t'as le CR de la séance de septembre au CP ?", "minutes_request")
    coming = sure(spip, "le directeur du CP vient à la plénière ?", "rsvp_upcoming")
    assert "Gilles Pradeau" in coming and "a annoncé sa présence" in coming
    # Where a chef de projet sits, « la CP » is still her title.
    assert "Nadia Berrahou" in sure(qpv, "la CP, c'est qui ?", "role_holder")


def test_the_prison_is_the_establishment_not_the_services_inside(spip: Chat) -> None:
    assert "Gilles Pradeau" in sure(spip, "le directeur de la prison c'est qui ?", "role_holder")
    prison = sure(spip, "qui représente la prison ?", "org_representative")
    assert "Karine Bouchet" in prison and "Yannick Delaunay" not in prison and "Amélie Rabier" not in prison
    assert "Gilles Pradeau" in sure(spip, "Quelles sont les personnes de la prison membres du comité ?", "org_members")


def test_a_word_after_a_title_in_a_role_qualifies_it(spip: Chat) -> None:
    referent = sure(spip, "le référent justice de France Travail c'est qui ?", "role_holder")
    assert "Fabrice Lelong" in referent and "Christine Lavergne" not in referent
    assert "Léa Fontenaud" in sure(spip, "la référente justice de la Mission locale c'est qui ?", "role_holder")
    # « la justice » alone is still its bodies.
    justice = sure(spip, "qui représente la justice ?", "org_representative")
    assert "Cédric Vallée" in justice and "Christine Lavergne" in justice


def test_a_bodys_antennas_and_short_names(spip: Chat) -> None:
    spip_people = sure(spip, "les gens du SPIP de la Vienne dans le comité ?", "org_members")
    assert all(name in spip_people for name in ("Christine Lavergne", "Yannick Delaunay", "Sonia Terrasse"))
    assert "Fabrice Lelong" in sure(spip, "c'est qui pour FT ?", "org_representative")
    assert "Patrice Girardeau" in sure(spip, "le chantier d'insertion c'est qui dans le CLP ?", "org_representative")


def test_a_sitting_headed_by_its_season(spip: Chat) -> None:
    assert "11 juin 2026" in sure(spip, "la plénière de printemps c'était où ?", "meeting_which")
    assert "séance n°1" in sure(spip, "Le compte rendu de la plénière de printemps est-il disponible ?",
                                "minutes_request")
    # No sitting headed « d'été »: the season is still a period to search.
    assert "11 juin 2026" not in outcome_of(spip, "la réunion d'été ?").reply.plain()


def test_an_act_asked_when_is_the_sitting_planning_it(spip: Chat) -> None:
    sitting = sure(spip, "on adopte le bilan 2026 quel jour ?", "meeting_which")
    assert "11 mars 2027" in sitting and "Adoption du bilan annuel 2026" in sitting
    # An act no agenda plans is no sitting's.
    assert outcome_of(spip, "on envoie le bilan 2026 quand ?").intent != "meeting_which"


def test_the_rhythm_of_a_sitting_named(spip: Chat) -> None:
    rhythm = sure(spip, "on avait dit quoi sur le rythme des plénières ?", "decisions_topic")
    assert "deux fois par an" in rhythm and "un jeudi par mois" not in rhythm


def test_who_represents_a_public_is_the_body_speaking_for_it(spip: Chat) -> None:
    assert "Odette Chaigneau" in sure(spip, "qui représente les visiteurs de prison ?", "org_representative")
    # The title asked of its holder stays a title.
    assert "Odette Chaigneau" in sure(spip, "c'est qui la visiteuse de prison ?", "role_holder")


def test_a_body_whose_name_says_the_activity_takes_care_of_it(spip: Chat) -> None:
    assert "Amélie Rabier" in sure(spip, "qui s'occupe de l'accès au droit ?", "in_charge")
    # A word no role says beside it: never the task sharing that word.
    outcome = outcome_of(spip, "qui s'occupe de l'accès au droit en détention ?")
    assert "forum emploi-formation" not in outcome.reply.plain()
