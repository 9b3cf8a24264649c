"""The lead's general fixes of the fourteenth round, found on the lead's
set 23 (tzcld58) and checked on other groups: « le temps de travail » names
the thing decided (only « combien de temps » asks a duration: fact_asked.py), and the « c » of « c'est » spells out no
body's name (bodies.spelled_out: « le conseil c'est qui ? » was the CCI)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_groups import build_group


@pytest.mark.parametrize("group,question,shown", [
    ("tzcld58", "le temps de travail à l'EBE ?", "24 à 35 heures"),
    ("insertion49", "qui représente la régie ?", "Gilles Bodin"),
])
def test_the_thing_or_body_named(group: str, question: str, shown: str) -> None:
    assert shown in build_group(group).say(question, private=True)


@pytest.mark.parametrize("group,question,wrong", [
    ("tzcld58", "le conseil c'est qui ?", "CCI de la Nièvre"),
    ("insertion49", "le conseil c'est qui ?", "Chambre de commerce"),
    ("codev37", "le collectif c'est qui ?", "CCI Touraine"),
])
def test_the_c_of_c_est_spells_no_body(group: str, question: str, wrong: str) -> None:
    assert wrong not in build_group(group).say(question, private=True)


def test_a_duration_asked_still_leaves_its_words_out() -> None:
    reply = build_group("cpas-bxl").say("l'abonnement, c'est pour combien de temps ?", private=True)
    assert reply.startswith("Décision sur « abonnement »")


@pytest.mark.parametrize("group,question,shown", [
    # the open tasks due in a period named fall in it, after its meetings and deadlines
    ("cdad95", "y a quoi à rendre cette semaine ?", "Tâches à rendre cette semaine (1)"),
    ("cdad95", "qu'est-ce qui tombe cette semaine ?", "Envoyer le compte rendu de la séance du 19 novembre"),
    ("tzcld58", "qu'est-ce qu'on a en décembre ?", "Rédiger le bilan d'activité 2026"),
    # the asker's own work asked after in the first person: that task's line and status
    ("cdad95", "est-ce qu'on a bien transmis nos stats de fréquentation ?", "Tâche n°5"),
    ("tzcld58", "j'ai bien transmis la liste des candidats ?", "Transmettre la liste des candidats"),
])
def test_what_falls_due_and_ones_own_work(group: str, question: str, shown: str) -> None:
    assert shown in build_group(group).say(question, private=True)


def test_the_tasks_of_the_week_follow_its_dates() -> None:
    reply = build_group("tzcld58").say("qu'est-ce qu'on a cette semaine ?", private=True)
    assert reply.index("Liste des candidats pour les recrutements") < reply.index("Tâches à rendre cette semaine")
    assert "Transmettre la liste des candidats" in reply
    assert "Rédiger le bilan d'activité" not in reply  # due on the 18th


@pytest.mark.parametrize("group,question,shown", [
    ("sarine-fr", "le PV on le recoit quand apres la seance ?", "quinze jours"),
    ("sarine-fr", "le pv on le reçoit quand après la séance ?", "quinze jours"),
])
def test_when_the_minutes_arrive_is_the_rule(group: str, question: str, shown: str) -> None:
    # asked from the receiving end as from the sending one (minutes_rule.py): the decision, not the last draft
    assert shown in build_group(group).say(question, private=True)
