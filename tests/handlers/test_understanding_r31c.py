"""The rules blind set 38c (codev29, the conseil de développement of an
invented pays in Finistère, asked by a member of its citizens' college on
Tuesday 1 December 2026, with questions that pivot on one member) missed on
its first run, asked in other words, and in other groups (vernier48,
oms38) where the rule is not the group's, with the neighbours that must stay
as they were:

- a co-title typed with its « co » is held by the co-chairs, not by a
  plain president of another body (co_titles.py; glued.py keeps the
  « co » of « co-présidente »);
- a surname made only of particles (« M. Le Du »: particle_names.py);
- a capitalised first name cut short is no slip of a French word
  (« Chris » is no « chais »: cut_names.py);
- a member named in a « qui » question is who it asks about, not the thing
  a decision serves or acts on (« X bosse pour qui ? », « c'est qui Yann ? »
  with two Yanns: person_not_thing.py);
- a welcome is chat, whatever the relative clause after the name
  (welcome.py);
- « qui présente le X ? » is the verb « présenter », not presence
  (presenting.py);
- « le Pays » names the body whose name opens with « Pays » (entities.toml
  sole_kind_words), as « la Fondation » does."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def codev() -> Chat:
    return build_group("codev29")


@pytest.fixture(scope="module")
def vernier() -> Chat:
    return build_group("quartier-vernier48")


@pytest.fixture(scope="module")
def oms() -> Chat:
    return build_group("oms38")


def test_co_title_asked_is_held_by_the_co_chairs(codev: Chat, vernier: Chat) -> None:
    # Vernier: « Présidente » of the parents' association and « Co-présidente » of the tenants'.
    shown = sure(vernier, "la coprésidente c'est qui ?", "role_holder")
    assert "Rosa Ferreira" in shown and "Samira Haddad" not in shown
    shown = sure(codev, "et la co-présidente, c'est qui ?", "role_holder")
    assert "Anne-Laure Quéméner" in shown and "Marie-Thérèse Lagadec" not in shown
    # Neighbour: the plain title asked stays the plain president's.
    shown = sure(vernier, "c'est qui la présidente ?", "role_holder")
    assert "Samira Haddad" in shown


def test_surname_made_of_particles(codev: Chat) -> None:
    shown = sure(codev, "les tâches de M. Le Du ?", "tasks_mine")
    assert "halles du Faou" in shown and "projet d'avis" not in shown
    assert "parmi les absents" in sure(codev, "Christophe Le Du était là le 16 novembre ?", "attendance_meeting")


def test_first_name_cut_short_is_no_slip(codev: Chat, oms: Chat) -> None:
    assert "rien annoncé" in sure(codev, "Chris sera là jeudi ?", "rsvp_upcoming")
    assert "Christine Argoud" in sure(oms, "Chris était au dernier bureau ?", "attendance_meeting")


def test_person_named_is_no_thing_a_decision_serves(codev: Chat) -> None:
    shown = sure(codev, "Erwan Le Gall travaille pour qui ?", "who_is")
    assert "CCI Finistère" in shown and "Décision" not in shown
    # Two Yanns: the bot asks which, it does not answer with a decision naming one of them.
    outcome = outcome_of(codev, "Yann c'est qui ?")
    assert not outcome.confident and "Plusieurs membres" in outcome.reply.plain()
    # Neighbour: « qui remplace X ? » still finds the decision naming who takes over.
    assert "Erwan Le Gall" in ask(codev, "qui remplace Loïc Salaün au bureau ?")


def test_welcome_is_chat(codev: Chat, oms: Chat) -> None:
    assert not outcome_of(codev, "Bienvenue à Maëlle qui succède à Hervé au lycée !").confident
    assert not outcome_of(oms, "Un grand bienvenue à Christine qui remplace Bruno !").confident
    # Neighbour: the question of who replaces someone is still answered.
    assert "Maëlle Caradec" in sure(codev, "qui remplace Hervé Le Floch ?", "role_holder")


def test_presenting_is_the_verb(codev: Chat) -> None:
    shown = sure(codev, "qui présente le PAT jeudi ?", "in_charge")
    assert "Tifenn Cozic" in shown and "Annoncés présents" not in shown
    # Neighbour: presence asked stays presence.
    assert "Annoncés présents" in sure(codev, "qui sera présent jeudi ?", "rsvp_upcoming")


@pytest.fixture(scope="module")
def brocel() -> Chat:
    return build_group("pat-brocel46")


def test_the_pays_by_the_noun_its_name_opens_with(codev: Chat, brocel: Chat) -> None:
    assert "rien annoncé" in sure(codev, "le président du Pays sera là jeudi ?", "rsvp_upcoming")
    assert "Pierre-Yves Jaouen" in sure(codev, "le directeur du Pays était au bureau du 16 ?", "attendance_meeting")
    assert "Soizic Rolland" in ask(brocel, "qui vient du Pays ?")
