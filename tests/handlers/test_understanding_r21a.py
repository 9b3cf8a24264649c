"""« qui » questions where a task, a role and a body's people compete, that
blind set 29a (pacte-ales30, the coordination committee of Alès
Agglomération's pacte local des solidarités, asked by the agglomeration's
officer for insertion on Tuesday 1 December 2026) missed on its first run,
asked in other words:

- who handles a thing that an open task holds, read as the directory or left
  unsure (« qui s'occupe de l'annuaire ? », « à qui je m'adresse pour … ? »):
  charge_asked.py;
- a « qui » that a decision answers, shown with the members it names
  (decision_people.py), not for who pays (payers.py);
- « où » answered by the decision saying where, not a deadline (where_asked.py);
- « qui suit ça à <body> ? »: nothing charged, the body's people (bare_charge.py);
- a title « responsable » and « d'action » no tasks of its holder (title_tasks.py,
  task_words.py);
- « le CCAS » no town's people found in other members' roles (role_bodies.py);
- « Directrice d'agence » at France Travail Alès heads it (role_scope.py);
- two periods joined by « ou » (period_joins.py).
And what those rules must leave alone."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def pacte() -> Chat:
    return build_group("pacte-ales30")


@pytest.mark.parametrize(("text", "intent", "shown", "absent"), [
    # A task asked by its object, with a verb of handling or « je m'adresse ».
    ("c'est qui qui s'occupe de l'annuaire des permanences ?", "in_charge", "pilote : Thierry Coste", "Membres du groupe"),
    ("l'annuaire, qui le met à jour ?", "in_charge", "pilote : Thierry Coste", "Membres du groupe"),
    ("à qui je m'adresse pour le forum ?", "in_charge", "pilote : Yasmine Ferhat", "Je ne trouve pas"),
    # A decision answering « qui »: with the members it names.
    ("la permanence de la CAF à La Grand-Combe, c'est qui ?", "in_charge", "Joëlle Pradier", "Le CCAS d'Alès pilote"),
    ("l'aide alimentaire de l'hiver, c'est qui ?", "in_charge", "Daniel Arnal", "Tâches sur"),
    # Who pays stays the decision (as the sets label it).
    ("qui finance le bus ?", "decisions_topic", "financé par le Département", "Tâches sur"),
    # « où »: the decision saying where, not the registration deadline.
    ("le forum c'est où ?", "decisions_topic", "au centre social Les Cévennes", "Échéance n°3"),
    # A charge asked of a body with nothing charged: its people.
    ("qui gère ça à la sous-préfecture ?", "org_representative", "Claire Moreau", "Joëlle Pradier"),
    ("qui s'en occupe chez Habitat du Gard ?", "org_representative", "Hélène Bastide", "Samia Belkacem"),
    # A title « responsable … d'action sociale »: its holder, not his tasks.
    ("la responsable de l'unité d'action sociale c'est qui ?", "role_holder", "Romain Teissier", "Tâche n°7"),
    # A title over a bare local unit (« Directrice d'agence ») at a body that is one: its head.
    ("qui dirige France Travail ?", "role_holder", "Karima Ouali", "seulement"),
    # « le CCAS »: its own two members, not the others whose roles say « d'Alès ».
    ("le CCAS c'est qui ?", "org_representative", "Fabrice Delord", "Daniel Arnal"),
    # Two periods joined by « ou »: both.
    ("y a des échéances ce mois-ci ou le suivant ?", "dates_period", "Inscriptions des structures au forum", "Rien"),
])
def test_who_handles_it_in_other_words(pacte: Chat, text: str, intent: str, shown: str, absent: str) -> None:
    reply = sure(pacte, text, intent)
    assert shown in reply and absent not in reply.replace("\n", " | ")


def test_a_title_asked_for_its_tasks_still_lists_them(pacte: Chat) -> None:
    # « a quoi à faire » names work: the one holder's tasks, as before.
    assert "Chiffrer le coût du bus des droits" in sure(pacte, "le responsable de l'unité territoriale a quoi à faire ?",
                                                         "tasks_mine")


@pytest.mark.parametrize("text", [
    # A thing no task holds, asked who handles it: no role reached by loose words given with confidence.
    "le goûter de noël, qui s'en charge ?",
    # Chat that says « s'occupe » or « où » without asking the bot.
    "je m'occupe de l'annuaire demain",
    "Fabrice, tu sais où est le forum de l'an dernier ?",
])
def test_what_the_rules_leave_alone(pacte: Chat, text: str) -> None:
    outcome = outcome_of(pacte, text)
    assert not outcome.confident, outcome.reply.plain()


def test_who_pays_is_not_the_people_of_a_decision() -> None:
    # « qui paie … ? » in another group stays the decision on who pays (payers.py), not a charge.
    chat = build_group("pacte-ales30")
    outcome = outcome_of(chat, "qui paie le bus des droits ?")
    assert outcome.intent != "in_charge" or not outcome.confident
