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
  the next sitting's announcements (group_composition.py);
- « l'Église réformée » for a « Paroisse réformée de … », and the Swiss
  employers' bodies (a société industrielle et commerciale) for « les
  employeurs » (entities.toml);
- « qui est la personne de contact pour l'EVAM ? »: the body's contact, with
  the elided article (intents.toml), never the task naming the body
  (who_source.decision_actor);
- « j'aurais besoin de la date de … »: a need of a thing asks for it, and
  « …, pour mon compte rendu » is the writer's own use of the answer
  (letter.py, own_purpose.py);
- « Suite à notre dernière séance, … la prochaine réunion » is the letter's
  context when the request names its own sitting; « relire », « consulter »
  ask as « connaître » (letter.py);
- « l'ordre du jour de la séance de la commission du 17 »: a sitting its day
  designates, no sitting described by its agenda's words (answer._described)."""

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


def test_a_greeting_naming_both_genders(clspd: Chat) -> None:
    assert "n°3" in sure(clspd, "Chères et chers collègues, les décisions de la dernière séance ?", "decisions_recent")
    assert "fiches-actions" in sure(clspd, "Chères et chers collègues, quelles sont les prochaines échéances ?",
                                    "dates_period")


def test_own_work_before_the_wish_is_the_reason(cosoc: Chat, clspd: Chat) -> None:
    # Not the asker's own tasks: the late ones of everybody.
    late = sure(cosoc, "Bonjour, je prépare mon rapport et souhaiterais connaître les tâches en retard.", "tasks_late")
    assert "Selim Demiri" in late
    late = sure(clspd, "Bonjour à tous, je prépare la plénière et voudrais savoir quelles actions ont pris du retard.",
                "tasks_late")
    assert "Franck Giordano" in late


def test_thanks_in_a_sentence_of_their_own_close_the_message(cosoc: Chat, clspd: Chat) -> None:
    assert "a annoncé sa présence" in sure(
        cosoc, "Je souhaiterais savoir si Isabelle Monnier sera présente à la réunion du 8 décembre. Je vous remercie.",
        "rsvp_upcoming")
    assert "a présenté ses excuses" in sure(
        clspd, "Je voudrais savoir si 13 Habitat sera présent à la cellule de veille du 3 décembre. Je vous "
               "remercie par avance.", "rsvp_upcoming")


@pytest.mark.parametrize("text", [
    "Combien de membres compte la commission ?",
    "Quelles institutions siègent à la commission ?",
])
def test_the_groups_composition_is_the_directory(cosoc: Chat, text: str) -> None:
    assert "Membres du groupe" in sure(cosoc, text, "directory")


def test_the_presence_at_a_sitting_stays(cosoc: Chat) -> None:
    # A sitting named, a tense of being there: the announcements, as before.
    assert "a annoncé sa présence" in sure(cosoc, "Daniel Cuendet sera-t-il présent à la séance du 8 décembre ?",
                                           "rsvp_upcoming")
    assert not outcome_of(cosoc, "Caritas sera-t-elle représentée à la commission ?").intent == "directory"


def test_the_reformed_church_and_the_employers(cosoc: Chat) -> None:
    assert "Sophie Reymond" in sure(cosoc, "Madame, Monsieur, qui représente l'Église réformée ? Merci",
                                    "org_representative")
    assert "Jacqueline Gilliéron" in sure(cosoc, "qui représente les employeurs à la commission ?",
                                          "org_representative")


@pytest.mark.parametrize("text", [
    "Bonjour, qui est la personne de contact pour l'EVAM, s'il vous plaît ?",
])
def test_the_contact_of_a_body_with_its_article(cosoc: Chat, text: str) -> None:
    assert "Selim Demiri" in sure(cosoc, text, "org_representative")


def test_a_need_and_the_writers_own_use(cosoc: Chat, clspd: Chat) -> None:
    assert "n°5" in sure(clspd, "Bonjour, j'aurais besoin de la date de la prochaine plénière. Merci d'avance.",
                         "meeting_which")
    assert "n°1" in sure(clspd, "Bonjour, pourriez-vous me rappeler la date de la dernière plénière, pour mon compte "
                                "rendu ? Merci", "meeting_last")
    assert "n°3" in sure(cosoc, "Madame, Monsieur, j'aurais besoin de la date de la dernière séance pour mon rapport. "
                                "Pourriez-vous me la rappeler ? Merci d'avance.", "meeting_last")


def test_the_letters_opening_context_and_reading_verbs(clspd: Chat) -> None:
    assert "n°4" in sure(clspd, "Suite à notre dernière réunion, je voudrais savoir quand se tiendra la prochaine "
                                "séance. Bien à vous", "meeting_next")
    assert "Six caméras" in sure(clspd, "Bonjour, je souhaiterais consulter la décision n°4. Cordialement",
                                 "decision_number")


def test_the_agenda_of_a_sitting_its_day_designates(cosoc: Chat) -> None:
    reply = sure(cosoc, "Pourriez-vous m'envoyer les points de la séance de la commission du 17 décembre ?",
                 "agenda_items")
    assert "Budget 2027" in reply
