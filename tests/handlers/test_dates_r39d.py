"""Families found by blind set 34 (dates_blind34.tsv: the meeting named in words in the commands that take one): «
/seance_annuler la réunion du 14 janvier pour cause de grève », « /seance_deplacer la prochaine au jeudi suivant », «
/presents jeudi dernier : Dubois et Martin », « /excuses la prochaine Claire Dubois », « /absents du 26/11 », «
/presence la prochaine », « /compte_rendu de la dernière réunion »; a date of a series named by its day acts on that
date alone; members whose names look like dates (« Marie Janvier », « Paul Mardi ») stay members; and what cannot be
told refused with how to write it, nothing stored (a day without a meeting, a month with two sittings, a weekday that
contradicts the date, a cancelled or held meeting for a change, a coming one for /presents, « la séance d'avant »).
Each test writes other sentences of the family than the set's own, in a group of Lyon on Tuesday 1 December 2026,
and checks what the coordinator reads and what the store holds."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage.attendance import attendance
from storage.store import Store
from tests.helpers import Chat, at, chat_in_zone

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def lyon(disk_store: Store, tmp_path: Path) -> Chat:
    chat = chat_in_zone(disk_store, tmp_path / "data", PARIS)  # Monday 23 November 2026 10:00
    data = chat.store.group("rte")
    for name in ("Claire Dubois", "Paul Martin", "Sami Hammoudi", "Marie Janvier", "Paul Mardi"):
        data.add_member(name, "Ville de Lyon")
    data.add_meeting(at("2026-11-19 14:00", PARIS), at("2026-11-19 16:00", PARIS), "salle B")  # n°1, held
    chat.say("/seance jeudi 26 novembre 14h-16h salle B")  # n°2, held
    chat.say("/seance lundi 30 novembre 18h-20h Mairie")  # n°3, held (the one just held)
    chat.say("/seance jeudi 10 décembre 14h-16h salle C")  # n°4, the next
    chat.say("/seance jeudi 17 décembre 14h-16h salle C")  # n°5, cancelled below
    chat.say("/seance jeudi 14 janvier 14h-16h salle C")  # n°6
    chat.say("/seance mardi 26 janvier 9h30-12h Mairie")  # n°7: January holds two sittings
    chat.say("/seance lundi 1er février 18h-19h30 visio, le premier lundi du mois")  # n°8, a series
    chat.say("/seance_annuler 5")
    chat.clock.set(at("2026-12-01 10:00", PARIS))
    return chat


def _meetings(chat: Chat) -> list[tuple[int, str, str, str]]:
    return [(m.number, m.start.isoformat()[:16], m.place, m.status)
            for m in sorted(chat.store.group("rte").meetings(), key=lambda m: m.number)]


def test_the_fixture_is_the_sets_group(lyon: Chat) -> None:
    assert [(n, start) for n, start, _, _ in _meetings(lyon)] == [
        (1, "2026-11-19T14:00"), (2, "2026-11-26T14:00"), (3, "2026-11-30T18:00"), (4, "2026-12-10T14:00"),
        (5, "2026-12-17T14:00"), (6, "2027-01-14T14:00"), (7, "2027-01-26T09:30"), (8, "2027-02-01T18:00")]
    assert lyon.store.group("rte").meeting(8).recurrence == "nth:1:0"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "number", "said"), [
    ("la réunion du 14 janvier pour cause de grève", 6, "Séance n°6 du jeudi 14 janvier 2027, 14h00–16h00 annulée. Raison : pour cause de grève"),
    ("notre prochaine réunion faute de quorum", 4, "Séance n°4 du jeudi 10 décembre 2026, 14h00–16h00 annulée. Raison : faute de quorum"),
    ("la deuxième séance de janvier", 7, "Séance n°7 du mardi 26 janvier 2027, 09h30–12h00 annulée."),
    ("celle de jeudi prochain, trop de congés", 4, "Raison : trop de congés"),
    ("le 26 janvier", 7, "Séance n°7 du mardi 26 janvier 2027"),
])
def test_a_meeting_named_in_words_is_cancelled_and_the_reply_names_it(lyon: Chat, text: str, number: int, said: str) -> None:
    # on main: « Le numéro de séance doit être un numéro (ex. 3). »
    before = _meetings(lyon)
    out = lyon.say(f"/seance_annuler {text}")
    assert said in out
    assert _meetings(lyon) == [(n, s, p, "cancelled" if n == number else st) for n, s, p, st in before]


def test_a_date_of_a_series_named_by_its_day_is_cancelled_alone(lyon: Chat) -> None:
    out = lyon.say("/seance_annuler la séance du 1er mars vacances")
    assert "Séance n°8 du lundi 1er mars 2027, 18h00–19h30 annulée ; les autres dates de la série restent. Raison : vacances" in out
    assert lyon.store.group("rte").meeting(8).status == "planned"  # type: ignore[union-attr]
    assert "1er mars" not in lyon.say("/seances")


@pytest.mark.parametrize(("text", "number", "moved"), [
    ("la prochaine au jeudi suivant", 4, "2026-12-17T14:00"),
    ("la séance du 14/01 au jeudi 21 janvier 15h", 6, "2027-01-21T15:00"),
    ("la dernière séance de janvier d'une semaine", 7, "2027-02-02T09:30"),
    ("jeudi prochain : vendredi 11/12 10h", 4, "2026-12-11T10:00"),
])
def test_a_meeting_named_in_words_is_moved(lyon: Chat, text: str, number: int, moved: str) -> None:
    out = lyon.say(f"/seance_deplacer {text}")
    assert f"Séance n°{number} déplacée" in out and "Avant : " in out
    assert _meetings(lyon)[number - 1][1:] == (moved, _meetings(lyon)[number - 1][2], "moved")


@pytest.mark.parametrize(("command", "key", "names", "head"), [
    ("/presents jeudi dernier : Dubois et Martin", "2", (1, 2), "Séance n°2 du jeudi 26 novembre 2026, 14h00–16h00"),
    ("/presents du 19 novembre Marie Janvier, Paul Mardi", "1", (4, 5), "Séance n°1 du jeudi 19 novembre 2026"),
    ("/presents la dernière séance Hammoudi", "3", (3,), "Séance n°3 du lundi 30 novembre 2026"),
    ("/presents Marie Janvier", "3", (4,), "Séance n°3 du lundi 30 novembre 2026"),  # a member, never January
    ("/presents Mardi", "3", (5,), "Séance n°3"),  # Paul Mardi, never a Tuesday
    ("/presents 2 Paul Mardi", "2", (5,), "Séance n°2"),
])
def test_presents_for_the_meeting_named(lyon: Chat, command: str, key: str, names: tuple[int, ...], head: str) -> None:
    out = lyon.say(command)
    assert out.startswith(head)
    assert attendance(lyon.store, "rte", key).present == names


def test_excuses_ahead_absents_and_presence_in_words(lyon: Chat) -> None:
    assert lyon.say("/excuses la prochaine Claire Dubois").startswith("Séance n°4 du jeudi 10 décembre 2026")
    assert attendance(lyon.store, "rte", "4").excused == (1,)
    assert "Claire Dubois" in lyon.say("/presence la prochaine") and "séance n°4 du jeudi 10 décembre" in lyon.say("/presence la prochaine")
    lyon.say("/presents du 26/11 Martin")
    out = lyon.say("/absents du 26/11")
    assert out.startswith("Séance n°2 du jeudi 26 novembre 2026, 14h00–16h00 : noté absents : Claire Dubois")
    assert set(attendance(lyon.store, "rte", "2").absent) == {1, 3, 4, 5}


def test_the_minutes_of_a_meeting_named_in_words(lyon: Chat) -> None:
    assert "Projet de compte rendu de la séance n°3" in lyon.say("/compte_rendu de la dernière réunion")
    assert "Projet de compte rendu de la séance n°1" in lyon.say("/compte_rendu du 19 novembre")
    assert "Projet de compte rendu de la séance n°2" in lyon.say("/cr de jeudi dernier")


@pytest.mark.parametrize(("command", "said"), [
    ("/seance_annuler celle de jeudi", "aucune séance n'est prévue le jeudi 3 décembre 2026"),
    ("/seance_annuler la réunion de janvier", "ce mois compte 2 séances (n°6 le 14 janvier 2027, n°7 le 26 janvier 2027)"),
    ("/seance_annuler la séance du mardi 14 janvier", "la séance n°6 est le jeudi 14 janvier 2027. Lequel est juste ?"),
    ("/seance_annuler la séance du 17/12", "la séance n°5 du jeudi 17 décembre 2026 est annulée"),
    ("/seance_deplacer la dernière séance au 17/12 14h", "La séance n°3 du lundi 30 novembre 2026 est déjà tenue"),
    ("/seance_deplacer la prochaine", "Il manque la nouvelle date"),
    ("/presents la prochaine Dubois", "La séance n°4 du jeudi 10 décembre 2026 n'a pas encore eu lieu"),
    ("/presents mardi dernier Dubois", "pas de séance le mardi 24 novembre 2026 ; les séances : n°1 le jeudi 19 novembre 2026"),
    ("/absents la séance d'avant", "avant ou après laquelle ?"),
    ("/compte_rendu de la séance de novembre", "ce mois compte 3 séances"),
    ("/presence du 3/12", "pas de séance le jeudi 3 décembre 2026"),
])
def test_what_cannot_be_told_is_refused_with_how_to_write_it_and_nothing_is_stored(lyon: Chat, command: str, said: str) -> None:
    before = _meetings(lyon)
    out = lyon.say(command)
    assert said in out
    assert _meetings(lyon) == before
    assert attendance(lyon.store, "rte", "4").recorded is False and attendance(lyon.store, "rte", "3").recorded is False


def test_none_held_the_last_one_is_refused(disk_store: Store, tmp_path: Path) -> None:
    chat = chat_in_zone(disk_store, tmp_path / "data", PARIS, "2026-12-01 10:00")
    chat.say("/seance mardi 15 décembre 18h-20h Mairie")
    assert "aucune séance n'a encore été tenue" in chat.say("/compte_rendu de la dernière réunion")
    assert "séance n°1 du mardi 15 décembre" in chat.say("/presence la prochaine")


def test_found_probing_a_qualified_meeting_is_asked_and_hier_soir_is_yesterdays(lyon: Chat) -> None:
    # after the first run: « du CA Dubois » was left to the names lookup, « soir » read as a name
    out = lyon.say("/presents la dernière séance du CA Dubois")
    assert "laquelle ? Une seule séance du groupe, sans autre précision (les noms après « : »)" in out
    assert attendance(lyon.store, "rte", "3").recorded is False
    assert lyon.say("/presents hier soir Dubois").startswith("Séance n°3 du lundi 30 novembre 2026")
    assert attendance(lyon.store, "rte", "3").present == (1,)
