"""People who come and go, of blind set 42b (plie59, the comité de pilotage
of an invented PLIE in the Nord, asked by a parcours referent on Tuesday 1
December 2026), missed on its first run, asked in other words, with the
neighbours that must stay as they were:

- who took over from someone named, as a role says it past « de », « Mme »
  (« en remplacement de Nadia Boukhalfa », « successeur de Patricia
  Carlier », « depuis le départ de Thierry Lemaire »), asked with « a pris
  la suite de », « succède à », « remplaçant(e) de »; « X elle remplace
  qui ? » is her card (person_records.successor_of);
- a member's coming and going asked of that member (« … revient quand ? »,
  « … part quand ? », « … est toujours à <body> ? ») is the card when the
  role says a time of it, unsure when it says none (tenure.py);
- the new, former or coming holder of a title or a body as the roles say it
  (« la nouvelle référente », « l'ancien directeur », « notre contact …
  avant », « … en janvier ») (turnover.py);
- a charge in the plural at a body (« les référents du PLIE ») names those
  of its people who hold it (plural_charge.py);
- the thing a working group's heading names, asked when or where by its own
  name, is the decision dating or placing it (steered_event.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def plie() -> Chat:
    return build_group("plie59")


def test_who_took_over_from_someone_named_is_read_in_the_roles(plie: Chat) -> None:
    # A member who left and is no longer listed, named only in the successor's role.
    assert "Caroline Vandamme" in sure(plie, "qui a pris la suite de Thierry Lemaire ?", "role_holder")
    assert "Aurélie Deconinck" in sure(plie, "c'est qui qui remplace Martine Caron ?", "role_holder")
    # A member still listed, replaced during her leave, or leaving at the end of the year.
    assert "Léa Dufossez" in sure(plie, "le remplaçant de Mme Boukhalfa c'est qui ?", "role_holder")
    assert "Olivier Dhainaut" in sure(plie, "qui va succéder à Patricia à la DDETS ?", "role_holder")
    # Asked of the one who replaces: her card says whom.
    assert "Nadia Boukhalfa" in sure(plie, "Léa elle remplace qui exactement ?", "who_is")


def test_a_members_coming_and_going_is_what_the_role_says(plie: Chat) -> None:
    assert "15 mars 2027" in sure(plie, "Mme Boukhalfa rentre quand de congé ?", "who_is")
    assert "31 décembre 2026" in sure(plie, "Patricia quitte la DDETS quand ?", "who_is")
    assert "janvier 2027" in sure(plie, "Olivier Dhainaut arrive quand ?", "who_is")
    assert "Mission locale" in sure(plie, "Karim Benali est toujours à la Mission locale de Brévillers ?", "who_is")
    # The role says nothing of when she leaves: nothing in the store answers.
    assert not outcome_of(plie, "Fabienne Leroy part quand ?").confident
    # Someone else's coming (the successor) is not the member's card.
    assert outcome_of(plie, "le successeur de Marc Devos arrive quand ?").intent != "who_is"


def test_the_new_former_or_coming_holder_as_the_roles_say_it(plie: Chat) -> None:
    assert "Léa Dufossez" in sure(plie, "c'est qui la nouvelle référente de parcours ?", "role_holder")
    former = sure(plie, "c'était qui l'ancien directeur ?", "role_holder")
    assert "Thierry Lemaire" in former and "Caroline Vandamme" in former
    assert "Martine Caron" in sure(plie, "qui était la personne du Département avant ?", "org_representative")
    assert "Olivier Dhainaut" in sure(plie, "qui sera l'interlocuteur de la DDETS en janvier ?", "org_representative")
    assert "Romain Delattre" in sure(plie, "qui est le nouveau au GEIQ ?", "org_representative")


def test_a_charge_in_the_plural_at_a_body_names_its_holders(plie: Chat) -> None:
    referents = sure(plie, "qui sont les référents de parcours du PLIE ?", "role_holder")
    assert "Léa Dufossez" in referents and "Julien Verhaeghe" in referents and "Caroline Vandamme" not in referents
    # The body's people asked plainly stay the body's.
    assert "Caroline Vandamme" in sure(plie, "les membres du PLIE ?", "org_members")


def test_the_thing_a_working_group_prepares_is_the_decision(plie: Chat) -> None:
    assert "11 mars 2027" in sure(plie, "il a lieu quand le forum des employeurs ?", "decisions_topic")
    assert "Léo-Lagrange" in sure(plie, "le forum des employeurs se tient où ?", "decisions_topic")
    # The working group asked by its name stays the sitting.
    assert "n°6" in sure(plie, "le groupe de travail forum des employeurs c'est quand ?", "meeting_which")
