"""Questions of the lead's blind set 71 (cpts15, the bureau élargi of an
invented CPTS of the Cantal, asked by an infirmière libérale on Tuesday 1
December 2026), missed on its first run, asked in other words, with the
neighbours that must stay as they were:

- a body some members belong to is the group itself when members of other
  bodies hold its offices (a cabinet's doctor « vice-président de la CPTS »,
  an infirmière « secrétaire de la CPTS »): « la liste des membres de la
  CPTS », « les échéances de la CPTS » are the group's (office_acronyms.py);
- a venue's initials that are a French word too (« l'AGE » of an assemblée
  générale extraordinaire) name the sitting typed in capitals, never typed
  small (« l'âge »; place_initials.py);
- initials in capitals right before a body that spell words of its name
  (« la DD ARS » for « ARS …, délégation départementale du Cantal ») are part
  of its name, no title (org_tails.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cpts() -> Chat:
    return build_group("cpts15")


def test_the_body_whose_offices_others_hold_is_the_group(cpts: Chat) -> None:
    for question in ("la liste des membres de la CPTS ?", "on est combien dans le groupe de la CPTS ?",
                     "qui sont les membres de la CPTS ?"):
        assert "Membres du groupe (20)" in sure(cpts, question, "directory"), question
    reply = sure(cpts, "Quelles sont les prochaines échéances de la CPTS ?", "dates_period")
    assert "tableaux de garde" in reply and "rapport d'activité" in reply
    assert "Dernières décisions" in sure(cpts, "les dernières décisions de la CPTS ?", "decisions_recent")
    assert "Georges Vidal" in sure(cpts, "qui représente les patients à la CPTS ?", "role_holder")
    # Neighbours: its offices are still asked of it; another body's members are still its own.
    assert "Bernard Lavergne" in sure(cpts, "c'est qui le président de la CPTS ?", "role_holder")
    assert "Mathieu Fel" in sure(cpts, "qui est trésorier de la CPTS ?", "role_holder")
    assert "Paul Ribes" in sure(cpts, "les gens du CH d'Aurillac dans la CPTS ?", "org_members")
    assert not outcome_of(cpts, "c'est quoi la différence entre une CPTS et une MSP ?").confident


def test_a_venue_s_initials_that_are_a_word_typed_in_capitals(cpts: Chat) -> None:
    assert "Séance n°7" in sure(cpts, "l'AGE du 9 février commence à quelle heure ?", "meeting_which")
    assert "Séance n°7" in sure(cpts, "l'AGE c'est quand ?", "meeting_which")
    # Typed small, « âge » is the word: the decision on the patients over 75, no sitting.
    outcome = outcome_of(cpts, "à l'âge de 75 ans on passe voir le patient ?")
    assert "Séance n°7" not in outcome.reply.plain()


def test_initials_before_a_body_spell_its_name(cpts: Chat) -> None:
    for question in ("c'est qui pour la DD ARS ?", "la DD ARS c'est qui ?"):
        assert "Vincent Delmas" in sure(cpts, question, "org_representative"), question
    # Neighbour: the body alone.
    assert "Vincent Delmas" in sure(cpts, "c'est qui pour l'ARS ?", "org_representative")
