"""Families found by blind set 32 (dates_blind32.tsv: deadlines said against the group's own meetings with /echeance,
and a task's due date with /tache): the meeting as the bound (« d'ici la prochaine rencontre », its start hour), a day
counted from it (« l'avant-veille de la séance 2 », « J-5 de la séance du 7 janvier », « quatre jours avant »), hours
counted from its start (« 36h avant »), a meeting named by its number, its date, its month or its rank in the month,
the text first; ordinary deadlines whose text names a meeting keep their own date; and what cannot be told refused
with how to write it, nothing stored (no meeting to come, a number the store does not hold, a cancelled or held
meeting, a month with two sittings, « la réunion d'après », another body, a count that lands in the past). Each test
writes other sentences of the family than the set's own, in a group of Lyon on Monday 23 November 2026, and checks what
the coordinator reads and what the store holds."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage.store import Store
from tests.helpers import Chat, chat_in_zone

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def lyon(disk_store: Store, tmp_path: Path) -> Chat:
    chat = chat_in_zone(disk_store, tmp_path / "data", PARIS)
    chat.say("/seance jeudi 3 décembre 18h-20h Maison des associations")  # n°1
    chat.say("/seance jeudi 7 janvier 18h-20h Maison des associations")  # n°2
    chat.say("/seance mardi 19 janvier 9h30-12h Mairie")  # n°3: January holds two sittings
    chat.say("/seance jeudi 4 février 18h-20h Maison des associations")  # n°4, cancelled below
    chat.say("/seance_annuler 4")
    return chat


@pytest.fixture
def empty(disk_store: Store, tmp_path: Path) -> Chat:
    return chat_in_zone(disk_store, tmp_path / "data", PARIS)


def _deadlines(chat: Chat) -> list[tuple[str, bool, str]]:
    return [(d.due.isoformat()[:16], d.has_time, d.text) for d in chat.store.group("rte").deadlines()]


@pytest.mark.parametrize(("text", "stored", "said", "meeting"), [
    ("d'ici la prochaine rencontre : tableau des besoins", ("2026-12-03T18:00", True, "tableau des besoins"),
     "jeudi 3 décembre 2026, 18h00", 1),
    ("au plus tard pour la réunion n°2, synthèse des ateliers", ("2027-01-07T18:00", True, "synthèse des ateliers"),
     "jeudi 7 janvier 2027, 18h00", 2),
    ("l'avant-veille de la séance 2 : relancer les absents", ("2027-01-05T00:00", False, "relancer les absents"),
     "mardi 5 janvier 2027", 2),
    ("J-5 de la séance du 7 janvier : ordre du jour", ("2027-01-02T00:00", False, "ordre du jour"), "samedi 2 janvier 2027", 2),
    ("quatre jours avant la séance du mardi 19 janvier : questionnaire", ("2027-01-15T00:00", False, "questionnaire"),
     "vendredi 15 janvier 2027", 3),
    ("36h avant la prochaine séance : diaporama", ("2026-12-02T06:00", True, "diaporama"), "mercredi 2 décembre 2026, 06h00", 1),
    ("le surlendemain du prochain copil à 17h : relevé de décisions", ("2026-12-05T17:00", True, "relevé de décisions"),
     "samedi 5 décembre 2026, 17h00", 1),
    ("pour la séance de décembre : fiches projets", ("2026-12-03T18:00", True, "fiches projets"), "jeudi 3 décembre 2026, 18h00", 1),
    ("avant la dernière séance de janvier : bilan", ("2027-01-19T09:30", True, "bilan"), "mardi 19 janvier 2027, 09h30", 3),
    ("trois semaines après la séance 3 : évaluation", ("2027-02-09T00:00", False, "évaluation"), "mardi 9 février 2027", 3),
    ("d'ici à la séance n°3 : retours", ("2027-01-19T09:30", True, "retours"), "mardi 19 janvier 2027, 09h30", 3),
    ("Tableau des présences pour la prochaine réunion", ("2026-12-03T18:00", True, "Tableau des présences"),
     "jeudi 3 décembre 2026, 18h00", 1),
])
def test_a_deadline_counted_from_a_meeting_is_stored_and_said(lyon: Chat, text: str, stored: tuple[str, bool, str],
                                                              said: str, meeting: int) -> None:
    # blind set 32: each refused on main (« Je ne reconnais pas de date … », « la veille » asked)
    out = lyon.say(f"/echeance {text}")
    assert _deadlines(lyon) == [stored]
    assert "Échéance enregistrée" in out and said in out
    assert f"Date comptée depuis la séance n°{meeting} (" in out


@pytest.mark.parametrize(("text", "stored"), [
    ("jeudi 26 novembre : préparer la séance 2", ("2026-11-26T00:00", False, "préparer la séance 2")),
    ("d'ici le 1er décembre : relire le CR avant la prochaine séance", ("2026-12-01T00:00", False, "relire le CR avant la prochaine séance")),
    ("le lendemain de la Saint-Nicolas : bilan", ("2026-12-07T00:00", False, "bilan")),
    ("J-3 du 7 janvier : ordre du jour", ("2027-01-04T00:00", False, "ordre du jour")),
])
def test_a_date_said_in_full_keeps_its_reading_whatever_its_text_says_of_a_meeting(lyon: Chat, text: str,
                                                                                    stored: tuple[str, bool, str]) -> None:
    out = lyon.say(f"/echeance {text}")
    assert _deadlines(lyon) == [stored]
    assert "Date comptée depuis" not in out


@pytest.mark.parametrize(("text", "said"), [
    ("avant la réunion : relire", "laquelle ? 3 séances sont prévues"),
    ("la veille de la séance 7 : relances", "il n'y a pas de séance n°7"),
    ("le lendemain de la séance 4 : relevé", "la séance n°4 du jeudi 4 février 2027 est annulée"),
    ("pour la séance de janvier : fiches", "ce mois compte 2 séances (n°2 le 7 janvier 2027, n°3 le 19 janvier 2027)"),
    ("pour la séance de février : fiches", "la séance n°4 est annulée"),
    ("avant la réunion d'après : relire", "après laquelle ?"),
    ("une semaine avant la prochaine AG : rapport", "je ne connais que les séances du groupe"),
    ("deux semaines avant la prochaine séance : convocation", "tombe le jeudi 19 novembre 2026, déjà passé"),
    ("24h après la séance 2 : compte rendu", "compté depuis le début de la séance ou sa fin ?"),
    ("avant la séance 2 à 9h : contributions", "la séance n°2 commence à 18h00"),
    ("la veille de la séance 1 ou 2 : relances", "une seule date"),
    ("bien avant la séance 2 : contributions", "nommez la séance : « avant la prochaine séance »"),
    ("avant la prochaine réunion du bureau : note", "laquelle ? Je nomme les séances du groupe"),
    ("48h avant la séance 2 à 10h : documents", "compté en heures, puis une heure ?"),
])
def test_what_cannot_be_told_is_refused_with_how_to_write_it_and_nothing_is_stored(lyon: Chat, text: str, said: str) -> None:
    out = lyon.say(f"/echeance {text}")
    assert said in out
    assert "Échéance enregistrée" not in out
    assert _deadlines(lyon) == []


def test_without_a_meeting_to_come_the_next_one_is_refused(empty: Chat) -> None:
    out = empty.say("/echeance la veille de la prochaine séance : bilan")
    assert "aucune séance n'est prévue" in out and _deadlines(empty) == []


def test_a_bare_meeting_is_the_only_one_to_come(empty: Chat) -> None:
    empty.say("/seance mardi 15 décembre 18h-20h Mairie")
    out = empty.say("/echeance 48h avant la réunion : documents")
    assert _deadlines(empty) == [("2026-12-13T18:00", True, "documents")]
    assert "dimanche 13 décembre 2026, 18h00" in out and "Date comptée depuis la séance n°1 (" in out


def _tasks(chat: Chat) -> list[tuple[str, str | None]]:
    return [(t.text, t.due.isoformat() if t.due else None) for t in chat.store.group("rte").tasks()]


def test_a_task_due_a_day_counted_from_a_meeting(lyon: Chat) -> None:
    out = lyon.say("/tache Envoyer la note de cadrage pour l'avant-veille de la séance 2")
    assert _tasks(lyon) == [("Envoyer la note de cadrage", "2027-01-05")]
    assert "mardi 5 janvier 2027" in out and "Date comptée depuis la séance n°2 (" in out
    out = lyon.say("/tache_modifier 1 pour J-2 de la prochaine séance")
    assert _tasks(lyon) == [("Envoyer la note de cadrage", "2026-12-01")]
    assert "Date comptée depuis la séance n°1 (" in out


def test_a_task_for_a_meeting_keeps_it_in_its_text(lyon: Chat) -> None:
    # « pour la séance 2 » says what the task is for (« la salle pour le forum »), not when it is due
    lyon.say("/tache préparer la salle pour la séance 2")
    assert _tasks(lyon) == [("préparer la salle pour la séance 2", None)]


def test_a_task_due_from_a_cancelled_meeting_is_refused(lyon: Chat) -> None:
    out = lyon.say("/tache relancer les partenaires pour la veille de la séance 4")
    assert "la séance n°4 du jeudi 4 février 2027 est annulée" in out
    assert _tasks(lyon) == []
