"""Eleventh round, engineer r11g: one vocabulary of meeting nouns
(lexicon.toml [meeting_nouns], meeting_nouns.py), the bodies named for
their sittings (« le dernier CA », « la commission de janvier »), the names
of sittings in several words (« comité technique », « assemblée
générale ») and the yes/no check of a meeting's place. Asked in the Grand
Reims group (not the set's own), in other words than set 20g's."""

from __future__ import annotations

import pytest

from handlers.understanding.meeting_nouns import FORMATIONS, SITTING_BODIES, SITTINGS, nouns
from handlers.understanding.normalise import words
from tests.handlers.questions_eval import ask, build_group, verdict
from tests.helpers import Chat


@pytest.fixture(scope="module")
def reims() -> Chat:
    return build_group("reims51")


def test_the_vocabulary_gives_each_kind_with_its_plurals() -> None:
    assert {"reunion", "seance", "rencontre", "reu", "rdv"} <= SITTINGS
    assert {"pleniere", "copil", "ag"} <= FORMATIONS and "bureau" in SITTING_BODIES
    plural = nouns("plain", "chat", "formations", "sitting_bodies", plural=True)
    # « bureau » takes an x, « réu » an s; an abbreviation in capitals keeps its form (« les AG »).
    assert {"bureaux", "reus", "plenieres", "seances"} <= plural and "ags" not in plural
    # « ça » typed without its cedilla is no « CA »: the CA comes written out (capital_shorthand).
    assert "ca" not in plural


def test_a_body_is_a_sitting_only_where_one_occurrence_is_meant() -> None:
    assert [w.folded for w in words("on fait le point au prochain bureau")][-1] == "reunion"
    assert "reunion" in [w.folded for w in words("la commission de janvier se tient où")]
    # The body itself: no order word, no month or day after it.
    assert "reunion" not in [w.folded for w in words("qui siège au bureau de l'association")]


@pytest.mark.parametrize(("question", "shown"), [
    ("le dernier CA c'était quand ?", "Dernière séance n°3"),
    ("le prochain conseil d'administration se tient où ?", "Prochaine séance n°4"),
    ("la commission de janvier c'est où ?", "Séance n°5"),
    # « CA » shows no plural: the order word before it does.
    ("les prochains CA ?", "Prochaines séances"),
])
def test_a_body_named_for_its_sittings_asks_for_one_sitting(reims: Chat, question: str, shown: str) -> None:
    reply = ask(reims, question)
    assert reply.startswith(shown), reply


@pytest.mark.parametrize(("question", "shown"), [
    ("on a un comité technique quand ?", "Prochaine séance n°4"),
    ("l'assemblée générale de mars c'est à quelle heure ?", "Séance n°6"),
])
def test_a_sitting_named_in_several_words_is_read_as_its_short_form(reims: Chat, question: str, shown: str) -> None:
    reply = ask(reims, question)
    assert reply.startswith(shown), reply


def test_the_next_meeting_s_place_checked_answers_the_next_one(reims: Chat) -> None:
    # The ALEC hosts n°5 in January: the next one (n°4) is asked, and where n°5 is is said beside it.
    reply = ask(reims, "la prochaine séance se tient bien à l'ALEC ?")
    assert reply.startswith("La prochaine séance n'est pas") and "Prochaine séance n°4" in reply, reply
    assert "séance n°5 du 19 janvier" in reply, reply


def test_a_dated_meeting_s_place_checked_answers_that_meeting(reims: Chat) -> None:
    reply = ask(reims, "la réunion du 15 décembre a lieu à Tinqueux ?")
    assert reply.startswith("La séance n°4 n'est pas") and "Siège du Grand Reims" in reply, reply


def test_a_reminder_in_the_imperative_is_left_alone(reims: Chat) -> None:
    assert verdict(reims, "none", "-", "pensez à envoyer vos fiches avant vendredi")[0] == "quiet"
    assert verdict(reims, "none", "-", "la charte c'est pour mardi, n'oubliez pas de la signer")[0] == "quiet"


def test_the_last_meeting_s_place_checked_answers_the_last_one(reims: Chat) -> None:
    # The Maison de l'habitat hosted n°2: the last one (n°3) is asked, not read as its decisions either.
    reply = ask(reims, "la dernière réunion était bien à la maison de l'habitat ?")
    assert reply.startswith("La dernière séance n'était pas") and "Dernière séance n°3" in reply, reply


def test_a_formation_s_name_ends_before_the_verb_that_checks_a_place() -> None:
    # « Séance plénière, Salle communale de Grandson »: « plénière c'est à Grandson » is no one name of it,
    # so the next plenary (n°6, at the Hôtel de Ville) is answered, not the one at Grandson (n°8).
    reply = ask(build_group("yverdon"), "la prochaine plénière c'est à Grandson ?")
    assert "Séance n°6" in reply and "n°8" not in reply, reply
