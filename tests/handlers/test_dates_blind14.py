"""Families of date expressions found by blind set 14 (dates_blind14.tsv, periods
bounded in /seance and /echeance): each test writes other sentences of the
family than the set's own, at another moment and zone, and checks what a
coordinator would see, or that the expression is refused in French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at

NOW = datetime(2031, 5, 6, 15, 20, tzinfo=ZoneInfo("Europe/Zurich"))  # a Tuesday afternoon


@pytest.mark.parametrize("text", ["avant le 20 à 9h", "jusqu'au 22 mai 18h salle 2", "d'ici le 30 à 14h30",
                                  "au plus tard le 12 à 10h", "dans les 10 jours à 14h", "sous huit jours 9h"])
def test_a_meeting_is_not_placed_on_a_bound(text: str) -> None:
    # a deadline's bound names its day; a meeting takes place on a day, not before one
    with pytest.raises(UserError, match="borne une période"):
        read_at(text, NOW, True)


def test_the_same_bound_is_a_deadline_day() -> None:
    assert read_at("avant le 20 bilan des permanences", NOW, False) == ("2031-05-20", "bilan des permanences")
    assert read_at("jusqu'au 22 mai : inscriptions", NOW, False) == ("2031-05-22", "inscriptions")


def test_a_meeting_still_ends_before_an_hour_with_its_own_answer() -> None:
    with pytest.raises(UserError, match="donnez le début"):
        read_at("avant 16h jeudi", NOW, True)


@pytest.mark.parametrize("text", ["au premier semestre rapport", "le 1er trimestre 2032 budget",
                                  "le premier week-end bilan", "au 1er mois inscriptions"])
def test_an_ordinal_counting_a_period_is_no_day(text: str) -> None:
    with pytest.raises(UserError, match="ne dit pas quel jour"):
        read_at(text, NOW, False)


def test_the_first_of_the_month_is_still_a_day() -> None:
    assert read_at("le 1er juin rapport", NOW, False) == ("2031-06-01", "rapport")


@pytest.mark.parametrize(("text", "day"), [("dans les 8 jours relevé des compteurs", "2031-05-13"),
                                           ("d'ici les 15 jours relevé des compteurs", "2031-05-20"),
                                           ("dans les 3 semaines relevé des compteurs", "2031-05-27")])
def test_within_days_is_the_last_day_for_a_deadline(text: str, day: str) -> None:
    # « quinze jours » is two weeks, « huit jours » one, as « dans quinze jours »
    assert read_at(text, NOW, False) == (day, "relevé des compteurs")
