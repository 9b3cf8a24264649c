"""Families of date expressions found by blind set 22 (dates_blind22.tsv, what comes around the date: the place and
the deadline's text that follow or precede it when they hold numbers, week numbers, brackets, emoji): each test writes
other sentences of the family than the set's own, at another moment and zone, and checks what a coordinator would
see, or that the expression is refused in French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at

NOW = datetime(2027, 6, 2, 9, 30, tzinfo=ZoneInfo("Europe/Brussels"))  # a Wednesday morning, ISO week 22


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("semaine 23 : mercredi 9 juin à 18h", True, ("2027-06-09 18:00", "")),
    ("S23 – jeudi à 10h, salle 3", True, ("2027-06-10 10:00", "salle 3")),  # after a heading's dash, the week names the day
    ("sem. 24, mardi 15 à 9h", True, ("2027-06-15 09:00", "")),
    ("S23 vendredi 11 : rapport", False, ("2027-06-11", "rapport")),  # with its date, checked
    ("semaine 23 : vendredi, relecture", False, ("2027-06-11", "relecture")),
    ("semaine 1 : lundi 3 janvier : vœux", False, ("2028-01-03", "vœux")),  # a week already past this year: next year's
])
def test_a_week_number_before_the_weekday_names_the_day(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 22's first run refused them (« semaine 3 » est une période)
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "refusal"), [
    ("semaine 24 : mercredi 9 juin à 18h", "pas dans la semaine 24"),
    ("S23 jeudi à 10h", "est une période"),  # neither a heading's separator nor the date: blind set 9 refuses it
    ("semaine 22 : lundi à 10h", "passé"),
])
def test_a_week_number_before_the_weekday_against_it_or_bare_is_refused(text: str, refusal: str) -> None:
    with pytest.raises(UserError, match=refusal):
        read_at(text, NOW, True)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("mercredi 9 juin (S23) à 18h", True, ("2027-06-09 18:00", "")),
    ("mercredi 9 juin à 18h, salle 3 (semaine 23)", True, ("2027-06-09 18:00", "salle 3")),
    ("vendredi 11 [S23] : rapport", False, ("2027-06-11", "rapport")),
])
def test_a_week_number_in_brackets_is_checked_and_never_the_place(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 22: « vendredi 22 (S03) : dépôt » kept « (S03) : dépôt » as the text, « salle 14 (S04) » as the place
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "require_time"), [
    ("mercredi 9 juin à 18h, salle 3 (S24)", True),
    ("le 11 : planning (S25)", False),
])
def test_a_week_number_in_brackets_against_the_day_is_refused(text: str, require_time: bool) -> None:
    with pytest.raises(UserError, match="lequel des deux"):
        read_at(text, NOW, require_time)


@pytest.mark.parametrize(("text", "place"), [
    ("mercredi 9 juin à 18h, salle S12", "salle S12"),  # a room's code, not a week in brackets
    ("mercredi 9 juin à 18h (Sud)", "(Sud)"),
])
def test_a_code_that_is_no_bracketed_week_stays_the_place(text: str, place: str) -> None:
    assert read_at(text, NOW, True) == ("2027-06-09 18:00", place)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("le 1er prochain à 18h", True, ("2027-07-01 18:00", "")),  # this month's 1st has passed: both readings agree
    ("le 2 prochain : bilan", False, ("2027-07-02", "bilan")),  # today's: « prochain » is the next one
    ("jeudi 1er prochain à 18h", True, ("2027-07-01 18:00", "")),
    ("le 7 décembre prochain : bilan", False, ("2027-12-07", "bilan")),  # with its month, as before
])
def test_a_day_said_prochain_is_read_when_both_usages_agree(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 22's first run refused « le 14 prochain » (« prochain à 18h » ressemble à une date)
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize("text", ["le 15 prochain à 18h", "mardi 15 prochain à 18h"])
def test_a_day_said_prochain_before_this_month_s_is_asked(text: str) -> None:
    with pytest.raises(UserError, match="le 15 de ce mois, ou le 15 du mois prochain"):
        read_at(text, NOW, True)


def test_prochain_before_a_noun_may_be_the_noun_s_and_stays_refused() -> None:
    # found probing: « le 1er prochain CA : préparer » (the next board's day?) would have been next month's 1st
    with pytest.raises(UserError, match="prochain CA"):
        read_at("le 1er prochain CA : préparer", NOW, False)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("mercredi 9 juin à 18h, date confirmée", True, ("2027-06-09 18:00", "")),
    ("mercredi 9 juin à 18h (confirmé), salle 3", True, ("2027-06-09 18:00", "salle 3")),
    ("le 11 (date définitive) : rapport", False, ("2027-06-11", "rapport")),
    ("mercredi 9 juin à 18h, salle 3 – horaire confirmé", True, ("2027-06-09 18:00", "salle 3")),
])
def test_a_date_said_confirmed_keeps_the_words_out_of_the_place(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 22: « jeudi 21 janvier à 10h, date confirmée » stored « date confirmée » as the place
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("le 11 : bilan (confirmé)", False, ("2027-06-11", "bilan (confirmé)")),  # the text's own word
    ("mercredi 9 juin à 18h, lieu confirmé : salle 3", True, ("2027-06-09 18:00", "lieu confirmé : salle 3")),
    ("mercredi 9 juin à 18h, salle des Confirmés", True, ("2027-06-09 18:00", "salle des Confirmés")),
    # found probing: the firm words went and left « par la mairie » as the place; said on, the phrase stays whole
    ("mercredi 9 juin à 18h, date confirmée par la mairie", True, ("2027-06-09 18:00", "date confirmée par la mairie")),
])
def test_confirmed_said_of_something_else_stays(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, require_time) == reading


def test_a_date_to_be_confirmed_stays_asked() -> None:
    with pytest.raises(UserError, match="décidée"):
        read_at("mercredi 9 juin à 18h (date à confirmer)", NOW, True)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("Salle 12 – mercredi 9 juin – 18h", True, ("2027-06-09 18:00", "Salle 12")),
    ("Local 3, mercredi 9 juin à 18h", True, ("2027-06-09 18:00", "Local 3")),
    ("Rapport T2 : le 11 juin", False, ("2027-06-11", "Rapport T2")),
    ("3e relance : vendredi 11 juin", False, ("2027-06-11", "3e relance")),
    ("Comptes 2026 : avant le 11 juin", False, ("2027-06-11", "Comptes 2026")),
    ("Marché n° 12/2027 : le 11 juin", False, ("2027-06-11", "Marché n° 12/2027")),  # a file's number
])
def test_a_place_or_text_with_numbers_before_the_date_is_read(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 22's first run refused any number before the date (« Salle 14 – mardi 19/01 – 14h »)
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "require_time"), [
    ("Salle 2.04 – mercredi 9 juin – 18h", True),  # shaped as a Swiss date
    ("Comptes 2028 : le 11 juin", False),  # a later year: the date's, perhaps
    ("2027 : le 11 juin", False),  # a number alone says nothing else
    ("Rapport du 3 juin : le 11 juin", False),
    ("Les 12 et 13, le 11 juin", False),  # found probing: days after their article were kept as the text
    ("Rapport S24 : le 11 juin", False),  # a week's number, perhaps the date's
])
def test_a_text_before_the_date_that_may_name_a_date_is_refused(text: str, require_time: bool) -> None:
    with pytest.raises(UserError):
        read_at(text, NOW, require_time)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("📌 mercredi 9 juin à 18h, salle 3", True, ("2027-06-09 18:00", "salle 3")),
    ("📆 le 11 : rapport", False, ("2027-06-11", "rapport")),
])
def test_an_emoji_put_before_the_date_like_a_bullet_goes(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 22's first run: « 🗓️ mardi 19 janvier … » refused as no date at the start
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "require_time"), [("❌ mercredi 9 juin à 18h", True), ("❓ le 11 : rapport", False)])
def test_an_emoji_that_says_something_of_the_date_stays_refused(text: str, require_time: bool) -> None:
    with pytest.raises(UserError, match="Je ne reconnais pas de date"):
        read_at(text, NOW, require_time)
