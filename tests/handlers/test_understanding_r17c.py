"""Conditions, criteria and eligibility inside decisions, asked as a member's
case, that blind set 25c (eaje-sn44, the commission d'attribution des places
d'accueil de la petite enfance of Saint-Nazaire, asked by its one-stop desk's
coordinator on Tuesday 1 December 2026) missed on its first run; other
sentences of each family:

- a case checked against the rule without a word of deciding (eligibility.py):
  a modal (« peut », « faut-il », « a droit »), a word of eligibility
  (« prioritaire », « payant », « plafonné »), or whose case it is (« une
  famille qui … », « les mamans qui … »); the words most rules say tell none
  apart; the families of lexicon.toml [topics] (« boulot » ~ « emploi »,
  « nounou » ~ « assistante maternelle », « déménager » ~ « domiciliées »,
  « bonus » ~ « prime », « décalés » ~ « atypiques »);
- a relative « qui » of the case asks for no one: the decision, not the
  members it names nor a task (answers_people.who_the_decision_names,
  eligibility.relative_case);
- ages in letters and « jusqu'à leurs trois ans » in a rule, an age asked for
  (« jusqu'à quel âge … ? »), and the rule chosen by the question's other
  words when several hold the age (decision_ages.py);
- « salle des commissions » in a meeting's place names no formation: « la
  prochaine commission » is the next meeting (venues.py);
- and what must stay as it was: questions to a colleague, a deadline asked
  with « doit … quand », « qqn a le compte rendu ? »."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, outcome_of
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def sn() -> Chat:
    return build_group("eaje-sn44")


@pytest.fixture(scope="module")
def ctg() -> Chat:
    return build_group("ctg26")


def _decision(chat: Chat, text: str) -> str:
    outcome = outcome_of(chat, text)
    assert outcome.confident and outcome.intent == "decisions_topic", (text, outcome.intent, outcome.reply.plain())
    return outcome.reply.plain()


@pytest.mark.parametrize(("text", "shown"), [
    ("les mamans qui reprennent une formation sont prioritaires ?", "formation qualifiante"),
    ("une famille qui déménage à Saint-Nazaire peut-elle s'inscrire ?", "domiciliées"),
    ("c'est payant pour les allocataires du RSA ?", "0,50 euro"),
    ("une nounou qui travaille en horaires décalés a droit à une prime ?", "300 euros"),
    ("qui a droit aux places d'urgence ?", "signalées par la PMI"),
])
def test_a_case_is_answered_by_the_rule_holding_it(sn: Chat, text: str, shown: str) -> None:
    reply = _decision(sn, text)
    assert shown in reply.split("\n")[1] + reply.split("\n")[2]


def test_a_relative_qui_of_the_case_names_no_one(sn: Chat) -> None:
    reply = _decision(sn, "les parents qui entrent en formation qualifiante passent-ils en priorité ?")
    assert "reprennent un emploi" in reply
    assert "Nommés par la décision" not in reply and "Fatou Diallo" not in reply


@pytest.mark.parametrize(("text", "shown"), [
    ("jusqu'à quel âge on peut faire l'atelier baby-sitting ?", "16 à 25 ans"),
    ("un enfant de cinq ans en situation de handicap peut rester ?", "jusqu'à six ans"),
    ("un garçon de dix-neuf ans peut faire l'atelier baby-sitting ?", "16 à 25 ans"),
])
def test_ages_in_letters_and_ages_asked(sn: Chat, text: str, shown: str) -> None:
    assert shown in _decision(sn, text)


def test_a_room_named_after_the_sittings_is_no_formation(sn: Chat) -> None:
    assert "n°4" in ask(sn, "la prochaine commission c'est quand ?")
    assert "n°6" in ask(sn, "la commission de mars se tient où ?")


@pytest.mark.parametrize("text", [
    "qui peut m'envoyer le tableau des places ?",  # a colleague asked
    "qqn a le compte-rendu de novembre ?",
    "Pauline, tu peux m'envoyer la liste des nounous ?",
    "les parents de la Bouletterie organisent un goûter samedi",
    "une famille au RSA m'a demandé si c'était gratuit, je lui ai expliqué le barème",
])
def test_chatter_and_colleagues_stay_unanswered(sn: Chat, text: str) -> None:
    assert not outcome_of(sn, text).confident


def test_a_deadline_asked_with_doit_is_no_case(ctg: Chat) -> None:
    outcome = outcome_of(ctg, "le diag jeunesse doit être fini quand ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic"), outcome.reply.plain()


def test_a_case_in_another_group(ctg: Chat) -> None:
    # « plafonné à 12 euros par jour pour les familles au quotient inférieur à 800 »
    assert "12 euros" in _decision(ctg, "c'est gratuit l'accueil de loisirs pour les familles au quotient bas ?")


def test_a_month_the_deadline_is_about(sn: Chat) -> None:
    # « Ouverture des préinscriptions pour la rentrée de septembre 2027 », due on 1 March 2027.
    outcome = outcome_of(sn, "les préinscriptions de septembre ouvrent à quelle date ?")
    reply = outcome.reply.plain()
    assert outcome.confident and "1er mars 2027" in reply and "Agenda en septembre" not in reply, reply
    # A month that no deadline names stays a period.
    assert "Rien n'est prévu en juillet 2027" in ask(sn, "quelles échéances en juillet ?")


@pytest.mark.parametrize("text", [
    "la fiche sur le cumul des aides, qui la rédige ?",  # « qui » after a comma asks for someone
    "je peux te demander quoi ?",  # asked of the bot
])
def test_a_question_for_someone_is_no_case(sn: Chat, text: str) -> None:
    outcome = outcome_of(sn, text)
    assert not (outcome.confident and outcome.intent == "decisions_topic"), outcome.reply.plain()
