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
  of its name, no title (org_tails.py);
- the opening noun and adjective of a sitting's heading name it in capitals
  (« prochain BE » of « Bureau élargi de la CPTS, … »; place_initials.py);
- of two decisions stating an hour that tie, the one that says every word of
  the question as typed (« les créneaux de soins non programmés ») is the one
  asked (decision_facts.py);
- « il fait quoi ce bot » asks what it is for (bot_named.py); « je dois
  diffuser quoi » is the asker's work (lexicon.toml [task_questions]);
- the second noun of a hyphenated title is a title too (« le kiné » of a
  « Masseur-kinésithérapeute »; role_forms.py), but not after « de » and the
  noun a body's name opens with (« le cabinet de kiné du Prat » is the body;
  short_bodies.py);
- « au bureau de la CPTS », the group's own body, is still the formation
  asked (own_group.py)."""

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


def test_a_sitting_s_kind_by_its_initials(cpts: Chat) -> None:
    assert "Séance n°5" in sure(cpts, "prochain BE c quand", "meeting_which")
    assert "Séance n°4" in sure(cpts, "le dernier BE c'était où ?", "meeting_which")
    # Neighbour: the bureau said in full.
    assert "n°5" in sure(cpts, "c'est quand le prochain bureau ?", "meeting_which")


def test_the_decision_saying_every_word_asked_of_an_hour(cpts: Chat) -> None:
    reply = sure(cpts, "les créneaux de soins non programmés c'est à quelle heure ?", "decisions_topic")
    # The créneaux' decision comes first, its hours shown.
    assert reply.splitlines()[1].startswith("Décision n°7") and "17 h à 19 h" in reply
    # Neighbour: the permanence asked by its own word is the Saturday's.
    assert "9 h à 12 h" in sure(cpts, "la permanence de soins non programmés c'est à quelle heure ?", "decisions_topic")


def test_what_the_bot_does_and_the_asker_s_work(cpts: Chat) -> None:
    assert "Je réponds aux questions" in sure(cpts, "il fait quoi ce bot exactement", "help")
    assert "questionnaire" in sure(cpts, "je dois diffuser quoi aux cabinets infirmiers ?", "tasks_mine")
    # Neighbours: a member's work is still theirs; the task's pilot is still asked by « qui ».
    assert "Julien Mazars" in sure(cpts, "il fait quoi Julien exactement", "who_is")
    assert "Nathalie Vermenouze" in sure(cpts, "qui diffuse le questionnaire SNP aux cabinets infirmiers ?", "in_charge")


def test_the_second_noun_of_a_hyphenated_title(cpts: Chat) -> None:
    assert "entorse de cheville" in sure(cpts, "le kiné a quoi à faire ?", "tasks_mine")
    assert "Cédric Maury" in sure(cpts, "le kiné c'est qui ?", "role_holder")
    # Neighbours: the body named by the same word is the body; a prefix makes no title of its own.
    assert "Cédric Maury" in sure(cpts, "le cabinet de kiné du Prat c'est qui ?", "org_representative")
    reply = sure(cpts, "c'est qui le président ?", "role_holder")
    assert "Bernard Lavergne" in reply and "Julien Mazars" not in reply


def test_the_formation_of_the_group_s_own_body() -> None:
    cpts44 = build_group("cpts44")
    assert "Membres du groupe" in sure(cpts44, "on est combien en tout au bureau de la CPTS ?", "directory")
    assert "Membres du groupe" in sure(cpts44, "la liste des membres de la CPTS ?", "directory")
