"""Families of date expressions found by blind set 17 (dates_blind17.tsv, dates as mails and minutes write
them: saints' days, « sous huitaine », « de demain en huit », « l'avant-dernier jeudi », « le jeudi qui suit le
15 », « J-7 du 20 mars », « le 1er jour ouvré de février »): each test writes other sentences of the family than
the set's own, at another moment and zone, and checks what a coordinator would see, or that the expression is
refused in French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at
from tests.helpers import Chat

PARIS = datetime(2028, 11, 20, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))  # a Monday; the Saint-Martin was the 11th
ZURICH = datetime(2028, 10, 18, 16, 0, tzinfo=ZoneInfo("Europe/Zurich"))  # a Wednesday afternoon (a Geneva group)
BRUSSELS = datetime(2028, 4, 28, 11, 0, tzinfo=ZoneInfo("Europe/Brussels"))  # a Friday; 1 May is a Monday


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("la Sainte-Catherine à 12h, cantine", True, ("2028-11-25 12:00", "cantine")),
    ("la veille de la Sainte-Catherine à 18h", True, ("2028-11-24 18:00", "")),
    ("le surlendemain de la Saint-Nicolas à 9h", True, ("2028-12-08 09:00", "")),
    ("à la Saint-Nicolas : sachets", False, ("2028-12-06", "sachets")),
    ("avant la Saint-Étienne : bilan", False, ("2028-12-26", "bilan")),
    ("la Saint-Jean, dimanche 24 juin 2029, 19h", True, ("2029-06-24 19:00", "")),
])
def test_a_saints_day_is_its_day(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # refused before blind set 17 (only the Saint-Nicolas was read, and not after « pour », « avant », « à »)
    assert read_at(text, PARIS, require_time) == reading


@pytest.mark.parametrize(("text", "asked"), [
    ("la Saint-Nicolas, jeudi 6 décembre à 17h", "est un mercredi, pas un jeudi"),
    ("la Saint-Nicolas, le 7 décembre à 17h", "mercredi 6 décembre 2028 ou le jeudi 7 décembre 2028"),
    ("la Saint-Martin à 17h", "samedi 11 novembre 2028 est passé"),  # nine days ago: a slip, not next year's
])
def test_a_saints_day_said_with_another_date_or_just_past_is_refused(text: str, asked: str) -> None:
    with pytest.raises(UserError, match=asked):
        read_at(text, PARIS, True)


def test_a_saints_name_that_is_a_place_stays_a_place() -> None:
    assert read_at("jeudi 14h au Saint-Martin", PARIS, True) == ("2028-11-23 14:00", "au Saint-Martin")
    with pytest.raises(UserError, match="Je ne reconnais pas de date"):
        read_at("pour Saint-Étienne : billets", PARIS, False)  # the city, not « la Saint-Étienne »


def test_the_mardi_gras_is_the_day_before_the_ashes_not_the_coming_tuesday() -> None:
    # was read as the coming Tuesday with « gras : déguisements » as the deadline's text: silently wrong
    assert read_at("le mardi gras : beignets", PARIS, False) == ("2029-02-13", "beignets")
    assert read_at("Mardi gras à 18h", PARIS, True) == ("2029-02-13 18:00", "")
    assert read_at("jeudi 14h, soirée Mardi-Gras", PARIS, True) == ("2028-11-23 14:00", "soirée Mardi-Gras")


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("d'aujourd'hui en quinze à 10h", True, ("2028-11-01 10:00", "")),
    ("de demain en huit : liste", False, ("2028-10-26", "liste")),
    ("sous quinzaine : devis", False, ("2028-11-01", "devis")),
    ("sous huitaine la réponse", False, ("2028-10-25", "la réponse")),
])
def test_huitaine_and_quinzaine_count_a_week_and_two(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    assert read_at(text, ZURICH, require_time) == reading


def test_a_meeting_refuses_a_bound_and_a_rough_fortnight_is_refused() -> None:
    with pytest.raises(UserError, match="borne une période"):
        read_at("sous quinzaine à 14h", ZURICH, True)
    with pytest.raises(UserError):
        read_at("dans une quinzaine : bilan", ZURICH, False)


def test_the_last_but_one_weekday_of_a_month() -> None:
    assert read_at("l'avant-dernier vendredi de novembre à 12h", ZURICH, True) == ("2028-11-17 12:00", "")
    assert read_at("l'avant-dernier lundi du mois prochain à 18h", ZURICH, True) == ("2028-11-20 18:00", "")


def test_a_weekday_counted_from_a_day() -> None:
    assert read_at("le jeudi qui suit le 25 à 18h", ZURICH, True) == ("2028-10-26 18:00", "")
    assert read_at("le vendredi qui précède le 1er novembre : dossier", ZURICH, False) == ("2028-10-27", "dossier")
    # the 16th was Monday: the Monday after it (the 23rd) is still ahead, so « le 16 » may be this month's
    with pytest.raises(UserError, match="lundi 23 octobre 2028 ou le lundi 20 novembre 2028"):
        read_at("le lundi qui suit le 16 à 10h", ZURICH, True)
    with pytest.raises(UserError, match="compte à partir d'un événement"):
        read_at("le jeudi qui suit la réunion à 18h", ZURICH, True)


def test_days_counted_down_to_a_day() -> None:
    assert read_at("J-10 du 1er décembre : convocations", ZURICH, False) == ("2028-11-21", "convocations")
    assert read_at("à J-3 de la Saint-Nicolas à 9h", ZURICH, True) == ("2028-12-03 09:00", "")
    for text in ("J-7 : convocations", "à J-7 de la séance : convocations"):
        with pytest.raises(UserError, match="compté à partir de quel jour"):
            read_at(text, ZURICH, False)


@pytest.mark.parametrize(("text", "now", "reading"), [
    ("le premier jour ouvré de mai à 9h", BRUSSELS, ("2028-05-02 09:00", "")),  # 1 May, a Monday, is a holiday
    ("le premier jour ouvré de juillet : inscriptions", BRUSSELS, ("2028-07-03", "inscriptions")),
    ("le premier jour ouvrable de juillet : inscriptions", BRUSSELS, ("2028-07-01", "inscriptions")),  # a Saturday
    ("le dernier jour ouvré de juillet : clôture", BRUSSELS, ("2028-07-31", "clôture")),
    ("le premier jour ouvré de janvier : vœux", PARIS, ("2029-01-02", "vœux")),
    ("le deuxième jour ouvré de mai : relevés", PARIS, ("2029-05-03", "relevés")),
])
def test_a_working_day_counts_the_countrys_holidays(text: str, now: datetime, reading: tuple[str, str]) -> None:
    assert read_at(text, now, "h" in text.split(":")[0]) == reading


def test_a_working_day_is_asked_where_the_holidays_differ() -> None:
    # 2 January is a holiday in some cantons only; Montreal's holidays are not listed
    with pytest.raises(UserError, match="mardi 2 janvier 2029 est férié dans certaines régions"):
        read_at("le premier jour ouvré de janvier : vœux", ZURICH, False)
    with pytest.raises(UserError, match="je ne connais pas les jours fériés"):
        read_at("le premier jour ouvré de mai : relevés", BRUSSELS.replace(tzinfo=ZoneInfo("America/Montreal")), False)
    with pytest.raises(UserError, match="de quel mois"):
        read_at("le premier jour ouvré : relevés", PARIS, False)


def test_an_end_that_names_no_period_is_the_deadlines_text() -> None:
    # « 15.01.31 : fin du mandat » was refused as the span « fin du … »
    assert read_at("jeudi 26 octobre : fin des inscriptions", ZURICH, False) == ("2028-10-26", "fin des inscriptions")
    assert read_at("15.01.31 : fin du mandat", ZURICH, False) == ("2031-01-15", "fin du mandat")
    with pytest.raises(UserError, match="ne dit pas quel jour"):
        read_at("fin de la semaine : bilan", ZURICH, False)


def test_a_coordinator_sees_the_day_read(chat: Chat) -> None:
    # the chat is on Monday 23 November 2026 in Zurich
    out = chat.say("/seance la Sainte-Catherine à 18h, salle B")
    assert "mercredi 25 novembre 2026" in out and "salle B" in out
    out = chat.say("/echeance le premier jour ouvré de décembre : facturation")
    assert "mardi 1er décembre 2026" in out and "facturation" in out
    out = chat.say("/echeance le dernier jour ouvré de décembre : clôture des comptes")
    assert "jeudi 31 décembre 2026 est férié dans certaines régions" in out  # Geneva's Restauration
    assert len(chat.store.group("rte").deadlines()) == 1


@pytest.mark.parametrize("text", [
    "sous huitaine à réception du courrier : réponse",
    "sous 8 jours, à réception : réponse",
    "dans 15 jours à la signature de la convention : versement",
    "dans 10 jours à dater de la notification : recours",
])
def test_a_count_from_an_event_is_asked(text: str) -> None:
    # read from today, with « à réception … » as the deadline's text, it was silently another day
    with pytest.raises(UserError, match="compté à partir d'un autre jour"):
        read_at(text, BRUSSELS, False)


def test_a_countdown_to_a_feast_counts_from_the_feast_not_its_weekday() -> None:
    # « J-7 du lundi de Pâques » was the coming Monday minus 7, « de Pâques » left in the text
    assert read_at("J-7 du lundi de Pentecôte : programme", BRUSSELS, False) == ("2028-05-29", "programme")


def test_a_feasts_year_said_after_it() -> None:
    assert read_at("la Saint-Jean 2029 à 19h", BRUSSELS, True) == ("2029-06-24 19:00", "")
    with pytest.raises(UserError, match="déjà passé"):
        read_at("la Saint-Valentin 2028 : affiches", BRUSSELS, False)


@pytest.mark.parametrize("text", [
    "sous\u00a015 jours à 18h",  # a phone's non-breaking space: the bound was not seen, the meeting stored 14 days ahead
    "sous\u202fhuitaine à 18h",
    "Réunion décalée à sous quinzaine, à 14h30, salle B",  # after a move's lead
])
def test_a_meeting_said_with_a_bound_is_refused_whatever_the_space(text: str) -> None:
    with pytest.raises(UserError, match="borne une période"):
        read_at(text, BRUSSELS, True)
