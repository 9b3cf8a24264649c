"""Meetings, tasks and decisions asked through the people and bodies that
name them, seen through the replies, on groups the understanding was not
tuned on: a body that is also a meeting place, a place and a day, a
kind of venue or « en visio », a body's or a role's tasks, who pilots a
task, a body as a decision's topic."""

from __future__ import annotations

from functools import cache

import pytest

from tests.handlers.questions_eval import build_group
from tests.helpers import Chat

_group = cache(build_group)


def ask(slug: str, text: str) -> str:
    chat: Chat = _group(slug)
    return chat.say(text, private=True)


@pytest.mark.parametrize(("slug", "question", "task"), [
    ("inclusion67", "les tâches de la Région ?", "Chiffrer les postes de conseillers numériques"),
    ("inclusion67", "les tâches de l'Eurométropole ?", "Mettre à jour la carte des lieux de médiation"),
    ("inclusion67", "les tâches de la mairie de Schiltigheim ?", "Organiser le forum de Schiltigheim"),
    ("inclusion67", "les tâches du bailleur ?", "Préparer la convention des permanences"),
    ("contrat-ville13", "les tâches de la Mission locale ?", "Trouver les encadrants des chantiers éducatifs"),
])
def test_a_body_s_tasks(slug: str, question: str, task: str) -> None:
    # Those its members pilot, not the asker's own (a body that is also a meeting place too).
    reply = ask(slug, question)
    assert reply.startswith("Tâches en cours pour") and task in reply


@pytest.mark.parametrize(("slug", "question", "number"), [
    ("inclusion67", "qu'a-t-on décidé pour le bailleur ?", "Décision n°5"),
    ("inclusion67", "qu'a décidé le comité pour la Région ?", "Décision n°7"),
    ("inclusion67", "qu'est-ce qu'on a décidé pour le CCAS ?", "Décision n°3"),
    ("contrat-ville13", "qu'est-ce qui a été décidé pour le bailleur ?", "Décision n°5"),
])
def test_a_body_as_a_decision_s_topic(slug: str, question: str, number: str) -> None:
    reply = ask(slug, question)
    assert reply.startswith("Décisions sur") and number in reply


def test_a_kind_of_venue_or_visio_names_a_meeting_place() -> None:
    assert ask("inclusion67", "la réunion à la médiathèque, c'est quand ?").startswith("Séance n°6")
    assert ask("inclusion67", "la réunion en visio, c'était quand ?").startswith("Séance n°4")
    assert ask("contrat-ville13", "la réunion en visio c'était quand ?").startswith("Séance n°3")
    # The body, when no meeting is spoken of.
    assert "Sarah Lévy" in ask("inclusion67", "quelqu'un de la médiathèque ?")


def test_the_next_meeting_asked_at_a_place_where_none_is_coming() -> None:
    # The last visio is past: the next meeting is given, said not to be there.
    reply = ask("inclusion67", "la prochaine réunion est en visio ?")
    assert reply.startswith("Aucune séance à venir « visio » ; la prochaine :") and "Prochaine séance n°5" in reply


def test_a_role_s_or_a_body_s_tasks_asked_by_title() -> None:
    reply = ask("inclusion67", "qu'est-ce que doit faire la DGS de Schiltigheim ?")
    assert reply.startswith("Tâches en cours pour Marie Wagner") and "Organiser le forum de Schiltigheim" in reply
    assert "Mettre à jour la carte des lieux de médiation" in ask("inclusion67", "les tâches du secrétaire ?")


def test_a_place_and_a_day_said_in_passing_ask_nothing() -> None:
    assert "Séance n°" not in ask("inclusion67", "à la préfecture le 10 !")


def test_decided_with_a_body_and_a_noun_of_activity_after_et() -> None:
    assert "Décision n°6" in ask("logement31", "qu'est-ce qu'on a décidé avec la Fondation Abbé Pierre ?")
    # « Cheffe du pôle hébergement et logement »: « logement » is no title to look up.
    assert ask("logement31", "qui gère le logement à la CAF ?").startswith("En charge de « logement »")
    assert "Tâches de Marc Lafforgue" in ask("logement31", "qu'est-ce que doit faire M. Lafforgue ?")


def test_a_place_and_a_day_the_day_decides() -> None:
    # « c'est à la préfecture le 10 ? »: the meeting of that day, whose place answers.
    assert ask("inclusion67", "c'est à la préfecture le 10 ?").startswith("Séance n°5")
    assert ask("inclusion67", "le 21 janvier c'est à la médiathèque ?").startswith("Séance n°6")
    # No meeting that day: said so, then the next one (not the past meeting at that place).
    reply = ask("inclusion67", "c'est bien à Schiltigheim jeudi ?")
    assert reply.startswith("Aucune séance le jeudi 3 décembre 2026.") and "Séance n°2" not in reply


def test_a_place_asked_in_the_past_tense_is_the_last_meeting_held_there() -> None:
    assert ask("quartiers-romands", "la réunion à Fribourg c'était quand ?").startswith("Séance n°1 (tenue)")
    assert ask("quartiers-romands", "la réunion à Fribourg c'est quand ?").startswith("Séance n°5")


def test_a_body_s_late_tasks_and_who_pilots_a_task() -> None:
    reply = ask("inclusion67", "les tâches en retard de l'Eurométropole ?")
    assert reply.startswith("Tâches en retard pour Eurométropole de Strasbourg (1)") and "Léa Hoffmann" not in reply
    # No role speaks of it; a task does, closer to the words than any decision.
    reply = ask("inclusion67", "qui s'occupe de la convention des permanences ?")
    assert reply.startswith("Tâches sur « convention permanences »") and "Nadia Kessler" in reply


def test_the_word_a_place_opens_with_and_news_of_people() -> None:
    assert ask("cite-educative44", "la réunion au rectorat c'est quand ?").startswith("Séance n°5")
    assert "qui représente l'organisation" not in ask("cite-educative44", "les gens de l'ACCOORD passent demain")
    assert "Yassine Benali" in ask("cite-educative44", "les gens de l'ACCOORD ?")


def test_a_charge_no_role_names_whole_is_answered_by_its_task() -> None:
    # « numérique » is in many roles, « pass » in none: the task on the pass numérique says who.
    reply = ask("inclusion67", "qui suit le dossier du pass numérique ?")
    assert reply.startswith("Tâches sur « pass numérique »") and "Mathilde Gérard" in reply
