"""The work after a meeting and who does what that blind set 21e (pedt79,
Niort's educational project) missed on its first run, asked in other groups
and other words:

- the secretariat (or another function: the presidency, the coordination)
  that a member's role holds, the very object of a verb of charge (« qui
  s'occupe du secrétariat du collectif ? », « qui fait le secrétariat des
  réunions ? », « qui s'occupe de la présidence ? »), is that role
  (role_holder, function_charge.py), while a decision giving the
  secretariat still answers as a charge (in_charge, the lead's convention),
  and a title that only completes the object (« le planning des
  bénévoles ») asks no function;
- « qui représente <un public> ? » when a role says « représentant(e) de
  <ce public> » is that role's holder, also when the words read as a unit
  that roles name (body_charge.unit_in_roles);
- « je suis bien notée pour … ? » is the asker's own announcement;
- « <un organisme> a des choses à faire ? » gives that body's members' tasks
  (« … a des représentants ? » stays its people);
- who came to a meeting, or its minutes, asked by the meeting's place: the
  answer names the place asked."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def reims() -> Chat:
    """The Grand Reims renovation platform (the lead's set 13), attendance and tasks recorded."""
    return build_group("reims51")


@pytest.fixture(scope="module")
def besancon() -> Chat:
    """The Besançon collective, whose « Assistante, secrétariat du collectif » is Laure Carrez."""
    return build_group("besancon25")


def test_secretariat_taken_charge_of_is_the_role(besancon: Chat) -> None:
    reply = sure(besancon, "qui s'occupe du secrétariat du collectif ?", "role_holder")
    assert "Laure Carrez" in reply


def test_secretariat_without_complement_is_the_role(reims: Chat) -> None:
    reply = sure(reims, "qui s'occupe du secrétariat ?", "role_holder")
    assert "Fabien Mercier" in reply


def test_secretariat_of_the_sittings_is_the_role() -> None:
    chat = invented_group("marches", ("Odile Verdier", "Mairie de Privas", "Agente d'accueil, secrétaire des réunions"),
                          ("Rémi Pascal", "Chambre d'agriculture", "Conseiller circuits courts"))
    reply = sure(chat, "qui fait le secrétariat des réunions ?", "role_holder")
    assert "Odile Verdier" in reply and "Rémi Pascal" not in reply


def test_a_title_that_is_not_the_object_is_no_function_asked() -> None:
    # « qui s'occupe du planning des bénévoles ? »: the planning is the charge, « bénévoles » only its complement.
    chat = invented_group("epicerie", ("Josette Vidal", "Épicerie solidaire de Privas", "Bénévole, responsable du planning des bénévoles"),
                          ("Rémi Pascal", "Chambre d'agriculture", "Conseiller circuits courts"))
    assert outcome_of(chat, "qui s'occupe du planning des bénévoles ?").intent != "role_holder"


def test_presidency_taken_charge_of_is_the_role() -> None:
    chat = invented_group("marches2", ("Hélène Faure", "Mairie de Privas", "Adjointe au commerce, présidente du comité"),
                          ("Rémi Pascal", "Chambre d'agriculture", "Conseiller circuits courts"))
    reply = sure(chat, "qui s'occupe de la présidence ?", "role_holder")
    assert "Hélène Faure" in reply


def test_secretariat_given_by_a_decision_stays_a_charge() -> None:
    # agri24: no role holds the secretariat, a decision gives it to Claire Bouyssou.
    chat = build_group("agri24")
    reply = sure(chat, "qui s'occupe du secrétariat ?", "in_charge")
    assert "Claire Bouyssou" in reply


def test_who_represents_a_public_a_role_names_is_the_role() -> None:
    chat = invented_group("bus07", ("Lucien Brun", "Collectif Ardèche mobilité", "Représentant des usagers des transports"),
                          ("Maud Serre", "Région Auvergne-Rhône-Alpes", "Chargée de mission mobilités"))
    reply = sure(chat, "qui représente les usagers des transports ?", "role_holder")
    assert "Lucien Brun" in reply and "Maud Serre" not in reply


def test_noted_for_the_next_meeting_is_own_announcement(reims: Chat) -> None:
    # The asker (Romain Thiébaut) said nothing for 15 December.
    reply = sure(reims, "je suis bien notée pour la prochaine réunion ?", "rsvp_upcoming")
    assert "n°4" in reply


def test_a_body_has_things_to_do(reims: Chat) -> None:
    reply = sure(reims, "l'ALEC a des choses à faire ?", "tasks_mine")
    assert "visites à domicile" in reply


def test_a_body_has_representatives_stays_its_people(reims: Chat) -> None:
    # Read as its representatives or as its members (set 25d's « <org> a combien de représentants »): both answer
    # with the body's people, the same reply (questions_eval.SAME_ANSWER).
    outcome = outcome_of(reims, "l'ADIL a des représentants ?")
    assert outcome.confident and outcome.intent in ("org_representative", "org_members"), outcome.intent
    assert outcome.reply.plain().startswith("ADIL de la Marne : qui représente l'organisation")
    assert "Claire Dufresne" in outcome.reply.plain()


def test_who_came_asked_by_place_names_the_place(reims: Chat) -> None:
    # Meeting n°3 at the Mairie de Tinqueux; Arnaud Perrin was excused.
    reply = sure(reims, "Arnaud Perrin est venu à Tinqueux ?", "attendance_meeting")
    assert "excusés" in reply and "Tinqueux" in reply


def test_minutes_asked_by_place_name_the_place(reims: Chat) -> None:
    reply = sure(reims, "t'as le compte rendu de la réunion rue Chanzy ?", "minutes_request")
    assert "n°2" in reply and "Lieu : Maison de l'habitat, rue Chanzy" in reply


def test_somebody_at_the_office_is_no_question(reims: Chat) -> None:
    # « y a quelqu'un au secrétariat ? » asks who is in the office now, nothing the records say.
    assert not outcome_of(reims, "y a quelqu'un au secrétariat ?").confident
