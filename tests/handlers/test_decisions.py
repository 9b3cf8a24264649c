"""Decisions: numbered per group, tied to their meeting, searchable, and
changed only by coordinators with the history kept."""

from __future__ import annotations

from datetime import timedelta

from tests.helpers import COORDINATOR, MEMBER, Chat, at, group_config, make_chat


def test_decision_is_numbered_dated_and_tied_to_the_latest_meeting(chat: Chat) -> None:
    data = chat.store.group("rte")
    data.add_meeting(at("2026-11-16 09:00"), at("2026-11-16 11:00"), "Mairie")
    out = chat.say("/decision Le groupe adopte la charte de collaboration")
    assert out == ("Décision n°1 enregistrée.\nLe groupe adopte la charte de collaboration")
    [stored] = data.decisions()
    assert (stored.number, stored.taken_on.isoformat(), stored.meeting_number, stored.recorded_by_id) == (
        1, "2026-11-23", 1, f"telegram:{COORDINATOR}")
    assert chat.say("/decision Deuxième décision").startswith("Décision n°2 enregistrée.")


def test_decision_during_a_meeting_belongs_to_that_meeting(chat: Chat) -> None:
    data = chat.store.group("rte")
    data.add_meeting(at("2026-11-16 09:00"))
    data.add_meeting(at("2026-11-23 09:30"), at("2026-11-23 11:30"))  # under way at 10:00
    data.add_meeting(at("2026-11-30 09:30"))
    chat.say("/decision Texte")
    assert data.decisions()[0].meeting_number == 2


def test_numbering_is_per_group(disk_store: object) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config("a"), group_config("b"))  # type: ignore[arg-type]
    chat.say("/decision Pour A")
    other = chat.store.group("b")
    other.add_decision("Pour B", at("2026-11-23 10:00").date(), None, "X", "x", at("2026-11-23 10:00"))
    assert [d.number for d in other.decisions()] == [1]
    assert [d.number for d in chat.store.group("a").decisions()] == [1]


def test_members_are_refused_and_nothing_changes(chat: Chat) -> None:
    out = chat.say("/decision Une décision pirate", sender=MEMBER, name="Paul")
    assert out == ("Désolé, /decision est réservé aux coordinateurs du groupe.\n"
                   "Rien n'a été modifié. Demandez à un coordinateur, ou tapez /aide pour vos commandes.")
    assert chat.store.group("rte").decisions() == []


def test_decisions_lists_latest_first_and_finds_by_number_and_text(chat: Chat) -> None:
    for text in ("Le groupe se réunit toutes les six semaines", "La Fondation rédige une note de cadrage",
                 "Le groupe adopte la charte de collaboration"):
        chat.say(f"/decision {text}")
    listing = chat.say("/decisions", sender=MEMBER).splitlines()
    assert listing[0] == "Dernières décisions (3 sur 3)"
    assert listing[1].startswith("Décision n°3 — lundi 23 novembre 2026")
    found = chat.say("/decisions chartre", sender=MEMBER)  # typo
    assert found.splitlines()[0] == "Décisions sur « chartre » (1)"
    assert "n°3" in found and "n°1" not in found
    one = chat.say("/decisions 2", sender=MEMBER)
    assert one.splitlines()[1] == "La Fondation rédige une note de cadrage"
    assert "enregistrée le 23 novembre 2026 par Léa Marchand" in one
    assert chat.say("/decisions 9") == "Il n'y a pas de décision n°9 (la dernière est la n°3)."
    assert chat.say("/decisions budget").startswith("Aucune décision ne parle de « budget ».")


def test_modify_and_cancel_keep_the_history(chat: Chat) -> None:
    chat.say("/decision Budget de 5000 CHF")
    chat.clock.advance(timedelta(days=1))
    assert chat.say("/decision_modifier 1 Budget de 6000 CHF") == (
        "Décision n°1 modifiée.\nAvant : Budget de 5000 CHF\nDésormais : Budget de 6000 CHF")
    assert chat.say("/decision_annuler 1 doublon") == (
        "Décision n°1 annulée (l'historique est conservé). Raison : doublon")
    stored = chat.store.group("rte").decision(1)
    assert stored is not None
    assert (stored.status, stored.text) == ("cancelled", "Budget de 6000 CHF")
    assert [(r.action, r.text, r.reason) for r in stored.history] == [
        ("created", "Budget de 5000 CHF", ""), ("amended", "Budget de 6000 CHF", ""), ("cancelled", "", "doublon")]
    shown = chat.say("/decisions 1")
    assert "Décision n°1 (annulée)" in shown and "annulée le 24 novembre 2026 par Léa Marchand : doublon" in shown
    assert chat.say("/decision_modifier 1 encore").startswith("La décision n°1 est annulée")


def test_one_decision_shows_its_first_wording_after_edits(chat: Chat) -> None:
    chat.say("/decision Budget de 5000 CHF")
    assert "« Budget de 5000 CHF »" not in chat.say("/decisions 1")  # unchanged: said once
    chat.say("/decision_modifier 1 Budget de 6000 CHF")
    chat.say("/decision_modifier 1 Budget de 6500 CHF")
    lines = chat.say("/decisions 1").splitlines()
    assert lines[1] == "Budget de 6500 CHF"
    assert lines[2:] == [
        "  enregistrée le 23 novembre 2026 par Léa Marchand : « Budget de 5000 CHF »",
        "  modifiée le 23 novembre 2026 par Léa Marchand : « Budget de 6000 CHF »",
        "  modifiée le 23 novembre 2026 par Léa Marchand : « Budget de 6500 CHF »",
    ]


def test_modify_errors_leave_the_decision_alone(chat: Chat) -> None:
    chat.say("/decision Texte initial")
    assert chat.say("/decision_modifier abc Nouveau").startswith("Le numéro de décision doit être un numéro")
    assert chat.say("/decision_modifier 4 Nouveau").startswith("Il n'y a pas de décision n°4.")
    assert chat.say("/decision_modifier 1").startswith("Il manque le nouveau texte.")
    assert chat.say("/decision_modifier 1 Autre", sender=MEMBER).startswith("Désolé, /decision_modifier est réservé")
    stored = chat.store.group("rte").decision(1)
    assert stored is not None and (stored.text, len(stored.history)) == ("Texte initial", 1)


def test_search_follows_new_and_amended_decisions(chat: Chat) -> None:
    chat.say("/decision Le groupe adopte la charte")
    assert "n°1" in chat.say("/decisions charte")  # builds the search index
    chat.say("/decision Nouvelle charte graphique")
    chat.say("/decision_modifier 1 Le groupe reporte l'adoption")
    found = chat.say("/decisions charte")
    assert found.splitlines()[0] == "Décisions sur « charte » (1)" and "n°2" in found
    assert "n°1" in chat.say("/decisions reporte")
