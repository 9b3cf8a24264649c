"""Families of date expressions found by blind set 12 (dates_blind12.tsv):
each test writes other sentences of the family than the set's own, at another
moment and in another zone, and checks what a coordinator would see (the day
and time read, the place or the deadline's text kept) or that the expression
is refused with a French explanation."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at

ZONE = ZoneInfo("Europe/Zurich")
NOW = datetime(2031, 1, 31, 21, 15, tzinfo=ZONE)  # a Friday, a month's last day, in the evening
NIGHT = datetime(2031, 2, 1, 1, 5, tzinfo=ZONE)  # the Saturday after, just after midnight


def _read(text: str, require_time: bool = True, now: datetime = NOW) -> tuple[str, str]:
    return read_at(text, now, require_time)


@pytest.mark.parametrize(("text", "require_time"), [
    # « demain 14h » typed at 00:20 was read as the next calendar day: the writer who has not slept may mean this one
    ("demain 10h", True),
    ("demain soir 20h, salle B", True),
    ("pour demain : relire le PV", False),
    ("après-demain 9h", True),
])
def test_demain_after_midnight_is_asked_about_naming_both_days(text: str, require_time: bool) -> None:
    with pytest.raises(UserError, match=r"Il est 1h05 .*samedi 1er février 2031 .* ou le dimanche 2 février 2031|"
                                        r"Il est 1h05 .*dimanche 2 février 2031 .* ou le lundi 3 février 2031"):
        _read(text, require_time, NIGHT)


@pytest.mark.parametrize(("text", "now", "expected"), [
    ("demain 10h", datetime(2031, 2, 1, 4, 30, tzinfo=ZONE), ("2031-02-02 10:00", "")),  # the night is over
    ("demain 10h", datetime(2031, 1, 31, 23, 50, tzinfo=ZONE), ("2031-02-01 10:00", "")),  # not yet midnight
    ("aujourd'hui 15h", NIGHT, ("2031-02-01 15:00", "")),  # these say the day whatever the hour
    ("ce soir 20h, salle B", NIGHT, ("2031-02-01 20:00", "salle B")),
    ("dimanche 10h", NIGHT, ("2031-02-02 10:00", "")),
    ("le 2 à 10h", NIGHT, ("2031-02-02 10:00", "")),
])
def test_other_days_and_demain_outside_the_night_are_read(text: str, now: datetime, expected: tuple[str, str]) -> None:
    assert _read(text, now=now) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # « dimanche 30 » typed on Friday the 30th was refused as « le 30 avril est un vendredi »: today is not meant
    ("lundi 31 à 18h", ("2031-03-31 18:00", "")),  # February has no 31st
    ("lundi 31, 18h, salle B", ("2031-03-31 18:00", "salle B")),
    ("vendredi 31 à 22h", ("2031-01-31 22:00", "")),  # today, when the weekday is today's
])
def test_a_weekday_and_today_s_day_of_month_that_disagree_name_the_next_one(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("mardi 31 à 18h", "Le 31 mars 2031 est un lundi, pas un mardi"),
    ("lundi 31 janvier à 18h", "est un vendredi, pas un lundi"),  # with its month, it is this 31st: contradicted
    ("vendredi 31 à 14h", "déjà passé"),
])
def test_a_weekday_that_fits_no_coming_day_is_refused(text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    # « lundy », « mardy », « jeudy » were refused
    ("mercredy 5 février 14h", ("2031-02-05 14:00", "")),
    ("samedy 8 février 10h, local", ("2031-02-08 10:00", "local")),
    ("lundy 14h", ("2031-02-03 14:00", "")),
])
def test_a_weekday_typed_with_y_for_i(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


def test_a_weekday_typed_with_y_is_still_checked_against_its_date() -> None:
    with pytest.raises(UserError, match="pas un jeudi"):
        _read("jeudy 5 février 14h")


@pytest.mark.parametrize(("text", "expected"), [
    # « 14h30h » was refused, its last « h » taken for a stray time
    ("mardi 4 février 14h15h", ("2031-02-04 14:15", "")),
    ("mardi 4 février 9h45h, salle B", ("2031-02-04 09:45", "salle B")),
    ("18h30h le 4 février", ("2031-02-04 18:30", "")),
    ("mardi 4 février 9h45 hall d'entrée", ("2031-02-04 09:45", "hall d'entrée")),  # a word after: the place
])
def test_an_h_typed_again_after_the_minutes(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # « le Jeûne fédéral », « lundi du Jeûne », « le dimanche de Pâques », « Noël 10h », « Pâques 11h » were refused
    ("le Jeûne fédéral 10h", ("2031-09-21 10:00", "")),  # the third Sunday of September
    ("Jeûne fédéral 11h, temple", ("2031-09-21 11:00", "temple")),
    ("lundi du Jeûne fédéral, 9h30", ("2031-09-22 09:30", "")),
    ("le dimanche du Jeûne à 17h", ("2031-09-21 17:00", "")),
    ("le dimanche de Pâques 10h", ("2031-04-13 10:00", "")),
    ("Pâques, 11h", ("2031-04-13 11:00", "")),
    ("Pentecôte 10h", ("2031-06-01 10:00", "")),
    ("Noël 18h, église", ("2031-12-25 18:00", "église")),
])
def test_swiss_and_church_holidays_are_their_day(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "le jeune 10h",  # « jeûne » without its accent nor « fédéral »: « le jeune », a young man
    "à Pâques 10h",  # around Easter: a season
    "Pâques des familles 10h",  # an event's name, no time right after
    "noël 18h",  # in lower case: a season as often as the day
])
def test_a_holiday_without_what_makes_it_a_day_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        _read(text)


def test_a_holiday_name_after_the_date_stays_in_the_text() -> None:
    assert _read("samedi 1er février 10h, préparation du culte du Jeûne fédéral") == (
        "2031-02-01 10:00", "préparation du culte du Jeûne fédéral")
    assert _read("samedi 1er février 10h, Pâques des familles : la chasse aux œufs") == (
        "2031-02-01 10:00", "Pâques des familles : la chasse aux œufs")


MID = datetime(2031, 1, 15, 9, 0, tzinfo=ZONE)


@pytest.mark.parametrize(("text", "require_time", "expected"), [
    # « dans un mois : rapport » was refused
    ("dans un mois : bilan", False, ("2031-02-15", "bilan")),
    ("dans 3 mois : bilan", False, ("2031-04-15", "bilan")),
    ("d'ici un mois : relancer la commune", False, ("2031-02-15", "relancer la commune")),
    ("dans un mois 14h", True, ("2031-02-15 14:00", "")),
])
def test_some_months_ahead_is_that_day_of_the_month(text: str, require_time: bool, expected: tuple[str, str]) -> None:
    assert _read(text, require_time, MID) == expected


def test_some_months_ahead_on_a_day_that_month_lacks_is_refused() -> None:
    with pytest.raises(UserError, match="le 31 n'existe pas"):
        _read("dans un mois : bilan", require_time=False)  # typed on 31 January


@pytest.mark.parametrize(("text", "expected"), [
    # « 11h30, en fin de matinée » was refused: the part of the day said again after the time
    ("mardi 4 février 11h30, en fin de matinée", ("2031-02-04 11:30", "")),
    ("mardi 4 février 5h en fin d'après-midi, salle B", ("2031-02-04 17:00", "salle B")),
    ("mardi 4 février 2h en début d'après-midi", ("2031-02-04 14:00", "")),
    ("mardi 4 février 8h, en soirée", ("2031-02-04 20:00", "")),
])
def test_the_part_of_the_day_closely_said_after_the_time(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "mardi 4 février 14h, en fin de matinée",  # contradicts itself
    "mardi 4 février en fin de matinée",  # no hour
])
def test_a_closely_said_part_of_the_day_without_a_fitting_time_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    # blind set 12b: « 18h/20h » and « 18h en fin de journée » were refused
    ("mardi 4 février 9h/12h, permanence", ("2031-02-04 09:00-12:00", "permanence")),
    ("14h/16h30 mardi 4 février", ("2031-02-04 14:00-16:30", "")),
    ("mardi 4 février 6h en fin de journée", ("2031-02-04 18:00", "")),
    ("mardi 4 février 8h en début de journée, salle B", ("2031-02-04 08:00", "salle B")),
])
def test_a_range_written_with_a_slash_and_the_day_s_end(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["mardi 4 février 14h/12h", "mardi 4 février 14h en fin de journée"])
def test_a_slashed_range_backwards_or_a_day_s_end_at_14h_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    # probing after set 12b: « le 15 mars max : bilan » kept « max » as the deadline's text
    ("le 15 mars max : bilan", ("2031-03-15", "bilan")),
    ("dans 15 jours maximum, relancer la commune", ("2031-01-29", "relancer la commune")),
    ("le 15 mars grand max. : bilan", ("2031-03-15", "bilan")),
    ("le 15 mars Max envoie le bilan", ("2031-03-15", "Max envoie le bilan")),  # a name
])
def test_a_bound_said_after_the_date_belongs_to_it(text: str, expected: tuple[str, str]) -> None:
    assert _read(text, require_time=False, now=MID) == expected


def test_a_capacity_after_the_time_stays_in_the_place() -> None:
    assert _read("jeudi 16 janvier 18h, maximum 12 personnes", now=MID) == ("2031-01-16 18:00", "maximum 12 personnes")


@pytest.mark.parametrize("text", [
    # they were stored as a firm date with « à peu près : bilan », « ou deux : bilan » as the text
    "dans un mois ou deux : bilan",
    "dans 8 jours à peu près : bilan",
    "le 15 mars grosso modo : bilan",
    "le 15 mars, plus ou moins : bilan",
    "le 15 mars voire plus tôt : bilan",
    "dans 2 semaines et quelques : bilan",
    "le 15 mars si possible : bilan",
    "le 15 mars, idéalement : bilan",
])
def test_an_estimate_an_alternative_or_a_wish_after_the_date_is_asked_about(text: str) -> None:
    with pytest.raises(UserError, match="la date est-elle ferme"):
        _read(text, require_time=False, now=MID)


def test_a_wish_inside_the_text_is_text() -> None:
    assert _read("le 15 mars : bilan si possible", require_time=False, now=MID) == ("2031-03-15", "bilan si possible")


@pytest.mark.parametrize("text", [
    # probing after set 12b: « le vendredi de la kermesse : stands » was the coming Friday with « de la kermesse » as the text
    "le vendredi de la kermesse : stands",
    "le samedi du week-end du 15 février : rangement",
    "mardi des vacances : bilan",
    "le jeudi de l'assemblée 18h",
])
def test_the_weekday_of_an_event_or_a_period_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="le jour d'un événement ou d'une période"):
        _read(text, require_time=False)


@pytest.mark.parametrize(("text", "expected"), [
    ("jeudi de 14h à 16h", ("2031-02-06 14:00-16:00", "")),
    ("samedi du 8 février 10h", ("2031-02-08 10:00", "")),
    ("mardi de la semaine prochaine 14h", ("2031-02-04 14:00", "")),
    ("vendredi 7 février, des flyers à imprimer", ("2031-02-07", "des flyers à imprimer")),
])
def test_a_time_a_date_or_next_week_after_the_weekday_is_still_read(text: str, expected: tuple[str, str]) -> None:
    assert _read(text, require_time=False) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # probing after set 12b: days of the Church year and the Saint-Nicolas were refused (Easter 2031: 13 April)
    ("le mercredi des Cendres 18h", ("2031-02-26 18:00", "")),
    ("dimanche des Rameaux 10h", ("2031-04-06 10:00", "")),
    ("jeudi saint 18h, église", ("2031-04-10 18:00", "église")),
    ("la Saint-Nicolas 17h", ("2031-12-06 17:00", "")),
    ("la Chandeleur 16h", ("2031-02-02 16:00", "")),
])
def test_more_days_of_the_year_are_their_day(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("samedi 1er février 18h, Saint-Nicolas des bénévoles", ("2031-02-01 18:00", "Saint-Nicolas des bénévoles")),
    ("samedi 1er février 18h, rue Saint-Nicolas 4", ("2031-02-01 18:00", "rue Saint-Nicolas 4")),
])
def test_a_saint_s_name_in_the_place_stays_text(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    # probing after set 12b: « le 12/9 de 14h à 16h puis le 19/9 » kept the second session as the place
    "mardi 4 février de 14h à 16h puis le 11/02",
    "mardi 4 février 14h, puis le 11 février",
])
def test_a_second_session_after_puis_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="ressemble à une date"):
        _read(text)


def test_puis_before_an_activity_is_text() -> None:
    assert _read("mardi 4 février 14h puis 12 ateliers") == ("2031-02-04 14:00", "puis 12 ateliers")


@pytest.mark.parametrize(("text", "expected"), [
    # the lead's third blind set: « le 28 à 9h » typed on the 28th at 23:30 was refused as past; it is the next 28th
    ("le 31 à 9h", ("2031-03-31 09:00", "")),  # typed on Friday 31 January at 21:15: February has no 31st
    ("9h le 31, salle B", ("2031-03-31 09:00", "salle B")),
    ("le 31 à 22h", ("2031-01-31 22:00", "")),  # still ahead today
])
def test_today_s_day_of_month_at_a_past_hour_is_the_next_one(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["le 31 janvier à 9h", "le 31 courant à 9h", "vendredi 31 à 9h"])
def test_a_month_or_a_weekday_says_today_and_a_past_hour_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="déjà passé"):
        _read(text)
