"""Families found by blind set 33 (dates_blind33.tsv: new meetings said against the group's own meetings with /seance):
the hours and the place taken from a meeting (« même horaire, même salle dans trois semaines », « à la même heure et au
même endroit », « mêmes horaires que la séance 3 »), the day counted from one (« le mercredi qui suit la séance 3 »,
« trois semaines après notre dernière réunion », « le surlendemain de la prochaine séance », « un mois jour pour jour
après la séance 2 », « la semaine d'après la séance n°5, même jour »), held meetings included; ordinary meetings keep
their place; and what cannot be told refused with how to write it, nothing stored (a cancelled meeting, a number the
store does not hold, « même lieu » of a meeting without one, a month with two sittings, « même créneau le mois
prochain », « même heure » then another hour, « même jour » that the date contradicts, a count landing in the past, no
meeting held, « dans un mois » of a 31st). /seance_deplacer reads « même créneau », « au même endroit » the same way.
Each test writes other sentences of the family than the set's own, in a group of Lyon on Tuesday 1 December 2026
(its first meeting held on 26 November), and checks what the coordinator reads and what the store holds."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage.store import Store
from tests.helpers import Chat, at, chat_in_zone

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def lyon(disk_store: Store, tmp_path: Path) -> Chat:
    chat = chat_in_zone(disk_store, tmp_path / "data", PARIS)  # Monday 23 November 2026 10:00
    chat.say("/seance jeudi 26 novembre 18h-20h Maison des associations")  # n°1, held below
    chat.say("/seance jeudi 10 décembre 18h-20h")  # n°2: no place
    chat.say("/seance mardi 12 janvier 9h30-12h Mairie")  # n°3
    chat.say("/seance jeudi 21 janvier 18h-20h salle B")  # n°4, cancelled below
    chat.say("/seance jeudi 28 janvier 18h-20h salle C")  # n°5: January holds two sittings
    chat.say("/seance_annuler 4")
    chat.clock.set(at("2026-12-01 10:00", PARIS))
    return chat


@pytest.fixture
def empty(disk_store: Store, tmp_path: Path) -> Chat:
    return chat_in_zone(disk_store, tmp_path / "data", PARIS)


def _meetings(chat: Chat) -> list[tuple[int, str, str | None, str, str]]:
    return [(m.number, m.start.isoformat()[:16], m.end.isoformat()[11:16] if m.end else None, m.place, m.status)
            for m in sorted(chat.store.group("rte").meetings(), key=lambda m: m.number)]


@pytest.mark.parametrize(("text", "stored", "said", "source"), [
    ("même horaire, même salle dans trois semaines", ("2026-12-22T18:00", "20:00", "Maison des associations"),
     "mardi 22 décembre 2026", "D'après la séance n°1 (jeudi 26 novembre 2026, 18h00–20h00, Maison des associations, la dernière tenue) : même heure, même lieu."),
    ("vendredi 8 janvier, à la même heure et au même endroit", ("2027-01-08T18:00", "20:00", "Maison des associations"),
     "vendredi 8 janvier 2027", "D'après la séance n°1 ("),
    ("le mercredi qui suit la séance 3 à 14h salle C", ("2027-01-13T14:00", None, "salle C"), "mercredi 13 janvier 2027",
     "D'après la séance n°3 (mardi 12 janvier 2027, 09h30–12h00, Mairie) : date comptée depuis elle."),
    ("trois semaines après notre dernière réunion, même créneau", ("2026-12-17T18:00", "20:00", ""), "jeudi 17 décembre 2026",
     "D'après la séance n°1 ("),
    ("le surlendemain de la prochaine séance", ("2026-12-12T18:00", "20:00", ""), "samedi 12 décembre 2026",
     "D'après la séance n°2 (jeudi 10 décembre 2026, 18h00–20h00) : date comptée depuis elle, même heure."),
    ("deux semaines après la séance du 12 janvier, même heure, même lieu", ("2027-01-26T09:30", "12:00", "Mairie"),
     "mardi 26 janvier 2027", "D'après la séance n°3 ("),
    ("un mois jour pour jour après la séance 2", ("2027-01-10T18:00", "20:00", ""), "dimanche 10 janvier 2027", "D'après la séance n°2 ("),
    ("la semaine d'après la séance n°5, même jour même heure", ("2027-02-04T18:00", "20:00", ""), "jeudi 4 février 2027",
     "D'après la séance n°5 ("),
    ("lundi 18 janvier, mêmes horaires que la séance 3", ("2027-01-18T09:30", "12:00", ""), "lundi 18 janvier 2027",
     "D'après la séance n°3 (mardi 12 janvier 2027, 09h30–12h00, Mairie) : même heure."),
])
def test_a_meeting_said_against_another_is_stored_and_said(lyon: Chat, text: str, stored: tuple[str, str | None, str],
                                                           said: str, source: str) -> None:
    # blind set 33: each refused on main (« Je ne reconnais pas de date … ») or stored with « même … » as its place
    before = _meetings(lyon)
    out = lyon.say(f"/seance {text}")
    assert _meetings(lyon) == [*before, (6, *stored, "planned")]
    assert "Séance n°6 planifiée." in out and said in out and source in out


def test_an_ordinary_meeting_keeps_its_place_naming_a_meeting(lyon: Chat) -> None:
    out = lyon.say("/seance jeudi 17 décembre 14h salle des séances du conseil")
    assert _meetings(lyon)[-1] == (6, "2026-12-17T14:00", None, "salle des séances du conseil", "planned")
    assert "D'après la séance" not in out


@pytest.mark.parametrize(("text", "said"), [
    ("le lendemain de la séance 4", "la séance n°4 du jeudi 21 janvier 2027 est annulée"),
    ("une semaine après la séance 8", "il n'y a pas de séance n°8"),
    ("le lendemain de la prochaine séance, même lieu", "la séance n°2 du jeudi 10 décembre 2026 n'a pas de lieu"),
    ("une semaine après la séance de janvier", "ce mois compte 2 séances (n°3 le 12 janvier 2027, n°5 le 28 janvier 2027)"),
    ("même créneau le mois prochain", "quel jour ?"),
    ("jeudi 17 décembre, même heure, 20h", "« même heure », puis une autre heure ?"),
    ("même jour, même heure, dans dix jours", "« même jour », mais le vendredi 11 décembre 2026 n'est pas un jeudi"),
    ("trois jours après la dernière séance à 18h", "tombe le dimanche 29 novembre 2026, déjà passé"),
    ("36h après la séance 3", "compté en heures depuis le début de la séance ou sa fin ?"),
    ("la réunion d'après, même heure", "comptez depuis une séance : « le lendemain de la séance 3 à 10h »"),
])
def test_what_cannot_be_told_is_refused_with_how_to_write_it_and_nothing_is_stored(lyon: Chat, text: str, said: str) -> None:
    before = _meetings(lyon)
    out = lyon.say(f"/seance {text}")
    assert said in out
    assert "planifiée" not in out
    assert _meetings(lyon) == before


def test_without_a_meeting_held_the_last_one_is_refused(empty: Chat) -> None:
    empty.say("/seance mardi 15 décembre 18h-20h Mairie")
    out = empty.say("/seance jeudi 17 décembre, mêmes horaires que la dernière fois")
    assert "aucune séance n'a encore été tenue" in out and len(_meetings(empty)) == 1
    out = empty.say("/seance le lendemain de la séance, même heure, même lieu")  # the one meeting to come
    assert _meetings(empty)[-1] == (2, "2026-12-16T18:00", "20:00", "Mairie", "planned")
    assert "D'après la séance n°1 (mardi 15 décembre 2026, 18h00–20h00, Mairie)" in out


def test_a_month_from_a_31st_that_the_next_month_has_not_is_refused(lyon: Chat) -> None:
    lyon.clock.set(at("2027-01-31 10:00", PARIS))  # n°5, 28 January, is now the latest held
    before = _meetings(lyon)
    out = lyon.say("/seance même heure, même lieu dans un mois")
    assert "le 31 n'existe pas ce mois-là" in out and _meetings(lyon) == before
    out = lyon.say("/seance même heure, même lieu dans quinze jours")
    assert _meetings(lyon)[-1] == (6, "2027-02-14T18:00", "20:00", "salle C", "planned")
    assert "D'après la séance n°5 (jeudi 28 janvier 2027, 18h00–20h00, salle C, la dernière tenue)" in out


@pytest.mark.parametrize(("text", "stored"), [
    ("mardi 19 janvier, mêmes horaires, même salle", ("2027-01-19T09:30", "12:00", "Mairie")),
    ("mercredi 13 janvier à la même heure et au même endroit", ("2027-01-13T09:30", "12:00", "Mairie")),
    ("d'une semaine, même créneau", ("2027-01-19T09:30", "12:00", "Mairie")),
])
def test_a_move_keeps_what_is_said_to_stay_as_seance_reads_it(lyon: Chat, text: str, stored: tuple[str, str, str]) -> None:
    # on main « mêmes horaires » and « et au même endroit » were stored as the place, « même créneau » refused
    out = lyon.say(f"/seance_deplacer 3 {text}")
    assert "Séance n°3 déplacée" in out
    assert _meetings(lyon)[2] == (3, *stored, "moved")


def test_a_move_does_not_take_another_meetings_hours(lyon: Chat) -> None:
    before = _meetings(lyon)
    out = lyon.say("/seance_deplacer 3 mardi 19 janvier, même heure que la séance 5")
    assert "un déplacement garde l'heure et le lieu de la séance déplacée" in out
    assert _meetings(lyon) == before  # on main: moved, with « que la séance 5 » as its place
