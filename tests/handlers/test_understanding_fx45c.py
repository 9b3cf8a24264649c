"""What the lead's blind set 92 (sivu38, the commission restauration of an
invented SIVU de restauration scolaire in the Isère, asked by a parents'
representative on Tuesday 1 December 2026) missed on its first run, asked
in other words, with the neighbours that must stay as they were:

- « la visite de la cuisine centrale » names the sitting headed « Commission
  menus et visite de la cuisine centrale … »: an event joined to a sitting's
  heading by « et » names it too (venues.index_places) — its attendance, its
  minutes, its decisions;
- « les gens de la cuisine centrale », « qui travaille à la cuisine
  centrale ? »: a body's premises in a town written after the body
  (« SIVU …, cuisine centrale de Chabonnet ») name that unit
  (world._PREMISES_UNIT), no task sharing the words;
- decisions asked in other words than the record's (families.toml):
  « l'insonorisation » of « panneaux acoustiques », « les contenants » of
  « barquettes », « mesurer » of « pesés », « EGalim » of « produits
  durables », « le bio » of « l'agriculture biologique », « le repas végé »
  of « un menu végétarien », « coûtait » of a price in euros;
- « les directrices d'école c'est qui ? » of two schools, one directrice
  each: the title in the plural answers, no guess between the schools
  (body_people.py);
- « la commune de Rivoire » of a role's « commune de
  Rivoire-en-Chartreuse »: a hyphenated town in a role is called by its
  first name (role_bodies.py);
- « le directeur du syndicat » of the SIVU (entities.toml [kinds]);
- « les PAI devaient être retournés quand ? »: « retournés » is the
  participle of « retourner » (lexicon.toml [lemmas]), a deadline's verb;
- « Fatima, les collègues de la plonge sont d'accord … ? » asks Fatima,
  not her colleagues (person_records.colleagues_of)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def sivu() -> Chat:
    return build_group("sivu38")


def test_an_event_joined_to_a_heading_names_the_sitting(sivu: Chat) -> None:
    assert "Présents (10)" in sure(sivu, "qui était présent à la visite de la cuisine centrale ?", "attendance_meeting")
    assert "séance n°2" in sure(sivu, "les décisions de la visite de la cuisine centrale ?", "decisions_recent")
    # The words of the kitchen alone still find what was decided of it; « la prochaine commission » is n°4.
    assert "liaison froide" in sure(sivu, "qu'a-t-on décidé sur la cuisine centrale ?", "decisions_topic")
    coming = outcome_of(sivu, "la prochaine commission se tiendra où ?")
    assert coming.confident and "n°4" in coming.reply.plain()


def test_premises_of_a_body_name_its_unit(sivu: Chat) -> None:
    reply = sure(sivu, "qui bosse à la cuisine centrale ?", "org_representative")
    assert "Karim Belkacem" in reply and "Fatima Ouali" in reply
    assert "Tâche" not in reply
    assert "Élodie Fournier" in outcome_of(sivu, "la liste des gens de la cuisine centrale ?").reply.plain()


def test_decisions_asked_in_other_words(sivu: Chat) -> None:
    assert "12 400" in sure(sivu, "le chantier acoustique du réfectoire c'est combien ?", "decisions_topic")
    assert "inox" in sure(sivu, "pour les récipients en plastique on a décidé quoi ?", "decisions_topic")
    assert "pesés" in sure(sivu, "comment on quantifie le gaspillage ?", "decisions_topic")
    assert "50 %" in sure(sivu, "la loi egalim, on vise quoi ?", "decisions_topic")
    assert "une fois par semaine" in sure(sivu, "le menu végé c'est tous les jours ?", "decisions_topic")
    assert "6,80 euros" in sure(sivu, "le repas adulte coûtait combien ?", "decisions_topic")


def test_a_plural_title_over_several_bodies(sivu: Chat) -> None:
    reply = sure(sivu, "c'est qui les directrices d'école ?", "role_holder")
    assert "Laurence Gros" in reply and "Sophie Chabert" in reply


def test_a_hyphenated_town_by_its_first_name(sivu: Chat) -> None:
    assert "Martine Rey-Giraud" in sure(sivu, "la déléguée de Rivoire c'est qui ?", "role_holder")
    # The town's sitting is still found by its name; a town of one word is as it was.
    assert "n°6" in sure(sivu, "la réunion de Rivoire c'est quand ?", "meeting_which")
    assert "Thierry Bouvier" in sure(sivu, "qui représente Coublevaz ?", "org_representative")


def test_the_syndicat_is_the_sivu(sivu: Chat) -> None:
    reply = sure(sivu, "qui est le directeur du syndicat ?", "role_holder")
    assert "Frédéric Dumollard" in reply and "Laurence Gros" not in reply  # not the schools' directrices
    assert "Bernard Chaléat" in sure(sivu, "le président du syndicat ?", "role_holder")
    assert "n°6" in sure(sivu, "le comité syndical c'est quand ?", "meeting_which")


def test_sent_back_is_a_deadlines_verb(sivu: Chat) -> None:
    assert "27 novembre" in sure(sivu, "les fiches d'allergie doivent être retournées quand ?", "dates_period")
    assert "n°6" in sure(sivu, "on retourne à Rivoire quand ?", "meeting_which")


def test_colleagues_of_a_member_spoken_to(sivu: Chat) -> None:
    assert not outcome_of(sivu, "Karim, les collègues de la cuisine sont prévenus pour les bacs ?").confident
    assert "Karim Belkacem" in sure(sivu, "les collègues de Fatima Ouali ?", "org_members")
