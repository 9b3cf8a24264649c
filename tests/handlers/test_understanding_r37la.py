"""Rows the thirty-sixth round's merge lost, right on main before it (the
lead's whole-set comparison), with the set 70 rows that made the rules:

- people of a body counted (« combien de collaborateurs du SASoc ? »,
  « on est combien de la Ville ? ») are its members, not things counted
  (head_count.counted_things): colleagues and staff are people, and an
  article after « de » names a body;
- « comment sont instruits les dossiers ? », a verb of a charge in the
  passive with no agent asked, asks how things are handled, which a
  decision says, not the instructeur (role_spans._passive_without_agent)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def natura() -> Chat:
    return build_group("natura40")


def test_colleagues_of_a_body_counted_are_its_members() -> None:
    fribourg = build_group("integration-fr")
    assert "Myriam Bapst" in sure(fribourg, "Combien de collaborateurs du SASoc participent au groupe ?", "org_members")


def test_we_of_a_body_counted_are_its_members() -> None:
    assert "Benoît Lesage" in sure(build_group("atl-tournai"), "on est combien de la Ville dans la commission ?",
                                   "org_members")
    assert "Nathalie Grosjean" in sure(build_group("pcsverviers"), "on est combien de la Ville ?", "org_members")


def test_things_counted_are_still_no_bodys_people(natura: Chat) -> None:
    # Neighbours from set 70: sites and syndicates counted are still no body's people.
    assert not outcome_of(natura, "combien il y a de sites Natura 2000 dans les Landes ?").confident
    assert not outcome_of(natura, "combien y a de syndicats mixtes dans le coin ?").confident


def test_how_files_are_instructed_is_a_decision() -> None:
    asked = ("Bonjour, comment sont instruits les dossiers de l'appel à projets ? Je n'étais pas présente en octobre. "
             "Merci")
    assert "binômes" in sure(build_group("cfppa72"), asked, "decisions_topic")


def test_who_instructs_is_still_the_instructeur(natura: Chat) -> None:
    assert "Franck Lesbats" in sure(natura, "qui instruit les contrats Natura 2000 ?", "role_holder")
    assert "Franck Lesbats" in sure(natura, "les contrats Natura 2000 sont instruits par qui ?", "role_holder")
    assert "Franck Lesbats" in sure(natura, "par qui sont instruits les contrats Natura 2000 ?", "role_holder")
