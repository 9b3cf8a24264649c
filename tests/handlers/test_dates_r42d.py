"""Families found by round 42 (helper r42d).

Part 1 — one measure of /echeance: the date sets' `echeance` mode now reads what the command reads
(handlers/commands/deadlines.py `read_echeance`, period ends first); a time range given for a deadline is stored as its
start and the reply now says the end was not kept; « d'ici à fin janvier » is read like « d'ici fin janvier »
(handlers/period_end.py; « d'ici » was left in the text).

Part 2 — blind set 37 (dates_blind37.tsv: a funder's or an administration's deadline relayed in /echeance): the text
first with the date closing it (« Dépôt des dossiers avant le 15 janvier à 12h », « Clôture des inscriptions le
vendredi 18 décembre », « Retour des fiches sous quinzaine ») is read as /tache finds a due date
(handlers/task_said.py `due_at_end`), the hour kept; a second deadline date in the text (« le 15/01 pour le FDVA, le
22/01 pour la CAF ») is refused, nothing stored. Each test writes other sentences of the family than the set's own,
in a group of Lyon on Tuesday 1 December 2026."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage.store import Store
from tests.helpers import MEMBER, Chat, at, chat_in_zone

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def lyon(disk_store: Store, tmp_path: Path) -> Chat:
    chat = chat_in_zone(disk_store, tmp_path / "data", PARIS)
    data = chat.store.group("rte")
    data.add_member("Camille Moreau", "Ville de Lyon", platform_ids={"telegram": MEMBER})
    chat.say("/seance jeudi 10 décembre 14h-16h salle C")  # n°1, the next
    chat.clock.set(at("2026-12-01 10:00", PARIS))
    return chat


def _deadlines(chat: Chat) -> list[tuple[str, datetime, bool]]:
    return [(d.text, d.due, d.has_time) for d in chat.store.group("rte").deadlines() if not d.cancelled]


@pytest.mark.parametrize(("text", "stored", "said"), [
    # on main each was refused: « Je ne reconnais pas de date au début de … »
    ("Remise des candidatures au plus tard le 22 janvier à 17h",
     ("Remise des candidatures", datetime(2027, 1, 22, 17, tzinfo=PARIS), True), "vendredi 22 janvier 2027"),
    ("Envoi des attestations CPAM d'ici lundi", ("Envoi des attestations CPAM", datetime(2026, 12, 7, tzinfo=PARIS), False),
     "lundi 7 décembre 2026"),
    ("Réservation du gymnase le mercredi 16 décembre", ("Réservation du gymnase", datetime(2026, 12, 16, tzinfo=PARIS), False),
     "mercredi 16 décembre 2026"),
    ("Bilan des permanences jeudi 17 décembre à 18h",
     ("Bilan des permanences", datetime(2026, 12, 17, 18, tzinfo=PARIS), True), "jeudi 17 décembre 2026"),
    ("Signature des conventions sous huitaine", ("Signature des conventions", datetime(2026, 12, 8, tzinfo=PARIS), False),
     "mardi 8 décembre 2026"),
    ("Appel à projets Région 2027-2028 (date limite : 5 février)",
     ("Appel à projets Région 2027-2028", datetime(2027, 2, 5, tzinfo=PARIS), False), "vendredi 5 février 2027"),
])
def test_echeance_reads_the_date_closing_the_text_with_its_hour(lyon: Chat, text: str, stored: tuple[str, datetime, bool],
                                                                said: str) -> None:
    out = lyon.say(f"/echeance {text}")
    assert "Échéance enregistrée" in out and said in out and stored[0] in out
    assert _deadlines(lyon) == [stored]


@pytest.mark.parametrize(("text", "stored"), [
    # neighbours that keep their reading: the date first, a date after « du » kept in the text, a meeting as the bound
    ("le 18/12 : compte rendu du bureau du 4 décembre",
     ("compte rendu du bureau du 4 décembre", datetime(2026, 12, 18, tzinfo=PARIS), False)),
    ("Préparer la réunion du 12/01 avant le 8 janvier", ("Préparer la réunion du 12/01", datetime(2027, 1, 8, tzinfo=PARIS), False)),
    ("le 18/12 : version 2.1 du dossier, 3 exemplaires", ("version 2.1 du dossier, 3 exemplaires", datetime(2026, 12, 18, tzinfo=PARIS), False)),
    ("Relire le CR avant la prochaine séance", ("Relire le CR", datetime(2026, 12, 10, 14, tzinfo=PARIS), True)),
])
def test_the_texts_own_dates_and_the_meeting_bound_stay_as_they_were(lyon: Chat, text: str,
                                                                    stored: tuple[str, datetime, bool]) -> None:
    assert "Échéance enregistrée" in lyon.say(f"/echeance {text}")
    assert _deadlines(lyon) == [stored]


@pytest.mark.parametrize(("text", "said"), [
    ("le 22/01 pour la DETR, le 29/01 pour la Région", "Une seule date par échéance"),
    ("avant le 8/01 : bilan ; avant le 15/01 : budget", "Une seule date par échéance"),
    ("le 12/01 à 10h : audition, puis le 19/01 : résultats", "Une seule date par échéance"),
    ("Audition le 12/01 puis le 19/01", "Je ne reconnais pas de date"),
    ("Réponse de la préfecture 30 jours après la notification", "Je ne reconnais pas de date"),
    ("Préparer la fête des voisins", "Je ne reconnais pas de date"),
    ("Dépôt du dossier avant le 20 novembre", "passé"),
])
def test_two_dates_or_none_are_refused_and_nothing_is_stored(lyon: Chat, text: str, said: str) -> None:
    out = lyon.say(f"/echeance {text}")
    assert said in out and "enregistrée" not in out
    assert _deadlines(lyon) == []


def test_a_range_given_for_a_deadline_is_stored_as_its_start_and_the_reply_says_so(lyon: Chat) -> None:
    out = lyon.say("/echeance lundi 11 janvier de 9h à 12h : dépôt des dossiers en mairie")
    assert "Échéance enregistrée" in out and "lundi 11 janvier 2027" in out
    assert "Une échéance n'a qu'une heure : 09h00, le début de la plage 09h00–12h00" in out
    assert _deadlines(lyon) == [("dépôt des dossiers en mairie", datetime(2027, 1, 11, 9, tzinfo=PARIS), True)]


def test_d_ici_a_fin_janvier_is_a_period_end_with_nothing_left_in_the_text(lyon: Chat) -> None:
    out = lyon.say("/echeance d'ici à fin février : rapport d'activité")
    assert "Échéance enregistrée" in out and "dimanche 28 février 2027" in out and "d'ici" not in out
    assert _deadlines(lyon) == [("rapport d'activité", datetime(2027, 2, 28, tzinfo=PARIS), False)]
    out = lyon.say("/echeance Envoyer le bilan d'ici à la fin du mois")
    assert "jeudi 31 décembre 2026" in out
    assert ("Envoyer le bilan", datetime(2026, 12, 31, tzinfo=PARIS), False) in _deadlines(lyon)


def test_tache_keeps_its_reading_of_a_weekday_after_le(lyon: Chat) -> None:
    out = lyon.say("/tache réserver la salle le vendredi 18 décembre", sender=MEMBER, name="Camille")
    assert "Tâche n°1 enregistrée." in out and "pour le vendredi 18 décembre 2026" in out
    task = lyon.store.group("rte").tasks()[0]
    assert task.text == "réserver la salle"  # « le » was left at the end of the text before round 42
