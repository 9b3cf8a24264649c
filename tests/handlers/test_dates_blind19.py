"""Families of date expressions found by blind set 19 (dates_blind19.tsv: dates PASTED into the chat from an
e-mail invitation, a calendar export, a poll's result, a convocation or the minutes' « prochaine séance » line).
Each test writes other sentences of the family than the set's, at another moment and zone, and checks what a
coordinator would see, or that the expression is refused in French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at
from tests.helpers import Chat

NOW = datetime(2030, 2, 12, 8, 50, tzinfo=ZoneInfo("Europe/Zurich"))  # a Tuesday morning
BRUSSELS = datetime(2030, 3, 29, 17, 30, tzinfo=ZoneInfo("Europe/Brussels"))  # a Friday, the clocks go forward on Sunday


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    # a sentence pasted whole from an invitation: its lead-in was « no date at the start »
    ("Nous vous invitons à nous réunir le jeudi 21 février à 18h30 à la salle paroissiale", True,
     ("2030-02-21 18:30", "à la salle paroissiale")),
    ("L'assemblée générale se tiendra le samedi 16 mars 2030 à 10h, aula du collège", True, ("2030-03-16 10:00", "aula du collège")),
    ("Merci de bien vouloir noter le lundi 18 février, 19h-21h", True, ("2030-02-18 19:00-21:00", "")),
    ("Vous êtes conviés à la réunion du jeudi 14 février à 20h", True, ("2030-02-14 20:00", "")),
    ("La prochaine séance du comité aura lieu le 28 février", False, ("2030-02-28", "")),
    ("Nous nous retrouverons le jeudi 14 février à 20h.", True, ("2030-02-14 20:00", "")),
])
def test_a_pasted_sentence_is_read_from_its_date(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "match"), [
    ("La séance n'aura pas lieu le jeudi 14 février à 20h", "Je ne reconnais pas de date"),
    ("La réunion qui devait avoir lieu le 14 février aura lieu le 21 février à 20h", "Je ne reconnais pas de date"),
    ("On se retrouve jeudi 14 février à 20h au local ?", "est une question"),
    ("Le bureau se réunira le mercredi 14 février à 20h", "est un jeudi, pas un mercredi"),
    ("Je vous propose de nous retrouver le jeudi 14 février à 20h ou le vendredi 15 à 18h", "je ne devine pas"),
])
def test_a_pasted_sentence_that_does_not_set_one_date_is_refused(text: str, match: str) -> None:
    with pytest.raises(UserError, match=match):
        read_at(text, NOW, True)


@pytest.mark.parametrize(("text", "reading"), [
    # calendar exports: a middle dot, seconds, ISO's « T », milliseconds, a spaced slash between day and time
    ("Quand : lun. 18 févr. 2030 19:00 – 21:00", ("2030-02-18 19:00-21:00", "")),
    ("lundi 18 février⋅19:00 – 21:00 · Salle du Faubourg", ("2030-02-18 19:00-21:00", "Salle du Faubourg")),
    ("2030-02-18T19:00:00 Salle du Faubourg", ("2030-02-18 19:00", "Salle du Faubourg")),
    ("18.02.2030 19:00:00 – 21:00:00", ("2030-02-18 19:00-21:00", "")),
    ("2030-02-18T19:00:00.000", ("2030-02-18 19:00", "")),
    ("ven 22.2 / 14h / buvette", ("2030-02-22 14:00", "buvette")),
    ("Date retenue : ven. 22/02 14h", ("2030-02-22 14:00", "")),
])
def test_a_calendar_export_is_read(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, True) == reading


@pytest.mark.parametrize(("text", "match"), [
    # a zone as exports write it was kept as the place (« (Europe/Paris) ») or would be
    ("2030-02-18T18:00:00Z", "fuseau horaire"),
    ("2030-02-18T19:00:00+01:00", "fuseau horaire"),
    ("2030-02-18T19:00+0100 salle B", "fuseau horaire"),
    ("lundi 18 février 19:00 Z", "fuseau horaire"),
    ("lundi 18 février 19:00 (Europe/Zurich)", "Europe/Zurich"),
    ("18.02.2030 19:00 America/Montreal, salle B", "America/Montreal"),
    # seconds other than « :00 » would be cut off unsaid
    ("lundi 18 février 19:00:45", "sans secondes"),
    ("2030-02-18T19:00:00.500", "sans secondes"),
])
def test_a_zone_or_seconds_from_an_export_are_refused(text: str, match: str) -> None:
    with pytest.raises(UserError, match=match):
        read_at(text, NOW, True)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    # the place or the deadline's text pasted before the date
    ("Salle du Faubourg – lundi 1er avril – 19h", True, ("2030-04-01 19:00", "Salle du Faubourg")),
    ("Buvette du FC, mardi 2 avril, 14h", True, ("2030-04-02 14:00", "Buvette du FC")),
    ("Renvoi des bulletins : 12.04.2030", False, ("2030-04-12", "Renvoi des bulletins")),
    ("Cotisations, vendredi 5 avril", False, ("2030-04-05", "Cotisations")),
])
def test_the_place_or_text_before_the_date_is_read(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    assert read_at(text, BRUSSELS, require_time) == reading


@pytest.mark.parametrize(("text", "match"), [
    ("Annulé : lundi 1er avril 19h", "Je ne reconnais pas de date"),
    ("Bonjour à tous, lundi 1er avril à 19h", "Je ne reconnais pas de date"),
    ("Réunion du comité, lundi 1er avril 19h", "Je ne reconnais pas de date"),
    ("Salle B, lundi 1er avril à 19h, 2e étage", "Je ne reconnais pas de date"),
    ("Salle B, lundi 1er avril à 19h ou mardi 2 à 18h", "je ne devine pas"),
    ("Salle B, mardi 1er avril à 19h", "est un lundi, pas un mardi"),
    ("Salle B, dimanche 31 mars à 2h30", "changement d'heure"),
])
def test_text_before_a_date_that_is_not_a_place_or_with_a_wrong_date_is_refused(text: str, match: str) -> None:
    with pytest.raises(UserError, match=match):
        read_at(text, BRUSSELS, True)


def test_a_pasted_invitation_is_stored_as_said(chat: Chat) -> None:
    out = chat.say("/seance Je vous propose de nous retrouver le jeudi 3 décembre 2026 à 18h à la Maison des associations")
    assert "3 décembre 2026" in out
    [meeting] = chat.store.group("rte").meetings()
    assert meeting.start.isoformat() == "2026-12-03T18:00:00+01:00"
    assert "Maison des associations" in meeting.place and "jeudi" not in meeting.place


def test_a_meeting_moved_by_a_pasted_calendar_line(chat: Chat) -> None:
    chat.say("/seance 26/11/2026 9h-11h Salle A")
    out = chat.say("/seance_deplacer 1 Nouvelle date : jeu. 17 déc. 2026 14:00 – 16:00 · Salle B")
    assert "Séance n°1 déplacée" in out
    [meeting] = chat.store.group("rte").meetings()
    assert (meeting.start.isoformat(), meeting.end.isoformat(), meeting.place) == (
        "2026-12-17T14:00:00+01:00", "2026-12-17T16:00:00+01:00", "Salle B")


def test_a_move_pasted_with_a_zone_changes_nothing(chat: Chat) -> None:
    chat.say("/seance 26/11/2026 9h-11h Salle A")
    out = chat.say("/seance_deplacer 1 Nouvelle date : 2026-12-17T14:00:00+01:00")
    assert "fuseau horaire" in out
    [meeting] = chat.store.group("rte").meetings()
    assert meeting.start.isoformat() == "2026-11-26T09:00:00+01:00"


@pytest.mark.parametrize("text", [
    # a mail client's line before a quoted message dates the mail, not a meeting (read with « … a écrit » as the place)
    "Le ven. 22 févr. 2030 à 16:05, Anne Roux <anne@example.ch> a écrit :",
    "Le 22/02/2030 à 16:05, Anne Roux a écrit",
])
def test_the_line_of_a_quoted_mail_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="courriel cité"):
        read_at(text, NOW, True)


@pytest.mark.parametrize("text", ["22 févr. 2030 07:00 PM Zurich", "22 févr. 2030 01:00 PM Montréal", "vendredi 22 février 9 AM Toronto"])
def test_a_zoom_time_followed_by_its_zones_city_is_refused(text: str) -> None:
    # Zoom writes « Heure : 12 janv. 2027 09:00 AM Montréal »: the city is the time's zone, not the place
    with pytest.raises(UserError, match="fuseau horaire"):
        read_at(text, NOW, True)


def test_a_place_after_a_time_said_with_pm_stays_the_place() -> None:
    assert read_at("22 févr. 2030 07:00 PM Salle du Faubourg", NOW, True) == ("2030-02-22 19:00", "Salle du Faubourg")


@pytest.mark.parametrize(("text", "reading"), [
    # a lead-in before any day the reader reads, not only a « le … »
    ("La prochaine réunion aura lieu demain à 14h", ("2030-02-13 14:00", "")),
    ("Le comité se réunira mardi prochain à 18h", ("2030-02-19 18:00", "")),
])
def test_a_lead_in_before_a_relative_day(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, True) == reading


def test_a_speaker_before_the_date_is_no_place() -> None:
    with pytest.raises(UserError, match="Je ne reconnais pas de date"):
        read_at("Je vous propose : lundi 18 février à 18h", NOW, True)


@pytest.mark.parametrize("text", [
    # a move's notice pasted with the date it replaces: the old date was kept as the place (« (précédemment le 25 octobre) »)
    "jeudi 21 février 2030 à 18h (précédemment le 14 février)",
    "reporté au jeudi 21 février 2030 à 18h, initialement prévu le jeudi 14",
    "jeudi 21 février 2030 à 18h (ancienne date : 14/02)",
    "jeudi 21 février 2030 à 18h – remplace la réunion du 14 février",
])
def test_a_pasted_move_naming_the_old_date_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="je ne devine pas"):
        read_at(text, NOW, True)


def test_a_date_in_a_place_or_a_report_title_stays_the_text() -> None:
    assert read_at("jeudi 21 février 2030 à 18h, compte rendu de la réunion du 14 février", NOW, True) == (
        "2030-02-21 18:00", "compte rendu de la réunion du 14 février")


@pytest.mark.parametrize("text", [
    # before the date, a meeting's place says it is one; a name is someone spoken to, a heading is no place
    "Anne, lundi 1er avril 19h", "Anne Roux, lundi 1er avril à 19h", "À vos agendas : lundi 1er avril à 19h",
    "Convocation : lundi 1er avril à 19h",
])
def test_a_name_or_a_heading_before_the_date_is_no_place(text: str) -> None:
    with pytest.raises(UserError, match="Je ne reconnais pas de date"):
        read_at(text, BRUSSELS, True)


@pytest.mark.parametrize(("text", "reading"), [
    ("En visio, lundi 1er avril 19h", ("2030-04-01 19:00", "En visio")),
    ("Chez Anne, lundi 1er avril 19h", ("2030-04-01 19:00", "Chez Anne")),
])
def test_a_place_before_the_date(text: str, reading: tuple[str, str]) -> None:
    assert read_at(text, BRUSSELS, True) == reading
