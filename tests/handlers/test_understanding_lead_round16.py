"""The lead's general fixes of the sixteenth round, found on the lead's set 26
(clea16, GrandAngoulême's arts-education contract) and checked on small groups
invented here: a proper name inside a body's name, with its article (« qui
représente L'Alpha ? » of the Médiathèque L'Alpha), is that body, not the chat
shorthand the word also is (world.py, town_names.ARTICLE_NAME, normalise.py); a
body named as the place where a decided thing happens (« … à la médiathèque »)
does not say who does it, so the task's pilot answers « qui organise … ? »
(who_named.names_someone_acting); a task holding the question's own verb and
its words answers « qui relance les écoles ? » before a role matched by a kin
word only (« transports scolaires », task_first.task_verb_over_kin); an acronym
every meeting's place carries is the group's own name (« qui est dans le
CLEA ? », own_group.py); « les profs » are the records' « enseignants »
(families.toml); « la BD » is « la bande dessinée » (lexicon.toml)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from handlers.understanding.world import proper_names
from storage.models import AgendaItem
from tests.handlers.questions_eval import NOW
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat


def _group(*members: tuple[str, str, str], places: tuple[str, ...] = ("Salle du conseil",)) -> Chat:
    """A small group with `members` and one meeting a week later per place (then held ones before today)."""
    chat = invented_group("atelier-lead16", *members)
    data = chat.store.group("atelier-lead16")
    for k, place in enumerate(places):
        start = NOW + timedelta(days=7 * (k + 1) - 30)
        data.add_meeting(start, start + timedelta(hours=2), place, (AgendaItem("Point d'étape", "Coordination"),))
    return chat


def _decide(chat: Chat, text: str) -> None:
    chat.store.group("atelier-lead16").add_decision(text, date(2026, 11, 12), 1, "Coordination", "telegram:coord-1",
                                                    datetime(2026, 11, 12, 18, 0, tzinfo=NOW.tzinfo))


def _task(chat: Chat, text: str, pilot: str) -> None:
    data = chat.store.group("atelier-lead16")
    number = next(m.number for m in data.members() if m.name == pilot)
    data.add_task(text, number, date(2026, 12, 18), 1, pilot, "Coordination", "telegram:coord-1")


def test_a_proper_name_with_its_article_inside_a_body_s_name_is_that_body() -> None:
    chat = _group(("Inès Caradec", "Centre social L'Orange bleue", "Directrice"),
                  ("Yann Le Goff", "Ludothèque La Toupie", "Animateur"),
                  ("Rose Marchal", "Ville de Lorient", "Adjointe à la jeunesse"))
    assert "Yann Le Goff" in chat.say("qui représente La Toupie ?", private=True)
    assert "Inès Caradec" in chat.say("c'est qui pour l'Orange bleue ?", private=True)


def test_a_shorthand_that_is_a_word_of_a_body_s_name_stays_the_name_when_capitalised() -> None:
    chat = _group(("Lucie Vannier", "Bibliothèque L'Alpha", "Responsable jeunesse"),
                  ("Marc Aubry", "Ville de Poitiers", "Chef de service"))
    reply = chat.say("qui représente L'Alpha ?", private=True)
    assert "Lucie Vannier" in reply and "alphabétisation" not in reply


def test_a_body_named_only_where_a_thing_happens_leaves_the_task_s_pilot_the_answer() -> None:
    chat = _group(("Hugo Ferrand", "Maison des jeunes de Tulle", "Directeur"),
                  ("Awa Diallo", "Ville de Tulle", "Chargée de mission jeunesse"))
    _decide(chat, "Un forum des métiers est organisé le samedi 6 février à la Maison des jeunes de Tulle.")
    _task(chat, "Organiser le forum des métiers", "Awa Diallo")
    reply = chat.say("qui organise le forum des métiers ?", private=True)
    assert "Awa Diallo" in reply and "Tâche n°1" in reply
    assert "Hugo Ferrand" not in reply


def test_a_body_given_the_work_still_answers() -> None:
    chat = _group(("Hugo Ferrand", "Maison des jeunes de Tulle", "Directeur"),
                  ("Awa Diallo", "Ville de Tulle", "Chargée de mission jeunesse"))
    _decide(chat, "L'organisation du forum des métiers est confiée à la Maison des jeunes de Tulle.")
    assert "Hugo Ferrand" in chat.say("qui organise le forum des métiers ?", private=True)


def test_a_task_in_the_question_s_own_verb_comes_before_a_role_matched_by_kin() -> None:
    chat = _group(("Paul Riou", "Communauté de communes", "Responsable des transports scolaires"),
                  ("Mina Haddad", "Inspection de l'Éducation nationale", "Conseillère pédagogique"))
    _task(chat, "Relancer les écoles pour les inscriptions au cross", "Mina Haddad")
    reply = chat.say("qui relance les écoles ?", private=True)
    assert "Mina Haddad" in reply and "Paul Riou" not in reply
    # A charge asked (« s'occupe ») is still the role's.
    assert "Paul Riou" in chat.say("qui s'occupe des transports scolaires ?", private=True)


def test_the_acronym_every_meeting_place_carries_is_the_group() -> None:
    places = ("Comité de pilotage PRIJ, mairie", "Comité technique PRIJ, mission locale", "Plénière PRIJ, lycée")
    chat = _group(("Léon Barbier", "Mission locale du Pays de Morlaix", "Conseiller"),
                  ("Sara Kerbrat", "Lycée Tristan Corbière", "Proviseure adjointe"), places=places)
    reply = chat.say("qui est dans le PRIJ ?", private=True)
    assert reply.startswith("Membres du groupe (2)")


def test_teachers_called_profs_find_the_records_of_enseignants() -> None:
    chat = _group(("Claire Morvan", "Circonscription de Quimper", "Conseillère pédagogique"),
                  ("Tom Le Bihan", "Ville de Quimper", "Coordinateur du PEDT"))
    _decide(chat, "Un temps d'échange avec les enseignants des écoles maternelles est prévu en mars.")
    assert "enseignants des écoles maternelles" in chat.say("le temps d'échange avec les profs c'est quand ?", private=True)


def test_bd_is_the_comics() -> None:
    chat = _group(("Noé Garnier", "Médiathèque de Blois", "Bibliothécaire"),
                  ("Jade Perrin", "Ville de Blois", "Chargée de l'action culturelle"))
    _decide(chat, "Un atelier de bande dessinée est ouvert aux collégiens le mercredi.")
    assert "atelier de bande dessinée" in chat.say("on a décidé quoi pour l'atelier BD ?", private=True)


def test_the_late_tasks_asked_by_the_plural_noun_alone() -> None:
    chat = _group(("Awa Diallo", "Ville de Tulle", "Chargée de mission jeunesse"))
    data = chat.store.group("atelier-lead16")
    data.add_task("Envoyer les invitations du forum", 1, date(2026, 11, 25), 1, "Awa Diallo", "Coordination",
                  "telegram:coord-1")
    for question in ("et les retards svp ?", "des retards ?"):
        assert chat.say(question, private=True).startswith("Tâches en retard (1)"), question
    # an apology is no question, however it is typed
    assert "Tâche" not in chat.say("désolée pour les retards, la route était coupée", private=True)


def test_a_place_the_body_is_of_or_a_kind_of_body_is_no_proper_name_of_it() -> None:
    assert proper_names("Médiathèque L'Alpha") == ["L'Alpha"]
    assert proper_names("Centre de Jeunes La Passerelle") == ["La Passerelle"]
    # « la Broye » is the region the body is of (« la préfète de la Broye-Vully » is another body's)
    assert proper_names("Association des entreprises de la Broye") == []
    assert proper_names("Association Sport dans la Ville 06") == []


def test_what_a_body_puts_in_is_the_decision_naming_it_with_a_sum() -> None:
    chat = _group(("Eva Rochat", "Département du Cher", "Cheffe du service jeunesse"),
                  ("Malo Guérin", "Ville de Vierzon", "Directeur de cabinet"))
    _decide(chat, "Le chantier jeunes de l'été coûte 18 000 euros, dont 6 000 euros du Département du Cher.")
    _decide(chat, "Le Département du Cher accueille le comité de suivi dans ses locaux.")
    for question in ("le Département met combien ?", "combien verse le Département ?"):
        reply = chat.say(question, private=True)
        assert "6 000 euros du Département du Cher" in reply, question
    # counting its people is still its members
    assert "Eva Rochat" in chat.say("on est combien du Département ?", private=True)
