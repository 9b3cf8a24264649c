"""Quantities and amounts held in the record, that blind set 28b
(cdv-creil60, the steering of the contrat de ville of the Agglomération
Creil Sud Oise, asked by its project leader on Tuesday 1 December 2026)
missed on its first run, asked in other words in its group and in a small
group invented here (Laon's schools and social action):

- a sum written with a scale (sums.py): « 12k€ », « 1,2 M€ », « 2,5 M€ »,
  « 1,5 million d'euros » state an amount as « 15 000 € » does;
- a sum proposed to check (sums.py, slot_checks.py, decision_slots.py):
  « ça dépasse les 10 000 € ? », « c'est moins de 2 millions ? », « c'est au
  moins 5 000 € ? » — the decision's sum answers, the proposed one is no topic;
- a count said roughly in a decision (decision_facts.py): « une trentaine de
  familles » answers « combien de familles … ? »;
- a ceiling asked (decision_facts.py): « le plafond », « combien max » of
  « au plus 15 000 € », « jusqu'à 500 € »;
- a body's share asked by a noun, a payer with the body paid (body_amount.py):
  « la contribution de l'État c'est combien ? », « combien la CAF verse au
  centre social … ? »;
- a note typed as a heading that opens with « montant » asks the amount (decision_facts.py);
- « combien de comités … par an ? »: a committee is a sitting, whose rhythm a decision sets (group_rules.py).

And what stays quiet or unsure: a sum in news, a sum proposed of a thing no
decision holds, a count of the world outside the group."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import outcome_of
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat

_PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(scope="module")
def creil() -> Chat:
    """Set 28b's group: 14 decisions with sums written « 1,5 million d'euros », « 12k€ », « 1,2 M€ », « 45 000 euros »."""
    return build_group("cdv-creil60")


@pytest.fixture(scope="module")
def laon() -> Chat:
    """Eight decisions without a meeting, their sums and counts written as minutes write them, beside rivals."""
    chat = invented_group("laon-r20b", ("Anne Dupuis", "Ville de Laon", "Adjointe aux affaires scolaires"),
                          ("Marc Petit", "CCAS de Laon", "Directeur"))
    data = chat.store.group("laon-r20b")
    for text in ("Le plan de rénovation des écoles est doté de 2,5 M€ sur trois ans.",
                 "Une trentaine de familles seront accompagnées par le dispositif logement.",
                 "Chaque famille reçoit jusqu'à 500 € pour l'équipement de son logement.",
                 "La fête des écoles est financée à hauteur de 8k€ par la Ville.",
                 "Le CCAS verse 3 000 € à l'épicerie solidaire.",
                 # Rivals: the same things with a plain sum, or without one.
                 "Les fournitures des écoles sont financées à hauteur de 12 000 €.",
                 "Les familles du quartier des Vaux sont prioritaires pour le logement.",
                 "L'épicerie solidaire ouvre le mardi et le jeudi."):
        data.add_decision(text, date(2026, 11, 20), None, "Anne Dupuis", "telegram:coord-1",
                          datetime(2026, 11, 20, 18, 0, tzinfo=_PARIS))
    return chat


def _answer(chat: Chat, text: str) -> str:
    outcome = outcome_of(chat, text)
    assert outcome.confident and outcome.intent == "decisions_topic", (text, outcome.intent, outcome.reply.plain())
    return outcome.reply.plain()


@pytest.mark.parametrize(("text", "shown"), [
    ("le forum des quartiers, quel montant ?", "12k€"),
    ("le plan de rénovation des écoles, c'est quel montant ?", "2,5 M€"),
    ("la fête des écoles c'est combien ?", "8k€"),
])
def test_a_sum_written_with_its_scale_is_a_sum(creil: Chat, laon: Chat, text: str, shown: str) -> None:
    assert shown in _answer(creil if "quartiers" in text else laon, text)


@pytest.mark.parametrize(("text", "shown"), [
    ("le forum emploi ça dépasse les 10 000 € ?", "12k€"),
    ("la maison de quartier c'est moins de 2 millions ?", "1,2 M€"),
    ("l'enveloppe est supérieure à 2 millions d'euros ?", "1,5 million d'euros"),
])
def test_a_sum_proposed_is_checked_against_the_decisions_sum(creil: Chat, text: str, shown: str) -> None:
    assert shown in _answer(creil, text)


@pytest.mark.parametrize(("text", "shown"), [
    ("la rénovation des écoles c'est plus de deux millions ?", "2,5 M€"),
    ("la fête des écoles c'est au moins 5 000 € ?", "8k€"),
])
def test_a_sum_proposed_in_words_or_figures_in_another_group(laon: Chat, text: str, shown: str) -> None:
    assert shown in _answer(laon, text)


def test_a_count_said_roughly_answers_how_many(laon: Chat) -> None:
    assert "Une trentaine de familles" in _answer(laon, "combien de familles accompagnées pour le logement ?")


@pytest.mark.parametrize(("group", "text", "shown"), [
    ("creil", "c'est combien max par action pour l'appel à projets ?", "au plus 15 000 €"),
    ("laon", "le plafond de l'aide à l'équipement c'est combien ?", "jusqu'à 500 €"),
])
def test_a_ceiling_asked_is_the_decision_stating_one(creil: Chat, laon: Chat, group: str, text: str, shown: str) -> None:
    assert shown in _answer(creil if group == "creil" else laon, text)


@pytest.mark.parametrize(("group", "text", "shown"), [
    ("creil", "la contribution de l'État c'est combien ?", "600 000 €"),
    ("creil", "combien la CAF verse au centre social Georges-Brassens ?", "45 000 euros"),
    ("laon", "le CCAS met combien pour l'épicerie ?", "3 000 €"),
])
def test_what_a_body_puts_in(creil: Chat, laon: Chat, group: str, text: str, shown: str) -> None:
    assert shown in _answer(creil if group == "creil" else laon, text)


@pytest.mark.parametrize("text", [
    "j'ai reçu 12k€ de la Région hier, super",
    "c'est plus de 10 000 € le séjour au ski ?",
    "quel est le nombre d'habitants de Creil ?",
])
def test_sums_in_news_or_of_nothing_decided_get_no_confident_answer(creil: Chat, text: str) -> None:
    assert not outcome_of(creil, text).confident


def test_a_heading_opening_with_the_amount_asks_it(creil: Chat) -> None:
    assert "12k€" in _answer(creil, "montant du forum emploi")


def test_a_note_on_a_sum_received_is_no_request(creil: Chat) -> None:
    assert not outcome_of(creil, "montant reçu hier de la CAF, merci").confident


def test_committees_counted_by_the_year_are_their_rhythm() -> None:
    reply = _answer(build_group("clea16"), "il y a combien de comités techniques par an ?")
    assert "trois fois par an" in reply
