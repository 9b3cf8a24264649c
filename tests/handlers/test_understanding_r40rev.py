"""The lead's review items of the thirty-ninth round, asked in the groups
where they show, with the neighbours that must stay as they were:

- one reader of a figure and its unit (amounts.py): « 1 500 € », « 1.500
  euros », « 1,5 k€ », « 2 500 balles », « CHF 5000 », « 1,5 million »,
  « 80 pour cent » are read alike by the decisions' sums (named_amount.py),
  the sums a decision states (sums.py, fact_places.py, decision_slots.py,
  eligibility.py, body_amount.py) and the values a question proposes
  (slot_checks.py): « 18 000 balles c'était pour quoi ? » finds the
  « 18 000 francs » of a Swiss group, « les 1,5 million c'était pour quoi ? »
  the « 1,5 million d'euros » of a contrat de ville (not « 1,2 million de
  mètres cubes »: a million of a thing is no sum);
- a month said without its year in a question in the past tense is the
  latest such month not after today, in the future tense the next one, by
  one rule (periods.month_span) that every reader of a month asks
  (periods.py, month_pairs.py, meetings_in_span.py); the passé composé with
  « avoir » (« on a financé », « on les a faites ») is past tense
  (tense.perfect), not a plan made (« on a prévu quoi en janvier ? »);
- a group that is a CCSPL (the lead's set 76: its president and coordinator
  hold their offices « de la commission consultative des services publics
  locaux ») and one that holds one among its sittings (set 42c's syndicat
  des eaux): the CCSPL is listed as a kind of group, the group's own kind
  comes from its configured title or its own offices, and a kind only a
  sitting's heading (and a member sitting on it) writes stays that
  sitting's (own_group.py)."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding.amounts import amounts_in, figures, states_share, states_sum
from handlers.understanding.own_group import own_group_names
from handlers.understanding.periods import month_span
from handlers.understanding.tense import perfect
from tests.handlers.questions_eval import ask, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def broye() -> Chat:
    return build_group("broye")


@pytest.fixture(scope="module")
def creil() -> Chat:
    return build_group("cdv-creil60")


@pytest.fixture(scope="module")
def faj() -> Chat:
    return build_group("faj33")


@pytest.mark.parametrize(("typed", "amount"), [
    ("1500€", (1500, "money")), ("1 500 €", (1500, "money")), ("1.500 euros", (1500, "money")),
    ("1,5 k€", (1500, "money")), ("3 k€", (3000, "money")), ("2 500 balles", (2500, "money")),
    ("80 %", (80, "%")), ("80 pour cent", (80, "%")), ("15 000 €", (15000, "money")), ("12'000 CHF", (12000, "money")),
    ("CHF 5000", (5000, "money")), ("1,2 M€", (1_200_000, "money")), ("1,5 million d'euros", (1_500_000, "money")),
    ("2 milliards de francs", (2_000_000_000, "money")), ("15k", (15000, "money")), ("1,1 k€", (1100, "money")),
    ("72 heures", (72, "h")),
])
def test_one_reader_of_a_figure_and_its_unit(typed: str, amount: tuple[int, str]) -> None:
    assert amounts_in(typed) == {amount}
    assert states_sum(typed) == (amount[1] == "money") and states_share(typed) == (amount[1] == "%")


@pytest.mark.parametrize("kept", ["18 places", "15 km", "à 14h", "le bilan 2026", "1,2 million de mètres cubes"])
def test_figures_without_money(kept: str) -> None:
    assert not states_sum(kept)
    assert all(unit != "%" for _, unit in figures(kept))


def test_a_sum_in_slang_finds_the_francs_decision(broye: Chat) -> None:
    reply = sure(broye, "18 000 balles c'était pour quoi ?", "decisions_topic")
    assert "à hauteur de 18 000 francs pour 2027" in reply
    # Neighbour: the francs named as the decision writes them.
    assert "18 000 francs pour 2027" in sure(broye, "les 18 000 francs c'était pour quoi ?", "decisions_topic")


def test_a_million_said_alone_finds_the_envelope(creil: Chat) -> None:
    reply = sure(creil, "les 1,5 million c'était pour quoi ?", "decisions_topic")
    assert "Décisions où figure 1 500 000 € (1)" in reply and "fixée à 1,5 million d'euros" in reply
    # Neighbours: the shorthands read before stay read.
    assert "fixée à 1,5 million d'euros" in sure(creil, "1,5 M€ c'est pour quoi ?", "decisions_topic")
    assert "à hauteur de 12k€" in sure(creil, "les 12k c'était pour quoi ?", "decisions_topic")


def test_sums_and_shares_proposed(faj: Chat) -> None:
    assert "plafonnée à 300 euros" in sure(faj, "c'est bien 300 balles l'aide d'urgence ?", "decisions_topic")
    assert "Décisions où figure 50 % (1)" in sure(faj, "les 50 pour cent c'est pour quoi ?", "decisions_topic")
    assert "plus de 1 500 euros" in sure(faj, "1,5 k€ c'est le plafond de quoi ?", "decisions_topic")


def test_a_month_in_a_past_question_is_the_last_one(faj: Chat) -> None:
    # Asked on 1 December 2026: October is behind us, not October 2027.
    said = ask(faj, "combien de permis on a financés en octobre ?")
    assert "« en octobre 2026 »" in said and "2027" not in said
    assert "Séances en octobre 2026 (1)" in sure(faj, "combien de réunions on a eues au mois d'octobre ?",
                                                  "meetings_upcoming")
    assert "Séances en octobre 2026 (1)" in sure(faj, "les réunions d'octobre, on les a faites où ?", "meetings_upcoming")
    # Neighbours: a question looking ahead names the next such month; « c'était » kept reading the last one.
    assert "« en mars 2027 »" in ask(faj, "combien de permis on finance en mars ?")
    assert "Séance n°5 — mardi 12 janvier 2027" in sure(faj, "la réunion de janvier c'est où ?", "meeting_which")
    assert "Agenda en janvier 2027" in sure(faj, "qu'est-ce qu'on fait en janvier ?", "dates_period")
    assert "Séance n°3 (tenue) — mardi 17 novembre 2026" in sure(faj, "c'était quoi la réunion de novembre ?",
                                                                 "meeting_which")


@pytest.mark.parametrize(("month", "past", "year"), [(10, True, 2026), (12, True, 2026), (10, False, 2027),
                                                      (12, False, 2026), (1, True, 2026), (1, False, 2027)])
def test_one_rule_for_a_month_without_its_year(month: int, past: bool, year: int) -> None:
    start, _, label = month_span(month, date(2026, 12, 1), past)
    assert start == date(year, month, 1) and label.endswith(str(year))


@pytest.mark.parametrize(("said", "done"), [
    ("combien de permis on a finances en octobre", True), ("on les a faites ou", True), ("qu a t on vote", True),
    ("on a deja signe la convention", True), ("on a prevu quoi en janvier", False), ("elle a lieu en mars", False),
    ("en janvier on a quoi comme dates limites", False), ("il y a trois reunions en janvier", False),
    ("on a quinze dossiers", False), ("on a une reunion en mars", False), ("j ai confirme pour le 9", False),
])
def test_the_passe_compose_said(said: str, done: bool) -> None:
    assert perfect(said.split()) == done


@pytest.fixture(scope="module")
def ccspl() -> Chat:
    return build_group("ccspl42")


@pytest.fixture(scope="module")
def eau() -> Chat:
    return build_group("eau39")


def test_a_group_that_is_a_ccspl(ccspl: Chat) -> None:
    assert "Dernière séance n°4 (tenue) — jeudi 19 novembre 2026" in sure(ccspl, "c'était quand la dernière ccspl",
                                                                          "meeting_last")
    assert "Tâches en retard (4)" in sure(ccspl, "quelles actions de la ccspl sont en retard ?", "tasks_late")
    assert "Tâches en retard (4)" in sure(ccspl, "Quelles actions de la commission accusent un retard ?", "tasks_late")
    # Neighbour: the next sitting, as before.
    assert "Prochaine séance n°5 — jeudi 10 décembre 2026" in sure(ccspl, "la prochaine réunion ?", "meeting_next")


def test_a_group_that_holds_a_ccspl_among_its_sittings(eau: Chat) -> None:
    for asked in ("la CCSPL c'est quand ?", "la commission consultative des services publics locaux se réunit où ?"):
        assert "Séance n°6 — mardi 19 janvier 2027, 14h00–16h00" in sure(eau, asked, "meeting_which")
    assert "Lieu : Comité syndical" in sure(eau, "la prochaine réunion ?", "meeting_next")
    data = eau.store.group("eau39")
    assert own_group_names(data.members(), eau.group.name, data.meetings()) == frozenset()
    # The group's configured title says what it is, whatever its sittings are headed.
    assert "ccspl" in own_group_names(data.members(), "CCSPL du syndicat des eaux", data.meetings())
