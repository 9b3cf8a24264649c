"""The lead's set 94 (clsm69, the conseil local de santé mentale of a town in
the Rhône, asked by the UNAFAM's déléguée on Tuesday 1 December 2026), rows
missed after round 45, asked in other words, with the neighbours that must
stay as they were:

- a decision asked in other words than its record's (families.toml): kept
  current (« actualisé », « réactualisé ») for « mis à jour »; a paper one
  signs said by its kind (« un document ») for « la charte », « la
  convention », « le formulaire »; a film shown then talked over by its other
  names (« film-débat », « projection-débat ») for « ciné-débat », also as
  phrases whose two words are the record's (lexicon.toml [topics],
  kin_pairs.py); the doctors for where they receive (« cabinets médicaux »,
  « maison de santé »);
- a body named by words several bodies hold in order is the one holding them
  side by side (« la Maison du Rhône » of « Maison du Rhône de Rochenoire »,
  not of « Maison des adolescents du Rhône »): bodies.named_in_part;
- a title in the plural after « chez les », in a message asking no one, is
  where a thing goes (« la plaquette va chez les médecins ? »), not the holder
  asked about: at_someone.visited_kinds.

And of the lead's set 91 (cqdbxl, the commission de quartier of a contrat de
quartier durable in Brussels):

- « la Région » in Brussels is served by the Region's administrations named
  « <field>.brussels » (urban.brussels …), as in Wallonia by the SPW
  (entities.toml [kinds]);
- the title typed as a noun before the body (« la représentante de la
  Région »), which the body's people's roles write word for word, asks its
  holder (role_holder), not the body's people: public_title._title_typed."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clsm() -> Chat:
    return build_group("clsm69")


@pytest.fixture(scope="module")
def cqd() -> Chat:
    return build_group("cqdbxl")


def test_a_decision_asked_in_other_words(clsm: Chat) -> None:
    assert "mis à jour chaque année" in sure(clsm, "l'annuaire des ressources, il est réactualisé quand ?",
                                             "decisions_topic")
    assert "charte de confidentialité" in sure(clsm, "il y a un document à signer pour la cellule ?", "decisions_topic")
    assert "Le Lumière" in sure(clsm, "la projection-débat des SISM, c'est où ?", "decisions_topic")
    # The record's own words still find it.
    assert "Le Lumière" in sure(clsm, "le ciné-débat, c'est dans quel cinéma ?", "decisions_topic")


def test_a_body_by_the_words_it_holds_side_by_side(clsm: Chat) -> None:
    assert "Isabelle Perret" in sure(clsm, "qui vient de la Maison du Rhône ?", "org_representative")
    # The other body whose name holds both words keeps its people.
    reply = sure(clsm, "qui représente la maison des adolescents ?", "org_representative")
    assert "Julien Riboulet" in reply and "Isabelle Perret" not in reply


def test_people_as_the_place_a_thing_goes(clsm: Chat) -> None:
    assert "cabinets médicaux" in sure(clsm, "la plaquette du CLSM, on la trouve chez les docteurs ?",
                                       "decisions_topic")
    # Asked who, the title is the one asked about; chatter stays quiet.
    assert "Bertrand Gay" in sure(clsm, "qui est le médecin du CLSM ?", "role_holder")
    assert not outcome_of(clsm, "je passe chez les médecins cet après-midi.").confident


def test_the_region_in_brussels(cqd: Chat) -> None:
    assert "Hélène Janssens" in sure(cqd, "qui vient de la Région ?", "org_representative")
    assert "parmi les présents" in sure(cqd, "la Région était présente le 19 novembre ?", "attendance_meeting")
    assert not outcome_of(cqd, "la Région a publié son appel à projets.").confident


def test_a_title_typed_as_the_roles_write_it(cqd: Chat) -> None:
    reply = sure(cqd, "qui est la représentante de la Région ?", "role_holder")
    assert "Hélène Janssens" in reply
    # The verb asks the body's people; another public's title keeps its answer.
    assert "Hélène Janssens" in sure(cqd, "qui représente la Région ?", "org_representative")
    assert "Brigitte Lambotte" in sure(cqd, "la représentante des habitants c'est qui ?", "role_holder")
