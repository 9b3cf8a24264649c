"""Decisions asked in words the decision does not use, and the facts inside
them, that blind set 22b (plie-lens62, the PLIE of Lens-Liévin Hénin-Carvin)
missed on its first run, asked in other groups and other words:

- an age asked of the decisions (« quelqu'un de 63 ans on le prend ? »,
  « les ados de 17 ans peuvent venir ? »): the one decision whose age range
  holds it (decision_ages.py);
- a question whose words one decision leads by far, asked in any form
  (« la régie recrute combien de personnes ? », « le financement 2027 c'est
  bouclé ? », « la clause sociale c'est combien d'heures ? ») (decision_lead.py);
- chat words for a decided detail (families.toml: « la caution » for « le
  dépôt de garantie », « la bouffe » for « l'aide alimentaire », « faire
  garder » for « places en crèche », « postes » for « salariés »);
- a rhythm said « toutes les six semaines », a duration said « dure 18 mois »
  (decision_facts.py); « on a fixé la date du forum ? » is the decision's,
  not the meeting whose agenda holds the forum (agenda_when.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.decision_ages import age_ranges, asked_ages
from handlers.understanding.decision_lead import asks_people, fronted_relative
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def plie() -> Chat:
    """The PLIE's steering committee (set 22b)."""
    return build_group("plie-lens62")


@pytest.fixture(scope="module")
def dunkerque() -> Chat:
    """Dunkerque's youth housing committee: Visale for the 18-30, the deposit advanced by the FSL."""
    return build_group("dunkerque59")


@pytest.fixture(scope="module")
def forest() -> Chat:
    """Forest's employment platform: article 60 contracts for the under-25, crèche places for parents in training."""
    return build_group("emploi1190")


def test_age_ranges_are_read_from_records_and_questions() -> None:
    assert age_ranges("Les jeunes de 16 à 25 ans sont orientés") == [(16, 25)]
    assert age_ranges("gratuite pour les moins de 12 ans") == [(0, 11)]
    assert age_ranges("pour les 16-25 ans pendant les vacances") == [(16, 25)]
    assert age_ranges("les personnes de plus de 75 ans") == [(76, 130)]
    assert asked_ages("quelqu'un de 63 ans on le prend ?") == [(63, 63)]
    assert asked_ages("on fait quoi des moins de 25 ans ?") == [(0, 24)]
    assert asked_ages("on se voit quand ?") == []


@pytest.mark.parametrize(("text", "shown"), [
    ("quelqu'un de 63 ans on le prend ?", "26 à 64 ans"),
    ("les ados de 17 ans peuvent venir au PLIE ?", "16 à 25 ans"),
    ("on fait quoi des moins de 25 ans ?", "16 à 25 ans"),
])
def test_an_age_is_answered_by_the_decision_whose_range_holds_it(plie: Chat, text: str, shown: str) -> None:
    reply = sure(plie, text, "decisions_topic")
    assert shown in reply.split("\n")[2] and reply.count("Décision n°") == 1  # that decision alone


def test_an_age_in_another_group(dunkerque: Chat, forest: Chat) -> None:
    assert "18 à 30 ans" in sure(dunkerque, "un gars de 28 ans il y a droit ?", "decisions_topic")
    assert "moins de 25 ans" in sure(forest, "un jeune de 22 ans, on peut lui proposer quoi ?", "decisions_topic")


def test_who_asked_is_left_to_the_readings() -> None:
    assert asks_people(["qui", "paie", "le", "permis"])
    assert asks_people(["la", "soupe", "c", "est", "qui"])
    assert asks_people(["on", "l", "oriente", "vers", "qui"])
    assert not asks_people(["les", "familles", "qui", "ont", "pas", "de", "quoi", "manger"])


@pytest.mark.parametrize(("text", "shown"), [
    ("la régie recrute combien de personnes ?", "12 salariés"),
    ("la régie de quartier embauche ?", "12 salariés"),
    ("combien de postes sur le chantier espaces verts ?", "12 salariés"),
    ("le financement 2027 c'est bouclé ?", "1,4 million"),
    ("la clause sociale c'est combien d'heures ?", "10 %"),
    ("la bouffe pour les familles, on a décidé quoi ?", "60 euros"),
    ("la caution pour un appart, qui la paie ?", "800 euros"),
    ("les horaires d'hiver de l'accueil de jour ?", "20h"),
    ("le copil se réunit tous les combien ?", "six semaines"),
])
def test_a_decided_detail_in_other_words(plie: Chat, text: str, shown: str) -> None:
    assert shown in sure(plie, text, "decisions_topic")


def test_a_decided_detail_in_other_words_elsewhere(dunkerque: Chat, forest: Chat) -> None:
    # « qui » asked of a decision naming a member's body is a charge (the convention); the decision is shown.
    assert "FSL" in sure(dunkerque, "la caution des jeunes, c'est qui qui l'avance ?", "in_charge")
    assert "dépôt de garantie" in sure(dunkerque, "la caution des jeunes, c'est réglé ?", "decisions_topic")
    assert "dix places" in sure(forest, "faire garder les enfants des parents en formation, c'est prévu ?",
                                "decisions_topic")


def test_a_date_fixed_is_no_meeting_agenda(plie: Chat) -> None:
    outcome = outcome_of(plie, "on a fixé la date du forum ?")
    assert not (outcome.confident and outcome.intent in ("meeting_which", "meeting_next"))


def test_chat_is_still_left_alone(plie: Chat) -> None:
    for text in ("la caution de M. B a été versée hier", "une participante de 58 ans vient d'entrer en parcours",
                 "on avait dit 12 mais la régie pourrait en prendre 14 si le financement suit"):
        assert not outcome_of(plie, text).confident


def test_a_thing_started_is_dated_by_its_decision(plie: Chat) -> None:
    # The next meeting's agenda holds « Plan grand froid : point d'étape »; the decision dates the plan itself.
    assert "1er décembre" in sure(plie, "le plan grand froid ça commence quand ?", "decisions_topic")
    assert "15 décembre" in sure(plie, "le comité commence quand ?", "meeting_next")


def test_a_fronted_relative_asks_no_one(plie: Chat, forest: Chat) -> None:
    assert fronted_relative("les familles qui ont pas de quoi manger, on les aide ?",
                            ["les", "familles", "qui", "ont", "pas", "de", "quoi", "manger", "on", "les", "aide"])
    assert not fronted_relative("la caution, qui la paie ?", ["la", "caution", "qui", "la", "paie"])
    assert "60 euros" in sure(plie, "les familles qui ont pas de quoi manger, on les aide ?", "decisions_topic")
    assert "dix places" in sure(forest, "les parents qui sont en formation, on garde leurs enfants ?", "decisions_topic")
