"""Meetings and deadlines as members read them, and as coordinators plan them."""

from __future__ import annotations

import pytest

from storage.notices import NoticeLog
from tests.helpers import MEMBER, Chat, at


def test_no_meeting_planned_is_said_clearly(chat: Chat) -> None:
    assert chat.say("/prochaine_seance", sender=MEMBER) == (
        "Aucune séance n'est prévue pour l'instant.\nUn coordinateur peut en planifier une avec /seance.")


def test_plan_then_read_the_next_meeting(chat: Chat) -> None:
    out = chat.say("/seance 26/11/2026 9h-11h30 Espace cocréation, Rue du Rhône 14")
    assert out == ("Séance n°1 planifiée.\nSéance n°1 — jeudi 26 novembre 2026, 09h00–11h30\nDans 3 jours\n"
                   "Lieu : Espace cocréation, Rue du Rhône 14")
    chat.say("/proposer Bilan du forum", sender=MEMBER, name="Paul Favre")
    assert chat.say("/prochaine_seance", sender=MEMBER) == (
        "Prochaine séance n°1 — jeudi 26 novembre 2026, 09h00–11h30\nDans 3 jours\n"
        "Lieu : Espace cocréation, Rue du Rhône 14\nOrdre du jour :\n  1. Bilan du forum (proposé par Paul Favre)")
    [item] = chat.store.group("rte").meeting(1).agenda  # type: ignore[union-attr]
    assert (item.proposed_by, item.proposed_by_id) == ("Paul Favre", "telegram:member-1")


def test_planning_announces_to_the_group(chat: Chat) -> None:
    chat.say("/seance jeudi 14h Mairie")
    # Sent by the scheduler right after the reply, and recorded as sent.
    [(slug, notice)] = chat.notices
    assert slug == "rte" and notice.notice
    assert notice.plain().startswith("Convocation — séance n°1 — jeudi 26 novembre 2026, 14h00")
    [row] = [r for r in NoticeLog(chat.store).rows("rte") if "announcement" in r]
    assert (row["chat"], row["state"], row["announcement"]) == ("chat-1", "sent", chat.store.group("rte").meeting(1).announcement)  # type: ignore[union-attr]


def test_seances_and_agenda_in_order(chat: Chat) -> None:
    chat.say("/seance 10/12/2026 14h Salle B")
    chat.say("/seance 26/11/2026 9h Salle A")
    chat.say("/echeance 01/12/2026 rendre la note de cadrage")
    chat.say("/echeance 15/03/2027 10h forum ESS")
    assert chat.say("/seances", sender=MEMBER) == (
        "Prochaines séances (2)\n• n°2 : jeudi 26 novembre 2026, 09h00 — Salle A\n"
        "• n°1 : jeudi 10 décembre 2026, 14h00 — Salle B")
    agenda = chat.say("/agenda", sender=MEMBER).splitlines()
    assert agenda == [
        "Agenda",
        "Séance n°2 — jeudi 26 novembre 2026, 09h00 — Salle A",
        "Échéance n°1 — mardi 1er décembre 2026 (dans 8 jours) : rendre la note de cadrage",
        "Séance n°1 — jeudi 10 décembre 2026, 14h00 — Salle B",
        "Échéance n°2 — lundi 15 mars 2027, 10h00 (dans 4 mois) : forum ESS",
    ]
    assert chat.say("/agenda 1", sender=MEMBER).splitlines()[1:] == [
        "Séance n°2 — jeudi 26 novembre 2026, 09h00 — Salle A"]
    assert chat.say("/agenda 0").startswith("Le nombre de semaines doit être entre 1 et 520.")


def test_move_and_cancel(chat: Chat) -> None:
    chat.say("/seance 26/11/2026 9h Salle A")
    out = chat.say("/seance_deplacer 1 27/11/2026 10h-12h")
    assert out.splitlines()[:3] == [
        "Séance n°1 déplacée", "Avant : jeudi 26 novembre 2026, 09h00",
        "Désormais : séance n°1 (déplacée) — vendredi 27 novembre 2026, 10h00–12h00"]
    moved = chat.store.group("rte").meeting(1)
    assert moved is not None and (moved.place, moved.status) == ("Salle A", "moved")
    assert chat.say("/seance_annuler 1 salle indisponible") == (
        "Séance n°1 du vendredi 27 novembre 2026, 10h00–12h00 annulée. Raison : salle indisponible")
    assert chat.say("/prochaine_seance").startswith("Aucune séance n'est prévue")
    assert chat.say("/seance_annuler 1").startswith("La séance n°1 est annulée ou déjà tenue.")
    firsts = [n.plain().splitlines()[0] for _, n in chat.notices]
    assert [line.startswith(prefix) for line, prefix in zip(firsts, [
        "Convocation — séance n°1", "Séance n°1 déplacée", "Séance n°1 annulée"], strict=True)] == [True] * 3


def test_planning_errors_store_nothing(chat: Chat) -> None:
    for command, start in [
        ("/seance", "Il manque la date et l'heure de la séance."),
        ("/seance 17/09/2021 9h", "Le vendredi 17 septembre 2021, 09h00 est déjà passé."),
        ("/seance 28/03/2027 2h30", "L'heure 02h30 n'existe pas le 28 mars 2027"),
        ("/seance demain", "Il manque l'heure"),
        ("/seance_deplacer 7 demain 9h", "Il n'y a pas de séance n°7."),
        ("/echeance demain", "Il manque le texte de l'échéance."),
    ]:
        assert chat.say(command).startswith(start), command
    assert chat.store.group("rte").meetings() == [] and chat.store.group("rte").deadlines() == []


