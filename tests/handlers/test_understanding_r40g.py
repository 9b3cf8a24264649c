"""Questions of the lead's blind set 81 (ligne21, the comité de ligne of the
TER lines Dijon – Is-sur-Tille – Langres and Dijon – Beaune, asked by the
users' collective's spokesman on Tuesday 1 December 2026), missed on its
first run, asked in other words, with the neighbours that must stay as they
were:

- « et après Beaune c'est quoi la réunion suivante ? »: the sitting after the
  one held at the venue said bare, the one counted from said
  (meeting_kinds.py, answers_meetings.py);
- « la DL … c'est toujours Mme Voisenet ? »: a title's initials checked on a
  member, its holder (title_initials.spelled_title);
- « qu'est-ce qui a été décidé pour la halte de Gemeaux ? »: the decisions
  naming the place, not the sitting held there (decided_for_place.py);
- « les décisions de la visite des gares ? »: the words after the sitting's
  word that its heading says name it, no topic (heading_tail.py);
- « les labos Vergy », « le mobility manager », « avant le week-end »,
  « abandonnées en route », « je suis en retard sur un truc ? », « le relevé
  du comité »: chat and trade words (lexicon.toml);
- « le directeur TER était là ? » of a « Directeur régional TER » beside a
  « Directrice de ligne » of the TER: the body's word the role writes
  (answers_attendance.py);
- « le dernier comité c'était quand, fin novembre ? »: a guess checked, the
  last one said not to be then (meeting_rank.checked_period);
- « on a quoi comme dates de comité d'ici le printemps ? »: the meetings of
  the span (meeting_rivals.py);
- « la CoVaTI »: a body called by its words' first syllables
  (syllable_initials.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ligne() -> Chat:
    return build_group("ligne21")


def test_the_sitting_after_a_venue_said_bare(ligne: Chat) -> None:
    reply = sure(ligne, "après Beaune, la réunion suivante c'est où ?", "meeting_which")
    assert "Après la séance n°5 (à Beaune) :" in reply and "Séance n°6 — samedi 16 janvier 2027" in reply
    assert "Séance n°4 (tenue)" in sure(ligne, "la réunion d'avant celle de Beaune c'était où ?", "meeting_which")
    # Neighbours: the sitting at Beaune itself, and a venue said alone.
    assert "Séance n°5 — jeudi 10 décembre 2026" in sure(ligne, "la réunion de Beaune c'est à quelle heure ?",
                                                          "meeting_which")
    assert not outcome_of(ligne, "et après Beaune ?").confident


def test_a_title_by_its_initials_checked_on_a_member(ligne: Chat) -> None:
    reply = sure(ligne, "la DL c'est bien Isabelle Voisenet ?", "role_holder")
    assert "Isabelle Voisenet" in reply and "Directrice de ligne" in reply
    # Neighbour: her card, asked by her name alone.
    assert "Rôle : Directrice de ligne" in sure(ligne, "c'est qui Isabelle Voisenet ?", "who_is")


def test_decisions_for_a_place_and_of_the_sitting_held_there(ligne: Chat) -> None:
    reply = sure(ligne, "on a décidé quoi pour Gemeaux ?", "decisions_topic")
    assert "La halte de Gemeaux reçoit un écran" in reply and "abri vélos" not in reply
    # Neighbours: decided at the place (the sitting held there), and the sitting named by its heading's words.
    held = sure(ligne, "qu'est-ce qui a été décidé à la halte de Gemeaux ?", "decisions_recent")
    assert "Décisions de la séance n°3" in held and "abri vélos" in held
    visit = sure(ligne, "les décisions de la visite de la gare ?", "decisions_recent")
    assert "Décisions de la séance n°3" in visit and "La halte de Gemeaux" in visit
    assert not outcome_of(ligne, "les décisions de la visite sur les vélos ?").confident


def test_chat_and_trade_words(ligne: Chat) -> None:
    assert "Karim Benhaddou" in sure(ligne, "qui représente les labos Vergy ?", "org_representative")
    assert "Karim Benhaddou" in sure(ligne, "le mobility manager de Vergy c'est qui ?", "role_holder")
    reply = sure(ligne, "il faut rendre quoi avant le weekend ?", "dates_period")
    assert "Agenda avant le samedi 5 décembre 2026" in reply and "grille horaire 2027" in reply
    assert "Tâches annulées (1)" in sure(ligne, "des tâches ont été abandonnées en route ?", "tasks_late")
    reply = sure(ligne, "je suis en retard sur quelque chose ?", "tasks_mine")
    assert "Tâches d'Alexis Thevenot" in reply and "Recenser les retards signalés" in reply
    assert "compte rendu de la séance n°2" in sure(ligne, "le relevé du comité de juin ?", "minutes_request")
    # Neighbours: lateness told, and « relever de » the verb, stay what they were.
    assert not outcome_of(ligne, "dsl je suis en retard, j'arrive").confident
    assert sure(ligne, "le relevé de décisions de la dernière réunion ?", "decisions_recent")


def test_a_title_narrowed_by_the_body_its_role_writes(ligne: Chat) -> None:
    reply = sure(ligne, "le directeur TER était là le 19 novembre ?", "attendance_meeting")
    assert "Olivier Chambaret" in reply and "parmi les présents" in reply
    # Neighbour: the title alone, of two holders, is not guessed.
    assert not outcome_of(ligne, "le directeur il était venu en juin ?").confident


def test_a_period_guessed_for_the_last_sitting(ligne: Chat) -> None:
    reply = sure(ligne, "la dernière réunion c'était quand, fin novembre ?", "meeting_last")
    assert "La dernière séance n'était pas fin novembre 2026" in reply and "Dernière séance n°4" in reply
    # Neighbour: a span that is no guess still bounds the sitting asked.
    assert not outcome_of(ligne, "la dernière réunion de fin novembre c'était où ?").confident


def test_the_meetings_up_to_a_season(ligne: Chat) -> None:
    reply = sure(ligne, "on se voit quand d'ici le printemps ?", "meetings_upcoming")
    assert "Prochaines séances d'ici le printemps 2027" in reply and "n°6" in reply


def test_a_body_by_its_syllables(ligne: Chat) -> None:
    assert "Christophe Maldant" in sure(ligne, "qui vient de la CoVaTI ?", "org_representative")
