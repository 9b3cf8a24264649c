"""The lead's blind set 70 (natura40, the comité de pilotage of an invented
Natura 2000 site of the Landes coast, asked by a naturalists' chargé
d'études), missed on its first run, asked in other words, with the
neighbours that must stay as they were:

- a sitting named by its kind and a relative clause (« le comité de
  pilotage qui valide le programme 2027 »), and a verb of deciding in that
  clause, say which sitting is asked (sitting_clause.py);
- « on le fait avec qui ? » asks the partner a decision names, no task's
  status (task_questions._with_whom);
- a count of things (« combien il y a de sites … ? ») is no body's people
  (head_count.counted_things);
- « qui représente les agriculteurs ? » is the member whose role says he
  represents them, in kin words too, even when the sittings close the
  question (represented.py);
- a body by the initials of its name before its unit (« le CDL ») or by
  its word and its département's number (« la DDTM 40 », acronyms.py);
- « qui instruit … ? » an instructeur's charge; DOCOB, « proprios » and
  remarques in the lexicon;
- « on avait rdv au parking … quel jour ? » the meeting held there
  (described_meeting.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def natura() -> Chat:
    return build_group("natura40")


def test_a_sitting_named_by_its_kind_and_what_it_does(natura: Chat) -> None:
    asked = "Pourriez-vous m'indiquer la date du comité de pilotage qui valide le programme d'animation 2027 ?"
    assert "21 janvier 2027" in sure(natura, asked, "meeting_which")
    assert "21 janvier 2027" in sure(natura, "le copil qui valide le programme d'animation 2027 c'est quand ?",
                                     "meeting_which")
    assert "21 janvier 2027" in sure(natura, "la séance qui valide le programme d'animation 2027 c'est quand ?",
                                     "meeting_which")
    # Neighbours: the task on the programme is still its pilot's; a thing checked as validated is a decision.
    assert "Élodie Darrigrand" in sure(natura, "qui rédige le projet de programme d'animation 2027 ?", "in_charge")
    assert "Décision" in sure(natura, "les ganivelles c'est validé ?", "decisions_topic")


def test_with_whom_asks_the_partner_a_decision_names(natura: Chat) -> None:
    reply = sure(natura, "le sentier d'interprétation de la dune on le fait avec qui ?", "decisions_topic")
    assert "avec le Département" in reply
    # Neighbour: whether the task is done is still the task's line.
    assert "Tâche n°8" in sure(natura, "le tracé du sentier c'est fait ?", "in_charge")


def test_things_counted_are_no_bodys_people(natura: Chat) -> None:
    assert not outcome_of(natura, "combien il y a de sites Natura 2000 dans les Landes ?").confident
    assert not outcome_of(natura, "combien y a de syndicats mixtes dans le coin ?").confident
    # Neighbours: people counted are still the directory or the body's.
    assert "Membres du groupe" in sure(natura, "on est combien au copil ?", "directory")
    assert "Romain Téchoueyres" in sure(natura, "combien de membres au syndicat mixte ?", "org_members")


def test_the_member_whose_role_represents_a_public(natura: Chat) -> None:
    assert "Michel Ladeuix" in sure(natura, "qui représente les agriculteurs au copil ?", "role_holder")
    assert "Michel Ladeuix" in sure(natura, "qui représente les agriculteurs ?", "role_holder")
    # Neighbours: a public a body's name says stays that body's people (set 31a's « qui représente les parents ? »),
    # and so does the body named by its name, and a public no role represents.
    assert "Christian Bordes" in sure(natura, "qui représente les sylviculteurs ?", "org_representative")
    assert "Christian Bordes" in sure(natura, "qui représente le Syndicat des sylviculteurs ?", "org_representative")
    assert "Bernard Dupouy" in sure(natura, "qui représente la Chambre d'agriculture ?", "org_representative")
    assert "Didier Lamaison" in sure(natura, "qui représente les chasseurs ?", "org_representative")


def test_a_body_by_its_initials_before_its_unit(natura: Chat) -> None:
    assert "Aurélie Ducasse" in sure(natura, "le CDL c'est qui ?", "org_representative")
    reply = sure(natura, "c'est qui pour la DDTM 40 ?", "org_representative")
    assert "Franck Lesbats" in reply and "Camille Hourcade" not in reply
    # Neighbour: the Département is still found by its name.
    assert "Camille Hourcade" in sure(natura, "qui vient du Département des Landes ?", "org_representative")


def test_words_of_the_field(natura: Chat) -> None:
    assert "Franck Lesbats" in sure(natura, "qui instruit les contrats Natura 2000 ?", "role_holder")
    assert "Sophie Castaignède" in sure(natura, "la référente du DOCOB à la DREAL c'est qui ?", "role_holder")
    assert "4 décembre" in sure(natura, "les remarques sur la charte révisée c'est pour quand ?", "dates_period")
    # Neighbour: the working group on the coast is still that sitting.
    assert "10 décembre 2026" in sure(natura, "le GT fréquentation c'est quand ?", "meeting_which")


def test_a_meeting_one_had_somewhere(natura: Chat) -> None:
    assert "24 septembre 2026" in sure(natura, "on avait rdv au parking de la base nautique quel jour ?",
                                       "meeting_which")
    # Neighbour: a place a heading says is still found by its name.
    assert "11 juin 2026" in sure(natura, "on avait rdv à la maison forestière quel jour ?", "meeting_which")
