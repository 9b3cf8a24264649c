"""The confident wrong and unsure answers left over after the twenty-fourth round (sets 31a and 31c finished),
asked in other words and in other groups (aidants88 holds tasks, pre18 and cohesion73 a rhythm « hors vacances
scolaires »):

- a task found by its verb alone (« qui prépare le dîner ? » of « Préparer le budget 2027 »): no task answers,
  neither as its pilot (task_first.piloted_tasks) nor as the task named (task_match.task_match);
- « j'ai encore quoi après l'annuaire ? »: the rest of the asker's list, « l'annuaire » being one of their own tasks
  (after_own_task.py), not the directory;
- « rappelle-moi ce que je dois rendre », an order to tell without « ? », asks it (indirect.py);
- « on a reçu le devis du bus ? », « le devis, on l'a ou pas ? »: the task that asks for the thing (received_task.py);
- « on se réunit quel jour de la semaine ? », « … combien de fois par jour ? », « … pendant les vacances
  scolaires ? »: the decision setting the sittings' day or rhythm (group_rules.meeting_habit), not every decision
  whose words share « se réunir »;
- « on doit voir les familles tous les combien ? »: the duty is the asking (rhythm_asked.py);
- « nonante francs », « quatre-vingt-dix francs »: a compound of tens is the amount a record writes in digits
  (amounts.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def vaud() -> Chat:
    return build_group("aje-gdv")


@pytest.fixture(scope="module")
def gers() -> Chat:
    return build_group("fs-gers")


@pytest.fixture(scope="module")
def aidants() -> Chat:
    return build_group("aidants88")


@pytest.fixture(scope="module")
def pre() -> Chat:
    return build_group("pre18")


@pytest.fixture(scope="module")
def cohesion() -> Chat:
    return build_group("cohesion73")


@pytest.mark.parametrize("question", ["qui prépare le dîner ?", "qui prépare les fiches ?", "c'est qui qui prépare le goûter ?"])
def test_a_shared_verb_finds_no_task(vaud: Chat, question: str) -> None:
    outcome = outcome_of(vaud, question)
    assert "Préparer le budget 2027" not in outcome.reply.plain() or not outcome.confident


@pytest.mark.parametrize("question", ["qui prépare le goûter du forum ?", "qui rédige le discours ?"])
def test_a_shared_verb_finds_no_task_elsewhere(aidants: Chat, question: str) -> None:
    assert "Tâche" not in outcome_of(aidants, question).reply.plain()


@pytest.mark.parametrize("chat_name, question, pilot", [
    ("vaud", "qui prépare le budget ?", "Josiane Crausaz"),
    ("aidants", "qui rédige la fiche ?", "Céline Thouvenot"),
    ("aidants", "qui prépare le dossier ?", "Isabelle Grandjean"),
])
def test_the_task_whose_thing_is_said_still_answers(request: pytest.FixtureRequest, chat_name: str, question: str,
                                                   pilot: str) -> None:
    assert pilot in sure(request.getfixturevalue(chat_name), question, "in_charge")


@pytest.mark.parametrize("question", ["j'ai encore quoi après l'annuaire ?", "il me reste quoi après les affiches ?"])
def test_the_rest_of_my_list_after_one_of_my_tasks(gers: Chat, question: str) -> None:
    reply = sure(gers, question, "tasks_mine")
    assert "Imprimer les affiches" in reply and "Membres du groupe" not in reply


def test_the_rest_of_my_list_elsewhere(aidants: Chat) -> None:
    assert "Former les aides à domicile" in sure(aidants, "j'ai quoi d'autre après la fiche de repérage ?", "tasks_mine")


def test_the_directory_is_still_the_directory(gers: Chat) -> None:
    assert "Membres du groupe" in sure(gers, "annuaire", "directory")


def test_another_ones_task_after_apres_is_no_list_of_mine(gers: Chat) -> None:
    assert not outcome_of(gers, "et après le devis, j'ai quoi ?").confident


@pytest.mark.parametrize("question, intent, shown", [
    ("rappelle-moi ce que je dois rendre", "tasks_mine", "Mettre à jour l'annuaire"),
    ("dites-moi quand on se réunit", "meeting_next", "Prochaine séance"),
])
def test_an_order_to_tell_asks(gers: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(gers, question, intent)


@pytest.mark.parametrize("question", ["rappelle-moi de prendre les flyers", "dis-moi quand tu arrives"])
def test_an_errand_or_a_question_to_the_one_told_is_no_question(gers: Chat, question: str) -> None:
    assert not outcome_of(gers, question).confident


@pytest.mark.parametrize("question", ["on a reçu le devis du bus ?", "le devis, on l'a ou pas ?"])
def test_a_thing_awaited_is_the_task_asking_for_it(gers: Chat, question: str) -> None:
    reply = sure(gers, question, "in_charge")
    assert "Demander un devis pour le bus" in reply and "en retard" in reply


@pytest.mark.parametrize("question", ["vous avez reçu mon mail ?", "on a reçu la visite du préfet ?"])
def test_received_without_a_task_is_no_task(gers: Chat, question: str) -> None:
    assert "Tâche" not in outcome_of(gers, question).reply.plain()


@pytest.mark.parametrize("question", ["on se réunit quel jour de la semaine ?", "on se réunit combien de fois par jour ?",
                                      "on se réunit pendant les vacances scolaires ?",
                                      "l'équipe se réunit pendant les congés ?"])
def test_the_sittings_habit_is_the_one_rule(pre: Chat, question: str) -> None:
    reply = sure(pre, question, "decisions_topic")
    assert "hors vacances scolaires" in reply and "orthophonie" not in reply and "théâtre" not in reply


@pytest.mark.parametrize("question", ["on se réunit quel jour de la semaine ?", "l'équipe se réunit pendant les congés ?"])
def test_the_sittings_habit_elsewhere(cohesion: Chat, question: str) -> None:
    reply = sure(cohesion, question, "decisions_topic")
    assert "le mardi après-midi" in reply and "deux sièges" not in reply


def test_one_sitting_asked_its_weekday_is_that_sitting(cohesion: Chat) -> None:
    assert "Prochaine séance" in sure(cohesion, "la prochaine réunion c'est quel jour de la semaine ?", "meeting_next")


def test_holidays_of_no_sitting_are_still_no_rule(pre: Chat) -> None:
    assert "par mois" not in outcome_of(pre, "les inscriptions ferment pendant les vacances ?").reply.plain()


def test_a_duty_s_rhythm(pre: Chat) -> None:
    reply = sure(pre, "on doit voir les familles tous les combien ?", "decisions_topic")
    assert reply.index("au moins une fois par mois") < reply.index("accord écrit")


@pytest.mark.parametrize("question", ["le tarif peut monter à plus de nonante francs par jour ?",
                                      "le plafond c'est bien quatre-vingt-dix francs ?"])
def test_a_compound_of_tens_said_in_words_is_the_amount_written(vaud: Chat, question: str) -> None:
    assert "plafond de 90 francs" in sure(vaud, question, "decisions_topic")
