"""Rows of older sets lost by the thirty-ninth round's merge (r40m) and mended
by narrowing the rules of helper r40f that took them, with that branch's own
cases kept (tests/handlers/test_understanding_r40f.py):

- « la Ligue » alone names the group's one Ligue (sets 64, 18db): « ligue »
  opens a spelled-out acronym (« la Ligue pour la protection des oiseaux »,
  the LPO) without being a generic word that names no body alone
  (entities.toml acronym_kinds, bodies.spelled_out);
- a word of the heading of the month's one sitting confirms that sitting
  only when said after the month, and then every such word, short ones too
  (month_heading.py): « je dois envoyer les situations pour la commission de
  janvier » asks the deadline of the situations (set 43b); « le conseil de la
  vie collégienne », « les activités de l'EBE » after the month leave no
  « vie » or « EBE » to weigh decisions (sets 74, 67)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cdu() -> Chat:
    return build_group("cdu49")


@pytest.fixture(scope="module")
def comminges() -> Chat:
    return build_group("comminges")


@pytest.fixture(scope="module")
def abc() -> Chat:
    return build_group("abc07")


def test_the_ligue_alone_names_the_groups_ligue(cdu: Chat, comminges: Chat) -> None:
    reply = sure(cdu, "qui vient de la Ligue ?", "org_representative")
    assert "Ligue contre le cancer, comité de Maine-et-Loire : qui représente l'organisation" in reply
    assert "Françoise Bodin" in reply
    assert "Odette Pujo" in sure(comminges, "qui organise le dépistage du cancer du sein ?", "in_charge")


def test_the_ligue_still_opens_a_spelled_out_acronym(abc: Chat) -> None:
    assert "Bastien Roux" in sure(abc, "qui représente la Ligue pour la protection des oiseaux ?", "org_representative")


def test_a_heading_word_before_the_month_is_the_thing_asked() -> None:
    mda = build_group("mda45")
    reply = sure(mda, "avant quand je dois envoyer les situations pour la commission de janvier ?", "dates_period")
    assert "vendredi 11 décembre 2026" in reply and "Envoi à la MDA des situations" in reply


def test_every_heading_word_after_the_month_confirms_its_sitting() -> None:
    college = build_group("college93")
    assert "Séance n°6 — jeudi 11 mars 2027, 17h30–19h30" in sure(
        college, "la réunion de mars avec le conseil de la vie collégienne finit à quelle heure ?", "meeting_which")
    tzcld = build_group("tzcld07")
    assert "Projet de compte rendu de la séance n°3" in sure(
        tzcld, "compte-rendu de la réunion d'octobre sur les activités de l'EBE ?", "minutes_request")
