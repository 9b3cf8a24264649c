"""Families found by blind set 31 (dates_blind31.tsv: a meeting moved relative to itself with /seance_deplacer) and
by probing its angle after the set: an offset (« repoussée de huit jours », « 45 minutes plus tard »), a day named from
the meeting (« au surlendemain », « à la veille »), a weekday counted from it (« au vendredi d'après », « avancée au
lundi »), the meeting's own day at another hour (« à 19h30 »), a new day without its hour (« 16/12 »), one date of a
series moved from itself; and what cannot be counted exactly refused with how to write it, nothing stored (a vague
count, a month, a direction and its opposite, a bare weekday, a move into the past or off the meeting's day, a day
said again that the count does not reach, a move that moves nothing). Each test writes other sentences of the family
than the set's own, in groups of Lyon and Geneva on Monday 23 November 2026, and checks what the coordinator reads
and what the store holds."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage.recurrence import expand, overrides
from storage.store import Store
from tests.helpers import Chat, at, chat_in_zone

PARIS = ZoneInfo("Europe/Paris")
GENEVA = ZoneInfo("Europe/Zurich")
BEFORE = "Avant : jeudi 3 décembre 2026, 18h00–20h00"


@pytest.fixture
def lyon(disk_store: Store, tmp_path: Path) -> Chat:
    chat = chat_in_zone(disk_store, tmp_path / "data", PARIS)
    chat.say("/seance jeudi 3 décembre 18h-20h Maison des associations")
    return chat


@pytest.fixture
def geneva(disk_store: Store, tmp_path: Path) -> Chat:
    return chat_in_zone(disk_store, tmp_path / "data", GENEVA)


def _stored(chat: Chat) -> list[tuple[str, str, str, str]]:
    return [(m.start.isoformat()[:16], m.end.isoformat()[11:16] if m.end else "", m.place, m.status)
            for m in chat.store.group("rte").meetings()]


@pytest.mark.parametrize(("text", "stored", "said"), [
    ("repoussée de huit jours", ("2026-12-10T18:00", "20:00", "Maison des associations"), "jeudi 10 décembre 2026, 18h00–20h00"),
    ("décalée de trois jours", ("2026-12-06T18:00", "20:00", "Maison des associations"), "dimanche 6 décembre 2026, 18h00–20h00"),
    ("avancée de deux jours", ("2026-12-01T18:00", "20:00", "Maison des associations"), "mardi 1er décembre 2026, 18h00–20h00"),
    ("45 minutes plus tard", ("2026-12-03T18:45", "20:45", "Maison des associations"), "jeudi 3 décembre 2026, 18h45–20h45"),
    ("retardée d'une demi-heure, salle polyvalente", ("2026-12-03T18:30", "20:30", "salle polyvalente"), "jeudi 3 décembre 2026, 18h30–20h30"),
    ("au surlendemain à 9h", ("2026-12-05T09:00", "11:00", "Maison des associations"), "samedi 5 décembre 2026, 09h00–11h00"),
    ("à la veille, même heure, même endroit", ("2026-12-02T18:00", "20:00", "Maison des associations"), "mercredi 2 décembre 2026"),
    ("au vendredi d'après", ("2026-12-04T18:00", "20:00", "Maison des associations"), "vendredi 4 décembre 2026, 18h00–20h00"),
    ("au mardi précédent à 17h30", ("2026-12-01T17:30", "19:30", "Maison des associations"), "mardi 1er décembre 2026, 17h30–19h30"),
    ("la semaine d'après, le lundi", ("2026-12-07T18:00", "20:00", "Maison des associations"), "lundi 7 décembre 2026"),
    ("avancée au lundi", ("2026-11-30T18:00", "20:00", "Maison des associations"), "lundi 30 novembre 2026"),
    ("reportée au mardi, foyer rural", ("2026-12-08T18:00", "20:00", "foyer rural"), "mardi 8 décembre 2026, 18h00–20h00"),
    ("à 19h30", ("2026-12-03T19:30", "21:30", "Maison des associations"), "jeudi 3 décembre 2026, 19h30–21h30"),
    ("même jour de 17h à 18h30", ("2026-12-03T17:00", "18:30", "Maison des associations"), "jeudi 3 décembre 2026, 17h00–18h30"),
    ("16/12", ("2026-12-16T18:00", "20:00", "Maison des associations"), "mercredi 16 décembre 2026, 18h00–20h00"),
    ("mercredi 9 décembre, même heure", ("2026-12-09T18:00", "20:00", "Maison des associations"), "mercredi 9 décembre 2026"),
    ("de 2 semaines, soit le jeudi 17", ("2026-12-17T18:00", "20:00", "Maison des associations"), "jeudi 17 décembre 2026"),
    ("le lendemain de Noël", ("2026-12-26T18:00", "20:00", "Maison des associations"), "samedi 26 décembre 2026"),
])
def test_a_move_counted_from_the_meeting_is_stored_and_said(lyon: Chat, text: str, stored: tuple[str, str, str], said: str) -> None:
    # blind set 31: refused (« je ne connais pas le jour dont vous parlez ») or, after a participle and a weekday,
    # counted from today (« reportée au lundi à 10h » stored the Monday before the meeting)
    out = lyon.say(f"/seance_deplacer 1 {text}")
    assert _stored(lyon) == [(*stored, "moved")]
    assert BEFORE in out and f"Désormais : séance n°1 (déplacée) — {said}" in out


def test_one_date_of_a_series_moves_from_itself(geneva: Chat) -> None:
    geneva.say("/seance jeudi 3 décembre 18h salle B, un jeudi sur deux")
    out = geneva.say("/seance_deplacer 1@17/12 au lendemain même heure, buvette")
    assert "Avant : jeudi 17 décembre 2026, 18h00" in out and "vendredi 18 décembre 2026, 18h00" in out
    assert "Les autres dates de la série ne changent pas." in out
    changes = overrides(geneva.store, "rte", 1)
    assert [(o.key, o.start, o.place) for o in changes.values()] == [("2026-12-17", at("2026-12-18 18:00", GENEVA), "buvette")]
    series = geneva.store.group("rte").meetings()[0]
    dates = [m.start.strftime("%d/%m") for m in expand(series, changes, at("2026-12-01 00:00", GENEVA), at("2027-01-01 00:00", GENEVA))]
    assert dates == ["03/12", "18/12", "31/12"]
    # a date the series does not hold is refused, and nothing more is stored
    assert "n'a pas de date à venir le jeudi 10 décembre 2026" in geneva.say("/seance_deplacer 1@10/12 d'une semaine")
    assert len(overrides(geneva.store, "rte", 1)) == 1


def test_a_week_later_keeps_the_wall_clock_across_the_change_of_hour(disk_store: Store, tmp_path: Path) -> None:
    geneva = chat_in_zone(disk_store, tmp_path / "data", GENEVA, "2027-03-22 10:00")
    geneva.say("/seance jeudi 25 mars 14h-16h salle B")
    out = geneva.say("/seance_deplacer 1 d'une semaine")  # the clocks go forward on Sunday 28 March
    assert "jeudi 1er avril 2027, 14h00–16h00" in out
    meeting = geneva.store.group("rte").meetings()[0]
    assert meeting.start == datetime(2027, 4, 1, 14, 0, tzinfo=GENEVA) and meeting.start.utcoffset() != at("2027-03-25 14:00", GENEVA).utcoffset()


@pytest.mark.parametrize(("text", "reason"), [
    ("de quelques jours", "écrivez le décalage exact ou la nouvelle date"),
    ("de 2 à 3 jours", "écrivez le décalage exact ou la nouvelle date"),
    ("reportée à plus tard", "à quelle date ?"),
    ("d'un mois", "un mois n'a pas un nombre fixe de jours"),
    ("de 40 jours", "40 jours, ou un mois ?"),
    ("avancée d'une heure plus tard", "plus tôt ou plus tard ?"),
    ("au mercredi", "quel mercredi ?"),
    ("à la semaine prochaine", "Écrivez « à la semaine suivante »"),
    ("avancée de 12 jours", "est déjà passé"),
    ("7 heures plus tard", "Ce décalage en heures change de jour"),
    ("reportée au mardi 1er décembre 18h", "n'est pas après la séance"),
    ("au lendemain, samedi 5", "le décalage mène au vendredi 4 décembre 2026"),
    ("même jour, même heure", "Rien ne change"),
    ("jeudi 3/12 18h même endroit", "Rien ne change"),
    ("10/12 17h, même heure", "« même heure », puis une autre heure ?"),
    ("le lendemain matin", "à quelle heure ?"),
])
def test_what_cannot_be_counted_exactly_is_refused_and_nothing_stored(lyon: Chat, text: str, reason: str) -> None:
    # blind set 31's refusals: each says how to write the move; the meeting stays as it was
    before = _stored(lyon)
    out = lyon.say(f"/seance_deplacer 1 {text}")
    assert reason in out and "Usage : /seance_deplacer" in out
    assert _stored(lyon) == before == [("2026-12-03T18:00", "20:00", "Maison des associations", "planned")]


def test_a_date_said_in_full_keeps_working(lyon: Chat) -> None:
    out = lyon.say("/seance_deplacer 1 10/12 15h salle C")  # the length kept: 15h00-17h00
    assert "jeudi 10 décembre 2026, 15h00–17h00" in out and "Lieu : salle C" in out
    lyon.say("/seance_deplacer 1 reportée au vendredi 11 décembre à 9h, même endroit")
    assert _stored(lyon) == [("2026-12-11T09:00", "11:00", "salle C", "moved")]
    lyon.say("/seance_deplacer 1 mardi prochain 9h")  # « prochain » stays counted from today: Tuesday 1 December
    assert _stored(lyon) == [("2026-12-01T09:00", "11:00", "salle C", "moved")]
    out = lyon.say("/seance_deplacer 1 mercredi 14h")  # a weekday with its hour: the next such day, as documented
    assert "mercredi 25 novembre 2026, 14h00–16h00" in out
