"""The lead's general fixes of the eighteenth round, found on the lead's set
30 (cls-morlaix, a local health contract) and checked on a small group
invented here, with other sentences: a first-person « je dois … pour
quand ? » naming one of the group's deadlines and none of the asker's tasks
is that deadline (owed_deadline.py); « je suis en charge de quoi ? » is the
asker's tasks, « charge » naming no title (my_duty.own_charge_at); « <membre>
il dirige quoi ? » is the member's card (person_office.py); « X il est
envoyé à qui ? » asks to whom even when X is a word of the directory
(who_source.py); a deadline asked with a participle (« doit être finie
quand ? ») is found by its other words (lexicon.toml deadline_verbs)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from storage.models import AgendaItem
from tests.handlers.attendance_setup import link_accounts
from tests.handlers.questions_eval import NOW
from tests.handlers.questions_groups import invented_group
from tests.helpers import COORDINATOR, Chat

SLUG = "reseau-lead18"

_TEAM = (("Solène Marchal", "Communauté de communes du Val d'Ille", "Animatrice du réseau jeunesse"),
         ("Bruno Tessier", "Espace jeunes de Melesse", "Directeur"),
         ("Inès Caradec", "Point information jeunesse", "Chargée d'information"),
         ("Farid Lounes", "Mission locale", "Chargé de projets"),
         ("Odile Perrot", "Collège Mathurin Méheut", "Principale adjointe"))


def _group() -> Chat:
    """The invented network: two meetings (one held), two deadlines, a decision, tasks; the asker is Solène."""
    chat = invented_group(SLUG, *_TEAM)
    data = chat.store.group(SLUG)
    link_accounts(chat, {"Solène Marchal": COORDINATOR})
    for days in (-20, 9):
        start = NOW + timedelta(days=days)
        data.add_meeting(start, start + timedelta(hours=2), "Salle du conseil, Melesse", (AgendaItem("Point d'étape", "Coordination"),))
    data.add_deadline(datetime(2026, 12, 11, tzinfo=NOW.tzinfo), "Retour des bilans d'activité des structures")
    data.add_deadline(datetime(2027, 2, 26, tzinfo=NOW.tzinfo), "Diagnostic jeunesse du territoire")
    data.add_decision("Un guide des loisirs est envoyé aux familles et aux écoles du territoire.", date(2026, 11, 10), 1,
                      "Coordination", "telegram:coord-1", datetime(2026, 11, 10, 18, 0, tzinfo=NOW.tzinfo))
    numbers = {m.name: m.number for m in data.members()}
    for text, pilot in (("Réserver le car pour la sortie", "Solène Marchal"), ("Préparer le forum des métiers", "Farid Lounes")):
        data.add_task(text, numbers[pilot], date(2026, 12, 15), 1, pilot, "Coordination", "telegram:coord-1")
    return chat


def test_a_deadline_the_asker_owes_with_the_whole_group() -> None:
    chat = _group()
    for question in ("je dois envoyer mon bilan pour quand ?", "je dois te rendre ma fiche bilan pour quand ?"):
        reply = chat.say(question, private=True)
        assert "Retour des bilans d'activité" in reply and "vendredi 11 décembre 2026" in reply, question
        assert "Réserver le car" not in reply
    # What the asker has to do, or one of their own tasks, stays theirs.
    assert "Réserver le car pour la sortie" in chat.say("je dois faire quoi avant noël ?", private=True)
    assert "Réserver le car pour la sortie" in chat.say("je dois réserver le car pour quand ?", private=True)


def test_what_the_asker_is_in_charge_of_is_their_tasks() -> None:
    chat = _group()
    for question in ("je suis en charge de quoi ?", "moi j'suis chargée de quoi déjà ?"):
        reply = chat.say(question, private=True)
        assert "Réserver le car pour la sortie" in reply, question
        assert "Inès Caradec" not in reply and "Farid Lounes" not in reply  # no « Chargé(e) de … » title
    # Someone else's charge is still asked of the titles.
    assert "Inès Caradec" in chat.say("qui est chargée d'information ?", private=True)


def test_a_members_office_asked_with_a_verb() -> None:
    chat = _group()
    for question, name, role in (("Bruno Tessier il dirige quoi ?", "Bruno Tessier", "Directeur"),
                                 ("elle anime quoi Solène Marchal ?", "Solène Marchal", "Animatrice du réseau jeunesse")):
        reply = chat.say(question, private=True)
        assert name in reply and role in reply, question
    # A topic after the verb asks something else: no card given with confidence.
    assert "Rôle : Directeur" not in chat.say("Bruno Tessier il gère quoi comme dossiers en janvier ?", private=True)


def test_a_thing_sent_to_whom_is_no_directory() -> None:
    chat = _group()
    _decide_directory(chat)
    reply = chat.say("l'annuaire il est envoyé à qui ?", private=True)
    assert "annuaire des associations" in reply and "Membres du groupe" not in reply
    assert "Membres du groupe" in chat.say("l'annuaire stp", private=True)


def _decide_directory(chat: Chat) -> None:
    chat.store.group(SLUG).add_decision("L'annuaire des associations de jeunesse est diffusé aux mairies.",
                                        date(2026, 11, 10), 1, "Coordination", "telegram:coord-1",
                                        datetime(2026, 11, 10, 18, 0, tzinfo=NOW.tzinfo))


def test_a_deadline_asked_with_a_participle() -> None:
    chat = _group()
    for question in ("le diagnostic jeunesse doit être fini quand ?", "le diagnostic du territoire doit être terminé quand ?"):
        reply = chat.say(question, private=True)
        assert "Diagnostic jeunesse du territoire" in reply and "26 février 2027" in reply, question
    # A task holding the same words is the one that finishes it: the task answers, as before.
    chat.store.group(SLUG).add_task("Finaliser le diagnostic jeunesse", 2, date(2027, 2, 20), 1, "Bruno Tessier",
                                    "Coordination", "telegram:coord-1")
    assert "Finaliser le diagnostic jeunesse" in chat.say("le diagnostic jeunesse doit être fini quand ?", private=True)


def test_a_thing_put_first_without_its_comma_then_qui_and_its_pronoun() -> None:
    # From the lead's set 31: « le café des aidants de janvier qui l'organise ? » (fronted.qui_resumes).
    chat = _group()
    data = chat.store.group(SLUG)
    data.add_decision("La fête du jeu a lieu chaque année en juin au parc de Melesse.", date(2026, 11, 10), 1,
                      "Coordination", "telegram:coord-1", datetime(2026, 11, 10, 18, 0, tzinfo=NOW.tzinfo))
    data.add_task("Organiser la fête du jeu de juin", 3, date(2027, 5, 15), 1, "Inès Caradec", "Coordination",
                  "telegram:coord-1")
    for question in ("la fête du jeu de juin qui l'organise ?", "la fête du jeu qui l'organise ?"):
        reply = chat.say(question, private=True)
        assert "Inès Caradec" in reply and "Organiser la fête du jeu" in reply, question
    # A relative clause of the thing stays one: no task of « qui organise » read into it.
    assert "Inès Caradec" not in chat.say("la fête du jeu qui a lieu en juin c'est où ?", private=True)
