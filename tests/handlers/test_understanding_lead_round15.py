"""The lead's general fixes of the fifteenth round, found on the lead's set 24
(pe-chablais, a Valais early-childhood network) and checked on other groups:
the Swiss « mamans de jour » are the day childminders records call
« accueillantes familiales » or « assistantes maternelles » (lexicon.toml,
families.toml); « c'est quoi … pour les parents qui … ? » asks a thing, its
« qui » a relative (who_source.decision_actor); « X il est conseiller
communal ? » and « X il bosse à la commune ? » are X's card (card_check.py, intents.toml); « on a trouvé une formatrice ? »
asks a task's status in the task's own verb (task_words.asks_task); « la
crèche Les Pirates » names the Crèche-UAPE Les Pirates (org_names.py); « les
chiffres c'est pour vendredi ? » checks a due date, answered with the
deadline's own date (date_checked.py, with set 24b's « c'est bien pour le 18 ? »);
« le prochain groupe de travail » is one sitting (glued.py); « pourquoi … ? »
is the decision holding every word (decided_questions.py); « où en est … ? »
is the task's, not the deadline's (task_match.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.org_names import names_after_kind
from storage.models import Member
from tests.handlers.questions_eval import outcome_of
from tests.handlers.questions_groups import build_group


@pytest.mark.parametrize("group,question,shown", [
    ("pe-chablais", "c'est qui la coordinatrice des mamans de jour ?", "Fabienne Udressy"),
    ("pe-chablais", "la formation des mamans de jour dure combien de temps ?", "24 heures"),
    ("renens", "le recensement des mamans de jour c'est pour quand ?", "Recensement des accueillantes en milieu familial"),
    ("bordeaux33", "le questionnaire aux mamans de jour c'est pour quand ?", "vendredi 29 janvier 2027"),
    ("bordeaux33", "le questionnaire aux nounous c'est pour quand ?", "Retour du questionnaire aux assistantes maternelles"),
])
def test_day_childminders_under_their_names(group: str, question: str, shown: str) -> None:
    assert shown in build_group(group).say(question, private=True)


def test_a_relative_qui_asks_for_the_rule_not_for_people() -> None:
    reply = build_group("pe-chablais").say("c'est quoi la priorité pour les parents qui reprennent un job ?", private=True)
    assert reply.startswith("Décisions sur")
    assert "pendant trois mois" in reply
    assert "Nommés par la décision" not in reply


@pytest.mark.parametrize("group,question,shown", [
    ("pe-chablais", "M. Rouiller il est conseiller communal ?", "Rôle : Conseiller communal, affaires sociales"),
    ("tzcld58", "Jean-Marc Ravier il est chargé de mission insertion ?", "Organisation : Conseil départemental de la Nièvre"),
    ("pe-chablais", "Nicolas Parvex il bosse à la commune ?", "Organisation : Commune de Saint-Maurice"),
    ("pe-chablais", "Rita Pereira elle travaille pour la Croix-Rouge ?", "Organisation : Croix-Rouge Valais"),
])
def test_a_member_checked_is_their_card(group: str, question: str, shown: str) -> None:
    assert shown in build_group(group).say(question, private=True)


@pytest.mark.parametrize("group,question,shown", [
    ("pe-chablais", "on a trouvé une formatrice pour les accueillantes ?", "Tâche n°3 : Trouver une formatrice"),
    ("tzcld58", "on a organisé la réunion d'information des volontaires ?", "Tâche n°7 (faite)"),
])
def test_a_task_status_asked_in_its_own_verb(group: str, question: str, shown: str) -> None:
    assert shown in build_group(group).say(question, private=True)


def test_a_compound_kind_with_initials_is_said_by_its_first_word() -> None:
    assert "Maëlle Fracheboud" in build_group("pe-chablais").say("qui vient de la crèche Les Pirates ?", private=True)
    members = [Member(number=1, name="Inès Morand", organisation="EMS-UAT Les Tilleuls", role="Directrice")]
    assert "ems les tilleuls" in names_after_kind({}, members)


@pytest.mark.parametrize("group,question,shown", [
    ("pe-chablais", "les chiffres des listes d'attente c'est pour vendredi ?", "vendredi 4 décembre 2026"),
    ("tzcld58", "la liste des candidats c'est pour vendredi ?", "Liste des candidats pour les recrutements de janvier"),
    # the day named is not the due date: the deadline's own date is shown
    ("tzcld58", "le bilan d'activité c'est pour le 11 ?", "vendredi 18 décembre 2026"),
    ("pe-chablais", "la demande de subvention c'est pour vendredi ?", "mardi 15 décembre 2026"),
])
def test_a_due_date_checked(group: str, question: str, shown: str) -> None:
    reply = build_group(group).say(question, private=True)
    assert reply.startswith("Dates à venir (1)")
    assert shown in reply


@pytest.mark.parametrize("group,question,shown", [
    ("pe-chablais", "on parle des tarifs au prochain groupe de travail ?", "le point « Tarifs 2027 » est à l'ordre du jour"),
    ("pe-chablais", "le groupe de travail d'octobre c'était où ?", "Maison de commune, Collombey"),
    ("pe-chablais", "le dernier groupe de travail c'était quand ?", "mercredi 7 octobre 2026"),
    ("tzcld58", "le groupe de travail d'octobre c'était un mardi ?", "mardi 13 octobre 2026"),
])
def test_one_sitting_of_the_working_group(group: str, question: str, shown: str) -> None:
    assert shown in build_group(group).say(question, private=True)


def test_the_working_group_alone_is_still_the_group() -> None:
    assert build_group("pe-chablais").say("qui fait partie du groupe de travail ?", private=True).startswith(
        "Membres du groupe (14)")


@pytest.mark.parametrize("question,shown", [
    ("pourquoi le comité de mars est à Guérigny ?", "Le comité de mars se tiendra à Guérigny"),
    ("pourquoi on se réunit le soir ?", "en soirée"),
])
def test_a_reason_asked_is_the_decision_holding_every_word(question: str, shown: str) -> None:
    assert shown in build_group("tzcld58").say(question, private=True)


def test_a_reason_is_not_guessed_from_a_town_alone() -> None:
    # the only decision naming Prémery is the recycling shop's: it says nothing of January's committee
    assert "recyclerie" not in build_group("tzcld58").say("pourquoi la séance de janvier est à Prémery ?", private=True)


@pytest.mark.parametrize("group,question,shown", [
    # a deadline on the same thing has made no progress: the task's line answers
    ("tzcld58", "où en est le bilan d'activité ?", "Tâche n°3 : Rédiger le bilan d'activité 2026"),
    ("pe-chablais", "où en est la demande de subvention ?", "Tâche n°6 : Préparer la demande de subvention cantonale"),
])
def test_progress_asked_is_the_task_s(group: str, question: str, shown: str) -> None:
    assert shown in build_group(group).say(question, private=True)


@pytest.mark.parametrize("group,sentence", [
    ("reseau92", "sophie, peux-tu me rappeler ?"),
    ("cfppa72", "catherine, peux-tu me rappeler quand tu as deux minutes ?"),
])
def test_a_colleague_named_in_lower_case_is_spoken_to(group: str, sentence: str) -> None:
    # the letter's reading (letter.py) took « peux-tu me rappeler » as a polite wrapper and answered « sophie ? »
    assert not outcome_of(build_group(group), sentence).confident
