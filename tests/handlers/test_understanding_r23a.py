"""The families blind set 30a (cle-sevre, the commission locale de l'eau of
the SAGE Sèvre nantaise, asked in a mixed, mostly casual register by the
mayor of Mortagne on Tuesday 1 December 2026) missed on its first run,
asked in other words and in other groups:

- chat words of water management (lexicon.toml): « la com agri » is the
  commission agricole, « les ZH » the wetlands, « la prod » production,
  « m3 » cubic metres, « combien de large » the width; topic kin for
  irrigation (« arrosage »), rivers (« cours d'eau », « rivière », « bord »),
  a flow (« débit », « litres par seconde ») and a ban (« interdiction »);
- the group's acronym with no article after « on a » / « y a » is one of its
  sittings (own_meetings.py): « on a CLE la semaine pro ? »;
- « il y a deux semaines », « il y a 15 jours » count a past week back from
  today (period_counts.py); the meeting so asked is the last one when that
  week holds it (answers_meetings.py);
- a delay a decision sets (« dans un délai de deux mois ») answers « combien
  de temps », a quantity with its unit (« 300 litres par seconde ») answers
  « à partir de quel débit », a clock time written out (« 10 heures ») the
  hours asked by « c'est quoi les horaires » (decision_facts.py);
- a body named by what it does, asked « X c'est qui ? » with no verb of
  charge, is the body's representative (answers_people.py): « les pêcheurs
  c qui »."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cle() -> Chat:
    return build_group("cle-sevre")


@pytest.mark.parametrize(("question", "intent", "shown"), [
    ("la com agri c'était où ?", "meeting_which", "n°3"),
    ("le CR de la commission agri stp", "minutes_request", "n°3"),
    ("on était combien à la com agri ?", "attendance_meeting", "7 présents"),
])
def test_com_agri_is_the_agricultural_commission(cle: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(cle, question, intent)


def test_the_wetlands_by_their_initials(cle: Chat) -> None:
    assert "zones humides" in sure(cle, "les ZH c'est à l'ordre du jour du 10 ?", "agenda_items")


def test_com_alone_stays_communication() -> None:
    outcome = outcome_of(build_group("codev37"), "qui s'occupe de la com ?")
    assert "commission" not in outcome.reply.plain().casefold().split("\n")[0]


@pytest.mark.parametrize("question", ["on a CLE jeudi 10 ?", "y a CLE la semaine prochaine ?"])
def test_the_acronym_after_on_a_is_a_sitting(cle: Chat, question: str) -> None:
    outcome = outcome_of(cle, question)
    assert outcome.confident and "n°4" in outcome.reply.plain()


def test_the_acronym_of_another_group_after_y_a() -> None:
    reply = outcome_of(build_group("odpe47"), "y a ODPE en janvier ?").reply.plain()
    assert "19 janvier 2027" in reply


def test_the_body_with_its_article_is_left_alone(cle: Chat) -> None:
    assert not outcome_of(cle, "on a la CLE la semaine pro ?").confident


@pytest.mark.parametrize("question", ["la réunion d'il y a deux semaines c'était où ?", "la reu d'il y a 15 jours c ou"])
def test_a_meeting_counted_back_that_is_the_last(cle: Chat, question: str) -> None:
    assert "Dernière séance n°3" in sure(cle, question, "meeting_last")


def test_a_meeting_counted_back_further_is_that_weeks(cle: Chat) -> None:
    assert "Séance n°2" in sure(cle, "la réunion d'il y a huit semaines c'était où ?", "meeting_which")


def test_weeks_back_in_another_group() -> None:
    lozere = build_group("fs-lozere")
    assert "n°3" in sure(lozere, "la réunion d'il y a deux semaines c'était où ?", "meeting_last")
    assert "Marvejols" in sure(lozere, "la réunion d'il y a sept semaines c'était où ?", "meeting_which")


def test_weeks_ahead_unchanged(cle: Chat) -> None:
    assert "Bultière" in sure(cle, "y a quoi dans 2 semaines", "dates_period")


@pytest.mark.parametrize("question", ["la CLE a combien de temps pour rendre un avis", "en combien de temps la CLE rend son avis ?"])
def test_how_long_is_the_delay_decided(cle: Chat, question: str) -> None:
    assert "deux mois" in sure(cle, question, "decisions_topic")


def test_how_long_in_another_group() -> None:
    reply = sure(build_group("odpe47"), "la CRIP a combien de temps pour évaluer une information préoccupante ?",
                 "decisions_topic")
    assert "trois mois" in reply


def test_the_deadline_of_the_avis_stays_a_date(cle: Chat) -> None:
    assert "18 décembre" in sure(cle, "l'avis sur la Bultière c'est pour quand ?", "dates_period")


@pytest.mark.parametrize(("question", "shown"), [
    ("a partir de quel debit on est en alerte", "300 litres"),
    ("c quoi les horaires d'interdiction d'arrosage l'ete", "18 heures"),
    ("on a le droit d'arroser a midi en etiage ?", "10 heures"),
    ("les retenues de substitution ils ont droit a combien de mètres cubes", "1,2 million"),
    ("la bande enherbée fait combien de large", "10 mètres"),
    ("on a decide quoi pour les bords de riviere", "bande enherbée"),
])
def test_decisions_in_other_words(cle: Chat, question: str, shown: str) -> None:
    assert shown in sure(cle, question, "decisions_topic")


def test_a_body_named_by_what_it_does(cle: Chat) -> None:
    assert "Patrick Audouin" in sure(cle, "les pecheurs c qui", "org_representative")


def test_a_body_named_by_what_it_does_in_another_group() -> None:
    assert "Thierry Lambert" in sure(build_group("sport-marche"), "le basket c qui", "org_representative")


def test_who_takes_care_of_it_stays_in_charge(cle: Chat) -> None:
    assert "Patrick Audouin" in sure(cle, "qui s'occupe des pêcheurs ?", "in_charge")


def test_the_director_of_production(cle: Chat) -> None:
    assert "Hervé Poupard" in sure(cle, "c qui le directeur de la prod d'eau potable", "role_holder")


def test_two_kinds_of_sittings_joined(cle: Chat) -> None:
    reply = sure(cle, "planning des plenieres et des bureaux", "meetings_upcoming")
    assert "n°4" in reply and "n°5" in reply and "n°6" not in reply


def test_one_kind_of_sitting_in_the_plural(cle: Chat) -> None:
    reply = sure(cle, "les dates des bureaux", "meetings_upcoming")
    assert "n°5" in reply and "n°4" not in reply


@pytest.mark.parametrize("question", ["y a qui de confirmé pour le 10", "il y a qui d'inscrit pour la plénière ?"])
def test_who_said_they_come(cle: Chat, question: str) -> None:
    assert "Annoncés présents" in sure(cle, question, "rsvp_upcoming")


def test_a_bodys_people_after_y_a_qui_de(cle: Chat) -> None:
    assert "Loïc Papin" in sure(cle, "y a qui de l'eptb dans le groupe", "org_representative")
