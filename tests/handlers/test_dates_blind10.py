"""Families of date expressions found by blind set 10 (dates_blind10.tsv):
each test writes other sentences of the family than the set's own, at another
moment, and checks what a coordinator would see (the day and time read, the
place or text kept) or that the expression is refused with a French
explanation."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.dates import parse_when
from handlers.messages import UserError

NOW = datetime(2029, 5, 9, 16, 40, tzinfo=ZoneInfo("Europe/Brussels"))  # a Wednesday


def _read(text: str, require_time: bool = True) -> tuple[str, str]:
    when = parse_when(text, NOW, require_time=require_time)
    shown = f"{when.start:%Y-%m-%d}"
    if when.has_time:
        shown += f" {when.start:%H:%M}" + (f"-{when.end:%H:%M}" if when.end else "")
    return shown, when.rest


@pytest.mark.parametrize("text", [
    # « 14h pour nonante minutes » kept « pour nonante minutes » as the place: a length in words, Belgian or Swiss
    "vendredi 11 mai 10h pendant septante-cinq minutes salle 2",
    "lundi 14 mai à 9h durant quatre-vingt-dix minutes",
    "lundi 14 mai 9h, soixante-dix minutes",
    "mardi 15 mai 18h sur vingt et un jours",
])
def test_a_length_in_words_after_the_time_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="ne devine pas"):
        _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("vendredi 11 mai 10h les septante ans du club", ("2029-05-11 10:00", "les septante ans du club")),
    ("vendredi 11 mai : soixante et onze dossiers", ("2029-05-11", "soixante et onze dossiers")),
])
def test_a_count_in_words_stays_in_the_text(text: str, expected: tuple[str, str]) -> None:
    assert _read(text, require_time=False) == expected
