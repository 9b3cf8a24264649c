"""Families of date expressions found by blind set 15 (dates_blind15.tsv,
meetings moved and deadlines set in chat): each test writes other sentences of
the family than the set's own, at another moment and zone, and checks what a
coordinator would see, or that the expression is refused in French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at
from tests.helpers import Chat

NOW = datetime(2030, 9, 10, 16, 5, tzinfo=ZoneInfo("Europe/Brussels"))  # a Tuesday afternoon


@pytest.mark.parametrize(("text", "reading"), [
    ("reporté au vendredi 20 septembre, 10h", ("2030-09-20 10:00", "")),
    ("Décalée à mercredi 18h30 salle du conseil", ("2030-09-11 18:30", "salle du conseil")),
    ("la réunion est avancée au lundi 16 septembre à 9h", ("2030-09-16 09:00", "")),
    ("AG repoussée au 3 octobre 2030 20h, Maison du Peuple", ("2030-10-03 20:00", "Maison du Peuple")),
    ("Prochaine séance reportée au jeudi 19/09 14h-16h", ("2030-09-19 14:00-16:00", "")),
    ("Nouvelle date : vendredi 27 septembre 9h30", ("2030-09-27 09:30", "")),
    ("DÉPLACÉE AU MARDI 17 SEPTEMBRE 18H", ("2030-09-17 18:00", "")),
])
def test_a_move_gives_the_new_date_of_a_meeting(text: str, reading: tuple[str, str]) -> None:
    # the participle says the date moved: the date after it is the one to store
    assert read_at(text, NOW, True) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("repoussé au 30 septembre : bilan des inscriptions", ("2030-09-30", "bilan des inscriptions")),
    ("report au vendredi 4 octobre - tableau des permanences", ("2030-10-04", "tableau des permanences")),
    ("différée à lundi : convention", ("2030-09-16", "convention")),
])
def test_a_move_gives_the_new_day_of_a_deadline(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, False) == reading


@pytest.mark.parametrize("text", ["reporté au vendredi suivant 14h", "décalée au lundi d'après à 9h",
                                  "avancée au mercredi suivant, 18h"])
def test_a_day_counted_from_the_meeting_moved_is_asked_for(text: str) -> None:
    # « le vendredi suivant » of a moved meeting is the one after it, which the reader does not know
    with pytest.raises(UserError, match="séance déplacée"):
        read_at(text, NOW, True)


@pytest.mark.parametrize(("text", "require_time"), [
    ("vendredi même heure : envoi des convocations", False),
    ("lundi 16 septembre à la même heure", True),
    ("mercredi 14h, même horaire que d'habitude", True),
    ("vendredi, à l'heure habituelle : relevé", False),
    ("le 20 septembre, même créneau", True),
])
def test_an_hour_kept_as_before_is_asked_for(text: str, require_time: bool) -> None:
    # « même heure » is the moved meeting's hour: not known here, and not a deadline's text
    with pytest.raises(UserError, match="je ne connais pas l'heure"):
        read_at(text, NOW, require_time)


@pytest.mark.parametrize("text", ["avancé à 8h", "décalée à 17h30 Mairie", "reportée d'une semaine",
                                  "reportée à une date ultérieure", "décalée à la semaine prochaine 14h"])
def test_a_move_without_its_new_day_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        read_at(text, NOW, True)


def test_the_same_place_stays_the_place() -> None:
    assert read_at("vendredi 20 septembre 14h même endroit", NOW, True) == ("2030-09-20 14:00", "même endroit")


@pytest.mark.parametrize("text", ["remise des prix le 20 septembre", "report des comptes le 20 septembre"])
def test_a_noun_of_the_family_before_a_text_is_no_move(text: str) -> None:
    # « remise », « report » start a deadline's text when no « à / au » follows: not read as a lead
    with pytest.raises(UserError, match="Je ne reconnais pas de date"):
        read_at(text, NOW, False)


@pytest.mark.parametrize(("text", "reading"), [
    ("d'ici lundi de Pentecôte : bilan", ("2031-06-02", "bilan")),
    ("pour le lundi de Pâques : affiches", ("2031-04-14", "affiches")),
    ("au jeudi de l'Ascension : inscriptions", ("2031-05-22", "inscriptions")),
])
def test_a_holiday_named_by_its_weekday_after_a_bound_is_the_holiday(text: str, reading: tuple[str, str]) -> None:
    # (found by the generator's moved family) « d'ici lundi de Pâques » read the coming Monday, « de Pâques » left
    # as the deadline's text: silently wrong whenever Easter Monday is not the coming Monday
    assert read_at(text, datetime(2031, 3, 4, 9, 0, tzinfo=ZoneInfo("Europe/Paris")), False) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("reportée au premier mardi d'octobre, 18h", ("2030-10-01 18:00", "")),
    ("décalée au 3e jeudi du mois prochain 20h", ("2030-10-17 20:00", "")),
    ("repoussée au lendemain de la Toussaint à 10h", ("2030-11-02 10:00", "")),
])
def test_a_move_to_an_ordinal_weekday_or_a_holidays_next_day(text: str, reading: tuple[str, str]) -> None:
    # « au premier mardi » read « au premier » as the 1st and refused a mismatch; « au lendemain de » was not read
    assert read_at(text, NOW, True) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("mercredi 8-12h", ("2030-09-11 08:00-12:00", "")),  # the coming 8th is a Tuesday: only the hours make sense
    ("jeudi 14-17h salle 4", ("2030-09-12 14:00-17:00", "salle 4")),
])
def test_a_weekday_then_short_hours_is_a_range(text: str, reading: tuple[str, str]) -> None:
    # « 9h-12h » typed short after a weekday: before, « 9 » was taken for the day of the month and refused
    assert read_at(text, NOW, True) == reading


def test_a_weekday_then_short_hours_that_may_be_its_date_is_asked() -> None:
    # Friday the 13th exists: « vendredi 13-17h » may be the 13th at 17h or 13h–17h
    with pytest.raises(UserError, match="Je ne devine pas"):
        read_at("vendredi 13-17h", NOW, True)
    assert read_at("vendredi 13 à 17h", NOW, True) == ("2030-09-13 17:00", "")


@pytest.mark.parametrize(("text", "reading"), [
    ("ds 10 jours 18h", ("2030-09-20 18:00", "")),
    ("dans 2 sem. à 9h, salle 1", ("2030-09-24 09:00", "salle 1")),
])
def test_relative_counts_typed_short(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, True) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("deadline lundi 16 septembre : tableau", ("2030-09-16", "tableau")),
    ("à rendre pour le 20/09 - fiches", ("2030-09-20", "fiches")),
    ("Date butoir : 27 septembre, bilan", ("2030-09-27", "bilan")),
    ("dans 15 jours jour pour jour : convention", ("2030-09-24", "convention")),
])
def test_a_deadline_as_set_in_chat(text: str, reading: tuple[str, str]) -> None:
    # the words that announce a deadline, or say it is exactly that day, are not its text
    assert read_at(text, NOW, False) == reading


def test_a_minutes_rubric_then_du_and_a_weekday() -> None:
    assert read_at("Réunion du mercredi 18 septembre 2030 à 18h, salle 2", NOW, True) == ("2030-09-18 18:00", "salle 2")


def test_a_first_of_the_month_with_a_phones_space() -> None:
    assert read_at("mardi 1 er octobre 2030 à 9h", NOW, True) == ("2030-10-01 09:00", "")
    assert read_at("le 1 ier octobre : bilan", NOW, False) == ("2030-10-01", "bilan")


def test_an_exact_count_before_the_time() -> None:
    assert read_at("dans 3 semaines jour pour jour à 18h, salle 2", NOW, True) == ("2030-10-01 18:00", "salle 2")


@pytest.mark.parametrize(("text", "reading"), [
    ("délai au 27.9 : préavis", ("2030-09-27", "préavis")),  # Swiss administrative French
    ("Délai de réponse : vendredi 20 septembre - sondage", ("2030-09-20", "sondage")),
    ("retours attendus pour le 30 septembre : questionnaire", ("2030-09-30", "questionnaire")),
    ("pr jeudi : relecture", ("2030-09-12", "relecture")),
    ("jeudi EOD : relecture", ("2030-09-12", "relecture")),
])
def test_a_deadline_rubric_of_offices_and_chats(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, False) == reading


@pytest.mark.parametrize("text", ["dans 10 jours ouvrables : dossier", "sous 5 jours ouvrés - dossier",
                                  "d'ici 8 jours francs : recours", "dans 3 jours de travail : relecture"])
def test_days_the_reader_does_not_count_are_asked_for(text: str) -> None:
    # (found probing after blind set 15) read as calendar days, « ouvrables : dossier » was the text of a wrong day
    with pytest.raises(UserError, match="jours du calendrier"):
        read_at(text, NOW, False)


@pytest.mark.parametrize("text", ["dans 10 jours à compter de la réunion : PV", "dans 15 jours après la signature : PV",
                                  "dans les 8 jours suivant la réception : accusé", "dans 10 jours dès réception : PV",
                                  "dans un mois après l'AG : rapport"])
def test_a_count_from_another_day_is_asked_for(text: str) -> None:
    with pytest.raises(UserError, match="autre jour qu'aujourd'hui"):
        read_at(text, NOW, False)


@pytest.mark.parametrize(("text", "reading"), [
    ("dans 5 jours calendaires : dossier", ("2030-09-15", "dossier")),
    ("dans 10 jours à compter d'aujourd'hui : dossier", ("2030-09-20", "dossier")),
    ("dans 3 jours des relances", ("2030-09-13", "des relances")),
])
def test_calendar_days_from_today_are_read(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, False) == reading


@pytest.mark.parametrize("text", ["dans 10 jours 17h, ouvrables : dossier", "dans 8 jours à 9h à compter de la réunion : PV"])
def test_how_days_are_counted_cut_from_the_count_is_asked_for(text: str) -> None:
    # (found by the generator) a time between the count and the words: still not the text
    with pytest.raises(UserError):
        read_at(text, NOW, False)


def test_a_time_after_a_count_is_no_other_start() -> None:
    assert read_at("dans 3 jours à partir de 18h, salle 2", NOW, True) == ("2030-09-13 18:00", "salle 2")


@pytest.mark.parametrize("text", ["au + tard vendredi : relevé", "vendredi 13 au + tard : relevé", "au + tard le 13 : relevé"])
def test_at_the_latest_typed_short(text: str) -> None:
    assert read_at(text, NOW, False) == ("2030-09-13", "relevé")


@pytest.mark.parametrize("said", ["même endroit", "au même endroit", "(même salle)", "lieu inchangé", "salle habituelle",
                                  "à l'endroit habituel"])
def test_a_move_to_the_same_place_keeps_the_meetings_place(chat: Chat, said: str) -> None:
    # (blind set 15's angle) the words were stored as the place's name: « Lieu : même endroit »
    chat.say("/seance 26/11/2026 9h-11h Salle A du Centre social")
    out = chat.say(f"/seance_deplacer 1 reportée au jeudi 17 décembre 2026 à 14h, {said}")
    assert "Séance n°1 déplacée" in out
    [meeting] = chat.store.group("rte").meetings()
    assert (meeting.start.isoformat(), meeting.end.isoformat(), meeting.place) == (
        "2026-12-17T14:00:00+01:00", "2026-12-17T16:00:00+01:00", "Salle A du Centre social")


def test_a_move_to_a_named_place_stores_it(chat: Chat) -> None:
    chat.say("/seance 26/11/2026 9h Salle A")
    chat.say("/seance_deplacer 1 décalée au jeudi 17 décembre 2026 14h, même endroit que le CA de juin")
    assert chat.store.group("rte").meetings()[0].place == "même endroit que le CA de juin"


@pytest.mark.parametrize("text", ["vendredi 20 septembre 14h, décalée d'une semaine", "vendredi 20 septembre 14h (avancée d'1 h)",
                                  "vendredi 20 septembre 10h, retardée de 30 min", "vendredi 20 septembre, reporté de deux jours, 9h"])
def test_a_date_said_shifted_by_a_length_is_asked(text: str) -> None:
    # the date typed is the old one or the new one? Read as the new one, it was silently wrong half the time
    with pytest.raises(UserError):
        read_at(text, NOW, True)


@pytest.mark.parametrize("text", ["reportée : vendredi 20 septembre 14h", "Report → vendredi 20 septembre 14h"])
def test_a_move_then_a_colon_or_an_arrow(text: str) -> None:
    assert read_at(text, NOW, True) == ("2030-09-20 14:00", "")
