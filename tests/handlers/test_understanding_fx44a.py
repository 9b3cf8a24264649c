"""What the lead's blind set 88 (ecole45, the conseil d'école of an invented
groupe scolaire of the Loiret, asked by the FCPE's head of list on Tuesday
1 December 2026) missed on its first run, asked in other words, with the
neighbours that must stay as they were:

- a sitting headed by its rank (« Premier conseil d'école », « Deuxième
  conseil d'école ») is one of what follows the rank: « le conseil d'école
  de novembre » picks among all of them, « le premier conseil d'école » is
  the one so headed, not the group's first meeting (venues.index_places,
  pipeline.Understanding.order);
- a sitting's noun before a body's word naming sittings held (« le conseil
  d'école » where the schools are members' bodies) is no school
  (entities._in_sitting_name): « les membres du conseil d'école », « on est
  combien au conseil d'école ? » ask the group's composition
  (group_composition.py), « qui représente la mairie au conseil d'école ? »
  the mairie's people, the sittings' name framing it (own_group._at_sittings);
- a school's teacher in parents' words (« la maîtresse des CP », « le maître
  de CM2 », « l'instit », « les profs ») is the « Enseignant(e) » of the
  directory, « le psy scolaire » the psychologist, « la tête de liste » whoever
  heads one (entities.toml [roles]); « il enseigne en quelle classe ? » is on
  the teacher's card (pipeline._on_card, group_bodies.class_levels);
- the time of a subject no sitting is named by (« le soutien après la classe
  c'est à quelle heure ? ») is left unsure, not the next meeting's
  (doubtful_readings._unknown_subject_timed);
- a body's noun typed for a sitting (« le CR du conseil de novembre ») keeps
  the month's sittings headed by it (meeting_rank.headed_as_typed);
- « les décisions du premier conseil d'école ? »: the decisions of the one
  sitting its heading's words name (meeting_decisions.py);
- « la classe verte » is the « classe de découverte » of the decisions
  (families.toml [classe_decouverte]), « les toilettes » the « sanitaires »
  ([sanitaires]), « la coop » the « coopérative » ([cooperative]), « un tarif
  selon les revenus » one « au quotient familial » ([quotient_familial])."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ecole() -> Chat:
    return build_group("ecole45")


def test_a_sitting_headed_by_its_rank(ecole: Chat) -> None:
    assert "Séance n°5" in sure(ecole, "le deuxième conseil d'école c'est à quelle heure ?", "meeting_which")
    assert "Séance n°2" in sure(ecole, "le premier conseil d'école c'était quand ?", "meeting_which")
    assert "séance n°2" in sure(ecole, "les présents du premier conseil d'école ?", "attendance_meeting")
    # Not the group's first meeting (the commission des menus of September).
    assert "séance n°1" not in sure(ecole, "les présents du premier conseil d'école ?", "attendance_meeting")


def test_the_decisions_of_a_sitting_named_by_its_heading(ecole: Chat) -> None:
    assert "Décisions de la séance n°2" in sure(ecole, "les décisions prises au premier conseil d'école ?",
                                                "decisions_recent")
    assert "Décisions sur « cantine »" in sure(ecole, "les décisions sur la cantine ?", "decisions_topic")


def test_the_classe_verte_is_the_classe_de_decouverte(ecole: Chat) -> None:
    assert "du 10 au 14 mai 2027" in sure(ecole, "la classe verte ça tombe quand ?", "decisions_topic")
    assert "120 euros" in sure(ecole, "la classe verte ça coûte combien aux familles ?", "decisions_topic")


def test_the_toilets_are_the_sanitaires(ecole: Chat) -> None:
    assert "vacances de février 2027" in sure(ecole, "les wc de la maternelle c'est pour quand ?", "decisions_topic")


def test_the_coop_and_a_price_by_income(ecole: Chat) -> None:
    assert "15 euros par enfant" in sure(ecole, "la coop c'est combien par an ?", "decisions_topic")
    assert "Mathieu Gaucher" in sure(ecole, "c'est qui le mandataire de la coop ?", "role_holder")
    assert "quotient familial" in sure(ecole, "la cantine a un tarif selon les revenus ?", "decisions_topic")


def test_the_month_of_a_sitting_named_by_its_noun(ecole: Chat) -> None:
    assert "séance n°2" in sure(ecole, "le PV du conseil de novembre ?", "minutes_request")
    assert "Séance n°2" in sure(ecole, "le conseil de novembre c'était où ?", "meeting_which")
    # A plain meeting noun keeps the month's latest sitting held, the meeting on the works.
    assert "Séance n°3" in sure(ecole, "la réunion de novembre c'était où ?", "meeting_which")


def test_the_council_is_the_group(ecole: Chat) -> None:
    assert "Membres du groupe (21)" in sure(ecole, "qui compose le conseil d'école ?", "directory")
    assert "Membres du groupe (21)" in sure(ecole, "nous sommes combien au conseil d'école ?", "directory")
    assert "Martine Courtois" in sure(ecole, "qui représente la mairie au conseil d'école ?", "org_representative")
    # « on sera combien » asks the next sitting's announcements, not the directory.
    assert "Annoncés présents" in sure(ecole, "on sera combien mardi ?", "rsvp_upcoming")


def test_a_teacher_in_parents_words(ecole: Chat) -> None:
    assert "Mathieu Gaucher" in sure(ecole, "c'est qui l'instit des CE2 ?", "role_holder")
    assert "Nadia Benkhelifa" in sure(ecole, "qui est le maître des CM1 ?", "role_holder")
    reply = sure(ecole, "c'est qui la maîtresse des CE2 ?", "role_holder")
    assert "Mathieu Gaucher" in reply and "Aurélie Thibault" not in reply
    # Another « maître » is no teacher.
    assert not outcome_of(ecole, "le maître d'ouvrage c'est qui ?").confident


def test_a_teachers_class_is_on_the_card(ecole: Chat) -> None:
    assert "Enseignante de CP" in sure(ecole, "Aurélie Thibault elle enseigne dans quelle classe ?", "who_is")
    assert "grande section" in sure(ecole, "Claire Ducloux elle a quelle classe ?", "who_is")
    # Someone whose card names no class is not answered by it.
    assert not outcome_of(ecole, "Kevin Lebrun il a quelle classe ?").confident


def test_the_school_psychologist_and_the_heads_of_list(ecole: Chat) -> None:
    assert "Thomas Quéré" in sure(ecole, "c'est qui la psychologue scolaire ?", "role_holder")
    reply = sure(ecole, "qui est en tête de liste ?", "role_holder")
    assert "Estelle Jourdain" in reply and "Olivier Besnard" in reply and "Franck Ménard" not in reply


def test_the_time_of_a_thing_no_sitting_is_named_by(ecole: Chat) -> None:
    assert not outcome_of(ecole, "la garderie après l'école c'est à quelle heure ?").confident
    assert "Prochaine séance n°4" in sure(ecole, "la prochaine réunion c'est à quelle heure ?", "meeting_next")
    assert "Prochaine séance n°4" in sure(ecole, "le prochain conseil c'est à quelle heure ?", "meeting_next")


def test_chatter_stays_quiet(ecole: Chat) -> None:
    for text in ("merci pour le compte rendu du conseil de novembre !", "la maîtresse des CP est super",
                 "on était nombreux au conseil d'école, c'était bien"):
        assert not outcome_of(ecole, text).confident, text
