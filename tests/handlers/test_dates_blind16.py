"""Families of date expressions found by blind set 16 (dates_blind16.tsv, dates said rather than typed
and written in words): each test writes other sentences of the family than the set's own, at another
moment and zone, and checks what a coordinator would see, or that the expression is refused in French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.date_periods_said import period_said
from handlers.messages import UserError
from tests.handlers.dates_eval import read_at
from tests.helpers import Chat

NOW = datetime(2031, 1, 7, 11, 30, tzinfo=ZoneInfo("Europe/Paris"))  # a Tuesday morning, a week after the new year
AFTER_EASTER = datetime(2031, 4, 19, 9, 0, tzinfo=ZoneInfo("Europe/Brussels"))  # a Saturday; Easter Monday was the 14th


@pytest.mark.parametrize(("text", "require_time", "passed"), [
    ("le jour de l'an à midi", True, "1er janvier 2031"),
    ("le lendemain du jour de l'an : rapport", False, "2 janvier 2031"),
    ("la Saint-Sylvestre 19h", True, "31 décembre 2030"),
    ("le lendemain de Noël à 10h, salle B", True, "26 décembre 2030"),
])
def test_a_holiday_that_has_just_passed_is_refused_as_a_slip(text: str, require_time: bool, passed: str) -> None:
    # read as next year's it was a silently different date (« le lendemain de Noël » typed on 30 December);
    # « le 26 décembre » typed then is refused as a slip, and so is the holiday that names it
    with pytest.raises(UserError, match=f"{passed} est passé"):
        read_at(text, NOW, require_time)


def test_a_moving_feast_just_past_is_refused_and_the_next_ones_read() -> None:
    with pytest.raises(UserError, match="lundi 14 avril 2031 est passé"):
        read_at("le lundi de Pâques : bilan", AFTER_EASTER, False)
    assert read_at("le lendemain de l'Ascension à 9h", AFTER_EASTER, True) == ("2031-05-23 09:00", "")
    assert read_at("la Toussaint : bilan", NOW, False) == ("2031-11-01", "bilan")  # two months past: next year's


def test_the_refusal_says_what_to_write_for_next_years() -> None:
    with pytest.raises(UserError, match="« le 1er janvier 2032 »"):
        read_at("le jour de l'an : vœux", NOW, False)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("le vingt neuf janvier à quatorze heures", True, ("2031-01-29 14:00", "")),
    ("mercredi vingt deux janvier à dix heures, salle du conseil", True, ("2031-01-22 10:00", "salle du conseil")),
    ("le dix huit janvier à 10h", True, ("2031-01-18 10:00", "")),
    ("mercredi quinze janvier à dix heures vingt cinq", True, ("2031-01-15 10:25", "")),
    ("jeudi trente janvier à neuf heures moins vingt cinq", True, ("2031-01-30 08:35", "")),
    ("dans vingt deux jours : rapport", False, ("2031-01-29", "rapport")),
    ("dans soixante quinze jours : rapport", False, ("2031-03-23", "rapport")),
    ("dans quatre vingt dix jours : rapport", False, ("2031-04-07", "rapport")),
    ("endéans septante cinq jours : rapport", False, ("2031-03-23", "rapport")),
    ("le vingt deux janvier deux mille trente deux : bilan", False, ("2032-01-22", "bilan")),
    ("le vingt sept janvier à dix-huit heures", True, ("2031-01-27 18:00", "")),
    ("le dix sept janvier : rapport", False, ("2031-01-17", "rapport")),
])
def test_a_number_dictated_without_its_hyphens_is_read_whole(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # « vingt neuf » was refused as a day, « vingt cinq » after « heures » read 20 with « cinq » as the place
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "require_time", "asked"), [
    ("le vingt sept à 18h", True, "le 27, ou le 20 septembre"),
    ("le dix sept : rapport", False, "le 17, ou le 10 septembre"),
    ("jeudi le vingt sept à 9h", True, "le 27, ou le 20 septembre"),
])
def test_a_spaced_sept_without_a_month_is_asked(text: str, require_time: bool, asked: str) -> None:
    # « le vingt sept à 18h » was read as 20 September: « sept » is also the month's abbreviation
    with pytest.raises(UserError, match=asked):
        read_at(text, NOW, require_time)


def test_spaced_minutes_before_a_count_are_asked_and_a_comma_says_it() -> None:
    with pytest.raises(UserError, match="10h22, ou 10h20"):
        read_at("jeudi à dix heures vingt deux personnes", NOW, True)
    assert read_at("jeudi à dix heures vingt, deux personnes", NOW, True) == ("2031-01-09 10:20", "deux personnes")
    with pytest.raises(UserError):
        read_at("jeudi 14h pendant vingt cinq minutes", NOW, True)  # a length, spaced as dictated


@pytest.mark.parametrize(("text", "require_time", "said"), [
    ("à la rentrée de février 18h", True, "à la rentrée de février"),
    ("après les vacances de février : bilan", False, "après les vacances de février"),
    ("pendant les relâches, 10h", True, "pendant les relâches"),
    ("au printemps : bilan", False, "au printemps"),
    ("cet été à 14h", True, "cet été"),
    ("d'ici la Toussaint : bilan", False, "d'ici la Toussaint"),
])
def test_a_period_of_the_year_is_refused_with_its_reason(text: str, require_time: bool, said: str) -> None:
    with pytest.raises(UserError, match=f"« {said} » est une période, pas un jour"):
        read_at(text, NOW, require_time)


def test_a_period_is_named_only_where_no_day_was_read() -> None:
    assert read_at("lundi 13 janvier 18h, bilan de la rentrée", NOW, True) == ("2031-01-13 18:00", "bilan de la rentrée")
    assert period_said("a été reportée au 3 mars") is None  # « été » only as the season
    assert period_said("Mairie 14h") is None
    with pytest.raises(UserError, match="« mi-février » ne dit pas quel jour"):
        read_at("mi-février 14h", NOW, True)


def test_a_dictated_meeting_is_stored_as_said(chat: Chat) -> None:
    out = chat.say("/seance le vingt neuf décembre à quatorze heures trente, salle B")
    assert "29 décembre 2026" in out
    [meeting] = chat.store.group("rte").meetings()
    assert (meeting.start.isoformat(), meeting.place) == ("2026-12-29T14:30:00+01:00", "salle B")


def test_an_ordinal_weekday_of_a_month_just_past_is_refused_as_a_slip() -> None:
    # « le dernier jeudi de novembre » typed the next day was read a year ahead, like « le lendemain de Noël »
    with pytest.raises(UserError, match="c'était le mardi 31 décembre 2030 : c'est passé"):
        read_at("le dernier mardi de décembre à 18h", NOW, True)
    with pytest.raises(UserError, match="c'était le jeudi 2 janvier 2031"):
        read_at("le premier jeudi de janvier : rapport", NOW, False)
    assert read_at("le deuxième jeudi de janvier à 18h", NOW, True) == ("2031-01-09 18:00", "")
    assert read_at("le premier lundi de décembre : bilan", NOW, False) == ("2031-12-01", "bilan")  # months ahead


@pytest.mark.parametrize("text", ["lundi à dix heures je pense", "jeudi 9 janvier 14h, il me semble",
                                  "le 20 janvier à 18h si je ne me trompe pas", "vendredi 10 janvier, 9h30, je crois"])
def test_a_date_said_with_a_speakers_doubt_is_asked(text: str) -> None:
    # « je pense » right after the date was stored as the place of a firm date
    with pytest.raises(UserError, match="la date est-elle décidée"):
        read_at(text, NOW, True)


def test_a_speakers_doubt_after_a_colon_is_the_deadlines_text() -> None:
    assert read_at("vendredi : il me semble utile de relire le PV", NOW, False) == ("2031-01-10", "il me semble utile de relire le PV")


@pytest.mark.parametrize(("text", "reading"), [
    ("pour le vingt-cinq : rapport", ("2031-01-25", "rapport")),
    ("au plus tard le vingt neuf : bilan", ("2031-01-29", "bilan")),
    ("le trente et un - inscriptions", ("2031-01-31", "inscriptions")),
    ("d'ici au douze, convention", ("2031-01-12", "convention")),
    ("mercredi quinze au plus tard : budget", ("2031-01-15", "budget")),
])
def test_a_deadlines_day_in_words_without_its_month(text: str, reading: tuple[str, str]) -> None:
    # read as the same day in digits is (« le 25 : rapport »); refused before blind set 16's probes
    assert read_at(text, NOW, False) == reading


def test_a_number_in_words_before_a_noun_is_still_no_day() -> None:
    for text in ("le deux pièces : rapport", "au vingt-deux rue des Écoles : rapport"):
        with pytest.raises(UserError):
            read_at(text, NOW, False)


def test_a_start_said_a_compter_de_is_the_time() -> None:
    assert read_at("jeudi à compter de quatorze heures, salle B", NOW, True) == ("2031-01-09 14:00", "salle B")


@pytest.mark.parametrize("text", ["à Pâques 10h", "la Pentecôte à 10h", "pour Noël : colis"])
def test_a_feast_named_alone_asks_for_its_day(text: str) -> None:
    with pytest.raises(UserError, match="le jour de la fête, ou la période autour"):
        read_at(text, NOW, text.endswith("h"))


@pytest.mark.parametrize(("text", "place"), [
    ("Mardi 14 janvier à 10h. Salle du conseil.", "Salle du conseil"),
    ("mardi 14 janvier, dix heures, salle B.", "salle B"),
    ("mardi 14 janvier à 10 heures, 3 av.", "3 av."),  # an abbreviation keeps its point
    ("mardi 14 janvier à 10 heures, Place St.", "Place St."),
])
def test_dictations_full_stop_is_no_part_of_the_place(text: str, place: str) -> None:
    assert read_at(text, NOW, True) == ("2031-01-14 10:00", place)
