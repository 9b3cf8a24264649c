"""Action items: written by any member with a pilot matched fuzzily and a due
date, listed, closed by their pilot, author or a coordinator, shown on the
pilot's card with overdue ones marked."""

from __future__ import annotations

from datetime import date, timedelta

from storage.models import replace
from storage.tasks import Task
from tests.helpers import COORDINATOR, MEMBER, Chat, at, seed_people


def test_task_with_date_and_pilot_is_stored_and_tied_to_the_meeting_just_held(chat: Chat) -> None:
    seed_people(chat)
    data = chat.store.group("rte")
    data.add_meeting(at("2026-11-19 09:00"), at("2026-11-19 11:00"))
    out = chat.say("/tache Envoyer la note de cadrage pour le 15/12 @kerouedan", sender=MEMBER, name="Sam")
    assert out == (
        "Tâche n°1 enregistrée.\n"
        "• Tâche n°1 : Envoyer la note de cadrage — pilote : Thibault du Kerouëdan — pour le mardi 15 décembre 2026\n"
        "Rattachée à la séance n°1.")
    [task] = data.tasks()
    assert task == Task(1, "Envoyer la note de cadrage", 1, date(2026, 12, 15), 1, "Thibault du Kerouëdan", "open",
                        "Sam", f"telegram:{MEMBER}", date(2026, 11, 23))


def test_pilot_written_as_pilote_colon_and_pour_inside_the_text(chat: Chat) -> None:
    seed_people(chat)
    chat.say("/tache Préparer la salle pour le forum pilote : claire dubois pour le 2/12")
    [task] = chat.store.group("rte").tasks()
    assert (task.text, task.pilot_name, task.due, task.meeting_number) == (
        "Préparer la salle pour le forum", "Claire Dubois", date(2026, 12, 2), None)


def test_ambiguous_or_unknown_pilot_is_asked_back_and_nothing_is_stored(chat: Chat) -> None:
    seed_people(chat)
    assert chat.say("/tache Relire @dubois") == (
        "Plusieurs membres correspondent à « dubois » :\n"
        "• Claire Dubois (Ville de Meyrin)\n• Marc Dubois (Office cantonal de l'emploi)\nPrécisez le nom.")
    assert chat.say("/tache Relire @Zorglub").startswith("Aucun membre ne correspond à « Zorglub ».")
    assert chat.say("/tache Relire pour le 31/02").startswith("La date « 31/02 » n'existe pas.")
    assert chat.store.group("rte").tasks() == []


def test_listing_filters_and_overdue_marks(chat: Chat) -> None:
    seed_people(chat)
    chat.say("/tache A pour le 24/11 @hammoudi")
    chat.say("/tache B pour le 30/11 @hammoudi")
    chat.say("/tache C @claire martin")
    chat.clock.advance(timedelta(days=3))
    assert chat.say("/taches en retard") == (
        "Tâches en retard (1)\n⚠ Tâche n°1 : A — pilote : Jamila Hammoudi — pour le mardi 24 novembre 2026 (en retard)")
    assert chat.say("/taches jamila") == (
        "Tâches de Jamila Hammoudi (2)\n"
        "⚠ Tâche n°1 : A — pour le mardi 24 novembre 2026 (en retard)\n"
        "• Tâche n°2 : B — pour le lundi 30 novembre 2026")
    assert chat.say("/membre martin") == (
        "Claire Martin\nOrganisation : ATD Quart Monde\nTâches en cours (1)\n• Tâche n°3 : C")
    assert chat.say("/taches").startswith("Tâches en cours (3)\n⚠ Tâche n°1")


def test_only_pilot_author_or_coordinator_may_close(chat: Chat) -> None:
    seed_people(chat)
    data = chat.store.group("rte")
    data.update_member(2, lambda m: replace(m, platform_ids={"telegram": "jamila"}))
    chat.say("/tache Compter les participants @hammoudi")
    out = chat.say("/tache_faite 1", sender=MEMBER, name="Quelqu'un")
    assert out == "Seuls le pilote de la tâche n°1, son auteur ou un coordinateur peuvent la modifier. Rien n'a été modifié."
    assert data.task(1).open  # type: ignore[union-attr]
    assert chat.say("/tache_faite 1", sender="jamila", name="Jamila") == (
        "Tâche n°1 marquée faite, merci ! (Compter les participants)")
    stored = data.task(1)
    assert stored is not None and (stored.status, stored.closed_by, stored.closed_on) == ("done", "Jamila Hammoudi", date(2026, 11, 23))
    assert chat.say("/tache_annuler 1") == "La tâche n°1 est déjà faite."
    assert chat.say("/membre hammoudi").count("Tâche") == 0


def test_modify_and_cancel(chat: Chat) -> None:
    seed_people(chat)
    chat.say("/tache Relire la charte")
    assert chat.say("/tache_modifier 1 pour le 20/12 @martin") == (
        "Tâche n°1 modifiée.\n• Tâche n°1 : Relire la charte — pilote : Claire Martin — pour le dimanche 20 décembre 2026")
    assert chat.say("/tache_modifier 1 pour le 20/12") == "La tâche n°1 est déjà ainsi ; rien n'a changé."
    assert chat.say("/tache_annuler 1 plus utile") == "Tâche n°1 annulée : Relire la charte. Raison : plus utile"
    assert chat.store.group("rte").task(1).status == "cancelled"  # type: ignore[union-attr]
    assert chat.say("/taches") == "Aucune tâche en cours. Ajoutez-en une avec /tache."


def test_intents_for_free_questions_answer_like_the_command(chat: Chat) -> None:
    from handlers.commands.tasks import TASK_INTENTS

    seed_people(chat)
    chat.store.group("rte").update_member(2, lambda m: replace(m, platform_ids={"telegram": COORDINATOR}))
    chat.say("/tache A pour le 24/11 @hammoudi")
    chat.clock.advance(timedelta(days=3))
    ctx = chat.router.context(chat.message("quelles tâches sont en retard ?"), chat.group)
    assert TASK_INTENTS["overdue"](ctx).plain() == chat.say("/taches en retard")
    assert TASK_INTENTS["mine"](ctx).plain() == (
        "Tâches de Jamila Hammoudi (1)\n⚠ Tâche n°1 : A — pour le mardi 24 novembre 2026 (en retard)")


def test_a_pilots_list_is_titled_in_french_with_elision() -> None:
    from handlers.commands.tasks import of_name

    assert [of_name(n) for n in ("Antoine Brossard", "Élodie Vuilleumier", "Hugo Brändli", "Jamila Hammoudi")] == [
        "d'Antoine Brossard", "d'Élodie Vuilleumier", "d'Hugo Brändli", "de Jamila Hammoudi"]
