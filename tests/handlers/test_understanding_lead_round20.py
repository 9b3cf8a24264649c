"""The lead's general fixes of the twentieth round, found on the lead's set
33 (cllaj-strasbourg, a committee for young people's housing) and on what
set 28a (clsbray, negation) still missed, checked on a small group invented
here, with other sentences: an allocation commission by its initials
(« la CAL », entities.toml [meeting_formations]); a young workers' hostel by
its old name (« le foyer de jeunes travailleurs » for a « Résidence Habitat
Jeunes », [kinds]); a metropolis by the initials its partners write (« la
MEL », [known_acronyms]); how the group deals with a case, asked « on fait
quoi de … ? » (handled_case.py); an errand said whole with its verb though a
role holds one of its words (task_first._said_whole); the asker's work for
another body (« je dois envoyer quoi à la CAF ? », answers_records.tasks);
« les coordonnées de tout le monde » (everyone.py); a title and a body
(« l'animatrice France Services c'est qui ? ») is the body's member so
titled, not a decision speaking of such people (who_source._actor); « qui
n'a pas diffusé l'enquête aux médecins ? » names the one task, the
physicians being whom it goes to (task_questions._role_in_tasks); « on se
réunit pas toujours à Roubaix ? » asks the rule on where the meetings are
(usual_place.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.handlers.attendance_setup import link_accounts
from tests.handlers.questions_eval import NOW
from tests.handlers.questions_groups import invented_group
from tests.helpers import COORDINATOR, Chat

SLUG = "habitat-lead33"

_TEAM = (("Nadège Vermeulen", "Maison de l'habitat de Roubaix", "Coordinatrice"),
         ("Olivier Decottignies", "Métropole européenne de Lille", "Chargé de mission logement"),
         ("Rachida Benali", "Métropole européenne de Lille", "Vice-présidente au logement"),
         ("Tristan Lemaire", "Résidence Habitat Jeunes Les Glycines", "Directeur"),
         ("Camille Deswarte", "CAF du Nord", "Conseillère en économie sociale et familiale"),
         ("Yanis Haddad", "Mission locale de Roubaix", "Conseiller"),
         ("Inès Bouchez", "France Services de Wattrelos", "Animatrice"),
         ("Jean-Luc Desmet", "Maison de santé du Pile", "Médecin généraliste"))


def _group() -> Chat:
    """A steering committee in a week, an allocation commission in three weeks; a decision on late applications,
    one on urgent files, one on the hostel; tasks: the housing officer's list, the asker's papers for the CAF. The asker is Yanis."""
    chat = invented_group(SLUG, *_TEAM)
    data = chat.store.group(SLUG)
    link_accounts(chat, {"Yanis Haddad": COORDINATOR})
    for days, place in ((7, "Comité de pilotage, hôtel de ville de Roubaix"),
                        (21, "Commission d'attribution, Maison de l'habitat, Tourcoing")):
        start = NOW + timedelta(days=days)
        data.add_meeting(start, start + timedelta(hours=2), place, ())
    day = (NOW - timedelta(days=30)).date()
    for text in ("Les demandes arrivées hors délai sont examinées à la commission suivante.",
                 "Les dossiers urgents passent en tête de l'ordre du jour.",
                 "La résidence réserve quatre places aux apprentis.",
                 "Une formation à l'accès aux droits est proposée aux animatrices de France Services.",
                 "Les réunions ont lieu en alternance à Roubaix et à Tourcoing."):
        data.add_decision(text, day, None, "Coordination", "telegram:coord-1",
                          datetime(day.year, day.month, day.day, 18, 0, tzinfo=NOW.tzinfo))
    numbers = {m.name: m.number for m in data.members()}
    data.add_task("Mettre à jour la liste des logements vacants", numbers["Camille Deswarte"], date(2026, 12, 11), None,
                  "Camille Deswarte", "Coordination", "telegram:coord-1")
    data.add_task("Diffuser l'enquête logement aux médecins du quartier", numbers["Nadège Vermeulen"], date(2026, 11, 27),
                  None, "Nadège Vermeulen", "Coordination", "telegram:coord-1")
    data.add_task("Chiffrer le coût des visites à domicile", numbers["Jean-Luc Desmet"], date(2026, 11, 25), None,
                  "Jean-Luc Desmet", "Coordination", "telegram:coord-1")
    data.add_task("Transmettre les attestations de ressources à la CAF", numbers["Yanis Haddad"], date(2026, 12, 9), None,
                  "Yanis Haddad", "Coordination", "telegram:coord-1")
    return chat


def test_an_allocation_commission_is_asked_by_its_initials() -> None:
    chat = _group()
    reply = chat.say("la prochaine CAL c'est quand ?", private=True)
    # The commission three weeks ahead, not the steering committee held before it.
    assert "Commission d'attribution" in reply and "Comité de pilotage" not in reply


def test_a_young_workers_hostel_and_a_metropolis_by_the_names_people_use() -> None:
    chat = _group()
    reply = chat.say("qui représente le foyer de jeunes travailleurs ?", private=True)
    assert "Tristan Lemaire" in reply and "Camille Deswarte" not in reply
    reply = chat.say("les gens de la MEL ?", private=True)
    assert "Olivier Decottignies" in reply and "Rachida Benali" in reply and "Tristan Lemaire" not in reply


def test_how_the_group_deals_with_a_case_is_the_decision_on_it() -> None:
    chat = _group()
    for question in ("on fait quoi des dossiers urgents ?", "les dossiers urgents, on en fait quoi ?",
                     "que fait-on des dossiers urgents ?"):
        reply = chat.say(question, private=True)
        assert "passent en tête" in reply and "apprentis" not in reply and "hors délai" not in reply, question
    # A time named asks what happens then, never a decision.
    reply = chat.say("on fait quoi le 15 décembre ?", private=True)
    assert "hors délai" not in reply and "apprentis" not in reply


def test_an_errand_said_whole_names_its_pilot_though_a_role_holds_a_word() -> None:
    chat = _group()
    # « Chargé de mission logement » holds « logements »; the task opens with the verb and holds every word said.
    reply = chat.say("qui met à jour la liste des logements ?", private=True)
    assert "Camille Deswarte" in reply and "Olivier Decottignies" not in reply
    # The charge asked with a verb of charge stays the roles'.
    reply = chat.say("qui s'occupe du logement ?", private=True)
    assert "Olivier Decottignies" in reply


def test_the_askers_work_for_another_body_is_their_own() -> None:
    chat = _group()
    reply = chat.say("je dois envoyer quoi à la CAF ?", private=True)
    assert "attestations de ressources" in reply and "liste des logements" not in reply
    # The body's own work, asked as such, stays its members'.
    reply = chat.say("les tâches de la CAF ?", private=True)
    assert "liste des logements" in reply and "attestations" not in reply


def test_everyones_details_are_the_directory() -> None:
    chat = _group()
    reply = chat.say("les coordonnées de tout le monde ?", private=True)
    assert all(name in reply for name, _, _ in _TEAM)
    assert "Nadège Vermeulen" not in chat.say("bonjour tout le monde", private=True)


def test_a_title_and_a_body_is_the_member_so_titled() -> None:
    chat = _group()
    for question in ("l'animatrice France Services c'est qui ?", "l'animatrice de France Services c'est qui ?"):
        reply = chat.say(question, private=True)
        assert "Inès Bouchez" in reply and "accès aux droits" not in reply, question


def test_who_has_not_done_an_errand_is_its_pilot_not_every_late_task() -> None:
    chat = _group()
    reply = chat.say("qui n'a pas diffusé l'enquête aux médecins ?", private=True)
    assert "Nadège Vermeulen" in reply and "visites à domicile" not in reply


def test_always_at_a_place_asks_the_rule_on_where_the_meetings_are() -> None:
    chat = _group()
    for question in ("on se réunit pas toujours à Roubaix ?", "les réunions c'est toujours à Tourcoing ?"):
        reply = chat.say(question, private=True)
        assert "en alternance à Roubaix et à Tourcoing" in reply, question
