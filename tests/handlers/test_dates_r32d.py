"""Families found by blind set 27 (dates_blind27.tsv: dates pasted from a calendar, an invitation, a poll or a
spreadsheet): a notification's heading before the date (« Invitation : », « Rappel : ») read past rather than refused;
an edited event's « (modifié) » and a deadline's « (toute la journée) » dropped rather than stored as the place or the
text; an export that says the day again before the end (« 12/01/2027 14:00 - 12/01/2027 16:00 ») read as one span;
zones a German or English calendar writes (« MESZ », « EST », « Central European Standard Time ») and a date after a
calendar's « · » or « | » refused rather than stored as the place. Each test writes other sentences of the family than
the set's own, at the chat's moment (Monday 23 November 2026, 10:00, Zurich), and checks what the store holds and the
coordinator reads, or the refusal."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.dates import parse_when
from handlers.messages import UserError
from tests.helpers import Chat

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Zurich"))  # the chat's moment, a Monday


def _meetings(chat: Chat) -> list[tuple[str, str | None, str]]:
    return [(m.start.isoformat(), m.end.isoformat() if m.end else None, m.place)
            for m in chat.store.group("rte").meetings()]


def _deadlines(chat: Chat) -> list[tuple[str, str]]:
    return [(d.due.isoformat(), d.text) for d in chat.store.group("rte").deadlines()]


def test_a_calendar_notification_heading_is_read_past(chat: Chat) -> None:
    # blind set 27: « Invitation : mardi 12 janvier 2027 14:00 – 16:00 », « Rappel : jeu. 14 janv. 09:30 » were refused
    out = chat.say("/seance Invitation mise à jour : jeu. 26 nov. 2026 18:30 – 20:00 · Foyer rural")
    assert "jeudi 26 novembre 2026, 18h30" in out and "Invitation" not in out
    chat.say("/echeance Rappel: lun. 30 nov. – Relire le budget")
    chat.say("/seance Nouvel événement : ven. 27 nov. 2026 à 20:00, salle des sociétés")
    assert _meetings(chat) == [
        ("2026-11-26T18:30:00+01:00", "2026-11-26T20:00:00+01:00", "Foyer rural"),
        ("2026-11-27T20:00:00+01:00", None, "salle des sociétés"),
    ]
    assert _deadlines(chat) == [("2026-11-30T00:00:00+01:00", "Relire le budget")]
    # the title after a heading is no place, and « Rappel jeudi 14h » no heading: still refused, nothing more stored
    chat.say("/seance Rappel : Comité des fêtes, jeu. 26 nov. 18:30")
    chat.say("/seance Rappel jeudi 18h30")
    assert len(_meetings(chat)) == 2


def test_an_edited_event_mark_is_neither_the_place_nor_the_text(chat: Chat) -> None:
    # blind set 27: « mar. 12 janv. 2027 14:00 – 16:00 (modifié) » was stored with the place « (modifié) »
    out = chat.say("/seance mer. 2 déc. 2026 20:00 – 22:00 (mise à jour) · Salle des sociétés")
    assert "(mise à jour)" not in out
    chat.say("/seance ven. 4 déc. 2026 9:00 Foyer rural (modifiée)")
    chat.say("/echeance ven. 4 déc. (modifié le 20 nov.) : inventaire")
    chat.say("/echeance jeu. 3 déc. : budget (modifié)")  # closing the text: the task's own word, as « bilan (confirmé) »
    assert [place for _, _, place in _meetings(chat)] == ["Salle des sociétés", "Foyer rural"]
    assert sorted(text for _, text in _deadlines(chat)) == ["budget (modifié)", "inventaire"]


def test_an_all_day_event_is_a_deadline_s_day_and_no_meeting_start(chat: Chat) -> None:
    # blind set 27: « ven. 15 janv. 2027 (toute la journée) · Rapport annuel » opened the text with the words
    chat.say("/echeance jeu. 3 déc. 2026 (journée entière) · Cotisations")
    assert _deadlines(chat) == [("2026-12-03T00:00:00+01:00", "Cotisations")]
    out = chat.say("/seance jeu. 3 déc. 2026 (Toute la journée) salle B")
    assert "heure de début" in out and _meetings(chat) == []
    with pytest.raises(UserError, match="se contredit"):
        parse_when("jeu. 3 déc. 2026 17:00 (toute la journée) : cotisations", NOW, require_time=False)


def test_an_end_that_repeats_its_day_is_one_span(chat: Chat) -> None:
    # blind set 27: « 12/01/2027 14:00 - 12/01/2027 16:00 » was refused, the second date taken for a stray one
    out = chat.say("/seance 26.11.2026 18:30 – 26.11.2026 20:00 Foyer rural")
    assert "jeudi 26 novembre 2026, 18h30–20h00" in out
    chat.say("/seance du ven. 27 nov. 14h au ven. 27 nov. 17h30, salle B")
    assert _meetings(chat) == [
        ("2026-11-26T18:30:00+01:00", "2026-11-26T20:00:00+01:00", "Foyer rural"),
        ("2026-11-27T14:00:00+01:00", "2026-11-27T17:30:00+01:00", "salle B"),
    ]
    # another day, or an end before its start, stays refused: the store holds one span of one day
    chat.say("/seance 26.11.2026 18:30 – 27.11.2026 20:00 Foyer rural")
    chat.say("/seance du ven. 27 nov. 14h au sam. 28 nov. 12h")
    chat.say("/seance 26.11.2026 20:00 – 26.11.2026 18:30 Foyer rural")
    assert len(_meetings(chat)) == 2


def test_zones_of_german_and_english_calendars_are_refused() -> None:
    # blind set 27: « mar. 30 mars 2027 18:00 MESZ » was read with « MESZ » as the place
    for text in ("jeu. 26 nov. 18:30 MEZ", "jeu. 26 nov. 12:30 EST", "jeu. 26 nov. 18:30 (W. Europe Standard Time)",
                 "jeu. 26 nov. 18:30 Central European Time, salle B", "jeu. 26 nov. 18:30 Fuseau horaire : Zurich"):
        with pytest.raises(UserError):
            parse_when(text, NOW)
    # « est » in lower case is the verb, kept with the place it belongs to
    when = parse_when("jeu. 26 nov. 18:30 est la salle B", NOW)
    assert (f"{when.start:%Y-%m-%d %H:%M}", when.rest) == ("2026-11-26 18:30", "est la salle B")


def test_a_date_after_a_calendar_separator_is_no_place(chat: Chat) -> None:
    # probing blind set 27's angle: « mardi 12 14h · 12/02 » stored « 12/02 » as the place
    chat.say("/seance jeu. 26 nov. 18:30 · 3/12")
    chat.say("/seance jeu. 26 nov. 18:30 | 4 décembre")
    chat.say("/echeance lun. 30 nov. · 7.12 : inventaire")
    assert _meetings(chat) == [] and _deadlines(chat) == []
    chat.say("/seance jeu. 26 nov. 18:30 · 12 rue du Marché")  # a street number is no date
    assert [place for _, _, place in _meetings(chat)] == ["12 rue du Marché"]


def test_a_calendar_status_after_the_date_is_no_place(chat: Chat) -> None:
    # probing blind set 27's angle: « … 14:00 – 16:00 (annulé) » was stored as a planned meeting with the place
    # « (annulé) », and « … · Peut-être » as one with the place « Peut-être »
    out = chat.say("/seance jeu. 26 nov. 2026 18:30 – 20:00 · Foyer rural · Annulée")
    assert "annulé" in out and _meetings(chat) == []
    chat.say("/seance jeu. 26 nov. 2026 18:30 (supprimé)")
    chat.say("/echeance lun. 30 nov. (annulée) : relire le budget")
    chat.say("/seance jeu. 26 nov. 2026 18:30 – 20:00 · Provisoire")
    chat.say("/seance jeu. 26 nov. 2026 18:30 | peut-être")
    assert _meetings(chat) == [] and _deadlines(chat) == []
    # further on, in the task's words, they are its own
    chat.say("/echeance lun. 30 nov. : relancer les dossiers refusés")
    assert _deadlines(chat) == [("2026-11-30T00:00:00+01:00", "relancer les dossiers refusés")]
