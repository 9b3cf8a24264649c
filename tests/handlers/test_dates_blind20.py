"""Families of date expressions found by blind set 20 (dates_blind20.tsv, dates typed fast on a phone): each test
writes other sentences of the family than the set's own, at another moment and zone, and checks what a coordinator
would see, or that the expression is refused in French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at
from tests.helpers import Chat

NOW = datetime(2029, 10, 8, 10, 0, tzinfo=ZoneInfo("Europe/Luxembourg"))  # a Monday morning
NIGHT = datetime(2029, 10, 10, 0, 30, tzinfo=ZoneInfo("Europe/Luxembourg"))  # Wednesday, half past midnight


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("dem1 à 18h30 au foyer", True, ("2029-10-09 18:30", "au foyer")),
    ("DEM1 : liste des présents", False, ("2029-10-09", "liste des présents")),
    ("ajd à 17h", True, ("2029-10-08 17:00", "")),
    ("aujd : appeler la commune", False, ("2029-10-08", "appeler la commune")),
    ("après-dem à 9h", True, ("2029-10-10 09:00", "")),
    ("apres dem : devis", False, ("2029-10-10", "devis")),
    ("jeudi proch à 20h, foyer", True, ("2029-10-18 20:00", "foyer")),
    ("vendredi pro : compte rendu", False, ("2029-10-19", "compte rendu")),
    ("vendredi de la sem pro 9h", True, ("2029-10-19 09:00", "")),
    ("la sem pro mardi à 14h", True, ("2029-10-16 14:00", "")),
    ("rdv dem1 19h", True, ("2029-10-09 19:00", "")),
    ("mardi 16 à 18hmairie", True, ("2029-10-16 18:00", "mairie")),
])
def test_chat_shorthand_is_read_as_the_words_it_stands_for(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 20's first run refused them all; « lundi proch : … » was read with « proch » as the deadline's text
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize("text", ["la sem pro à 14h", "sem proch : bilan"])
def test_next_week_in_shorthand_still_names_no_day(text: str) -> None:
    with pytest.raises(UserError, match="ne dit pas quel jour"):
        read_at(text, NOW, "14h" in text)


def test_tomorrow_in_shorthand_typed_after_midnight_is_asked() -> None:
    with pytest.raises(UserError, match="Il est 0h30 : « demain »"):
        read_at("dem1 10h salle B", NIGHT, True)
    with pytest.raises(UserError, match="Il est 0h30 : « après-demain »"):
        read_at("apres-dem : bilan", NIGHT, False)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("le 16 /10 à 18h", True, ("2029-10-16 18:00", "")),
    ("le 16/ 10 : bilan", False, ("2029-10-16", "bilan")),
    ("16/10/ 2029 18h salle B", True, ("2029-10-16 18:00", "salle B")),
    ("le 16 /10 /2029 : bilan", False, ("2029-10-16", "bilan")),
    ("le 16..10 à 18h", True, ("2029-10-16 18:00", "")),
    ("mardi 16 à 18h.15", True, ("2029-10-16 18:15", "")),
])
def test_a_date_typed_carelessly_is_read(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, require_time) == reading


def test_a_slash_spaced_on_both_sides_stays_a_separator() -> None:
    # « mardi 12.1 / 14h » (blind set 19): day, then time; « 16 / 10 » is not read as a date
    with pytest.raises(UserError):
        read_at("le 16 / 10 18h", NOW, True)


@pytest.mark.parametrize(("text", "asked"), [
    ("le 5 jui : dossier", "juin ou juillet"),
    ("le 5 ju à 18h", "juin ou juillet"),
    ("le 5 ma : dossier", "mars ou mai"),
    ("le 5 mar : dossier", "mars, ou mardi"),
])
def test_a_clipped_month_with_two_readings_is_asked(text: str, asked: str) -> None:
    # blind set 20: « le 3 jui : bilan » was the 3rd of this month with « jui : bilan » as the text
    with pytest.raises(UserError, match=asked):
        read_at(text, NOW, "h" in text.split()[-1])


@pytest.mark.parametrize(("text", "require_time"), [
    ("le 16 octobre 2O29 : bilan", False),
    ("le 16/O1 : bilan", False),
    ("le 16 octobre à l8h : bilan", False),
    ("mardi 16 à 1Oh salle B", True),
])
def test_a_letter_for_a_digit_is_refused_never_guessed(text: str, require_time: bool) -> None:
    # blind set 20: « le 4 mai 2O27 : bilan » was read with « 2O27 : bilan » as the text
    with pytest.raises(UserError, match="je ne devine pas"):
        read_at(text, NOW, require_time)


def test_the_meeting_place_is_stored_without_the_emoji_after_it(chat: Chat) -> None:
    out = chat.say("/seance jeudi 26/11 14h salle B 👍")
    assert "26 novembre 2026" in out
    [meeting] = chat.store.group("rte").meetings()
    assert (meeting.start.isoformat(), meeting.place) == ("2026-11-26T14:00:00+01:00", "salle B")


def test_a_move_typed_in_shorthand_is_stored_as_meant(chat: Chat) -> None:
    chat.say("/seance 26/11/2026 9h-11h Salle A")
    out = chat.say("/seance_deplacer 1 reportee au lundi proch a 14h, salle du conseil !!")
    assert "Séance n°1 déplacée" in out
    [meeting] = chat.store.group("rte").meetings()
    assert (meeting.start.isoformat(), meeting.place) == ("2026-11-30T14:00:00+01:00", "salle du conseil")


def test_a_deadline_typed_in_shorthand_keeps_its_text_whole(chat: Chat) -> None:
    chat.say("/echeance mercredi la sem pro : envoyer le budget")
    [deadline] = chat.store.group("rte").deadlines()
    assert (deadline.due.date().isoformat(), deadline.text) == ("2026-12-02", "envoyer le budget")


@pytest.mark.parametrize("text", ["mardi 16 à 18h 👍 salle B", "mardi 16 à 18h!!! salle B", "dem1 18h !! salle B 😊"])
def test_an_emoji_or_exclamation_marks_between_the_time_and_the_place_are_not_the_place(text: str) -> None:
    # probing after blind set 20: « jeudi 14h 👍 salle B » kept « 👍 salle B » as the place
    assert read_at(text, NOW, True)[1] == "salle B"