def test_members_cannot_plan(chat: Chat) -> None:
    assert chat.say("/seance demain 9h", sender=MEMBER).startswith("Désolé, /seance est réservé aux coordinateurs")
    assert chat.store.group("rte").meetings() == []


def test_proposer_without_a_meeting(chat: Chat) -> None:
    assert chat.say("/proposer Un point", sender=MEMBER) == (
        "Aucune séance n'est prévue : il n'y a pas d'ordre du jour où ajouter ce point.")


def test_times_show_in_the_groups_zone(chat: Chat) -> None:
    chat.store.group("rte").add_meeting(at("2026-11-26 09:00"))
    assert "09h00" in chat.say("/prochaine_seance")


def test_concurrent_proposals_keep_every_item(chat: Chat) -> None:
    import threading

    chat.store.group("rte").add_meeting(at("2026-11-26 09:00"))
    threads = [
        threading.Thread(target=chat.say, args=(f"/proposer Point {i}",), kwargs={"sender": f"m{i}", "name": f"M{i}"})
        for i in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    agenda = chat.store.group("rte").meeting(1).agenda  # type: ignore[union-attr]
    assert sorted(item.text for item in agenda) == [f"Point {i}" for i in range(8)]


def test_a_replayed_proposal_is_added_once(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from storage.store import Store

    chat.store.group("rte").add_meeting(at("2026-11-26 09:00"))
    message = replace(chat.message("/proposer Bilan", sender=MEMBER), event_id="41")
    # The first time, the process "dies" before noting the event as answered.
    monkeypatch.setattr(Store, "mark_event_done", lambda self, key, at: None)
    chat.router.handle(message)
    monkeypatch.undo()
    again = chat.router.handle(message)
    assert again is not None and again.plain().endswith("  1. Bilan")
    assert [i.text for i in chat.store.group("rte").meeting(1).agenda] == ["Bilan"]  # type: ignore[union-attr]


def test_a_move_keeps_the_length_unless_a_new_end_is_given(chat: Chat) -> None:
    chat.say("/seance 26/11/2026 9h-11h Salle A")
    chat.say("/seance_deplacer 1 27/11/2026 15h")
    moved = chat.store.group("rte").meeting(1)
    assert moved is not None and (moved.start.hour, moved.end and moved.end.hour) == (15, 17)
    chat.say("/seance_deplacer 1 28/11/2026 8h-8h30")
    again = chat.store.group("rte").meeting(1)
    assert again is not None and again.end is not None and (again.end.hour, again.end.minute) == (8, 30)
    # One date of a series, as in /seance_deplacer 2@05/01 06/01 15h.
    chat.say("/seance 01/12/2026 9h-11h Salle B chaque semaine")
    out = chat.say("/seance_deplacer 2@08/12 09/12 15h")
    assert "Désormais : séance n°2 (déplacée) — mercredi 9 décembre 2026, 15h00–17h00" in out


def test_seances_pages_through_a_long_list(chat: Chat) -> None:
    chat.say("/seance 01/12/2026 9h Salle A chaque semaine")
    first = chat.say("/seances").splitlines()
    assert first[0].startswith("Prochaines séances (") and ", page 1/" in first[0]
    assert len(first) == 12 and first[-1].endswith(": /seances 2 pour la suite.")
    second = chat.say("/seances 2").splitlines()
    assert ", page 2/" in second[0] and second[1] == "• n°1@09/02 : mardi 9 février 2027, 09h00 — Salle A"
    assert set(first[1:11]).isdisjoint(second[1:11])
    assert chat.say("/seances 999").startswith("Il n'y a que ")


def test_a_meeting_at_the_same_time_as_another_is_warned_not_refused(chat: Chat) -> None:
    chat.say("/seance 03/12/2026 9h-11h Salle A")
    out = chat.say("/seance 03/12/2026 10h Salle B")
    assert out.startswith("Séance n°2 planifiée.")
    assert out.splitlines()[-1] == (
        "Attention : la séance n°1 (jeudi 3 décembre 2026, 09h00–11h00) a lieu au même moment.")
    assert len(chat.store.group("rte").meetings()) == 2
    assert "Attention" not in chat.say("/seance 03/12/2026 14h Salle C")  # after both: no overlap
    moved = chat.say("/seance_deplacer 3 03/12/2026 8h30")
    assert "Attention : la séance n°1" in moved and "Attention : la séance n°2" in moved


def test_a_deadline_for_today_reads_aujourdhui(chat: Chat) -> None:
    # /echeance refuses a date already past, so today's deadline is stored directly.
    data = chat.store.group("rte")
    data.add_deadline(at("2026-11-23 00:00"), "rendre le rapport", False, "Léa Marchand")
    data.add_deadline(at("2026-11-23 18:00"), "envoyer les votes", True, "Léa Marchand")
    lines = chat.say("/agenda").splitlines()
    assert "Échéance n°1 — lundi 23 novembre 2026 (aujourd'hui) : rendre le rapport" in lines
    assert "Échéance n°2 — lundi 23 novembre 2026, 18h00 (aujourd'hui, dans 8 heures) : envoyer les votes" in lines


def test_a_meeting_ending_on_another_day_names_both_days(chat: Chat) -> None:
    """A two-day seminar (imported, or edited by hand) never reads as one long day."""
    data = chat.store.group("rte")
    data.add_meeting(at("2026-11-26 09:00"), end=at("2026-11-27 16:00"), place="Centre de formation")
    expected = "jeudi 26 novembre 2026, 09h00 – vendredi 27 novembre 2026, 16h00"
    assert expected in chat.say("/seances", sender=MEMBER)
    assert chat.say("/prochaine_seance", sender=MEMBER).startswith(f"Prochaine séance n°1 — {expected}")
