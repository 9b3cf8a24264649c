"""The families blind set 35a (isp1340, the insertion platform of the CPAS
and the commune of Ottignies-Louvain-la-Neuve, asked in Belgian French on
Tuesday 1 December 2026) missed on its first run, asked in other words,
with the neighbours that must stay as they were:

- a sitting named by the qualifier of its heading (« Réunion de
  coordination, … »): « la prochaine coordination », « la coordination du
  19 janvier », written whole where one sitting is picked
  (heading_qualifier.py);
- « on se voit quand pour l'insertion ? »: a gathering of the group asked,
  which no task sharing its purpose answers (gathering_asked.py);
- « savoir » for « pouvoir »: « tu sais me dire … » frames a question as
  « pouvez-vous me dire » does, « Olivier sait venir le 10 ? » asks whether
  he can come (lexicon.toml), a first name before « peut » is the member
  (persons.py);
- « postposer » is « reporter » (lexicon.toml);
- « la réunion de la semaine prochaine, c'est bien jeudi ? »: the weekday
  checked after « la semaine prochaine » is of that week (days.py);
- « on se réunit toujours au même endroit ? »: the rule on where the
  sittings are held, no place named (usual_place.py);
- « la présidente était là ? » of a présidente and a vice-présidente: the
  title held without « vice » (presence_body.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.gathering_asked import asks_gathering
from handlers.understanding.heading_qualifier import qualifier_as_meeting
from handlers.understanding.normalise import words
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def isp() -> Chat:
    return build_group("isp1340")


_CONCERTATION = ("Réunion de concertation, maison communale, Andenne", "Réunion de concertation, CPAS, Andenne",
                 "Assemblée plénière, salle des fêtes, Andenne")


@pytest.mark.parametrize("question, read", [
    ("la prochaine concertation c'est où ?", "la prochaine réunion de concertation c'est où ?"),
    ("le prochain concertation ?", "la prochaine réunion de concertation ?"),
    ("la concertation du 12 mars se tient où ?", "la réunion de concertation du 12 mars se tient où ?"),
    ("on parle de quoi à la concertation de janvier ?", "on parle de quoi à la réunion de concertation de janvier ?"),
    ("la réunion de concertation de mars ?", "la réunion de concertation de mars ?"),  # whole already
    ("qui assure la concertation ?", "qui assure la concertation ?"),  # a charge, no sitting
    ("la concertation de la plateforme c'est qui ?", "la concertation de la plateforme c'est qui ?"),
])
def test_a_heading_qualifier_names_a_sitting_where_one_is_picked(question: str, read: str) -> None:
    assert qualifier_as_meeting(question, _CONCERTATION) == read


def test_a_qualifier_of_one_meeting_or_a_sitting_noun_is_left_alone() -> None:
    once = ("Réunion de concertation, CPAS, Andenne", "Assemblée plénière, salle des fêtes, Andenne")
    assert qualifier_as_meeting("la prochaine concertation ?", once) == "la prochaine concertation ?"
    bureau = ("Réunion de bureau, CPAS", "Réunion de bureau, mairie")
    assert qualifier_as_meeting("le prochain bureau ?", bureau) == "le prochain bureau ?"


@pytest.mark.parametrize("question, intent, shown", [
    ("la coordination du 19 janvier se tient où ?", "meeting_which", "Séance n°5"),
    ("la coordination du 10/12 commence à quelle heure ?", "meeting_which", "Séance n°4"),
    ("la dernière coordination c'était où ?", "meeting_last", "n°3"),
    ("La dernière coordination a-t-elle eu lieu à l'hôtel de ville ?", "meeting_last", "n°3"),
    ("la prochaine coordination c'est quand ?", "meeting_which", "Séance n°4"),  # the meeting named, as meeting_next shows it
])
def test_the_coordination_is_the_sitting(isp: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(isp, question, intent)


def test_the_rule_on_the_coordination_stays_a_decision(isp: Chat) -> None:
    # « la réunion de coordination se tient une fois par mois »: the rhythm is the decision's.
    assert "une fois par mois" in outcome_of(isp, "la coordination c'est tous les combien ?").reply.plain()


@pytest.mark.parametrize("question, gathering", [
    ("on se voit quand pour l'insertion ?", True),
    ("nous nous réunissons où pour le bilan ?", True),
    ("on se retrouve à quelle heure ?", True),
    ("on se voit pour le bilan", False),  # nothing asked
    ("c'est pour quand les chiffres du Forem ?", False),
    ("il se réunit quand le collège ?", False),  # not the group's own gathering
])
def test_a_gathering_asked(question: str, gathering: bool) -> None:
    assert asks_gathering(words(question)) is gathering


def test_a_gathering_is_no_task(isp: Chat) -> None:
    outcome = outcome_of(isp, "on se voit quand pour l'insertion ?")
    assert not (outcome.confident and outcome.intent == "in_charge")
    assert "Tâche" not in outcome.reply.plain()
    # The agenda point holding the purpose still names its sitting.
    assert "n°5" in outcome_of(isp, "on se retrouve quand pour l'atelier numérique ?").reply.plain()
    # A task asked « quand » is still the task.
    assert "Olivier Delcourt" in outcome_of(isp, "les chiffres de mise à l'emploi c'est pour quand ?").reply.plain()


@pytest.mark.parametrize("question, intent, shown", [
    ("tu sais me dire qui est du Forem ?", "org_representative", "Olivier Delcourt"),
    ("vous sauriez me dire qui vient de l'AVIQ ?", "org_representative", "Isabelle Mertens"),
    ("tu sais m'envoyer le PV de septembre ?", "minutes_request", "n°1"),
    ("Olivier sait venir le 10 ?", "rsvp_upcoming", "a annoncé sa présence"),
    ("Laetitia saura venir jeudi 10 ?", "rsvp_upcoming", "n'a rien annoncé"),
    ("Olivier peut venir le 10 ?", "rsvp_upcoming", "Olivier Delcourt (Le Forem) a annoncé sa présence"),
])
def test_savoir_for_pouvoir(isp: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(isp, question, intent)


@pytest.mark.parametrize("chat_line", [
    "je ne sais pas qui vient jeudi",
    "Didier, tu sais me rappeler sur mon GSM ?",
    "Laetitia, tu saurais imprimer les affiches pour le Bauloy ?",
])
def test_savoir_in_chat_stays_quiet(isp: Chat, chat_line: str) -> None:
    assert not outcome_of(isp, chat_line).confident


@pytest.mark.parametrize("question, intent, shown", [
    ("le potager est postposé ?", "decisions_topic", "printemps 2027"),
    ("on a postposé quoi ?", "decisions_topic", "potager"),
    ("la réunion du 10 est postposée ?", "meeting_which", "n°4"),
])
def test_postposer_is_reporter(isp: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(isp, question, intent)


def test_a_weekday_checked_after_next_week(isp: Chat) -> None:
    assert "jeudi 10 décembre" in sure(isp, "la réunion de la semaine prochaine, c'est bien jeudi ?", "meeting_which")
    assert "Séance n°4" in sure(isp, "la coordination de la semaine prochaine, c'est bien jeudi ?", "meeting_which")
    assert "mardi 8 décembre" in outcome_of(isp, "la réunion de la semaine prochaine c'est mardi ?").reply.plain()
    # No week said: the coming Thursday, as before.
    assert "jeudi 3 décembre" in outcome_of(isp, "c'est bien jeudi la réunion ?").reply.plain()


@pytest.mark.parametrize("question", [
    "on se réunit toujours au même endroit ?",
    "les réunions sont toujours au même endroit ?",
])
def test_the_same_place_asked_is_the_rule(isp: Chat, question: str) -> None:
    assert "en alternance" in sure(isp, question, "decisions_topic")


def test_one_sitting_at_the_same_place_is_no_rule(isp: Chat) -> None:
    outcome = outcome_of(isp, "la réunion du 10 est toujours au même endroit ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic")


def test_the_title_without_vice(isp: Chat) -> None:
    assert "Françoise Delhaye" in sure(isp, "la présidente était là le 17 novembre ?", "attendance_meeting")
    assert "Pascale Hubin" in sure(isp, "la vice-présidente était là le 17 novembre ?", "attendance_meeting")
    assert "Françoise Delhaye" in sure(isp, "la présidente du CPAS sera là le 10 ?", "rsvp_upcoming")


def test_two_presidents_are_still_asked_which() -> None:
    # ccource10: the CC's président and the commission's présidente both hold the title without « vice ».
    outcome = outcome_of(build_group("ccource10"), "le président était là le 19 novembre ?")
    assert not outcome.confident
