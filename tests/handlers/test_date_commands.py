"""Dates as coordinators type them in /seance, /seance_deplacer and /echeance
(issues 9, 12 and 14): read exactly and echoed, or refused with the store
unchanged. The chat's clock: Monday 23 November 2026, 10:00, Zurich."""

from __future__ import annotations

import pytest

from storage.store import Store
from tests.helpers import Chat, at, group_config, make_chat


def _deadlines(chat: Chat) -> list[tuple[str, str, bool]]:
    return [(d.due.isoformat(), d.text, d.has_time) for d in chat.store.group("rte").deadlines()]


def _meetings(chat: Chat) -> list[tuple[str, str | None, str]]:
    return [(m.start.isoformat(), m.end.isoformat() if m.end else None, m.place) for m in chat.store.group("rte").meetings()]


def test_weekday_before_a_numeric_date_is_that_date(chat: Chat) -> None:
    out = chat.say("/echeance jeudi 10/12 Rapport")
    assert out == "Échéance enregistrée :\nÉchéance n°1 — jeudi 10 décembre 2026 (dans 2 semaines) : Rapport"
    assert _deadlines(chat) == [("2026-12-10T00:00:00+01:00", "Rapport", False)]
    out = chat.say("/seance jeudi 14/01/2027 10h Sceaux")
    assert out.splitlines()[:2] == ["Séance n°1 planifiée.", "Séance n°1 — jeudi 14 janvier 2027, 10h00"]
    assert _meetings(chat) == [("2027-01-14T10:00:00+01:00", None, "Sceaux")]


def test_move_with_weekday_and_full_date(chat: Chat) -> None:
    chat.say("/seance 26/11/2026 9h Salle A")
    out = chat.say("/seance_deplacer 1 jeudi 17/12/2026 14h")
    [now_line] = [line for line in out.splitlines() if line.startswith("Désormais")]
    assert now_line.endswith("— jeudi 17 décembre 2026, 14h00")
    assert _meetings(chat)[0][0] == "2026-12-17T14:00:00+01:00"


def test_a_weekday_that_contradicts_the_date_is_refused(chat: Chat) -> None:
    out = chat.say("/echeance mercredi 10/12 Rapport")
    assert out.startswith("Le 10 décembre 2026 est un jeudi, pas un mercredi.")
    assert _deadlines(chat) == []


@pytest.mark.parametrize(("line", "start", "place"), [
    ("/seance 10-12-2026 14h Mairie", "2026-12-10T14:00:00+01:00", "Mairie"),
    ("/seance demain midi Mairie", "2026-11-24T12:00:00+01:00", "Mairie"),
    ("/seance demain 8h du soir Mairie", "2026-11-24T20:00:00+01:00", "Mairie"),
    ("/seance lundi en huit 14h Nanterre", "2026-11-30T14:00:00+01:00", "Nanterre"),
    ("/seance mercredi d'après 14h Nanterre", "2026-12-02T14:00:00+01:00", "Nanterre"),
    ("/seance le premier mercredi du mois prochain 18h Sceaux", "2026-12-02T18:00:00+01:00", "Sceaux"),
    ("/seance 13h30 samedi 28 novembre Bagneux", "2026-11-28T13:30:00+01:00", "Bagneux"),
])
def test_forms_people_write(chat: Chat, line: str, start: str, place: str) -> None:
    out = chat.say(line)
    assert out.startswith("Séance n°1 planifiée.")
    assert _meetings(chat) == [(start, None, place)]


def test_a_range_is_kept(chat: Chat) -> None:
    chat.say("/seance jeudi entre 14h et 16h Salle du conseil")
    assert _meetings(chat) == [("2026-11-26T14:00:00+01:00", "2026-11-26T16:00:00+01:00", "Salle du conseil")]


def test_an_approximate_time_is_said_in_the_reply(chat: Chat) -> None:
    out = chat.say("/seance demain vers 15h Mairie")
    assert out.splitlines()[-1] == "Heure approximative (« vers 15h ») : notée 15h00."
    assert _meetings(chat) == [("2026-11-24T15:00:00+01:00", None, "Mairie")]


@pytest.mark.parametrize(("line", "message"), [
    ("/seance 17/12 18h Sceaux, le premier jeudi", "« premier jeudi » ressemble à une date"),
    ("/seance cette semaine 14h Mairie", "« cette semaine » ne dit pas quel jour"),
    ("/seance la semaine prochaine 14h", "« la semaine prochaine » ne dit pas quel jour"),
    ("/seance le mois prochain 14h", "« le mois prochain » ne dit pas quel jour"),
    ("/seance jeudi 15 14h", "Le 15 décembre 2026 est un mardi, pas un jeudi."),
    ("/seance demain Mairie 14h", "« 14h » ressemble à une date"),
    ("/seance 31/12/9999 14h", "trop loin : Greffier accepte les dates jusqu'à 5 ans à l'avance"),
])
def test_refusals_leave_the_store_unchanged(chat: Chat, line: str, message: str) -> None:
    assert message in chat.say(line)
    assert _meetings(chat) == []


def test_a_recurrence_after_the_place_is_still_read(chat: Chat) -> None:
    out = chat.say("/seance 03/12/2026 18h Sceaux, le premier jeudi du mois")
    assert "Récurrence : le premier jeudi du mois" in out
    assert _meetings(chat) == [("2026-12-03T18:00:00+01:00", None, "Sceaux")]


@pytest.mark.parametrize("line", ["/echeance 31/12/9999 fin du monde", "/seance 31/12/9999 14h"])
def test_far_dates_are_refused_in_a_utc_minus_11_group(disk_store: Store, line: str) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config(timezone="Pacific/Pago_Pago"))
    out = chat.say(line)
    assert out.startswith("Le vendredi 31 décembre 9999 est trop loin : Greffier accepte les dates jusqu'à 5 ans")
    assert _deadlines(chat) == [] and _meetings(chat) == []
