"""Topics named in other words than the record's, that blind set 26b
(pcaet-clermontais, the steering committee of the Clermontais climate plan
and its thematic working groups, asked by its chargée de mission on
Tuesday 1 December 2026) missed on its first run, asked in other words, in
its group, in cldr-durbuy (« Groupe de travail mobilité / énergie ») and in
codev37 (« Commission mobilités », « Commission transition écologique »):

- a working group's sitting named by its subject in a near word, past the
  words linking it to its noun (« le groupe sur les transports », « la
  prochaine réu du GT électricité », « la commission écologie »), its
  decisions (its last sitting held's), what came out of it, and the member
  whose role leads it — formation_subject.py; two formations a word names
  alike, a qualifier (« générale ») and a plain meeting noun's « de la … »
  name none;
- a sitting's outcome asked « il en est sorti quoi ? » is no task's progress
  (task_questions.py);
- the climate plan's vocabulary (families.toml): cycle routes, solar panels,
  « le plan climat », parking, the heating network, « le CCTP »;
- a point to be talked about (« on en discute quand ? ») is the coming
  meeting whose agenda holds it, not the decision dating the thing
  (agenda_when.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def pcaet() -> Chat:
    """Set 26b's group: copil n°1, 6 (26 Nov), 11; GT mobilités n°2, 10; énergie n°3, 8 (15 Dec); habitat n°4, 9;
    agriculture et alimentation n°5; atelier vélo n°7 (8 Dec)."""
    return build_group("pcaet-clermontais")


@pytest.fixture(scope="module")
def cldr() -> Chat:
    """Plenaries of the CLDR; « Groupe de travail mobilité » n°2 (held), « Groupe de travail énergie » n°5 (January)."""
    return build_group("cldr-durbuy")


@pytest.fixture(scope="module")
def codev() -> Chat:
    """« Commission mobilités » n°3 (held), n°10; « Commission transition écologique » n°5 (3 December)."""
    return build_group("codev37")


@pytest.mark.parametrize(("text", "number"), [
    ("le groupe de travail sur le logement c'est quand la prochaine ?", "n°9"),
    ("prochaine réunion du groupe qui planche sur les déplacements ?", "n°10"),
    ("la réu sur les renouvelables c'est quand ?", "n°8"),
    ("quand se réunit le GT agri et alimentation ?", "n°5"),
])
def test_working_group_by_its_subject(pcaet: Chat, text: str, number: str) -> None:
    outcome = outcome_of(pcaet, text)
    assert outcome.confident and outcome.intent in ("meeting_next", "meeting_which", "meeting_last"), (text, outcome.intent)
    assert f"séance n°{number[2:]}" in outcome.reply.plain().casefold(), outcome.reply.plain()


def test_working_group_in_other_groups(cldr: Chat, codev: Chat) -> None:
    assert "Groupe de travail énergie" in sure(cldr, "la prochaine réu du GT électricité ?", "meeting_which")
    assert "Groupe de travail mobilité" in sure(cldr, "le groupe sur les transports se réunit quand ?", "meeting_which")
    assert "Commission transition écologique" in sure(codev, "la commission écologie se réunit quand ?", "meeting_which")
    assert "Commission mobilités" in sure(codev, "la commission sur les déplacements c'est quand ?", "meeting_which")


def _decisions_of_sitting(reply: str, number: int) -> bool:
    """The reply lists the decisions of sitting n°`number` only: « Décisions de la séance n°N » (one sitting read),
    or « Décisions « <working group> » : k (séance n°N) » (its sittings held listed, kind_decisions.py)."""
    heading = reply.split("\n")[0]
    return heading.startswith(f"Décisions de la séance n°{number}") or (
        heading.startswith("Décisions « ") and heading.endswith(f"(séance n°{number})"))


def test_decisions_of_a_working_group(pcaet: Chat, codev: Chat, cldr: Chat) -> None:
    reply = sure(pcaet, "le GT énergies renouvelables a décidé quoi ?", "decisions_recent")
    assert _decisions_of_sitting(reply, 3) and "panneaux solaires" in reply
    assert _decisions_of_sitting(sure(pcaet, "les décisions du groupe rénovation ?", "decisions_recent"), 4)
    assert _decisions_of_sitting(sure(codev, "les décisions de la commission transports ?", "decisions_recent"), 3)
    assert _decisions_of_sitting(sure(cldr, "qu'est-ce qui est ressorti du groupe déplacements ?", "decisions_recent"), 2)
    # what came out of it, no task's progress
    assert _decisions_of_sitting(sure(pcaet, "le groupe logement, il en est sorti quoi ?", "decisions_recent"), 4)


def test_lead_of_a_working_group(pcaet: Chat, codev: Chat) -> None:
    assert "Sylvie Fabre" in sure(pcaet, "c'est qui qui anime le groupe logement ?", "role_holder")
    assert "Marc Delmas" in sure(pcaet, "le groupe agricole, qui le pilote ?", "role_holder")
    assert "animateur de la commission mobilités" in sure(codev, "qui anime la commission transports ?", "role_holder")


def test_no_working_group_named(pcaet: Chat, codev: Chat) -> None:
    # « vélo » names the bike workshop itself, not the mobility group as a kind of mobility
    assert "Atelier vélo" in sure(pcaet, "la prochaine réunion sur le vélo ?", "meeting_which")
    # a plain meeting noun's « de la ville » is no « Plénière du contrat de ville »: the next meeting, as before
    assert sure(codev, "la réunion de la ville c'est quand ?", "meeting_next").startswith("Prochaine séance n°5")


@pytest.mark.parametrize(("text", "shown"), [
    ("les pistes vélo vers Canet, c'est décidé ?", "liaison cyclable"),
    ("on a décidé quoi sur les panneaux photovoltaïques ?", "panneaux solaires"),
    ("le budget du plan climat 2027 ?", "320 000"),
    ("l'aire de stationnement pour le covoiturage elle fait combien de places ?", "40 places"),
])
def test_climate_plan_words(pcaet: Chat, text: str, shown: str) -> None:
    assert shown in sure(pcaet, text, "decisions_topic")


def test_cctp_is_the_specifications(pcaet: Chat) -> None:
    assert "22 janvier" in sure(pcaet, "le CCTP du réseau de chaleur c'est pour quand ?", "dates_period")


def test_point_talked_about(pcaet: Chat) -> None:
    reply = sure(pcaet, "la chaufferie bois on en reparle quand ?", "meeting_which")
    assert "séance n°8" in reply and "Réseau de chaleur" in reply
    # the past is no coming meeting
    assert "séance n°8" not in outcome_of(pcaet, "on en a parlé quand du cadastre solaire ?").reply.plain()


def test_pv_installed_is_photovoltaic(pcaet: Chat) -> None:
    # « PV » on a roof or after a panel is photovoltaic (lexicon.toml), the minutes elsewhere
    assert "2028" in sure(pcaet, "et les PV sur la toiture des bâtiments, c'est prévu pour quand ?", "decisions_topic")
    assert "compte rendu" in sure(pcaet, "le PV du dernier copil ?", "minutes_request")


def test_a_formation_typed_names_its_subject(pcaet: Chat) -> None:
    # « plénière » is read « réunion »: what was typed is a formation's noun, whose « du PCAET » names the copil
    assert "séance n°11" in sure(pcaet, "la plénière du PCAET, la prochaine c'est quand ?", "meeting_which").casefold()


def test_membership_is_no_decision_actor(pcaet: Chat) -> None:
    # « fait partie » asks who belongs: no decision whose « à partir du » it shares
    outcome = outcome_of(pcaet, "qui fait partie du copil ?")
    assert "transport à la demande" not in outcome.reply.plain()


def test_an_answer_awaited_is_a_return(pcaet: Chat) -> None:
    # « répondre » is the deadline's « Retour des communes » (families.toml), not a task to write to the mayors
    outcome = outcome_of(pcaet, "les communes doivent répondre sur l'éclairage public avant quand ?")
    assert "18 décembre" in outcome.reply.plain() or not outcome.confident
