"""Families found by blind set 35 (dates_blind35.tsv: tasks as people write them in /tache): the pilot first
(« Karim : … », « moi : … », « Claire envoie … »), last (« — Sophie », « (Hammoudi) », « , pilote : Karim »), the due
date after « d'ici », « avant », « au plus tard », « échéance », « sous quinzaine », bare at the end (« demain »),
« avant la fin du mois », a day counted from a meeting; « pour » + no date kept in the text (« pour le forum du 12 »,
« pour la réunion du 14 janvier », « pour 20 euros »); members whose names look like dates; and what cannot be told
refused with how to write it, nothing stored (a name two members share, a pilot who is no member, two pilots, a date
gone, impossible or vague, two dates). Each test writes other sentences of the family than the set's own, in a group of
Lyon on Tuesday 1 December 2026, and checks what the member reads and what the store holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage.store import Store
from tests.helpers import MEMBER, Chat, at, chat_in_zone

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def lyon(disk_store: Store, tmp_path: Path) -> Chat:
    chat = chat_in_zone(disk_store, tmp_path / "data", PARIS)  # Monday 23 November 2026 10:00
    data = chat.store.group("rte")
    for name in ("Claire Dubois", "Marc Dubois", "Karim Hammoudi", "Sophie Kerouëdan", "Thomas Martin",
                 "Marie Janvier", "Paul Mardi", "Julien Petit", "Julien Caron"):
        data.add_member(name, "Ville de Lyon")
    data.add_member("Camille Moreau", "Ville de Lyon", platform_ids={"telegram": MEMBER})
    chat.say("/seance jeudi 10 décembre 14h-16h salle C")  # n°1, the next
    chat.say("/seance jeudi 17 décembre 14h-16h salle C")  # n°2, cancelled below
    chat.say("/seance jeudi 14 janvier 14h-16h salle C")  # n°3
    chat.say("/seance_annuler 2")
    chat.clock.set(at("2026-12-01 10:00", PARIS))
    return chat


def _tasks(chat: Chat) -> list[tuple[str, str, date | None]]:
    return [(t.text, t.pilot_name, t.due) for t in chat.store.group("rte").tasks()]


def _say(chat: Chat, text: str) -> str:
    return chat.say(text, sender=MEMBER, name="Camille")


@pytest.mark.parametrize(("command", "stored", "said"), [
    # on main: « Karim : » and the dash were left in the text, « d'ici », « avant », « sous quinzaine » not read
    ("/tache Karim : commander les repas d'ici jeudi", ("commander les repas", "Karim Hammoudi", date(2026, 12, 3)),
     "Tâche n°1 : commander les repas — pilote : Karim Hammoudi — pour le jeudi 3 décembre 2026"),
    ("/tache moi : rappeler la préfecture avant le 4", ("rappeler la préfecture", "Camille Moreau", date(2026, 12, 4)),
     "pilote : Camille Moreau — pour le vendredi 4 décembre 2026"),
    ("/tache Thomas relance les bailleurs sous quinzaine", ("Thomas relance les bailleurs", "Thomas Martin", date(2026, 12, 15)),
     "Tâche n°1 : Thomas relance les bailleurs — pilote : Thomas Martin — pour le mardi 15 décembre 2026"),
    ("/tache trier les inscriptions au plus tard le 18/12 (Hammoudi)", ("trier les inscriptions", "Karim Hammoudi", date(2026, 12, 18)),
     "pilote : Karim Hammoudi — pour le vendredi 18 décembre 2026"),
    ("/tache mettre à jour le tableau de bord demain — Sophie", ("mettre à jour le tableau de bord", "Sophie Kerouëdan", date(2026, 12, 2)),
     "pilote : Sophie Kerouëdan — pour le mercredi 2 décembre 2026"),
    ("/tache clore les comptes avant la fin du mois, pilote : Karim", ("clore les comptes", "Karim Hammoudi", date(2026, 12, 31)),
     "pour le jeudi 31 décembre 2026"),
    ("/tache rédiger l'appel à projets — échéance 21 décembre", ("rédiger l'appel à projets", "", date(2026, 12, 21)),
     "Tâche n°1 : rédiger l'appel à projets — pour le lundi 21 décembre 2026"),
    ("/tache Marie Janvier contacte le CCAS pour vendredi", ("Marie Janvier contacte le CCAS", "Marie Janvier", date(2026, 12, 4)),
     "pilote : Marie Janvier — pour le vendredi 4 décembre 2026"),
    ("/tache Relancer la préfecture (échéance vendredi)", ("Relancer la préfecture", "", date(2026, 12, 4)),
     "Tâche n°1 : Relancer la préfecture — pour le vendredi 4 décembre 2026"),
    ("/tache réserver le car @paul mardi pour mardi", ("réserver le car", "Paul Mardi", date(2026, 12, 8)),
     "pilote : Paul Mardi — pour le mardi 8 décembre 2026"),
])
def test_a_task_as_people_write_it_is_stored_and_the_reply_names_text_pilot_and_date(
        lyon: Chat, command: str, stored: tuple[str, str, date | None], said: str) -> None:
    out = _say(lyon, command)
    assert out.startswith("Tâche n°1 enregistrée.") and said in out
    assert _tasks(lyon) == [stored]


def test_a_day_counted_from_a_meeting_names_it_and_the_meeting_as_bound_is_its_day(lyon: Chat) -> None:
    out = _say(lyon, "/tache imprimer les badges d'ici la prochaine réunion @claire")
    assert "pour le jeudi 10 décembre 2026" in out and "Date comptée depuis la séance n°1" in out
    _say(lyon, "/tache envoyer les contributions pour 3 jours avant la séance 3")
    assert _tasks(lyon) == [("imprimer les badges", "Claire Dubois", date(2026, 12, 10)),
                            ("envoyer les contributions", "", date(2027, 1, 11))]


@pytest.mark.parametrize("command", [
    "/tache préparer la salle pour le marché de Noël du 12",
    "/tache envoyer les convocations pour la réunion du 14 janvier",
    "/tache acheter des gobelets pour 40 euros",
    "/tache appeler Mme Janvier au sujet du dossier Mars",
    "/tache transmettre le planning à Paul Mardi",
    "/tache relire la convention du 12/11",
    "/tache voir avec la mairie dès que possible",
    "/tache préparer la salle (pour le forum)",
])
def test_pour_without_a_date_and_date_like_words_stay_in_the_text(lyon: Chat, command: str) -> None:
    out = _say(lyon, command)
    text = command.removeprefix("/tache ")
    assert out.startswith(f"Tâche n°1 enregistrée.\n• Tâche n°1 : {text}")
    assert " pour le " not in out.split("\n")[1].removeprefix(f"• Tâche n°1 : {text}")
    assert _tasks(lyon) == [(text, "", None)]


@pytest.mark.parametrize(("command", "said"), [
    ("/tache relancer la CAF @dubois", "Plusieurs membres correspondent à « dubois »"),
    ("/tache Julien : relancer la CAF", "Plusieurs membres correspondent à « Julien »"),
    ("/tache relancer la CAF @Bertrand", "/membre_ajouter Bertrand ; <organisation>"),
    ("/tache Claire et Karim : préparer la salle", "Une tâche a un seul pilote"),
    ("/tache préparer la salle @claire @karim", "Une tâche a un seul pilote"),
    ("/tache appeler le bailleur pour hier", "est déjà passé"),
    ("/tache appeler le bailleur pour le 31/11", "n'existe pas"),
    ("/tache organiser le séminaire courant janvier", "ne dit pas quel jour"),
    ("/tache relire le PV pour le 15/12 pour le 18/12", "pour le 18/12"),
    ("/tache relire le PV d'ici la séance 2", "annulée"),
])
def test_what_cannot_be_told_is_refused_and_nothing_is_stored(lyon: Chat, command: str, said: str) -> None:
    out = _say(lyon, command)
    assert said in out and "enregistrée" not in out
    assert _tasks(lyon) == []


def test_tache_modifier_reads_the_same_way_and_bad_input_changes_nothing(lyon: Chat) -> None:
    _say(lyon, "/tache relancer la CAF")
    out = _say(lyon, "/tache_modifier 1 sous quinzaine — Sophie")
    assert "Tâche n°1 modifiée." in out and "pilote : Sophie Kerouëdan — pour le mardi 15 décembre 2026" in out
    assert _tasks(lyon) == [("relancer la CAF", "Sophie Kerouëdan", date(2026, 12, 15))]
    for bad in ("/tache_modifier 1 pour hier", "/tache_modifier 1 @dubois", "/tache_modifier 1 début janvier"):
        assert "modifiée" not in _say(lyon, bad)
    assert _tasks(lyon) == [("relancer la CAF", "Sophie Kerouëdan", date(2026, 12, 15))]
