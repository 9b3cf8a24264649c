"""The conventions the fortieth round left open, and confident wrong answers
left in the older sets (helper r42r), asked in other words than the sets'
rows, with the neighbours that must stay as they were:

- « qui a proposé … ? » has one answer: the record that says who proposed
  it, a decision's « sur proposition de … » (decisions_topic, the decision
  shows the person and what was decided; set 29d's row relabelled to it, as
  set 48b labels it); a done task « Présenter … » where no decision records
  it. « c'était l'idée de qui … ? », « à l'initiative de qui … ? » ask the
  same (vote_record.py);
- the group named by its own kind: a body one of whose offices a member of
  another body holds (« président du CDAD » held by the court's president,
  « animatrice du conseil de développement » by the Pays' officer) is the
  group's own; who SITS in it (« qui fait partie du CDAD ? », « on est
  combien au conseil de développement ? ») is the group's directory, who
  COMES FROM it (« les gens du CDAD ? », « qui vient du CDAD ? ») that one
  member organisation's people (group_body.py);
- the confident wrong answers of the older sets: a role saying how its
  holder was made between the title and the public (« représentant élu des
  officiers volontaires ») still says whom they represent: its holder, as a
  title (role_holder), and « des officiers » is not « des sous-officiers »
  (represented.py); two labels mended to the other sets' conventions (set
  16e, a task's due date « doit être … quand ? » is tasks_late; set 16hb,
  « qui est responsable de … ? » of a role so titled is role_holder).
"""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def gdv() -> Chat:
    return build_group("gdv47")


@pytest.fixture(scope="module")
def cdad() -> Chat:
    return build_group("cdad86")


@pytest.fixture(scope="module")
def codev() -> Chat:
    return build_group("codev29")


def test_who_proposed_is_the_decision_that_says_it(gdv: Chat) -> None:
    reply = sure(gdv, "les tablettes prêtées aux enfants du CNED, c'est qui qui les a proposées ?", "decisions_topic")
    assert "Sur proposition d'Élodie Sarrazin" in reply
    reply = sure(gdv, "c'était l'idée de qui, l'harmonisation du tarif des aires ?", "decisions_topic")
    assert "Sur proposition de Nathalie Durand" in reply
    reply = sure(gdv, "à l'initiative de qui le groupe sur les jeunes voyageurs a été créé ?", "decisions_topic")
    assert "Sur proposition d'Hélène de Lamothe" in reply


def test_who_proposed_neighbours_stay(gdv: Chat) -> None:
    # What a member proposed is still the decision; an idea said in the chat asks nothing.
    assert "3 euros" in sure(gdv, "Mme Durand avait proposé quoi déjà ?", "decisions_topic")
    assert not outcome_of(gdv, "c'était une bonne idée, le tarif harmonisé").confident
    # A task « Présenter … » with no decision recording it stays the pilot's charge (set 40a's convention).
    cmj = build_group("cmj33")
    assert "Fatou Diallo" in sure(cmj, "qui nous a présenté les aides au BAFA ?", "in_charge")


def test_who_sits_in_the_groups_own_body_is_the_directory(cdad: Chat, codev: Chat) -> None:
    assert "Membres du groupe (14)" in sure(cdad, "les membres du CDAD ?", "directory")
    assert "Membres du groupe (14)" in sure(cdad, "on est combien au CDAD ?", "directory")
    assert "Membres du groupe (16)" in sure(codev, "qui fait partie du conseil de développement ?", "directory")
    assert "Membres du groupe (16)" in sure(codev, "la composition du conseil de développement ?", "directory")


def test_who_comes_from_the_body_stays_its_people(cdad: Chat, codev: Chat) -> None:
    reply = sure(cdad, "qui vient du CDAD ?", "org_representative")
    assert "Sophie Berthelot" in reply and "Membres du groupe" not in reply
    reply = sure(codev, "les gens du conseil de développement ?", "org_members")
    assert "Soazig Pennec" in reply and "CCI Finistère" not in reply
    # The body's offices are still asked as titles; chat naming it stays quiet.
    assert "Gilles Fournier" in sure(cdad, "le président du CDAD c'est qui ?", "role_holder")
    assert "Gwenaëlle Tanguy" in sure(codev, "c'est qui l'animatrice du conseil de développement ?", "role_holder")
    assert not outcome_of(codev, "on était nombreux au conseil de développement hier").confident


def test_a_body_of_the_group_named_by_one_member_only_stays_that_body() -> None:
    # « on est combien du GEIQ ici ? » counts one organisation's people (set 47c), though the GEIQ is the group's own.
    geiq = build_group("geiq38")
    reply = sure(geiq, "on est combien du GEIQ dans le groupe ?", "org_members")
    assert "Loïc Perrin" in reply and "Membres du groupe" not in reply
    # A body only its own member's title names (« Responsable du centre de tri ») is that body, whoever sits in it.
    sivom = build_group("sivom15")
    reply = sure(sivom, "qui fait partie du Syndicat mixte de tri ?", "org_members")
    assert "Sandrine Aldebert" in reply and "Membres du groupe" not in reply


def test_a_representative_elected_is_the_title_holder() -> None:
    spv = build_group("spv71")
    reply = sure(spv, "qui représente les officiers volontaires ?", "role_holder")
    assert "Thierry Vadot" in reply and "Aurélie Brochot" not in reply  # « des sous-officiers » is another public
    reply = sure(spv, "qui représente les sous-officiers volontaires ?", "role_holder")
    assert "Aurélie Brochot" in reply and "Thierry Vadot" not in reply
