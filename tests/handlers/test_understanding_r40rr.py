"""Rows of older sets the merged fortieth round lost to tense.perfect (r40r), mended by narrowing it:

- « qu'est-ce qu'on a entre le 10 et le 20 ? »: a preposition after « on a » is no participle, so the span is
  this month's, not one taken as past (dates set emploi93);
- « on a séance mercredi en huit ? »: a noun of a sitting after « on a » says one is held, the sitting ahead
  (nyon), while « on a rencontré le maire » stays the passé composé."""

from __future__ import annotations

import pytest

from handlers.understanding.tense import perfect
from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def emploi() -> Chat:
    return build_group("emploi93")


@pytest.fixture(scope="module")
def nyon() -> Chat:
    return build_group("nyon")


@pytest.mark.parametrize(("said", "done"), [
    ("qu est ce qu on a entre le 10 et le 20", False), ("on a quoi apres le 15", False),
    ("on a seance mercredi en huit", False), ("on a pleniere jeudi", False),
    ("on a rencontre le maire", True), ("on a deja signe la convention", True)])
def test_a_preposition_or_a_sitting_after_avoir_is_no_participle(said: str, done: bool) -> None:
    assert perfect(said.split()) == done


def test_what_lies_between_two_days_is_this_months_span(emploi: Chat) -> None:
    reply = sure(emploi, "qu'est-ce qu'on a entre le 10 et le 20 ?", "dates_period")
    assert "Agenda du jeudi 10 décembre 2026 au dimanche 20 décembre 2026" in reply and "fiches de poste" in reply


def test_a_sitting_a_week_on_wednesday_is_the_one_ahead(nyon: Chat) -> None:
    assert "Séance n°4 — mercredi 9 décembre 2026" in sure(nyon, "on a séance mercredi en huit ?", "meeting_which")
