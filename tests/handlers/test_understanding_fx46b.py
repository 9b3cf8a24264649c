"""The lead's blind set 91 (cqdbxl, the commission de quartier (CoQ) of an
invented contrat de quartier durable in Anderlecht, asked in Belgian French
by a habitant on Tuesday 1 December 2026), missed after the forty-fourth
round's fixes, asked in other words, with the neighbours that must stay as
they were:

- « la présidente de la CoQ », « on est combien à la CoQ ? », « qui
  représente le CPAS à la CoQ ? »: the commission the group sits as (every
  sitting headed by it, its chair and its coordinator holding their offices
  in it) is the group's own name beside the programme its roles name as
  often (own_group._sits_as), and a spelled-out name a sitting's noun heads
  still counts one of its sittings (« la commission de quartier de
  décembre », own_meetings.py);
- « la réunion socio-éco »: chat's clipped socio-économique(s), as
  « socio-pro » (lexicon.toml `shorthand_phrases`);
- « le PV de la réunion à l'école communale »: a room named by the building
  it is in (« réfectoire de l'école communale n°9 ») gives the building's
  name cut after any word (venues.index_places; « réfectoire » and
  « cantine » are rooms);
- « la SISP »: the initials of a kind spelled out in brackets, of four words
  or more (« (société immobilière de service public) »,
  acronyms._spelled_kind_initials);
- « l'administration communale »: the commune (entities.toml `kinds`);
- « la vitesse dans la rue »: the decision « … zone résidentielle limitée à
  20 km/h » (families.toml `vitesse`);
- « le jury … est composé de qui ? »: the one decision composing it
  (« Le jury … est composé de … »), though « qui » asks (worded_decision._composed);
- « les offres doivent rentrer pour quand ? »: « Remise des offres … »
  (lexicon.toml `[topics]` remise)."""

from __future__ import annotations

import pytest

from handlers.understanding.world import World
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cqd() -> Chat:
    return build_group("cqdbxl")


def _own_names(chat: Chat) -> frozenset[str]:
    data = chat.store.group(chat.group.slug)
    return World.build(data.members(), data.meetings(), chat.group.name).own_names


def test_the_commission_the_group_sits_as_is_its_own_name(cqd: Chat) -> None:
    assert {"coq", "cqd"} <= _own_names(cqd)
    assert "Nadia El Amrani" in sure(cqd, "c'est qui le président de la CoQ ?", "role_holder")
    assert "Inès Mertens" in sure(cqd, "qui coordonne la commission de quartier ?", "role_holder")
    assert "Luc Verstraeten" in sure(cqd, "qui vient du CPAS à la CoQ ?", "org_representative")
    assert "Dernières décisions" in sure(cqd, "les dernières décisions de la CoQ ?", "decisions_recent")
    # The programme stays the group's name too, and a sitting is still named by the commission's full name.
    assert "n°4" in sure(cqd, "on se revoit quand pour le CQD ?", "meeting_next")
    assert "n°5" in sure(cqd, "la commission de quartier de janvier c'est où ?", "meeting_which")
    assert "n°5" in sure(cqd, "y a une commission de quartier en janvier ?", "meeting_which")


def test_a_programme_named_once_is_no_second_name() -> None:
    # A CALEOL whose one role is « chargée du programme local de l'habitat (PLH) »: the PLH is no name of the group.
    assert "plh" not in _own_names(build_group("caleol72"))


def test_chatter_about_the_commission_stays_quiet(cqd: Chat) -> None:
    assert not outcome_of(cqd, "merci pour la CoQ d'hier, c'était très riche").confident
    assert not outcome_of(cqd, "la commission de quartier a bien travaillé ce soir").confident


def test_socio_eco_is_the_socio_economic_sitting(cqd: Chat) -> None:
    assert "séance n°2" in sure(cqd, "le compte rendu de la séance socio-éco ?", "minutes_request")
    assert "parmi les excusés" in sure(cqd, "j'étais présente à la réunion socio-éco ?", "attendance_meeting")


def test_a_building_a_room_is_in_names_the_sitting(cqd: Chat) -> None:
    assert "séance n°2" in sure(cqd, "le PV de la séance à l'école communale svp", "minutes_request")
    assert "Présents (11)" in sure(cqd, "la réunion à l'école communale, il y avait qui ?", "attendance_meeting")
    # Elsewhere: the « réfectoire de l'école primaire du Bourg … » of a canteen syndicate.
    assert "Séance n°5" in sure(build_group("sivu38"), "la réunion à l'école primaire c'était quand ?",
                                "meeting_which")
    # A « salle polyvalente de l'école élémentaire » gives no place: « aux écoles » stays the adjointe's field.
    assert "Martine Courtois" in sure(build_group("ecole45"), "qui est l'adjointe aux écoles ?", "role_holder")


def test_the_initials_of_a_kind_spelled_in_brackets(cqd: Chat) -> None:
    assert "Sophie Lenaerts" in sure(cqd, "qui fait partie de la SISP ?", "org_members")
    assert "Sophie Lenaerts" in sure(cqd, "la SISP c'est qui ?", "org_representative")


def test_the_commune_by_its_administration(cqd: Chat) -> None:
    # « l'administration communale » (Belgian, Swiss) is the commune: every unit written « Commune d'Anderlecht, … ».
    reply = sure(cqd, "les gens de l'administration communale ?", "org_members")
    assert "Damien Collard" in reply and "Sarah Vandenbussche" in reply
    assert "Sophie Lenaerts" not in reply


def test_a_street_s_speed_by_any_of_its_names(cqd: Chat) -> None:
    assert "20 km/h" in sure(cqd, "quelle vitesse maximum dans la rue de la Sablière ?", "decisions_topic")
    # A group that decided nothing on it is told so, never answered.
    assert not outcome_of(build_group("sivom15"), "on a décidé quoi pour la vitesse ?").confident


def test_who_a_thing_is_made_of_is_the_decision_composing_it(cqd: Chat) -> None:
    assert "trois habitants" in sure(cqd, "qui compose le jury des projets citoyens ?", "decisions_topic")
    # « qui » of a charge no decision composes stays with the members' roles.
    assert "Thomas Claes" in sure(cqd, "qui suit les chantiers à la commune ?", "in_charge")


def test_bids_handed_in_are_rentrées(cqd: Chat) -> None:
    reply = sure(cqd, "les offres du marché de la salle de sport doivent être rentrées quand ?", "dates_period")
    assert "29 janvier 2027" in reply and "candidatures" not in reply
    assert not outcome_of(cqd, "je rentre de vacances lundi, bonne journée à tous").confident
