"""The families blind set 33b (clsardennes08, the committees of Ardenne
Métropole's contrat local de santé, asked in the formal register by the
CPAM's head of prevention on Tuesday 1 December 2026) missed on its first
run, asked in other words and in another group (fondation45, the grant
committee of set 32b):

- the subject's pronoun inverted after the verb (« Ai-je été notée
  présente … ? », « Le quorum était-il atteint ? », « M. Rousselet
  assistait-il au comité du 17 ? »): read in the plain order
  (inverted_subject.py); an impersonal « il » stays (« y a-t-il »);
- attending in formal words: « assistait à », « pris part à »,
  « participera à », « qui n'a pas pu assister », « qui représentait X au
  comité d'octobre » (lexicon.toml); the quorum asked with no sitting named
  is the last one's (presence.py);
- what someone has in charge (« ce que la coordinatrice a en charge »): their
  tasks (held_charge.py); tasks « relèvent de », « à la charge de »,
  « issues du comité », « décidées en septembre », « menées à terme »,
  « soldées », « abandonnées », « en suspens », « restant à mener »,
  « n'ont pas tenu leurs délais », « échéances dépassées », « qu'a-t-on confié
  à … » (lexicon.toml);
- « le relevé de décisions du 17 » is the meeting held on the 17th
  (answers_records.py); « le relevé de décisions … a-t-il été diffusé ? » is
  the task that sends it out (minutes_task.py); « qu'est-il ressorti »,
  « arbitrages rendus », « orientations retenues » are what a meeting decided;
- « qui pilote le groupe de travail santé mentale ? » is no question on the
  group's own lead (group_holders.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.held_charge import charge_as_work
from handlers.understanding.inverted_subject import own_first, subject_said
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cls() -> Chat:
    return build_group("clsardennes08")


@pytest.fixture(scope="module")
def fondation() -> Chat:
    return build_group("fondation45")


@pytest.mark.parametrize("text, plain", [
    ("Ai-je été notée présente ?", "j'ai été notée présente ?"),
    ("Dois-je rendre quelque chose ?", "je dois rendre quelque chose ?"),
    ("Puis-je avoir le compte rendu ?", "je peux avoir le compte rendu ?"),
    ("y a-t-il une réunion ?", "y a-t-il une réunion ?"),
])
def test_the_asker_put_back_before_the_verb(text: str, plain: str) -> None:
    assert own_first(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("Le quorum était-il atteint ?", "Le quorum était atteint ?"),
    ("Mme Lejeune participera-t-elle au comité ?", "Mme Lejeune participera au comité ?"),
    ("Quelle heure est-il ?", None),
    ("Y a-t-il des actions en retard ?", None),
    ("Le point reste-t-il à l'ordre du jour ?", None),
])
def test_a_pronoun_repeating_the_subject_left_out(text: str, plain: str | None) -> None:
    assert subject_said(text) == plain


@pytest.mark.parametrize("question, shown", [
    ("Ai-je été notée présente au comité d'octobre ?", "Vous figurez parmi les présents"),
    ("Le quorum était-il atteint ?", "10 présents"),
    ("Le quorum a-t-il été atteint le 17 ?", "10 présents"),
    ("M. Rousselet assistait-il au comité du 17 ?", "parmi les présents"),
    ("Mme Férat assistait-elle à la séance d'octobre ?", "parmi les absents"),
    ("Qui assistait à la séance du 15 octobre ?", "Présents (8)"),
    ("Qui n'a pas pu assister à la séance de novembre ?", "Nadège Poncelet"),
    ("Le docteur Vautrin a-t-il pris part à la dernière séance ?", "parmi les présents"),
    ("Qui représentait l'ARS au comité de novembre ?", "Fabienne Mauduit"),
])
def test_attendance_in_the_formal_register(cls: Chat, question: str, shown: str) -> None:
    assert shown in sure(cls, question, "attendance_meeting")


@pytest.mark.parametrize("question, shown", [
    ("Le docteur Lejeune participera-t-elle au comité de pilotage ?", "a présenté ses excuses"),
    ("M. Clément assistera-t-il au prochain comité de pilotage ?", "a annoncé sa présence"),
    ("Combien de participants sont attendus mardi prochain ?", "5 présents"),
])
def test_announced_presence_in_the_formal_register(cls: Chat, question: str, shown: str) -> None:
    assert shown in sure(cls, question, "rsvp_upcoming")


@pytest.mark.parametrize("question", ["si le quorum n'est pas atteint on fait quoi ?",
                                      "je pense qu'on aura le quorum cette fois"])
def test_the_quorum_as_a_rule_or_chat_is_no_list(cls: Chat, question: str) -> None:
    assert outcome_of(cls, question).intent != "attendance_meeting"


def test_the_quorum_elsewhere(fondation: Chat) -> None:
    assert "10 présents" in sure(fondation, "Le quorum était-il atteint lors du dernier comité ?", "attendance_meeting")


@pytest.mark.parametrize("question, shown, left_out", [
    ("Pourriez-vous me dire ce que la coordinatrice a en charge ?", "convention de partenariat", "Monthermé"),
    ("Je souhaiterais savoir ce dont le CCAS de Sedan a la charge.", "convention d'occupation", "Monthermé"),
    ("Quelles actions relèvent de l'ARS ?", "Monthermé", "CCAS"),
    ("Quelles actions sont à la charge de la Mutualité française ?", "bus de dépistage", "Monthermé"),
    ("Que doit réaliser l'Ireps ?", "annuaire", "Monthermé"),
    ("Qu'a-t-on confié au CCAS de Sedan ?", "convention d'occupation", "Monthermé"),
])
def test_someones_work_in_formal_words(cls: Chat, question: str, shown: str, left_out: str) -> None:
    outcome = outcome_of(cls, question)
    # The tasks of a member or a body, listed as the asker's own reading or as the group's listing: one answer.
    assert outcome.confident and outcome.intent in ("tasks_mine", "tasks_late"), outcome.reply.plain()
    reply = outcome.reply.plain()
    assert shown in reply and left_out not in reply


def test_who_has_a_charge_stays_a_charge(cls: Chat) -> None:
    assert "Olivier Tessier" in sure(cls, "Qui a en charge le dossier FIR ?", "in_charge")


@pytest.mark.parametrize("question, title", [
    ("Quelles actions ont été menées à terme ?", "Tâches faites (4)"),
    ("Quelles actions sont d'ores et déjà soldées ?", "Tâches faites (4)"),
    ("Pourriez-vous me dresser le bilan des actions réalisées ?", "Tâches faites (4)"),
    ("Des actions ont-elles été abandonnées ?", "Tâches annulées (1)"),
    ("Qui n'a pas tenu ses délais ?", "Tâches en retard (3)"),
    ("Quelles échéances ont été dépassées ?", "Tâches en retard (3)"),
    ("Pourriez-vous m'indiquer les actions restant à mener ?", "Tâches en cours"),
    ("Quel est l'état d'avancement du plan d'actions ?", "Tâches en cours"),
    ("Quelles actions issues du comité d'octobre restent en suspens ?", "Tâches de la séance n°2"),
    ("Quelles actions décidées en septembre ne sont pas encore réalisées ?", "Tâches de la séance n°1"),
])
def test_the_groups_tasks_in_formal_words(cls: Chat, question: str, title: str) -> None:
    assert title in sure(cls, question, "tasks_late")


def test_tasks_done_in_formal_words_elsewhere(fondation: Chat) -> None:
    assert "Tâches faites (4)" in sure(fondation, "Quelles actions ont été menées à terme ?", "tasks_late")


@pytest.mark.parametrize("question, number", [
    ("Le relevé de décisions du 17 est-il disponible ?", "n°3"),
    ("Qu'est-il ressorti de la séance du 15 octobre ?", "n°2"),
    ("Quelles orientations ont été retenues le 17 novembre ?", "n°3"),
])
def test_what_a_meeting_decided_in_formal_words(cls: Chat, question: str, number: str) -> None:
    assert f"séance {number}" in sure(cls, question, "decisions_recent")


def test_the_record_of_decisions_on_a_day_elsewhere(fondation: Chat) -> None:
    assert "séance n°3" in sure(fondation, "le relevé de décisions du 12 ?", "decisions_recent")


def test_the_decisions_on_a_day_alone_are_the_last_such_days(cls: Chat) -> None:
    # The last 17th, two weeks back, held a meeting: its decisions (the lead's rule of this round, answers_records).
    assert sure(cls, "les décisions du 17 ?", "decisions_recent").startswith("Décisions de la séance n°3")
    # The last 15th held none (15 October is further back): no meeting is stretched to.
    assert "aucune séance" in outcome_of(cls, "les décisions du 15 ?").reply.plain()


def test_the_record_of_decisions_sent_out_is_a_task(cls: Chat) -> None:
    reply = sure(cls, "Le relevé de décisions du comité de novembre a-t-il été diffusé ?", "in_charge")
    assert "Tâche n°8 (faite)" in reply and "Tâche n°1 " not in reply


def test_a_working_group_named_is_not_the_group(cls: Chat) -> None:
    outcome = outcome_of(cls, "Qui pilote le groupe de travail santé mentale ?")
    assert "Bernard Clément" not in outcome.reply.plain()
    assert "Bernard Clément" in sure(cls, "Qui pilote le groupe ?", "in_charge")


@pytest.mark.parametrize("text, read", [
    ("ce que Mme Poncelet a à sa charge ?", "ce que Mme Poncelet doit faire ?"),
    ("Qui a la charge de la relance ?", "Qui a la charge de la relance ?"),
])
def test_a_charge_held_read_as_work(text: str, read: str) -> None:
    assert charge_as_work(text) == read
