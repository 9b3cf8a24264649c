"""The lead's blind set 91 (cqdbxl, the commission de quartier of an invented
contrat de quartier durable in Anderlecht, asked by a habitants' titulaire on
Tuesday 1 December 2026), missed on its first run, asked in other words, with
the neighbours that must stay as they were:

- « la CoQ », « la prochaine coq »: the commission de quartier by its usual
  short name, where the sittings are headed « Commission de quartier »
  (entities.toml, [meeting_formations]); a rooster is still no sitting;
- « le CQD »: the contrat de quartier durable a role spells out
  (lexicon.toml), and « la cheffe de projet » the whole title, or a
  « Directeur de projet », not any head whose role says « projets »
  (entities.toml, roles);
- « qui s'occupe des marchés publics du CQD ? »: a programme named only in
  roles, none of whose holders has the charge, leaves the charge to the role
  that says it whole, when no decision does (answers_people.in_charge);
- « la commune », « les gens de la commune »: the units of one commune written
  « Commune de X, <unit> » are one town, all of its people (weak_kinds.py);
- « qu'est-ce que la commission a dit sur … ? »: what a sitting already said
  is no point of the next agenda (agenda_check._said_past);
- « qui représente les habitants ? » of a body « Habitants du quartier … »
  whose people are each « représentant(e) des habitants »: the title's
  holders, as the sets read it (answers_people._public_represented);
- « les membres titulaires côté habitants ? »: the seats of the side whose
  words the holders' roles or bodies hold (seats.py);
- a body named as a noun's complement (« les chantiers du CQD ») is no one
  acting, and « confiés en gestion au Foyer » gives the work to the Foyer
  (who_named.py, decision_people.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def coq() -> Chat:
    return build_group("cqdbxl")


def test_the_coq_is_the_commission_de_quartier(coq: Chat) -> None:
    assert "n°4" in sure(coq, "elle est où la prochaine CoQ ?", "meeting_which")
    assert "maison communale" in sure(coq, "la CoQ de novembre c'était où ?", "meeting_which")
    assert "séance n°1" in sure(coq, "qui était excusé à la CoQ de septembre ?", "attendance_meeting")
    # A rooster in the chat is no sitting.
    assert not outcome_of(coq, "j'ai entendu un coq chanter ce matin").confident


def test_the_cqd_and_its_project_lead(coq: Chat) -> None:
    reply = sure(coq, "c'est qui la cheffe de projet du CQD ?", "role_holder")
    assert "Sarah Vandenbussche" in reply
    assert "Jérôme Van Acker" not in reply  # a director « porteur de projets … du CQD » leads no project
    assert "Sarah Vandenbussche" in sure(coq, "le chef de projet du contrat de quartier, c'est qui ?", "role_holder")


def test_a_directeur_de_projet_is_still_the_project_lead() -> None:
    qpv = build_group("qpv60")
    assert "Thomas Grenier" in sure(qpv, "qui est le chef de projet renouvellement urbain à l'agglo ?", "role_holder")


def test_a_charge_of_a_programme_named_in_roles(coq: Chat) -> None:
    # No confident list of decisions on « marchés » for a charge a member's role holds.
    outcome = outcome_of(coq, "qui s'occupe des marchés publics du CQD ?")
    assert not outcome.confident or "Thomas Claes" in outcome.reply.plain()
    # A decision entrusting the charge in full still answers (the CISPD's social networks).
    cispd = build_group("cispd91")
    assert "Nathalie Perrin" in sure(cispd, "qui gère les réseaux sociaux du cispd ?", "in_charge")


def test_the_commune_of_several_units(coq: Chat) -> None:
    reply = sure(coq, "la commune c'est qui ?", "org_representative")
    for name in ("Damien Collard", "Inès Mertens", "Thomas Claes", "Sarah Vandenbussche"):
        assert name in reply
    assert "Luc Verstraeten" not in reply  # the CPAS is the town's, not the commune itself
    assert "Sarah Vandenbussche" in sure(coq, "les gens de la commune à la commission ?", "org_members")


def test_what_the_commission_said_is_no_coming_point(coq: Chat) -> None:
    outcome = outcome_of(coq, "qu'est-ce que la commission a dit sur le marché de la crèche ?")
    assert outcome.intent != "agenda_items" or not outcome.confident
    # A point of the next sitting asked so stays the agenda's.
    assert "permis d'urbanisme" in sure(coq, "on parle des plans du parc à la prochaine CoQ ?", "agenda_items")


def test_the_habitants_representatives(coq: Chat) -> None:
    reply = sure(coq, "qui représente les habitants ?", "role_holder")
    assert "Marie-Claire Dewulf" in reply and "Youssef Benali" in reply
    # A body of its own kind stays its people (« qui représente les parents ? » of an association of parents).
    parents = build_group("atl-tournai")
    assert "Samira El Amrani" in sure(parents, "qui représente les parents ?", "org_representative")


def test_who_acts_in_a_decision(coq: Chat) -> None:
    assert "Foyer Anderlechtois" in sure(coq, "les logements de la rue de la Sablière, c'est géré par qui ?",
                                         "in_charge")
    # « les chantiers du CQD » names no one doing the toutes-boîtes: the task's pilot answers.
    assert "Inès Mertens" in sure(coq, "le toutes-boîtes du chantier, qui s'en charge ?", "in_charge")
    reply = outcome_of(coq, "le toutes-boîtes aux riverains, qui s'en occupe ?").reply.plain()
    assert "Sarah Vandenbussche" not in reply and "Jérôme Van Acker" not in reply


def test_the_seats_of_one_side(coq: Chat) -> None:
    reply = sure(coq, "les titulaires des habitants ?", "role_holder")
    assert "Marie-Claire Dewulf" in reply and "Kevin Peeters" not in reply  # a suppléant holds no titulaire's seat
    # Words no role holds still ask something else (the decision on the seats).
    assert "voix délibérative" in sure(coq, "les titulaires peuvent voter ?", "decisions_topic")
