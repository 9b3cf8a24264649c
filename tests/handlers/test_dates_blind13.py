"""Families of date expressions found by blind set 13 (dates_blind13.tsv):
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
from tests.helpers import Chat

ZONE = ZoneInfo("Europe/Brussels")
NOW = datetime(2030, 8, 29, 19, 40, tzinfo=ZONE)  # a Thursday evening, before September
NIGHT = datetime(2030, 8, 30, 1, 10, tzinfo=ZONE)  # the Friday after, past midnight


def _read(text: str, require_time: bool = True, now: datetime = NOW) -> tuple[str, str]:
    return read_at(text, now, require_time)


@pytest.mark.parametrize(("text", "require_time"), [
    # a meeting said as not decided yet was stored as firm, the words as its place (« 18h (à confirmer) »)
    ("mardi 3 septembre 18h30 (à valider)", True),
    ("vendredi 6/09 à 9h, sous toutes réserves", True),
    ("le 10 septembre 14h a priori", True),
    ("lundi 9 septembre 20h, probablement au local", True),
    ("mercredi 4 septembre 19h (provisoire)", True),
    ("jeudi 5 septembre 14h, date à confirmer", True),
    ("jeudi 5 septembre 14h sauf contrordre", True),
    ("jeudi 5 septembre 14h en principe, salle B", True),
    ("jeudi 5 septembre 14h ?", True),
    ("le 12 septembre, peut être : rapport", False),
    ("vendredi 13 septembre (TBC) : budget", False),
    ("le 20/09 normalement : relire le PV", False),
    ("mardi 10 septembre 18h / à confirmer", True),
    ("mardi 10 septembre 18h [à voir]", True),
    ("mardi 10 septembre 18h (option)", True),
    ("mardi 10 septembre 18h, sauf erreur", True),
    ("mardi 10 septembre 18h (en attente de confirmation)", True),
    ("mardi 10 septembre 18h - proposition", True),
])
def test_a_date_said_as_not_decided_is_asked_about(text: str, require_time: bool) -> None:
    with pytest.raises(UserError, match="la date est-elle décidée"):
        _read(text, require_time)


@pytest.mark.parametrize(("text", "require_time", "expected"), [
    # further on, the words qualify the place or the task, which say so themselves
    ("mardi 3 septembre 18h30, Mairie (à confirmer)", True, ("2030-09-03 18:30", "Mairie (à confirmer)")),
    ("mardi 3 septembre 18h30, lieu à confirmer", True, ("2030-09-03 18:30", "lieu à confirmer")),
    ("le 12 septembre : budget, sous réserve du vote", False, ("2030-09-12", "budget, sous réserve du vote")),
    ("vendredi : qui relit le rapport ?", False, ("2030-08-30", "qui relit le rapport ?")),
    ("vendredi : peut-être relancer la mairie", False, ("2030-08-30", "peut-être relancer la mairie")),
    ("mardi 3 septembre 18h30, Normandie", True, ("2030-09-03 18:30", "Normandie")),  # not « normalement »
    ("mardi 3 septembre 18h30, option visio", True, ("2030-09-03 18:30", "option visio")),  # an option of the meeting
    ("mardi 3 septembre 18h30, propositions des membres", True, ("2030-09-03 18:30", "propositions des membres")),
    ("vendredi : date à confirmer avec la mairie", False, ("2030-08-30", "date à confirmer avec la mairie")),  # the task
])
def test_hedge_words_further_on_stay_in_the_text(text: str, require_time: bool, expected: tuple[str, str]) -> None:
    assert _read(text, require_time) == expected


@pytest.mark.parametrize(("text", "require_time", "expected"), [
    # « demian 9h » was refused: one typing slip of « demain », as weekdays and months already forgive
    ("deamin 10h, salle B", True, ("2030-08-30 10:00", "salle B")),
    ("demaim soir 20h", True, ("2030-08-30 20:00", "")),
    ("pour dmain : relire le PV", False, ("2030-08-30", "relire le PV")),
    ("demainn 8h30", True, ("2030-08-30 08:30", "")),
])
def test_demain_typed_with_one_slip_is_read(text: str, require_time: bool, expected: tuple[str, str]) -> None:
    assert _read(text, require_time) == expected


def test_a_slip_of_demain_after_midnight_is_asked_about_as_demain_is() -> None:
    with pytest.raises(UserError, match=r"Il est 1h10 .*demain"):
        _read("demian 10h", now=NIGHT)


def test_dedain_is_no_slip_of_demain() -> None:
    with pytest.raises(UserError):
        _read("dédain 10h")


@pytest.mark.parametrize(("text", "now", "expected"), [
    # the Jeûne genevois (the Thursday after September's first Sunday) was refused
    ("le Jeûne genevois à 10h", NOW, ("2030-09-05 10:00", "")),  # 1 September 2030 is a Sunday
    ("Jeûne genevois 9h, temple de Plainpalais", NOW, ("2030-09-05 09:00", "temple de Plainpalais")),
    ("la veille du Jeûne genevois à 18h", NOW, ("2030-09-04 18:00", "")),
    ("le Jeûne genevois 10h", datetime(2031, 1, 10, 9, 0, tzinfo=ZoneInfo("Europe/Zurich")), ("2031-09-11 10:00", "")),
])
def test_the_jeune_genevois_is_read(text: str, now: datetime, expected: tuple[str, str]) -> None:
    assert _read(text, now=now) == expected


@pytest.mark.parametrize("text", ["le Jeûne à 10h", "le lendemain du Jeûne à 9h"])
def test_the_jeune_alone_is_refused(text: str) -> None:
    # the federal Sunday in Vaud, Geneva's Thursday in Geneva: both groups live in Europe/Zurich
    with pytest.raises(UserError):
        _read(text, now=datetime(2030, 8, 29, 19, 40, tzinfo=ZoneInfo("Europe/Zurich")))


@pytest.mark.parametrize(("text", "require_time", "now"), [
    # blind set 13b: « le 29 février à 14h » typed in January 2029 was read as 29 February 2032
    ("le 29 février à 14h", True, datetime(2029, 1, 31, 12, 30, tzinfo=ZoneInfo("Europe/Zurich"))),
    ("29/02 : bilan", False, datetime(2030, 3, 5, 9, 0, tzinfo=ZONE)),
    ("jeudi 29.02. 18h", True, datetime(2033, 1, 10, 9, 0, tzinfo=ZONE)),
])
def test_29_february_without_its_year_years_ahead_is_refused(
        text: str, require_time: bool, now: datetime) -> None:
    with pytest.raises(UserError, match="n'existe pas avant .*non bissextiles.*le prochain est le"):
        _read(text, require_time, now)


@pytest.mark.parametrize(("text", "now", "expected"), [
    ("29/02 14h", datetime(2027, 3, 5, 9, 0, tzinfo=ZONE), ("2028-02-29 14:00", "")),  # next year's, within the year
    ("29/02 9h", datetime(2026, 11, 22, 10, 0, tzinfo=ZONE), ("2028-02-29 09:00", "")),  # 15 months ahead: still near
    ("le 29 février à 18h, salle B", datetime(2031, 3, 1, 9, 0, tzinfo=ZONE), ("2032-02-29 18:00", "salle B")),
    ("le 29 février 2032 à 14h", datetime(2029, 1, 31, 12, 30, tzinfo=ZONE), ("2032-02-29 14:00", "")),  # said with its year
])
def test_the_coming_29_february_or_one_with_its_year_is_read(text: str, now: datetime, expected: tuple[str, str]) -> None:
    assert _read(text, now=now) == expected


@pytest.mark.parametrize(("text", "now", "expected"), [
    # probing after blind set 13b: « le 15 avril avant minuit : dossier » was a deadline at 00h00 of the 15th
    ("le 12 septembre avant minuit : dossier", NOW, ("2030-09-12 23:59", "dossier")),
    ("vendredi jusqu'à minuit : envoyer les votes", NOW, ("2030-08-30 23:59", "envoyer les votes")),
    ("le 29 avant minuit : inscriptions", NOW, ("2030-08-29 23:59", "inscriptions")),  # today, not next month's 29th
])
def test_a_deadline_before_midnight_is_the_end_of_that_day(text: str, now: datetime, expected: tuple[str, str]) -> None:
    assert _read(text, require_time=False, now=now) == expected


def test_the_reply_says_that_before_midnight_was_noted_23h59() -> None:
    from handlers.dates import parse_when
    when = parse_when("le 12 septembre avant minuit : dossier", NOW, require_time=False)
    assert when.notes == ("« avant minuit » : noté le jeudi 12 septembre 2030 à 23h59.",)


@pytest.mark.parametrize(("text", "require_time"), [
    # « 14h jusqu'au soir » kept « jusqu'au soir » as the place: an end said in words, not read
    ("samedi 7 septembre 14h jusqu'au soir, salle B", True),
    ("samedi 7 septembre 20h jusqu'à tard", True),
    ("samedi 7 septembre 9h jusqu'au repas", True),
    ("le 12 septembre jusqu'au soir : dossier", False),
])
def test_an_end_said_in_words_is_refused(text: str, require_time: bool) -> None:
    with pytest.raises(UserError, match="ressemble à une date ou une heure"):
        _read(text, require_time)


def test_in_chat_a_tentative_meeting_is_asked_about_and_not_stored(chat: Chat) -> None:
    out = chat.say("/seance jeudi 10 décembre 18h (à confirmer) Mairie")
    assert out.startswith("« à confirmer » : la date est-elle décidée ?")
    assert chat.store.group("rte").meetings() == []


def test_in_chat_a_deadline_before_midnight_is_stored_at_23h59_and_said(chat: Chat) -> None:
    out = chat.say("/echeance le 10/12 avant minuit : envoyer les votes")
    assert out.splitlines()[-1] == "« avant minuit » : noté le jeudi 10 décembre 2026 à 23h59."
    [deadline] = chat.store.group("rte").deadlines()
    assert (deadline.due.isoformat(), deadline.text) == ("2026-12-10T23:59:00+01:00", "envoyer les votes")


@pytest.mark.parametrize(("text", "expected"), [
    # probing after blind set 13b: minutes' lines pasted whole, with their rubrics
    ("AG le 7 septembre à 10h, salle communale", ("2030-09-07 10:00", "salle communale")),
    ("Assemblée générale : samedi 7 septembre 10h", ("2030-09-07 10:00", "")),
    ("CA du 12 septembre 18h30", ("2030-09-12 18:30", "")),
    ("Prochain copil : 12/09, 18h30, Mairie", ("2030-09-12 18:30", "Mairie")),
    ("Quand : jeudi 12 septembre 18h30", ("2030-09-12 18:30", "")),
    ("Date : 12/09/2030 — Heure : 18h30 — Lieu : salle du conseil", ("2030-09-12 18:30", "salle du conseil")),
    ("jeudi 12 septembre, horaire : 18h30, lieu : Maison des associations", ("2030-09-12 18:30", "Maison des associations")),
])
def test_minutes_rubrics_are_not_kept(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


def test_ca_without_a_dot_before_a_time_is_not_taken_for_a_rubric() -> None:
    # « ca 15h »: the board at 15h, or « circa »? the dotted « ca. 15h » is read, approximate
    with pytest.raises(UserError):
        _read("ca 15h le 12 septembre")


@pytest.mark.parametrize(("text", "now", "expected"), [
    ("le dimanche de Pentecôte à 10h", NOW, ("2031-06-01 10:00", "")),  # Easter 2031: 13 April
    ("dimanche de Pentecôte 10h, culte commun", NOW, ("2031-06-01 10:00", "culte commun")),
])
def test_pentecost_sunday_is_read(text: str, now: datetime, expected: tuple[str, str]) -> None:
    assert _read(text, now=now) == expected


@pytest.mark.parametrize(("text", "require_time"), [
    # probing after blind set 13b: a part of the day in words stayed at the head of the deadline's text
    ("demain à l'heure du déjeuner : envoyer le PV", False),
    ("vendredi à la première heure : relancer la mairie", False),
    ("le 12 septembre au petit matin : ouvrir la salle", False),
    ("le 12 septembre avant la fin de la journée : dossier", False),
    ("demain dans la nuit : sauvegarde", False),
    ("jeudi 12 septembre 12h, à l'heure du déjeuner", True),
])
def test_a_part_of_the_day_in_words_is_not_kept_in_the_text(text: str, require_time: bool) -> None:
    with pytest.raises(UserError, match="ressemble à une date ou une heure"):
        _read(text, require_time)


@pytest.mark.parametrize(("text", "expected"), [
    ("jeudi 12 septembre 12h30, pause déjeuner offerte", ("2030-09-12 12:30", "pause déjeuner offerte")),
    ("jeudi 12 septembre 8h en début de journée, salle B", ("2030-09-12 08:00", "salle B")),  # read with the time
])
def test_a_meal_or_a_part_of_the_day_read_with_the_time_stays_fine(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected
