"""The calendar asked by period, that blind set 23c (sarine-fr, the social
coordination platform of the district of la Sarine) missed on its first run,
asked in other groups too:

- a period bounded by a public holiday (holiday_spans.py): « d'ici la
  Saint-Nicolas », « avant l'Ascension », « entre Nouvel An et Pâques »;
- « la séance avant Pâques »: the last meeting before the bound, not the
  next one (before_bound.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def platform() -> Chat:
    """The Sarine platform of set 23c."""
    return build_group("sarine-fr")


@pytest.fixture(scope="module")
def prelaz() -> Chat:
    """The Lausanne neighbourhood committee of set 22e (meetings on 9 December, 20 January, 17 March)."""
    return build_group("prelaz-lausanne")


def test_a_period_up_to_a_holiday(platform: Chat) -> None:
    reply = sure(platform, "qu'est-ce qu'il y a d'ici la Saint-Nicolas ?", "dates_period")
    assert "Retour des communes" in reply and "n°4" not in reply  # 4 December in, the meeting of the 10th out
    reply = sure(platform, "y a quoi a rendre avant l'Ascension ?", "dates_period")
    assert "Journée sociale" in reply and "05/05/2027" in reply  # Ascension 2027 is on 6 May


def test_a_period_between_two_holidays(platform: Chat) -> None:
    reply = sure(platform, "qu'est-ce qui nous attend entre Nouvel An et Paques ?", "dates_period")
    assert "Senior+" in reply and "Liste des places" not in reply and "Journée sociale" not in reply


def test_holidays_in_another_group(prelaz: Chat) -> None:
    reply = sure(prelaz, "y a quoi entre Nouvel An et Pâques ?", "dates_period")
    assert "Plan des plantages" in reply and "Rapport intermédiaire" not in reply  # 15 January in, 31 March out
    assert "Dossier du budget participatif" in sure(prelaz, "qu'est-ce qu'on a d'ici l'Ascension ?", "dates_period")


def test_the_meeting_just_before_a_holiday(platform: Chat, prelaz: Chat) -> None:
    assert "n°7" in sure(platform, "la seance avant Paques c'est quand ?", "meeting_which")
    assert "n°6" in sure(prelaz, "la réunion avant Pâques c'est où ?", "meeting_which")


def test_whether_there_is_one_before_stays_the_first(platform: Chat) -> None:
    assert "n°4" in sure(platform, "il y a une seance avant les fetes ?", "meeting_which")


def test_a_holiday_without_a_bound_stays_a_topic(platform: Chat) -> None:
    # « le repas de Pâques » names no period: no span from today to Easter is read.
    assert "Pâques (" not in sure(platform, "la Journee sociale c'est quand ?", "decisions_topic")


def test_a_period_over_lists_what_fell_in_it(platform: Chat) -> None:
    # past_agenda.py: « rien n'est prévu » was said of October, whose deadline fell on the 30th.
    reply = sure(platform, "on avait quoi comme echeances en octobre ?", "dates_period")
    assert "Inventaire des aides communales" in reply and "octobre 2026" in reply
    assert "paniers d'automne" in sure(platform, "on a rendu quoi le mois passé ?", "dates_period")


def test_a_month_asked_in_the_past_is_the_last_one(platform: Chat) -> None:
    reply = sure(platform, "on avait quoi comme echeances de novembre ?", "dates_period")
    assert "novembre 2026" in reply and "paniers d'automne" in reply


def test_a_period_over_in_another_group(prelaz: Chat) -> None:
    reply = sure(prelaz, "qu'est-ce qu'on avait le mois dernier ?", "dates_period")
    assert "n°3" in reply and "n°4" not in reply


def test_a_month_to_come_stays_to_come(platform: Chat) -> None:
    reply = sure(platform, "les échéances d'avril ?", "dates_period")
    assert "avril 2027" in reply and "Journée sociale" in reply


def test_the_month_said_au_mois_de(platform: Chat) -> None:
    # « au mois de janvier » reads as « en janvier » (periods.py, reading_tokens.py), and « du mois de » as « de ».
    assert "Rapport annuel" in sure(platform, "qu'est-ce qu'il y a au mois de janvier", "dates_period")
    assert "Senior+" in sure(platform, "les echeances du mois de mars ?", "dates_period")
    # besancon25 (set 20d): « au mois de » was left unsure there too.
    assert "mars 2027" in sure(build_group("besancon25"), "qu'est-ce qu'on a au mois de mars ?", "dates_period")


def test_before_the_summer_is_before_the_summer_break(platform: Chat) -> None:
    # periods.py: « avant l'été » runs to 30 June (a working group's summer is July and August), so the June
    # sitting is counted; « après l'été » is from 1 September on.
    reply = sure(platform, "on se reunit combien de fois avant l'ete ?", "meetings_upcoming")
    assert "n°8" in reply and "n°9" not in reply
    assert "n°9" in sure(platform, "on se revoit quand apres l'ete ?", "meeting_which")


def test_the_last_one_before_a_season(platform: Chat) -> None:
    assert "n°8" in sure(platform, "la dernière séance avant l'été c'est quand ?", "meeting_which")
    # Its noun left out, the order word still says a meeting is asked (not the season's date), though the reading
    # stays close to « les dernières décisions »: offered, not guessed.
    assert not outcome_of(platform, "la dernière avant l'été c'est quand ?").confident


def test_the_last_one_before_the_summer_elsewhere() -> None:
    # yverdon (set 19d): plenaries on 20 January and 17 February, nothing set for June.
    chat = build_group("yverdon")
    assert "n°9" in sure(chat, "la dernière séance avant l'été c'est quand ?", "meeting_which")
    assert "n°9" in sure(chat, "la séance avant l'été c'est quand ?", "meeting_which")


def test_the_sittings_of_a_season_are_no_season_asked(platform: Chat) -> None:
    # chat._asks_season: « les séances de l'hiver c'est quand ? » asks for the sittings, « l'hiver c'est quand ? » not.
    reply = sure(platform, "les seances de l'hiver c'est quand ?", "meetings_upcoming")
    assert "n°6" in reply and "n°7" not in reply
    assert not outcome_of(platform, "l'hiver c'est quand ?").confident


def test_the_whole_calendar_and_the_coming_months(platform: Chat) -> None:
    assert "n°9" in sure(platform, "Bonjour, pourriez-vous me transmettre le calendrier complet des séances ?",
                         "meetings_upcoming")
    assert "Journée sociale" in sure(platform, "le calendrier complet ?", "dates_period")
    assert "n°5" in sure(platform, "on se voit quand ces prochains mois ?", "meetings_upcoming")


def test_a_title_over_the_members_own_network(platform: Chat) -> None:
    # group_titles.over_group_only: « Coordinatrice du réseau » at the « Réseau Santé de la Sarine » coordinates
    # that body, not the group (it was offered as « au sein du groupe » only).
    assert "Isabelle Mauron" in sure(platform, "c'est qui la coordinatrice du reseau sante ?", "role_holder")


def test_a_title_over_the_group_stays_the_groups() -> None:
    from tests.handlers.questions_groups import invented_group

    chat = invented_group("reseau-x", ("Anne Petit", "Communauté d'agglomération du Grand Annecy", "Vice-présidente, présidente du réseau"),
                          ("Marc Blanc", "Réseau Santé Annecy", "Coordinateur du réseau"))
    assert "Marc Blanc" in sure(chat, "qui est le coordinateur du réseau santé annecy ?", "role_holder")
    assert not outcome_of(chat, "qui est la présidente de la communauté d'agglomération du grand annecy ?").confident


def test_a_meeting_and_deadlines_asked_together(platform: Chat, prelaz: Chat) -> None:
    # meeting_rivals.dates_over_meeting: « une séance et des délais » asks both, which the period's dates list.
    reply = sure(platform, "en janvier y a une seance et des delais ?", "dates_period")
    assert "n°5" in reply and "Rapport annuel" in reply
    reply = sure(prelaz, "la réunion et les échéances de janvier ?", "dates_period")
    assert "n°5" in reply and "Plan des plantages" in reply


def test_a_decision_that_sets_a_condition_says_when(platform: Chat) -> None:
    # decided_when.py: « dès que la température descend sous moins cinq » answers « … se déclenche quand ? ».
    assert "moins cinq" in sure(platform, "le plan grand froid se declenche quand ?", "decisions_topic")


def test_a_condition_elsewhere() -> None:
    # besancon25 (set 20d): « Le gymnase Rosemont ouvre comme abri de nuit dès que le plan grand froid est déclenché. »
    assert "Rosemont" in sure(build_group("besancon25"), "le gymnase Rosemont ouvre quand ?", "decisions_topic")
