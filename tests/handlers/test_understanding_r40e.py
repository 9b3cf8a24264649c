"""The lead's blind set 79 (cvs56, the conseil de la vie sociale of an
invented EHPAD of the Morbihan, asked by a families' representative on
Sunday 6 December 2026), missed on its first run, asked in other words,
with the neighbours that must stay as they were:

- « le prochain cvs ? », « les actions en retard au cvs ? »: the CVS is a
  kind of group (lexicon.toml group_kinds), never the initials of the
  animatrice's « chargée de la vie sociale » (world.py);
- « l'infirmier qui siège au cvs c'est qui ? »: the seated clause ends
  before « c'est qui » (seated_clause.py);
- « les résidents élus au cvs ? »: « fils d'un résident » holds no title
  (persons.holds_role);
- « y a des actions qui traînent ? »: the group's late tasks
  (task_questions.py);
- « le médecin co c'est qui ? »: a title's next word clipped
  (clipped_title.py);
- « le cuisinier »: a kitchen's chef (entities.toml);
- « qu'a dit le cvs sur le prix de journée ? »: its decision on the tarif
  d'hébergement (intents.toml, lexicon.toml);
- « qu'a-t-on décidé en mars ? » asked in December: last March's sitting
  (answers_records.py);
- « le cr du cvs sur le rapport d'activité »: the record of the sitting on
  it (own_relative.py);
- « la réunion avec le cuisinier en septembre »: the guest is part of the
  sitting's designation (at_someone.guest_of_sitting)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cvs() -> Chat:
    return build_group("cvs56")


@pytest.fixture(scope="module")
def transco() -> Chat:
    return build_group("transco12")


def test_the_cvs_is_the_group_not_the_initials_of_a_role(cvs: Chat) -> None:
    assert "séance n°5" in sure(cvs, "c'est quand le prochain CVS ?", "meeting_next")
    coming = outcome_of(cvs, "la semaine prochaine on a cvs non ?")
    assert coming.confident and "Séance n°5" in coming.reply.plain()
    late = sure(cvs, "quelles actions du cvs sont en retard ?", "tasks_late")
    assert "Tâches en retard (4)" in late and "Laëtitia Rio" not in late
    # Neighbour: the animatrice is still found by her charge.
    assert "Laëtitia Rio" in outcome_of(cvs, "qui s'occupe des sorties des résidents ?").reply.plain()


def test_a_seated_clause_before_c_est_qui(cvs: Chat) -> None:
    reply = sure(cvs, "le médecin qui siège au conseil de la vie sociale, c'est qui ?", "role_holder")
    assert "Pierre-Yves Kervella" in reply and "Membres du groupe" not in reply
    # Neighbour: who sits in the group, asked as such, is the directory.
    assert "Membres du groupe" in sure(cvs, "qui siège au cvs ?", "directory")


def test_a_title_after_d_un_is_someone_else_s(cvs: Chat) -> None:
    reply = sure(cvs, "les résidents au cvs c'est qui ?", "org_members")
    assert "Marie-Thérèse Guillemot" in reply and "Anne-Sophie Le Guennec" not in reply
    # Neighbour: the families' representatives are their body's people.
    assert "Yannick Le Corre" in sure(cvs, "qui sont les représentants des familles ?", "org_representative")


def test_actions_that_drag_are_the_late_ones(cvs: Chat, transco: Chat) -> None:
    assert "Tâches en retard (4)" in sure(cvs, "des actions qui traînent ?", "tasks_late")
    assert "Tâches en retard (3)" in sure(transco, "y a des actions qui traînent ?", "tasks_late")
    # Neighbour: the asker's own stay his.
    assert "Tâches d'Yannick Le Corre" in sure(cvs, "mes actions qui traînent ?", "tasks_mine")


def test_a_clipped_word_after_a_title(cvs: Chat) -> None:
    assert "Pierre-Yves Kervella" in sure(cvs, "c'est qui le médecin co ?", "role_holder")
    assert "Nolwenn Le Dréan" in sure(cvs, "l'infirmière co c'est qui ?", "role_holder")
    excused = sure(cvs, "le médecin co était excusé en juin ?", "attendance_meeting")
    assert "Pierre-Yves Kervella" in excused and "excusés" in excused
    # Neighbours: the title alone; a little word after a title is no clip (« chargé de » of « chargé des … »).
    assert "Pierre-Yves Kervella" in sure(cvs, "le médecin c'est qui ?", "role_holder")
    assert "Jean-Baptiste Okafor" in outcome_of(build_group("reseau92"), "qui est chargé de la jeunesse ?").reply.plain()


def test_the_cook_is_the_kitchen_s_chef(cvs: Chat) -> None:
    assert "Florian Nicolas" in sure(cvs, "c'est qui le cuisinier ?", "role_holder")
    assert "a annoncé sa présence" in sure(cvs, "le cuisinier vient au prochain cvs ?", "rsvp_upcoming")


def test_what_the_group_said_on_the_daily_price(cvs: Chat) -> None:
    assert "2,5 %" in sure(cvs, "qu'a dit le conseil sur le prix de journée ?", "decisions_topic")
    # Neighbour: a subject said plainly.
    assert "2,5 %" in sure(cvs, "qu'a-t-on décidé sur le tarif d'hébergement ?", "decisions_topic")


def test_decisions_of_a_month_past(cvs: Chat) -> None:
    reply = sure(cvs, "on a décidé quoi en mars ?", "decisions_recent")
    assert "Décisions de la séance n°1 (jeudi 12 mars 2026)" in reply and "quatre fois par an" in reply
    # Neighbour: a month whose sitting is to come, by its year, has no decisions yet.
    assert not outcome_of(cvs, "qu'a-t-on décidé à la séance de mars 2027 ?").confident


def test_the_record_of_the_sitting_on_a_subject(cvs: Chat) -> None:
    assert "séance n°2" in sure(cvs, "le compte rendu du cvs sur le rapport d'activité ?", "minutes_request")
    # Neighbour: the group's decisions on a subject stay the group's, no sitting's.
    assert "Décision n°7" in sure(cvs, "qu'a décidé le cvs sur les visites ?", "decisions_topic")


def test_a_guest_names_a_sitting_with_its_month(cvs: Chat) -> None:
    assert "Séance n°3" in sure(cvs, "la réunion avec le cuisinier en septembre, c'était à quelle heure ?", "meeting_which")
    assert "Présents (13)" in sure(cvs, "la réunion avec l'ARS en novembre, qui était là ?", "attendance_meeting")
    # Neighbour: no month said, the guest is asked about.
    assert not outcome_of(cvs, "la réunion avec le cuisinier c'était où ?").confident
