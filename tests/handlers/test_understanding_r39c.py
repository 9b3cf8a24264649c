"""Amounts, figures and budgets, of blind set 46c (faj33, the comité
d'attribution of an invented Fonds d'aide aux jeunes in the Gironde, asked by
a mission locale's housing referent on Tuesday 1 December 2026), missed on
its first run, asked in other words, with the neighbours that must stay as
they were:

- a sum the question writes finds the record holding it, whatever its
  spelling — « 15 000 € », « 1,5 k€ », « 15k », « 1.500 euros », « mille
  cinq cents euros », « 48h ou 72h », « 500 ou 600 » — and a percentage
  is no sum (named_amount.py); a sum no record holds changes nothing;
- a sum asked by its thing and read as the year's dates (« le budget du FAJ
  pour l'an prochain ? ») is the decision writing it (named_amount.py);
- a count or an average no decision shown states (« combien de permis on a
  financés ? », « … en moyenne ? ») leaves the bot unsure
  (unrecorded_figure.py);
- « la CAF abonde le fonds de combien ? », « la CAF finance à quelle
  hauteur ? »: what a body puts in (body_amount.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.amounts import amounts_in
from handlers.understanding.unrecorded_figure import figure_unstated
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def faj() -> Chat:
    return build_group("faj33")


@pytest.mark.parametrize(("typed", "amounts"), [
    ("les 15 000 € c'était pour quoi ?", {(15000, "money")}),
    ("1,5 k€ c'est le plafond de quoi ?", {(1500, "money")}),
    ("15k pour le CLLAJ ?", {(15000, "money")}),
    ("les 1.500 euros par an", {(1500, "money")}),
    ("c'est 1500€ le max ?", {(1500, "money")}),
    ("les 420 k€", {(420000, "money")}),
    ("c'est 300 ou 350 € l'aide ?", {(300, "money"), (350, "money")}),
    ("c'est 48h ou 72h ?", {(48, "h"), (72, "h")}),
    ("c'est 80 pour cent ?", {(80, "%")}),
    ("c 500 ou 600 ?", {(500, ""), (600, "")}),
])
def test_amounts_in_their_spellings(typed: str, amounts: set[tuple[int, str]]) -> None:
    assert amounts_in(typed) == amounts


@pytest.mark.parametrize("kept", ["le bilan 2026 ?", "la réunion du 8 décembre", "c'est à 14h ?", "décision n°12",
                                  "les 12 dossiers"])
def test_years_days_hours_and_counts_are_no_sums(kept: str) -> None:
    assert amounts_in(kept) == frozenset()


@pytest.mark.parametrize(("question", "shown"), [
    ("les 15 000 € c'était pour quoi déjà ?", "15 000 euros est versée au CLLAJ"),
    ("1,5 k€ c'est le plafond de quoi ?", "plus de 1 500 euros"),
    ("mille cinq cents euros, c'est le cumul max par jeune ?", "plus de 1 500 euros"),
    ("15k pour le CLLAJ c bien ça ?", "15 000 euros"),
    ("c'est 48h ou 72h pour instruire une urgence ?", "72 heures"),
    ("c'est 50 € ou 40 € le bon de la banque alimentaire ?", "50 euros par semaine"),
    ("l'aide a l'instal c 500 ou 600 ?", "500 euros au plus"),
    ("les 60 000 € c'est la CAF ou la Région ?", "60 000 euros"),
])
def test_a_sum_written_finds_its_decision(faj: Chat, question: str, shown: str) -> None:
    assert shown in sure(faj, question, "decisions_topic")


def test_a_sum_of_a_deadline_finds_it(faj: Chat) -> None:
    # Read first as the subvention of 15 000 euros to the CLLAJ: the deadline writes the 3 000 € asked.
    reply = sure(faj, "la subvention de 3 k€ ?", "dates_period")
    assert "3 000 € du Secours populaire" in reply and "15 000" not in reply


@pytest.mark.parametrize(("question", "shown"), [
    ("c'est 300 ou 350 € l'aide d'urgence ?", "300 euros par jeune"),  # the words' answer shows one sum checked
    ("c'est bien 1000 € l'aide au permis de conduire ?", "800 euros"),  # no record holds 1000 €
    ("2 500 balles pour le permis ?? c'est ce qu'on a voté ?", "800 euros"),
    ("les 420 k€ c'est l'enveloppe totale ?", "420 000 euros"),
    ("c'est 80 pour cent du loyer qu'on prend ?", "80 %"),
])
def test_sums_checked_keep_the_words_answer(faj: Chat, question: str, shown: str) -> None:
    assert shown in sure(faj, question, "decisions_topic")


def test_a_sum_in_chat_gets_no_answer(faj: Chat) -> None:
    assert not outcome_of(faj, "300 € c'est pas énorme pour un jeune à la rue, franchement").confident


def test_a_budget_read_as_dates_is_the_sum_decided(faj: Chat) -> None:
    assert "420 000 euros" in sure(faj, "le budget du FAJ pour l'an prochain ?", "decisions_topic")
    # A time, a span or a deadline asked stays the deadline of the vote.
    assert "15 janvier" in sure(faj, "c'est quand le vote du budget du FAJ ?", "dates_period")
    assert "15 janvier" in sure(faj, "échéance budget du FAJ ?", "dates_period")
    assert "15 janvier" in sure(faj, "il reste combien de temps pour voter l'enveloppe 2027 ?", "dates_period")


def test_a_sum_on_another_thing_keeps_the_words_answer() -> None:
    # « 15 000 » is written by another decision than the forum's (« … 12k€ »): the forum's stays.
    chat = build_group("cdv-creil60")
    assert "12k€" in sure(chat, "combien on a mis sur le forum, 12 ou 15 000 ?", "decisions_topic")


@pytest.mark.parametrize("question", ["combien de permis on a financés en octobre ?",
                                      "combien coûte un permis en moyenne en Gironde ?"])
def test_a_count_or_average_no_decision_states_is_unsure(faj: Chat, question: str) -> None:
    outcome = outcome_of(faj, question)
    assert not outcome.confident
    assert "800 euros" not in outcome.reply.plain()


@pytest.mark.parametrize(("question", "shown", "intent"), [
    ("combien de jeunes on a aidés au premier semestre ?", "612 jeunes aidés", "decisions_topic"),
    ("on donne des bons alimentaires pendant combien de temps ?", "quatre semaines", "decisions_topic"),
    ("le comité se réunit tous les combien ?", "une fois par mois", "decisions_topic"),
])
def test_counts_stated_are_answered(faj: Chat, question: str, shown: str, intent: str) -> None:
    assert shown in sure(faj, question, intent)


@pytest.mark.parametrize(("question", "decisions", "unstated"), [
    ("combien de permis on a financés ?", ["L'aide au permis est de 800 euros par jeune."], True),
    ("combien de places en plus ?", ["Quatre places supplémentaires sont ouvertes."], False),
    ("on fait combien de plénières par an ?", ["La plénière se réunit deux fois par an."], False),
    ("combien de jeunes aidés ?", ["L'aide au permis est de 800 euros par jeune."], True),
    ("combien de jeunes aidés ?", ["Bilan du semestre : 612 jeunes aidés pour 186 000 euros."], False),
    ("combien de personnes formées ?", ["Vingt professionnels sont formés aux premiers secours."], False),
    ("combien d'aide d'urgence ?", ["L'aide d'urgence est de 1 500 euros par exploitation."], False),
    ("on paye combien de pacage ?", ["Le pacage des vaches est de 30 euros par tête."], False),
    ("combien de titulaires présents ?", ["La plénière délibère si la moitié des titulaires est présente."], False),
    ("le coût moyen d'un permis ?", ["L'aide au permis est de 800 euros."], True),
])
def test_figure_unstated(question: str, decisions: list[str], unstated: bool) -> None:
    assert figure_unstated(question, decisions) is unstated


@pytest.mark.parametrize("question", ["la CAF elle abonde le FAJ de combien ?", "la CAF finance à quelle hauteur ?",
                                      "à hauteur de combien la CAF participe ?"])
def test_what_a_body_puts_in(faj: Chat, question: str) -> None:
    assert "60 000 euros" in sure(faj, question, "decisions_topic")
