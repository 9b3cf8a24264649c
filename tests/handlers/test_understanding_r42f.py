"""The lead's blind set 85 (fablab94, the comité de pilotage of an invented
tiers-lieu numérique and fablab in the Val-de-Marne, asked by the users'
representative on Tuesday 1 December 2026), missed on its first run, asked
in other words, with the neighbours that must stay as they were:

- the representative of a public whose word found its council (« les
  usagers », « Conseil des usagers de … »): the holder of the title
  « représentant(e) des usagers », the substitute when asked, when the title
  singles out some of the council's people (public_title.py);
- (relabelled) « qui anime les soirées open lab ? » of an « animateur des
  soirées open lab » is that title's holder, as in set 73 (no rule changed);
- news of the decisions (« quoi de neuf côté décisions au copil ? ») are the
  latest ones, the copil being the group itself (answers_records.py);
- « X doit s'occuper de quoi ? » asks X's tasks (intents.toml);
- « le prof de techno il était là ? »: a title taken up by « il » before the
  verb of being there asks its holder's presence (presence.py);
- the tasks done « dans les actions du copil »: the group's own formation is
  the group (task_topic_listing.py), and the article « du » is no « dû »
  (task_words.listing_scope);
- « le projet de charte est rédigé ? »: the passive of the verb a task opens
  with asks the task's status, not the decision sharing its words
  (work_done.passive_done, task_match.py);
- « ouvre » and « ouvert » are both « ouvrir » (lexicon.toml);
- « décision 3 du comité de pilotage »: the group's own formation closing
  a decision's number is the group (own_formation.without_own_tail)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def fablab() -> Chat:
    return build_group("fablab94")


def test_a_publics_representative_is_the_titles_holder(fablab: Chat) -> None:
    reply = sure(fablab, "qui est le représentant suppléant des usagers ?", "role_holder")
    assert "Gilles Maréchal" in reply and "Aïcha Diallo" not in reply
    reply = sure(fablab, "c'est qui la représentante des usagers ?", "role_holder")
    assert "Aïcha Diallo" in reply and "Gilles Maréchal" not in reply
    assert "Aïcha Diallo" in sure(fablab, "qui représente les usagers au comité ?", "role_holder")
    # Neighbour: the council named as a body keeps its people.
    reply = sure(fablab, "qui représente le conseil des usagers ?", "org_representative")
    assert "Conseil des usagers de La Fabrique des Coteaux" in reply


def test_an_animators_title_is_held(fablab: Chat) -> None:
    assert "Léo Marchetti" in sure(fablab, "c'est qui qui anime la soirée open lab ?", "role_holder")
    # Neighbour: what no role names as a title is whoever has it in charge.
    assert "Romain Texier" in sure(fablab, "qui s'occupe des ateliers du pass numérique ?", "in_charge")


def test_news_of_the_decisions_are_the_latest(fablab: Chat) -> None:
    assert "Dernières décisions" in sure(fablab, "des nouvelles des décisions du comité de pilotage ?",
                                         "decisions_recent")
    # Neighbour: the copil's decisions asked bare stay every sitting's.
    assert "Décisions « copil » : 14" in sure(fablab, "les décisions du copil ?", "decisions_recent")


def test_what_someone_must_see_to_is_their_tasks(fablab: Chat) -> None:
    assert "Tâches de Bernard Chevallier" in sure(fablab, "Bernard Chevallier doit s'occuper de quoi ?", "tasks_mine")
    # Neighbour: what someone looks after, without the duty, is their card.
    assert "Rôle : Président de l'association" in sure(fablab, "Bernard s'occupe de quoi ?", "who_is")


def test_a_title_taken_up_by_a_pronoun_asks_presence(fablab: Chat) -> None:
    assert "parmi les absents" in sure(fablab, "le prof de techno il était présent en novembre ?",
                                       "attendance_meeting")
    assert "parmi les présents de la séance n°2" in sure(
        fablab, "la directrice de la médiathèque elle était là le 13 octobre ?", "attendance_meeting")


def test_the_tasks_done_of_the_groups_own_formation(fablab: Chat) -> None:
    reply = sure(fablab, "qu'est-ce qui a déjà été fait dans les tâches du comité de pilotage ?", "tasks_late")
    assert "Tâches faites (1)" in reply and "Rédiger le projet de charte d'usage" in reply
    # Neighbour: what ought to have been done is what is late.
    assert "Tâches en retard (3)" in sure(fablab, "qu'est-ce qui aurait dû être fait ?", "tasks_late")


def test_a_tasks_passive_asks_its_status(fablab: Chat) -> None:
    reply = sure(fablab, "le bilan d'activité est rédigé ?", "in_charge")
    assert "Rédiger le bilan d'activité 2026" in reply
    reply = sure(fablab, "la charte d'usage, elle est rédigée ?", "in_charge")
    assert "(faite)" in reply
    # Neighbour: the participle of a decision asks the decision.
    assert "Décision n°11" in sure(fablab, "la charte d'usage est adoptée ?", "decisions_topic")


def test_opening_is_one_verb(fablab: Chat) -> None:
    assert "14 h à 19 h" in sure(fablab, "le tiers-lieu ouvre à quelle heure ?", "decisions_topic")
    # Neighbour: a general question the group's data cannot answer stays quiet.
    assert not outcome_of(fablab, "vous savez à quelle heure ouvre la médiathèque de Créteil ?").confident


def test_a_decisions_number_of_the_groups_own_formation(fablab: Chat) -> None:
    assert "Décision n°3" in sure(fablab, "la décision 3 du copil", "decision_number")
    # Neighbour: the number alone stays the same decision.
    assert "Décision n°3" in sure(fablab, "décision n°3 ?", "decision_number")
