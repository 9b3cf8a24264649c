"""What the lead's blind set 86 (clspd91, the restricted formation — cellule de
veille and groupe opérationnel — of the CLSPD of an invented town of the
Essonne, asked by an éducatrice de rue on Tuesday 1 December 2026) missed on
its first run, asked in other words, with the neighbours that must stay as
they were:

- a formation's qualifier after the group's own name (« le CLSPD restreint »,
  « la cellule élargie ») frames the question as the name does, no topic left
  over: own_name.qualified_name;
- « le GO » of a sitting headed « Groupe opérationnel tranquillité publique »:
  a formation's noun and its adjective open the heading even when its subject
  follows (place_initials.short_venue_initials);
- « Thierry Maufras il travaille pour quel bailleur ? »: the kind of body asked,
  which the one member's body says by that kind's words (« Essonne Habitat »),
  is answered by the card (pipeline._on_card), so is « elle dirige quel
  collège ? », the verb read as a title set aside;
- « les gens de la prévention spécialisée ? »: the plain word for people before
  a body's words asks for that body, as « qui représente … » does
  (bodies.asked_as_body);
- « qui est là pour la ville ? » with no body of the group found for « la ville »:
  who stands for a body, which a decision sharing the word (« La ville propose
  au SPIP … ») does not answer by the members it names
  (answers_people._stands_for): unsure, no longer a confident wrong answer;
- « qui doit signer la charte de confidentialité ? » and « Chaque membre … signe
  la charte de confidentialité »: a decision whose subject is every member says
  who, though it names no one (charge_phrase._everyone_acts);
- « … restent jusqu'à quelle heure ? »: a verb of lasting asks the decision's
  hour, no word of the thing decided (decision_slots._ASKING);
- the tasks of a formation's sittings asked late (« quelles actions de la cellule
  sont en retard ? ») are the late ones, not every open one
  (task_topic_listing._formation_tasks)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clspd() -> Chat:
    return build_group("clspd91")


def test_the_groups_name_with_its_qualifier(clspd: Chat) -> None:
    assert "Membres du groupe (19)" in sure(clspd, "qui fait partie du CLSPD restreint ?", "directory")
    assert "Membres du groupe (19)" in sure(clspd, "on est combien dans la cellule restreinte ?", "directory")
    assert "n°4" in sure(clspd, "la prochaine du CLSPD restreint c'est où ?", "meeting_next")


def test_the_sitting_by_its_formations_initials(clspd: Chat) -> None:
    assert "séance n°2" in sure(clspd, "le CR du dernier GO ?", "minutes_request")
    assert "Présents (10)" in sure(clspd, "qui était présent au GO ?", "attendance_meeting")
    # The initials are read in capitals only, and a remark on the sitting asks nothing.
    assert not outcome_of(clspd, "on y go ?").confident
    assert not outcome_of(clspd, "le GO c'est super utile").confident


def test_the_kind_of_body_asked_of_a_member(clspd: Chat) -> None:
    assert "Essonne Habitat" in sure(clspd, "M. Maufras il bosse dans quel bailleur ?", "who_is")
    # A verb read as a title (« dirige » as « directeur ») asks which body she runs: her card, whatever her title.
    assert "Principale du collège" in sure(clspd, "Isabelle Ferrandi, elle dirige quel collège déjà ?", "who_is")
    # A kind his body is not stays unsure; with nobody named, no card answers.
    assert not outcome_of(clspd, "Thierry Maufras il travaille pour quel collège ?").confident
    assert not outcome_of(clspd, "quel bailleur finance les gardiens ?").confident


def test_a_bodys_people_asked_plainly(clspd: Chat) -> None:
    reply = sure(clspd, "le monde de la prévention spécialisée ?", "org_representative")
    assert "Mehdi Bensalem" in reply and "Aurore Delmas" in reply
    assert "Deux chantiers éducatifs" not in reply  # the decision sharing the words is not asked
    # Praise of them asks nothing.
    assert not outcome_of(clspd, "les gens de la prévention spécialisée font un boulot énorme").confident


def test_who_stands_for_a_body_no_decision_answers(clspd: Chat) -> None:
    assert not outcome_of(clspd, "qui est là pour la ville aux réunions ?").confident
    # The body found answers as before; a decision naming who acts still answers « qui » of its work.
    assert "Mehdi Bensalem" in sure(clspd, "qui est là pour la prévention spécialisée ?", "org_representative")
    assert "Rachid Hamdani" in sure(clspd, "qui met à l'abri les victimes ?", "in_charge")


def test_a_decision_every_member_acts_on(clspd: Chat) -> None:
    reply = sure(clspd, "la charte de confidentialité, qui doit la signer ?", "decisions_topic")
    assert "Chaque membre de la cellule de veille signe" in reply
    # A task's pilot is still the one asked of its own work.
    assert "Laetitia Fournel" in sure(clspd, "qui diffuse la charte de confidentialité ?", "in_charge")


def test_a_formations_late_tasks(clspd: Chat) -> None:
    reply = sure(clspd, "quelles actions de la cellule ont pris du retard ?", "tasks_late")
    assert "Tâches en retard des séances" in reply and "chantiers éducatifs de février" in reply
    assert "Chiffrer les six caméras" not in reply  # due on 10 December: open, not late
    # Asked without lateness, every open one of its sittings.
    assert "Chiffrer les six caméras" in sure(clspd, "les actions de la cellule de veille ?", "tasks_late")
    assert not outcome_of(clspd, "on a du retard sur les actions").confident


def test_how_long_a_thing_decided_lasts(clspd: Chat) -> None:
    assert "de 19 h à 23 h" in sure(clspd, "les agents de sûreté restent jusqu'à quelle heure dans le bus ?",
                                    "decisions_topic")
    # What remains to send is still the deadline.
    assert "Envoi au SPIP" in sure(clspd, "il reste combien de places de TIG ?", "dates_period")
