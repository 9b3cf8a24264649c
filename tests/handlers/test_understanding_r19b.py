"""The work after a meeting, that blind set 27b (csx-lorient, the network of
the social centres of the Pays de Lorient, asked by a youth worker back from
paternity leave on Tuesday 1 December 2026) missed on its first run, asked
in other words, in its group and in pre-bobigny (set 24c's):

- a sitting's other name in brackets (bracketed_names.py): « Groupe de
  travail jeunesse (réunion des animateurs) » is « la réunion des
  animateurs » and still « le groupe jeunesse »; « Atelier 2 (visio) » has
  no other name;
- the decisions taken while the asker was away (while_away.py): since the
  last sitting they were marked present at; nothing of the kind without such
  a stretch;
- a kind of sitting and where it sat (place_words.py): « le bureau de
  Lanester » is the bureau held there, « la réunion des animateurs à
  Hennebont » the one sitting of both; a past sitting at a town is the one
  held there, whatever its kind (answers_records._held_at_place); « ça a
  donné quoi » of a kind of sitting (meeting_outcome._held);
- « à » is no « a » of news (clauses.is_news); « jamais » is a word, and the
  missing record said after it is named is asked for (framing._misses);
- the tasks of a kind's sitting (task_answers.held_asked); the sitting
  before a kind named alone (meeting_kinds.shifted_meeting); « comment je
  vois les présents ? » (howto.toml)."""

from __future__ import annotations

import pytest

from handlers.understanding.bracketed_names import bracket_aliases, unbracketed
from handlers.understanding.normalise import words
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def lorient() -> Chat:
    """Set 27b's group: plénières n°1 (17 Sep) and n°8 (26 Nov), copils n°2 and n°6, bureaux n°3 (Lanester) and
    n°5 (visio), the youth working group n°4 (Hennebont) and n°7; the asker present at n°1 and n°4 only."""
    return build_group("csx-lorient")


@pytest.fixture(scope="module")
def bobigny() -> Chat:
    """Set 24c's group: the asker excused at n°1, present at n°2 and n°3, the last meeting held."""
    return build_group("pre-bobigny")


def test_a_bracket_opening_with_a_meeting_noun_is_another_name() -> None:
    assert bracket_aliases("Groupe de travail jeunesse (réunion des animateurs), Centre social, Lanester") == [
        "reunion des animateurs"]
    assert bracket_aliases("Atelier 2 (visio), Maison des jeunes") == []
    assert unbracketed("Groupe de travail jeunesse (réunion des animateurs)") == "Groupe de travail jeunesse"


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("qui était à la réunion des animateurs d'octobre ?", "attendance_meeting", "Présents (5)"),
    ("la réunion des animateurs de janvier c'est où ?", "meeting_which", "Ploemeur"),
    ("le GT jeunesse de janvier c'est à quelle heure ?", "meeting_which", "14 janvier"),
    ("qui était à la réunion des animateurs à Hennebont ?", "attendance_meeting", "Présents (5)"),
])
def test_the_working_group_by_its_bracketed_name(lorient: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(lorient, text, intent)


@pytest.mark.parametrize("text", ["on a décidé quoi pendant mon absence ?",
                                  "quelles décisions depuis que je suis absent ?",
                                  "je reviens de congé, j'ai loupé quoi comme décisions ?"])
def test_decisions_since_the_last_presence(lorient: Chat, text: str) -> None:
    reply = sure(lorient, text, "decisions_recent")
    assert "depuis votre dernière présence (séance n°4" in reply
    assert "Décision n°11" in reply and "Décision n°20" in reply and "Décision n°9 " not in reply


def test_nothing_missed_since_the_last_presence_is_no_such_list(bobigny: Chat) -> None:
    # Present at the last meeting held: the ordinary latest decisions, not an empty stretch.
    assert "dernière présence" not in outcome_of(bobigny, "on a décidé quoi pendant mon absence ?").reply.plain()


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("le bureau de Lanester, ça a donné quoi ?", "decisions_recent", "séance n°3"),
    ("qu'est-ce qui a été décidé à Lanester ?", "decisions_recent", "séance n°3"),
    ("le copil de novembre, ça a donné quoi ?", "decisions_recent", "séance n°6"),
    ("le compte rendu de la réunion à Hennebont", "minutes_request", "séance n°8"),
    ("je n'ai jamais reçu le compte rendu du copil de novembre", "minutes_request", "séance n°6"),
    ("les actions du dernier copil ?", "tasks_late", "Tâches de la séance n°6"),
    ("la réunion avant le copil, c'était quand ?", "meeting_which", "n°5"),
    ("comment on consulte la feuille de présence ?", "help", "/presence"),
])
def test_a_sitting_after_it_was_held(lorient: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(lorient, text, intent)


def test_the_last_bureau_at_a_town_has_no_attendance(lorient: Chat) -> None:
    # Nothing was typed for the bureaux: said so, not the coming bureau's announcements.
    outcome = outcome_of(lorient, "qui était au bureau de Lanester ?")
    assert outcome.intent == "attendance_meeting" and "n°9" not in outcome.reply.plain()


def test_jamais_is_not_split() -> None:
    assert [w.folded for w in words("je l'ai jamais reçu")][-2:] == ["jamais", "recu"]
