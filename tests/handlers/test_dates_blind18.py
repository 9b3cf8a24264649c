"""Families of date expressions found probing the angle of blind set 18 (dates_blind18.tsv: numbers and
times written in words or in regional ways, as dictated or typed in minutes). The set itself was read
whole on its first run; these families were found by other sentences of the same angle, each silently
wrong or left in the place before. Each test writes other sentences of the family than the probes, at
another moment and zone, and checks what a coordinator would see, or that the expression is refused in
French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at
from tests.helpers import Chat

NOW = datetime(2030, 6, 5, 10, 15, tzinfo=ZoneInfo("Europe/Brussels"))  # a Wednesday morning
GENEVA = datetime(2030, 11, 28, 17, 40, tzinfo=ZoneInfo("Europe/Zurich"))  # a Thursday evening, a month's end ahead


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    # minutes in words that are no multiple of five were left in the place after the hour (« dix heures douze »: 10h00,
    # « douze »), as « 10 heures 12 » in digits is read 10h12
    ("le douze juin à neuf heures douze", True, ("2030-06-12 09:12", "")),
    ("vendredi à dix-huit heures treize, salle B", True, ("2030-06-07 18:13", "salle B")),
    ("le 14 juin à midi onze : envoi", False, ("2030-06-14 12:11", "envoi")),
    ("le 14 juin à quinze heures quarante-sept", True, ("2030-06-14 15:47", "")),
    # a unit before a plural still counts (« 14 heures deux dossiers », like « 10 heures 3 salles »)
    ("le 14 juin à quatorze heures trois dossiers", True, ("2030-06-14 14:00", "trois dossiers")),
])
def test_minutes_in_words_after_the_hour_are_read_whole(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize("text", [
    "le douze juin à neuf heures deux",
    "jeudi à midi trois",
    "le 14 juin à 16 heures quatre, salle B",
])
def test_a_unit_after_the_hour_is_asked_about(text: str) -> None:
    # 9h02, or 9h and a number left in the place? (« 10 heures 2 » in digits is refused too)
    with pytest.raises(UserError, match="après l'heure : .*ou .* suivi d'un nombre"):
        read_at(text, NOW, True)


@pytest.mark.parametrize(("text", "reading"), [
    # the part of the day typed bare after the time: « 2 h aprèm » was 02h00 with « aprèm » as the place
    ("vendredi à 3 h aprèm", ("2030-06-07 15:00", "")),
    ("le 12 juin 4h aprem, salle des fêtes", ("2030-06-12 16:00", "salle des fêtes")),
    ("jeudi à 5h en aprèm au local", ("2030-06-06 17:00", "au local")),
    ("le 12 juin à 9h soir", ("2030-06-12 21:00", "")),
    ("le 12 juin à 7h30 matin, cour de l'école", ("2030-06-12 07:30", "cour de l'école")),
    ("le 12 juin à 1h après-midi", ("2030-06-12 13:00", "")),
    ("lundi à 14h en début d'aprèm", ("2030-06-10 14:00", "")),
])
def test_a_part_of_the_day_typed_bare_after_the_time_is_read(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, True) == reading


def test_a_part_of_the_day_that_the_time_contradicts_is_asked_about() -> None:
    with pytest.raises(UserError, match="« à 9h soirée » : à quelle heure"):
        read_at("le 12 décembre à 9h soirée jeux", GENEVA, True)
    with pytest.raises(UserError, match="« à 16h matinée » : à quelle heure"):
        read_at("le 12 décembre à 16h matinée", GENEVA, True)
    # an event's name after a time that agrees with it, or a title, stays the text
    assert read_at("le 12 décembre à 20h soirée jeux", GENEVA, True) == ("2030-12-12 20:00", "soirée jeux")
    assert read_at("le 12 décembre à 9h Soirée des bénévoles", GENEVA, True) == ("2030-12-12 09:00", "Soirée des bénévoles")


@pytest.mark.parametrize("text", ["le 3 décembre pm : rapport", "mardi AM rapport", "demain aprèm relecture"])
def test_am_or_pm_right_after_a_date_without_its_time_is_refused(text: str) -> None:
    # « le 20 mai pm rapport » kept « pm » in the deadline's text
    with pytest.raises(UserError):
        read_at(text, GENEVA, False)


@pytest.mark.parametrize("text", ["le 3 décembre à 18h passées", "vendredi 19h bien passées, au local", "le 3 décembre à 14h sonnées"])
def test_a_time_said_to_be_passed_is_asked_about(text: str) -> None:
    # « 14h passées » kept « passées » as the place: later than 14h, like « 14h et quelques »
    with pytest.raises(UserError, match="la date est-elle ferme"):
        read_at(text, GENEVA, True)


def test_a_time_said_round_is_read() -> None:
    assert read_at("le 3 décembre à 18h tout rond", GENEVA, True) == ("2030-12-03 18:00", "")


@pytest.mark.parametrize(("text", "reading"), [
    # the minute mark glued to the minutes: « 9h30' salle B » left « ' salle B » as the place
    ("le 3 décembre à 18h45' salle du conseil", ("2030-12-03 18:45", "salle du conseil")),
    ("lundi 2 décembre 8h15'' au local", ("2030-12-02 08:15", "au local")),
    ("le 3 décembre à 18 h 45’, Mairie", ("2030-12-03 18:45", "Mairie")),
])
def test_the_minute_mark_belongs_to_the_time(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, GENEVA, True) == reading


@pytest.mark.parametrize("text", ["le 3 décembre au soir à 9h du matin", "vendredi matin à 15h", "demain après-midi à 22h"])
def test_a_part_of_the_day_said_with_the_day_that_the_time_contradicts_is_refused(text: str) -> None:
    # « le 12 au soir à 8h du matin » was read 08h00
    with pytest.raises(UserError, match="se contredit"):
        read_at(text, GENEVA, True)


def test_a_meeting_at_minutes_said_in_words_is_stored_as_said(chat: Chat) -> None:
    out = chat.say("/seance le trois décembre à dix-huit heures douze, salle B")
    assert "3 décembre 2026" in out
    [meeting] = chat.store.group("rte").meetings()
    assert (meeting.start.isoformat(), meeting.place) == ("2026-12-03T18:12:00+01:00", "salle B")


@pytest.mark.parametrize("text", ["le 20 décembre 29 : bilan", "le vingt décembre vingt-neuf : bilan", "le vingt décembre trente et un"])
def test_a_number_right_after_a_date_and_before_its_text_is_asked_about(text: str) -> None:
    # « le 15 mars 28 : rapport » was the 15th of this year's March with « 28 : rapport » as the text: a year in two
    # digits (2028?), a count? not guessed
    with pytest.raises(UserError, match="ressemble à une date"):
        read_at(text, GENEVA, False)


@pytest.mark.parametrize(("text", "reading"), [
    ("le 20 décembre : 3 rapports", ("2030-12-20", "3 rapports")),
    ("le 20 décembre 30 dossiers", ("2030-12-20", "30 dossiers")),
    ("le 20 décembre à 18h, Le Nonante", ("2030-12-20 18:00", "Le Nonante")),
])
def test_a_count_or_a_name_after_the_date_stays_the_text(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, GENEVA, "h" in text) == reading


def test_a_time_said_exact_the_swiss_way_is_read() -> None:
    # « à midi juste » left « juste » as the place; a capital says a name
    assert read_at("le 3 décembre à midi juste", GENEVA, True) == ("2030-12-03 12:00", "")
    assert read_at("le 3 décembre à 18h juste, au local", GENEVA, True) == ("2030-12-03 18:00", "au local")
    assert read_at("le 3 décembre à 18h Juste Debout", GENEVA, True) == ("2030-12-03 18:00", "Juste Debout")
