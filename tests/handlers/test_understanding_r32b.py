"""The letter-like, formal messages of blind set 39b (cosoc-vd, the commission
sociale of an invented commune of the canton de Vaud, asked by Pro Senectute's
social worker on Tuesday 1 December 2026, in Swiss French) missed on its first
run, asked in other words, and in another group where the rule is not the
group's, with the neighbours that must stay as they were:

- a letter's greeting naming both genders (« Chères et chers collègues, »,
  « Chers et chères collègues, ») is a greeting (letter.py);
- « je prépare la séance et souhaiterais savoir … »: the wish with its subject
  said once, before « et », wraps the request; the writer's own work (« je
  prépare … ») is the reason, not the asker's tasks (letter.py);
- « … ? Je vous remercie par avance. »: thanks in a sentence of their own
  close the message (framing.py);
- « combien de membres compte la commission ? »: the group's composition,
  the group named by the word its sittings' titles use, is the directory, not
  the next sitting's announcements (group_composition.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cosoc() -> Chat:
    return build_group("cosoc-vd")


@pytest.fixture(scope="module")
def clspd() -> Chat:
    return build_group("clspd13")


def test_a_greeting_naming_both_genders(cosoc: Chat, clspd: Chat) -> None:
    assert "Tâches en retard" in sure(cosoc, "Chers et chères collègues, quelles tâches sont en retard ? Merci",
                                      "tasks_late")
    assert "Laure Tessier" in sure(clspd, "Chères et chers collègues, quelles sont les tâches du commissariat ? "
                                          "Bien à vous", "tasks_mine")


def test_own_work_before_the_wish_is_the_reason(cosoc: Chat, clspd: Chat) -> None:
    # Not the asker's own tasks: the late ones of everybody.
    late = sure(cosoc, "Bonjour, je prépare mon rapport et souhaiterais connaître les tâches en retard.", "tasks_late")
    assert "Selim Demiri" in late
    late = sure(clspd, "Bonjour à tous, je prépare la plénière et voudrais savoir quelles actions ont pris du retard.",
                "tasks_late")
    assert "Franck Giordano" in late


def test_thanks_in_a_sentence_of_their_own_close_the_message(cosoc: Chat, clspd: Chat) -> None:
    assert "a annoncé sa présence" in sure(
        cosoc, "Je souhaiterais savoir si Caritas sera présente à la réunion du 8 décembre. Je vous remercie.",
        "rsvp_upcoming")
    assert "a présenté ses excuses" in sure(
        clspd, "Je voudrais savoir si 13 Habitat sera présent à la cellule de veille du 3 décembre. Je vous "
               "remercie par avance.", "rsvp_upcoming")


@pytest.mark.parametrize("text", [
    "Combien de membres compte la commission ?",
    "Quels organismes sont représentés au sein de la commission sociale ?",
])
def test_the_groups_composition_is_the_directory(cosoc: Chat, text: str) -> None:
    assert "Membres du groupe" in sure(cosoc, text, "directory")


def test_the_presence_at_a_sitting_stays(cosoc: Chat) -> None:
    # A sitting named, a tense of being there: the announcements, as before.
    assert "a annoncé sa présence" in sure(cosoc, "Daniel Cuendet sera-t-il présent à la séance du 8 décembre ?",
                                           "rsvp_upcoming")
    assert not outcome_of(cosoc, "Caritas sera-t-elle représentée à la commission ?").intent == "directory"
