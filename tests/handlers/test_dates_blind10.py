"""Families of date expressions found by blind set 10 (dates_blind10.tsv):
each test writes other sentences of the family than the set's own, at another
moment, and checks what a coordinator would see (the day and time read, the
place or text kept) or that the expression is refused with a French
explanation."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at

NOW = datetime(2029, 5, 9, 16, 40, tzinfo=ZoneInfo("Europe/Brussels"))  # a Wednesday


def _read(text: str, require_time: bool = True) -> tuple[str, str]:
    return read_at(text, NOW, require_time)


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


@pytest.mark.parametrize(("text", "expected"), [
    # « le vingt-trois janvier », « le trente et un », « le vingt-cinq à 19h » were refused: compounds in words
    ("le vingt-huit mai à dix-huit heures", ("2029-05-28 18:00", "")),
    ("lundi vingt et un mai 9h, salle du conseil", ("2029-05-21 09:00", "salle du conseil")),
    ("le trente-et-un mai à 14h", ("2029-05-31 14:00", "")),
    ("le vingt-neuf à 10h30 Maison des sports", ("2029-05-29 10:30", "Maison des sports")),
    ("le dix-sept juin 14h", ("2029-06-17 14:00", "")),
])
def test_a_day_of_month_in_words(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "mercredi vingt-quatre mai 14h",  # the 24th is a Thursday
    "le trente-deux mai 14h",
    "le vingt-deux dossiers 14h",  # a count, not a day
])
def test_a_day_in_words_that_does_not_read_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    # « jeudii 14 janvier » was refused: a key pressed twice on a short weekday (one edit is not forgiven there)
    ("vendredii 11 mai 14h", ("2029-05-11 14:00", "")),
    ("marrdi 15 mai à 9h", ("2029-05-15 09:00", "")),
    ("lundi 14 maii 9h", None),  # « mai » is three letters: too short to forgive
    ("dimanche 17 juinn 9h", ("2029-06-17 09:00", "")),
])
def test_a_doubled_letter_in_a_weekday_or_a_month(text: str, expected: tuple[str, str] | None) -> None:
    if expected is None:
        with pytest.raises(UserError):
            _read(text)
        return
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # « le dernier mercredi du mois » was refused (« de quel mois ? ») when this month's was still ahead
    ("le dernier jeudi du mois à 18h", ("2029-05-31 18:00", "")),
    ("le 3e mardi de ce mois-ci 20h salle B", ("2029-05-15 20:00", "salle B")),
    ("le dernier vendredi du mois en cours : bilan", ("2029-05-25", "bilan")),
])
def test_an_ordinal_weekday_of_this_month(text: str, expected: tuple[str, str]) -> None:
    assert _read(text, require_time=False) == expected


def test_an_ordinal_weekday_of_this_month_already_past_is_refused_never_moved_to_next_year() -> None:
    with pytest.raises(UserError, match="c'est passé.*du mois prochain"):
        _read("le premier lundi du mois 18h")  # 7 May 2029


@pytest.mark.parametrize(("text", "expected"), [
    # « la veille de Noël », « le jour de l'an » were refused: a holiday names one day (the next one)
    ("la veille de Noël à 18h30, salle des fêtes", ("2029-12-24 18:30", "salle des fêtes")),
    ("le lendemain de la Toussaint 14h", ("2029-11-02 14:00", "")),
    ("lundi de Pentecôte à 10h", ("2029-05-21 10:00", "")),
    ("le jeudi de l'Ascension 9h", ("2029-05-10 09:00", "")),
    ("le lundi de Pâques 10h", ("2030-04-22 10:00", "")),  # 2 April 2029 is past: next year's
])
def test_a_holiday_is_its_day(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("samedi 22 décembre 15h Noël des bénévoles", ("2029-12-22 15:00", "Noël des bénévoles")),
    ("samedi 12 mai 10h avec Mme Toussaint", ("2029-05-12 10:00", "avec Mme Toussaint")),
])
def test_a_holiday_name_that_is_no_day_stays_in_the_text(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


# « Noël 14h » is read since blind set 12 (a capitalised Noël right before a time is the day, as the lead's third
# blind set labels « Noël 10h »); « à Noël » and « noël » in lower case are still refused
@pytest.mark.parametrize("text", ["la veille de la réunion 14h", "le lendemain du conseil 10h", "à Noël 14h", "noël 14h"])
def test_a_day_said_from_an_event_or_a_bare_noel_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    # « midi moins le quart » and « une heure moins le quart de l'après-midi » were refused
    ("lundi 14 mai à midi moins le quart, cantine", ("2029-05-14 11:45", "cantine")),
    ("lundi 14 mai à midi moins cinq", ("2029-05-14 11:55", "")),
    ("lundi 14 mai à une heure et quart de l'après-midi", ("2029-05-14 13:15", "")),
    ("lundi 14 mai à une heure moins le quart de l'après-midi", ("2029-05-14 12:45", "")),
    ("lundi 14 mai 18h moins dix", ("2029-05-14 17:50", "")),
    ("lundi 14 mai à huit heures moins vingt du soir", ("2029-05-14 19:40", "")),
    # minutes in words read whole: « quatorze heures vingt-cinq » was 14h20 with « cinq » left as the place
    ("lundi 14 mai à quatorze heures vingt-cinq salle B", ("2029-05-14 14:25", "salle B")),
    ("lundi 14 mai à dix-neuf heures trente-cinq", ("2029-05-14 19:35", "")),
])
def test_minutes_said_in_words_before_or_after_the_hour(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("lundi 14 mai 14h une heure de débat", ("2029-05-14 14:00", "une heure de débat")),
    ("lundi 14 mai à 14 heures deux dossiers", ("2029-05-14 14:00", "deux dossiers")),
])
def test_words_after_the_time_that_are_no_minutes_stay_in_the_text(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["lundi 14 mai 14h moins cinq personnes", "lundi 14 mai 14h moins 5 personnes"])
def test_a_count_after_moins_is_not_minutes(text: str) -> None:
    with pytest.raises(UserError):
        _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    # « Café du Lundi » was refused: a capitalised weekday after « du » names a place
    ("vendredi 11 mai 20h Bar du Vendredi", ("2029-05-11 20:00", "Bar du Vendredi")),
    ("vendredi 11 mai 20h, Club du Mardi, 3 rue Haute", ("2029-05-11 20:00", "Club du Mardi, 3 rue Haute")),
])
def test_a_capitalised_weekday_in_a_place_name(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "vendredi 11 mai 20h, report du Lundi 14",  # a day after it: another date
    "vendredi 11 mai 20h, report du Lundi soir",
    "vendredi 11 mai 20h, réunion du Lundi prochain",
    "vendredi 11 mai 20h, report du lundi",  # lower case: a day
])
def test_a_weekday_after_du_that_names_a_day_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="ressemble à une date"):
        _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the generator's first run on these families: « moins vingt » before a place or a day was refused
    ("lundi 14 mai à dix heures moins cinq à la mairie", ("2029-05-14 09:55", "à la mairie")),
    ("neuf heures moins vingt après-demain, au CCAS", ("2029-05-11 08:40", "au CCAS")),
])
def test_minutes_before_the_hour_in_words_then_a_place_or_a_day(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # blind set 10b: « de quatorze à seize heures » was refused (a bare hour in words as a range's start)
    ("mardi 15 mai de dix-huit à vingt heures, salle B", ("2029-05-15 18:00-20:00", "salle B")),
    ("le 15 mai de neuf à onze heures", ("2029-05-15 09:00-11:00", "")),
])
def test_a_range_of_hours_in_words(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


def test_holidays_as_deadlines() -> None:
    assert _read("au plus tard la veille de Noël : colis", require_time=False) == ("2029-12-24", "colis")
    for vague in ("d'ici la Toussaint : rapport", "avant la Toussaint budget", "pour Noël : cadeaux"):
        with pytest.raises(UserError):  # often the school holidays around it: a span
            _read(vague, require_time=False)


@pytest.mark.parametrize(("text", "expected"), [
    # probing after set 10b: a day in words after a weekday (« mardi douze à 14h » was read 12h-14h)
    ("mardi quinze à 14h", ("2029-05-15 14:00", "")),
    ("samedi dix-neuf, 10h, salle B", ("2029-05-19 10:00", "salle B")),
])
def test_a_day_in_words_after_its_weekday(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


def test_a_day_in_words_that_contradicts_its_weekday_is_refused() -> None:
    with pytest.raises(UserError, match="est un mardi, pas un mercredi"):
        _read("mercredi quinze à 14h")


def test_minutes_in_words_before_a_plural_are_minutes() -> None:
    # as blind set 5 labels « 21/4 à 15 heures trente dossiers » (15h30, « dossiers »)
    assert _read("lundi 14 mai à dix-huit heures vingt bénévoles") == ("2029-05-14 18:20", "bénévoles")
