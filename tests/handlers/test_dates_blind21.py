"""Families of date expressions found by blind set 21 (dates_blind21.tsv, dates in the administrative and minutes
register, dates relative to something): each test writes other sentences of the family than the set's own, at another
moment and zone, and checks what a coordinator would see, or that the expression is refused in French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at

NOW = datetime(2027, 3, 3, 10, 0, tzinfo=ZoneInfo("Europe/Luxembourg"))  # a Wednesday morning, ISO week 9


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("mercredi de la semaine 11 à 18h", True, ("2027-03-17 18:00", "")),
    ("jeudi S10 : bilan", False, ("2027-03-11", "bilan")),
    ("vendredi sem. 12 à 9h30, salle 4", True, ("2027-03-26 09:30", "salle 4")),
    ("lundi semaine 2 : rapport", False, ("2028-01-10", "rapport")),  # a week already past this year: next year's
    ("mardi S10 09/03 à 14h", True, ("2027-03-09 14:00", "")),  # the date said too, checked
    ("lundi semaine bleue", False, ("2027-03-08", "semaine bleue")),  # a week's name stays the text
])
def test_a_weekday_with_its_week_number_names_one_day(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 21's first run refused them (« mardi de la semaine 3 »: the weekday of an event) or left « S45 » in the text
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "require_time", "refusal"), [
    ("semaine 11 à 18h", True, "est une période"),
    ("S11 : bilan", False, "est une période"),
    ("lundi de la semaine 9 à 10h", True, "passé"),  # this week's Monday
    ("mardi semaine 53 à 10h", True, "pas de semaine 53"),
    ("mardi S10 10/03 à 14h", True, "mercredi"),
    ("lundi semaines jours", False, "ressemble à une date"),  # a unit after « semaines » is no week's name
])
def test_a_week_number_without_its_day_or_against_it_is_refused(text: str, require_time: bool, refusal: str) -> None:
    with pytest.raises(UserError, match=refusal):
        read_at(text, NOW, require_time)


@pytest.mark.parametrize(("text", "reading"), [
    ("le 9 en fin d'après-midi, à 17h30", "2027-03-09 17:30"),
    ("mardi 9 en début de matinée, vers 8h", "2027-03-09 08:00"),
    ("le 9 en fin de soirée à 23h", "2027-03-09 23:00"),
])
def test_a_part_of_the_day_said_before_the_time_is_read_with_it(text: str, reading: str) -> None:
    assert read_at(text, NOW, True) == (reading, "")


@pytest.mark.parametrize(("text", "require_time", "refusal"), [
    ("le 9 en début d'après-midi, à 9h", True, "se contredit"),
    ("le 9 en fin de matinée : dossier", False, "à quelle heure"),
    ("mardi 9 en fin d'après-midi", True, "à quelle heure"),
])
def test_a_part_of_the_day_without_its_hour_or_against_it_is_asked(text: str, require_time: bool, refusal: str) -> None:
    with pytest.raises(UserError, match=refusal):
        read_at(text, NOW, require_time)


@pytest.mark.parametrize("text", [
    "mardi 9 à 18h, à l'issue de l'assemblée générale",
    "mardi 9 à 18h, dès la fin du conseil",
    "jeudi 11 mars 14h juste à la suite du bureau",
])
def test_a_time_that_waits_for_another_event_is_refused(text: str) -> None:
    # blind set 21: « jeudi 14 à 14h, à l'issue du comité » was stored with « à l'issue du comité » as the place
    with pytest.raises(UserError, match="dépend d'un autre événement"):
        read_at(text, NOW, True)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("vendredi : diffuser le relevé à l'issue du comité", False, ("2027-03-05", "diffuser le relevé à l'issue du comité")),
    ("mardi 18h à la Suite de la Gare", True, ("2027-03-09 18:00", "à la Suite de la Gare")),
])
def test_an_event_further_on_or_a_name_stays_text(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize("text", ["le 9 ou au plus tard le 12 : dossier", "le 9, voire avant le 5 : dossier"])
def test_a_second_day_offered_with_its_bound_is_refused(text: str) -> None:
    # blind set 21: « le 15 ou au plus tard le 18 : retour des fiches » kept « ou au plus tard le 18 » in the text
    with pytest.raises(UserError):
        read_at(text, NOW, False)


def test_a_bound_after_the_day_alone_is_still_read() -> None:
    assert read_at("le 9 au plus tard : dossier", NOW, False) == ("2027-03-09", "dossier")


@pytest.mark.parametrize(("text", "reading"), [
    ("Commission des finances : mardi 9 mars, 18h, salle 2", ("2027-03-09 18:00", "salle 2")),
    ("Réunion du bureau : mardi 9 mars à 18h", ("2027-03-09 18:00", "")),
    ("Les membres de la commission sont convoqués le mardi 9 mars à 18h en mairie", ("2027-03-09 18:00", "en mairie")),
    ("Mesdames et Messieurs les délégués sont invités à se réunir le jeudi 11 mars à 14h", ("2027-03-11 14:00", "")),
])
def test_a_meeting_titled_or_convened_in_minutes_words_is_read(text: str, reading: tuple[str, str]) -> None:
    # blind set 21's first run: « Réunion du bureau : jeudi 4 février, 9h précises » and « Les membres sont convoqués
    # le … » were refused as no date at the start
    assert read_at(text, NOW, True) == reading


@pytest.mark.parametrize("text", [
    "Réunion annulée : mardi 9 mars 18h",
    "Les membres ne sont plus convoqués le mardi 9 mars à 18h",
    "Réunion du bureau : mardi 9 mars 18h ou 19h",
])
def test_a_cancelled_or_undecided_meeting_stays_refused(text: str) -> None:
    with pytest.raises(UserError):
        read_at(text, NOW, True)


@pytest.mark.parametrize(("text", "reading"), [
    ("au plus tard à 17h le 9 : dossier", ("2027-03-09 17:00", "dossier")),
    ("vendredi au plus tard à 12h : dossier", ("2027-03-05 12:00", "dossier")),
])
def test_a_deadline_s_hour_said_au_plus_tard_is_read(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, False) == reading


def test_a_meeting_said_au_plus_tard_asks_for_its_start() -> None:
    with pytest.raises(UserError, match="dit quand la séance doit être finie"):
        read_at("au plus tard à 18h le 9", NOW, True)


def test_after_a_deadline_s_colon_an_event_is_the_task_s_text() -> None:
    assert read_at("vendredi : à la suite de la réunion, envoyer le CR", NOW, False) == (
        "2027-03-05", "à la suite de la réunion, envoyer le CR")


def test_a_number_before_a_plural_after_sem_is_no_week() -> None:
    assert read_at("mardi sem 3 dossiers", NOW, False)[0] != "2028-01-18"


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("mardi 9 mars à 9 heures très précises, salle 2", True, ("2027-03-09 09:00", "salle 2")),
    ("le 9 du courant à 18h", True, ("2027-03-09 18:00", "")),
    ("le 9 en fin de journée, 18h", True, ("2027-03-09 18:00", "")),
    ("mardi de la S11 à 14h", True, ("2027-03-16 14:00", "")),
])
def test_found_probing_the_register_is_read(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # each was silently wrong (« très précises » kept as the place) or refused before
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize("text", [
    "le 9 à 10h en fin de journée",  # was 22h00
    "le 9 en fin de journée, à 10h",
    "mardi 9 de 14h jusqu'à la fin de la réunion",  # was kept as the place
])
def test_found_probing_the_register_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        read_at(text, NOW, True)


@pytest.mark.parametrize(("text", "require_time"), [("le 9, à défaut le 12 : dossier", False), ("mardi 9 à 18h, à défaut le 16", True)])
def test_a_fallback_day_is_a_second_day_offered(text: str, require_time: bool) -> None:
    # found probing after blind set 21: « à défaut le 18 » was kept as the text or the place
    with pytest.raises(UserError, match="ressemble à une date"):
        read_at(text, NOW, require_time)


def test_a_fallback_in_the_task_s_words_stays_text() -> None:
    assert read_at("le 9 : à défaut de réponse, relancer", NOW, False) == ("2027-03-09", "à défaut de réponse, relancer")


@pytest.mark.parametrize(("text", "reading"), [
    ("Prochaine séance fixée au mardi 9 mars, 18h, salle 2", ("2027-03-09 18:00", "salle 2")),
    ("Réunion programmée le jeudi 11 à 14h", ("2027-03-11 14:00", "")),
    ("Date de la prochaine réunion : le 9 courant à 18h", ("2027-03-09 18:00", "")),
])
def test_a_minutes_rubric_with_the_participle_that_sets_the_date_is_read(text: str, reading: tuple[str, str]) -> None:
    # found probing after blind set 21: refused as no date at the start
    assert read_at(text, NOW, True) == reading


def test_a_rubric_with_a_date_it_replaces_stays_refused() -> None:
    with pytest.raises(UserError):
        read_at("Réunion initialement prévue le mardi 9 mars à 18h", NOW, True)


@pytest.mark.parametrize(("text", "reading"), [
    ("le dernier jour du mois : bilan", ("2027-03-31", "bilan")),
    ("le dernier jour du mois prochain : bilan", ("2027-04-30", "bilan")),
    ("le premier jour de juin : bilan", ("2027-06-01", "bilan")),
    ("l'avant-dernier jour de février 2028 : bilan", ("2028-02-28", "bilan")),
])
def test_a_calendar_day_named_by_its_rank_in_a_month_is_read(text: str, reading: tuple[str, str]) -> None:
    # found probing after blind set 21 (« le dernier jour ouvré du mois » was read, « le dernier jour du mois » refused)
    assert read_at(text, NOW, False) == reading


@pytest.mark.parametrize("text", ["le premier jour de mars : bilan",  # two days ago: a slip
                                  "le premier jour de la formation : bilan"])  # an event's
def test_a_calendar_day_just_past_or_of_an_event_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        read_at(text, NOW, False)


@pytest.mark.parametrize("text", [
    "mardi 9 à 18h ou à l'issue de l'AG",  # another time offered: was kept as the place
    "mardi 9 à 18h, juste après le bureau",
    "mardi 9 à 18h, avant l'AG",
    "mardi 9 à 18h, dans la foulée du bureau",
])
def test_found_probing_a_time_that_waits_for_another_event_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="dépend d'un autre événement"):
        read_at(text, NOW, True)


def test_a_capitalised_place_with_avant_stays_the_place() -> None:
    assert read_at("mardi 9 à 18h à l'Avant-Scène", NOW, True) == ("2027-03-09 18:00", "à l'Avant-Scène")
