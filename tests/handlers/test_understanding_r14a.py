"""Bodies named as members name them, that blind set 22a (jeunesmajeurs31,
the Haute-Garonne commission on young people leaving child protection)
missed on its first run, asked in other groups and other words:

- a body a member's role spells out is named by its initials (« le FJT »
  for « … du foyer de jeunes travailleurs », « la PMI », « le CMP ») and by
  those words themselves (« l'aide sociale à l'enfance »), spelled_bodies.py;
  a meeting held at such a body's place keeps the venue's initials
  (place_initials.py);
- « les élus, c'est qui ? »: a title asked in the plural lists every holder
  (plural_titles.py), and an elected « conseiller » is a council's member,
  not a « Conseillère technique » (entities.toml, [roles] élu);
- « la maison du handicap », « le 115 »: bodies by their familiar names
  (entities.toml, kinds); « Habitat Jeunes … » is no landlord."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def commission() -> Chat:
    """The Haute-Garonne commission of set 22a."""
    return build_group("jeunesmajeurs31")


@pytest.mark.parametrize(("question", "member"), [
    ("qui représente le FJT ?", "Sophie Lacaze"),
    ("c'est qui pour la pmi", "Nadia Bensaïd"),
    ("qui représente le CMP ?", "Julien Roques"),
    ("c'est qui pour l'aide sociale à l'enfance ?", "Olivier Fabre"),
])
def test_a_body_a_role_spells_out_is_named_by_its_initials(commission: Chat, question: str, member: str) -> None:
    assert member in sure(commission, question, "org_representative")


def test_the_initials_hold_in_another_group() -> None:
    # dunkerque59: « Animateur socio-éducatif du foyer de jeunes travailleurs » at the Résidence Les Dunes.
    assert "Kévin Ramdani" in sure(build_group("dunkerque59"), "c'est qui au fjt", "org_representative")
    # castres81: « Chef du service de protection maternelle et infantile » at the Conseil départemental du Tarn.
    assert "Marc Sabatier" in sure(build_group("castres81"), "qui représente la PMI ?", "org_representative")


def test_an_invented_group_with_a_cmp_and_a_hostel() -> None:
    chat = invented_group("sante-ados", ("Lucie Brunet", "CH du Rouvray", "Infirmière au centre médico-psychologique de Sotteville"),
                          ("Alain Morel", "Ville de Sotteville", "Adjoint à la jeunesse"),
                          ("Inès Caron", "Association Oxygène", "Directrice de la maison d'enfants à caractère social"))
    assert "Lucie Brunet" in sure(chat, "qui vient du CMP ?", "org_representative")
    assert "Inès Caron" in sure(chat, "c'est qui pour la MECS ?", "org_representative")


def test_a_body_called_so_keeps_its_own_initials() -> None:
    # A CCAS that is a member's body is not replaced by a role spelling « centre communal d'action sociale ».
    chat = invented_group("ccas-x", ("Rose Martin", "CCAS de Privas", "Directrice"),
                          ("Paul Roux", "Mairie de Privas", "Adjoint délégué au centre communal d'action sociale"))
    reply = sure(chat, "qui représente le CCAS ?", "org_representative")
    assert "Rose Martin" in reply


def test_a_meeting_at_the_hostel_keeps_its_initials(commission: Chat) -> None:
    assert "n°3" in outcome_of(commission, "la réunion au FJT c'était quand ?").reply.plain()


def test_the_elected_in_the_plural_are_every_elected(commission: Chat) -> None:
    reply = sure(commission, "les élus, c'est qui ?", "role_holder")
    assert "Hélène Castagné" in reply and "Martine Sabatier" in reply
    # A « Conseillère technique » of the CAF and a Mission locale « Conseiller » are no elected members.
    assert "Claire Dupuy" not in reply and "Mathieu Sarrazin" not in reply


def test_the_elected_of_another_group() -> None:
    chat = invented_group("elus-x", ("Anne Petit", "Conseil départemental de l'Ardèche", "Vice-présidente, présidente du comité"),
                          ("Marc Blanc", "Ville de Privas", "Conseiller municipal délégué au sport"),
                          ("Julie Noir", "CAF de l'Ardèche", "Conseillère technique"))
    reply = sure(chat, "qui sont les élus ?", "role_holder")
    assert "Anne Petit" in reply and "Marc Blanc" in reply and "Julie Noir" not in reply


def test_the_president_stays_one(commission: Chat) -> None:
    reply = sure(commission, "qui préside la commission ?", "role_holder")
    assert "Hélène Castagné" in reply and "Martine Sabatier" not in reply


def test_familiar_names_of_bodies(commission: Chat) -> None:
    assert "Aurélie Vergnes" in sure(commission, "on a quelqu'un de la maison du handicap ?", "org_representative")
    assert "Pascale Ginestet" in sure(commission, "qui vient du 115 ?", "org_representative")
    reply = sure(commission, "les bailleurs, c'est qui ?", "org_representative")
    assert "Régis Tournier" in reply and "Sophie Lacaze" not in reply


def test_a_doctor_and_the_head_of_a_service_by_its_initials(commission: Chat) -> None:
    assert "Nadia Bensaïd" in sure(commission, "c'est qui la docteure de la PMI ?", "role_holder")
    # « le chef de l'ASE » for « Chef du service de l'aide sociale à l'enfance »: the service is the ASE.
    assert "Olivier Fabre" in sure(commission, "c'est qui le chef de l'ase", "role_holder")


def test_the_head_of_a_service_by_its_initials_elsewhere() -> None:
    chat = invented_group("pmi-x", ("Claire Vidal", "Conseil départemental de l'Ardèche", "Cheffe du service de protection maternelle et infantile"),
                          ("Louis Bras", "Conseil départemental de l'Ardèche", "Chef du service des routes"))
    reply = sure(chat, "qui est la cheffe de la PMI ?", "role_holder")
    assert "Claire Vidal" in reply and "Louis Bras" not in reply


def test_a_title_at_a_place_a_role_names(commission: Chat) -> None:
    # The commission met at the hostel: « le foyer des Tilleuls » is a venue, and the directress's role names it.
    reply = sure(commission, "qui dirige le foyer des Tilleuls ?", "role_holder")
    assert "Sophie Lacaze" in reply and "Hélène Castagné" not in reply


def test_a_service_of_a_town_by_its_initials_and_town(commission: Chat) -> None:
    # « le CCAS de Toulouse »: the Ville de Toulouse, whose member's role spells out the CCAS.
    assert "Karim Ould-Ali" in sure(commission, "c'est qui notre contact au ccas de toulouse", "org_representative")


def test_a_body_counted_by_its_people(commission: Chat) -> None:
    reply = sure(commission, "combien de personnes du conseil départemental ?", "org_members")
    assert "Nadia Bensaïd" in reply and "Claire Dupuy" not in reply


def test_a_body_with_its_elided_article(commission: Chat) -> None:
    assert "Olivier Fabre" in sure(commission, "c'est qui l'ASE ?", "org_representative")
    assert "Régis Tournier" in sure(commission, "c'est qui l'office HLM ?", "org_representative")


def test_what_a_body_decided(commission: Chat) -> None:
    assert "six mois" in sure(commission, "qu'a décidé la CAF ?", "decisions_topic")
    assert "vingt logements" in sure(commission, "qu'ont décidé les bailleurs ?", "decisions_topic")


def test_what_a_body_decided_elsewhere() -> None:
    # pedt79: « Un tarif … », « La Ligue de l'enseignement coordonne les ateliers théâtre … ».
    assert "théâtre" in sure(build_group("pedt79"), "qu'a décidé la Ligue de l'enseignement ?", "decisions_topic")


def test_a_body_known_by_roles_with_a_word_of_them(commission: Chat) -> None:
    # « le CMP ado »: « ado » is a word of the role that names the CMP, not a charge asked.
    assert "Julien Roques" in sure(commission, "c'est qui au CMP ado ?", "org_representative")
    # A title beside it stays the title asked.
    assert "Julien Roques" in sure(commission, "qui est le psychiatre CMP ?", "role_holder")
