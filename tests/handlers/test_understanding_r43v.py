"""A second pass on the confident wrong answers left across the older sets
(helper r43v, forty-second round), asked in other words, with the neighbours
that must stay as they were:

- set 39c (clea07, a contrat local d'éducation artistique): « toutes les
  structures du CLEA ? » listed the four members whose role or body says
  « CLEA » instead of the group's directory. The CLEA is now a kind of
  partnership (lexicon.toml `group_kinds`), and a body named as a part of
  the partnership (« Résidence-mission du CLEA … ») no longer hides that
  the group is one (own_group.own_group_names);
- set 41a (egalite38): « la marche du 25 novembre partait d'où ? » gave the
  exploratory march's place: of the decisions stating a place for the
  thing, the one whose text says the day the question names
  (decision_slots._of_day_named);
- the lead's set 57 (festival34): « le festival 2027 c'est quelles dates ? »
  listed two deadlines due before the festival (« … trois mois avant le
  festival », « … par soir de festival »): after « avant » or « par » as
  after « pour », the deadline names the event it is for, not its own thing
  (event_date._FOR); and « L'édition 2027 du festival se tient … » is about
  the festival, past its noun of occurrence (decided_when._subject);
- set 42a (quartiers974): « les vacances dans les kartiés lé kan ? » got
  the deadline « Retour des inscriptions des enfants aux activités des
  vacances d'été »: registrations are a paper an act is due on, so the
  holidays asked are dated by the decision (event_date._PAPERS)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def egalite() -> Chat:
    return build_group("egalite38")


@pytest.fixture(scope="module")
def festival() -> Chat:
    return build_group("festival34")


@pytest.fixture(scope="module")
def quartiers() -> Chat:
    return build_group("quartiers974")


@pytest.fixture(scope="module")
def clea() -> Chat:
    return build_group("clea07")


def test_the_partnership_by_its_kind_is_the_group(clea: Chat) -> None:
    assert "Membres du groupe (16)" in sure(clea, "qui fait partie du CLEA ?", "directory")
    assert "Membres du groupe (16)" in sure(clea, "c'est qui les partenaires du contrat local d'éducation artistique ?",
                                            "directory")


def test_the_body_named_after_it_and_its_offices_stay(clea: Chat) -> None:
    reply = sure(clea, "qui vient de la résidence-mission ?", "org_representative")
    assert "Elsa Moulin" in reply and "Membres du groupe" not in reply
    assert "Thomas Rieutord" in sure(clea, "qui coordonne le CLEA ?", "role_holder")
    assert "Hélène Chabanis" in sure(clea, "qui préside le comité de pilotage du CLEA ?", "role_holder")


def test_the_day_named_picks_the_decision_that_says_it(egalite: Chat) -> None:
    reply = sure(egalite, "le 25 novembre la marche part d'où ?", "decisions_topic")
    assert "place de la Libération" in reply and "Glycines" not in reply
    # Without the day, the exploratory march keeps its own decision.
    assert "quartier des Glycines" in sure(egalite, "la marche exploratoire de nuit se fait dans quel quartier ?",
                                           "decisions_topic")


def test_the_event_dated_by_its_edition(festival: Chat) -> None:
    assert "18 juillet 2027" in sure(festival, "le festival a lieu à quelles dates ?", "decisions_topic")
    # The papers due before it keep their deadlines.
    assert "16 avril 2027" in sure(festival, "le dossier de sécurité c'est pour quand ?", "dates_period")
    assert "18 décembre 2026" in sure(festival, "les effectifs de bénévoles, on les envoie quand ?", "dates_period")


def test_the_holidays_not_the_registrations_due_for_them(quartiers: Chat) -> None:
    assert "21 décembre 2026" in sure(quartiers, "les vacances dans les quartiers c'est quand ?", "decisions_topic")
    # The registrations asked keep their deadline.
    assert "11 décembre 2026" in sure(quartiers, "les inscriptions des enfants aux activités des vacances, c'est pour "
                                                 "quand ?", "dates_period")
