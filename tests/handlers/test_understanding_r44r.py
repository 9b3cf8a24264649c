"""Confident wrong answers left across the older sets (helper r44r, forty-third
round): a meeting, a date or a decision asked, answered with the wrong kind
of record or the wrong one. Each rule asked in other words than the sets'
rows, on the rows' groups, with the neighbours that must stay as they were:

- « on était combien à la sous-préf le 19 novembre ? » (lead's set 59, pdlhi83)
  answered with the préfecture's one member's mark: « sous » opens the
  place's own word (a sous-préfecture), no preposition between « à » and the
  place, so the place names the sitting, not who came (presence_cues.py,
  names_the_meeting);
- « la réunion d'info sport sur ordo à la MSP avait commencé à quelle
  heure ? » (lead's set 60, mss63) answered with the decisions on the sport
  sur ordonnance: a sitting named whose own heading holds the whole topic is
  what began (agenda_when.thing_dated);
- « je dois venir le 10 ? » (set 37a, cls-jura39) answered with who said they
  would come: the asker obliged to come asks whether a sitting is held then
  (settle.py, _obliged_to_come);
- « le groupe de travail des 40 ans se réunit où ? » (lead's set 61,
  jumelage68) answered with a decision on a tournament « des moins de 13
  ans »: a number written before the noun must be the decision's too, else
  the question stays unsure (unheld_answer.figures_shown);
- « les sacs de sable, on les enlève quand ? » (set 41c, crue62) and « la
  tourbière est fermée aux bêtes tout l'été ? » (lead's set 53, natura65),
  unsure, answered with a task sharing the thing's words: when the question
  says none of the task's verbs and a decision holds its words as well, the
  work is not what is asked and the question stays unsure
  (task_questions._decided_beside); a due date (« c'est pour quand ? »), work
  asked of (« c'est fait ? ») or the task's own verb keep the task;
- « on valide combien de recrutements mardi prochain ? » (set 47c, geiq38)
  answered with last month's decision: validating, in the present with a
  coming day, is that sitting's point, and a count is said by a point that
  writes the figure (agenda_check.py);
- « échéancier eau » (set 45b, fsl86) answered with the calendar: a word the
  lexicon read as another (« échéancier » as « échéances ») that the decision
  the topic finds first writes as typed names that decision's thing
  (dominance.typed_decided);
- « la réinion pou bénéficiaires-la asi mobilité-a sé ki jou ? » (set 47a,
  pdi971), read « la réunion pour les bénéficiaires sur la mobilité c'est
  quel jour ? », answered with the rule on the beneficiaries' mobility aid:
  a question whose subject is a sitting, asked when, checks no case against
  a rule (eligibility._sitting_subject); left unsure;
- « les visites à Ker Arvor c'est de quelle heure à quelle heure ? » (lead's
  set 73, cdu29) answered with the visit held at the EHPAD in September: a
  span of hours asked in the present is the thing's hours, which a decision
  writing a span of hours states (unheld_hour.hours_range_asked, answer.py);
  asked in the past, the sitting held stays."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def pdlhi() -> Chat:
    return build_group("pdlhi83")


@pytest.fixture(scope="module")
def mss() -> Chat:
    return build_group("mss63")


@pytest.fixture(scope="module")
def cls() -> Chat:
    return build_group("cls-jura39")


@pytest.fixture(scope="module")
def jumelage() -> Chat:
    return build_group("jumelage68")


@pytest.fixture(scope="module")
def crue() -> Chat:
    return build_group("crue62")


@pytest.fixture(scope="module")
def natura() -> Chat:
    return build_group("natura65")


@pytest.fixture(scope="module")
def geiq() -> Chat:
    return build_group("geiq38")


@pytest.fixture(scope="module")
def fsl() -> Chat:
    return build_group("fsl86")


@pytest.fixture(scope="module")
def pdi() -> Chat:
    return build_group("pdi971")


@pytest.fixture(scope="module")
def cdu() -> Chat:
    return build_group("cdu29")


@pytest.fixture(scope="module")
def codev() -> Chat:
    return build_group("codev37")


def test_a_sous_prefecture_is_where_the_sitting_was(pdlhi: Chat) -> None:
    reply = sure(pdlhi, "combien de présents à la sous-préf le 19 novembre ?", "attendance_meeting")
    assert "Présents (12)" in reply and "Aucune présence n'a été notée pour" not in reply
    reply = sure(pdlhi, "qui était là à la sous-préfecture le 19 novembre ?", "attendance_meeting")
    assert "Présents (12)" in reply


def test_the_prefecture_itself_stays_a_body(pdlhi: Chat) -> None:
    # « la préfecture était représentée ? » asks whether its member came, no sitting held there.
    reply = sure(pdlhi, "la préfecture était représentée le 19 novembre ?", "attendance_meeting")
    assert "Anne-Laure Castellan" in reply and "Présents (12)" not in reply


def test_a_sitting_named_by_its_subject_began_then(mss: Chat) -> None:
    reply = sure(mss, "la réunion d'info sport sur ordonnance à la MSP, elle avait débuté à quelle heure ?",
                 "meeting_which")
    assert "Séance n°2" in reply and "19h30" in reply and "Décision" not in reply


def test_the_thing_itself_still_starts_by_its_decision(mss: Chat) -> None:
    # No sitting named: when the programme starts is the decisions' (as before).
    assert "Décision" in sure(mss, "le sport sur ordonnance ça commence quand ?", "decisions_topic")


def test_obliged_to_come_asks_the_sitting(cls: Chat) -> None:
    reply = sure(cls, "on doit venir le 10 ?", "meeting_which")
    assert "Séance n°4" in reply and "Annoncés" not in reply


def test_who_comes_stays_the_announcements(cls: Chat) -> None:
    assert "Annoncés présents" in sure(cls, "qui vient le 10 ?", "rsvp_upcoming")
    assert "Annoncés présents" in sure(cls, "je viens le 10 ?", "rsvp_upcoming")
    assert not outcome_of(cls, "Martine doit venir le 10 ?").confident


def test_a_figure_the_decision_does_not_write(jumelage: Chat) -> None:
    outcome = outcome_of(jumelage, "le groupe de travail des 40 ans, on se réunit où ?")
    assert not (outcome.confident and "13 ans" in outcome.reply.plain())
    # The decision that writes the figure keeps it.
    assert "13 ans" in sure(jumelage, "le tournoi des moins de 13 ans c'est où ?", "decisions_topic")
    assert "Séance n°6" in sure(jumelage, "le GT du 40e anniversaire se réunit où ?", "meeting_which")


def test_a_task_sharing_the_things_words_is_not_asked(crue: Chat, natura: Chat) -> None:
    outcome = outcome_of(crue, "les sacs de sable, quand est-ce qu'on les retire ?")
    assert not (outcome.confident and "Tâche n°11" in outcome.reply.plain())
    outcome = outcome_of(natura, "la tourbière, les bêtes en sont privées tout l'été ?")
    assert not (outcome.confident and "Tâche n°2" in outcome.reply.plain())


def test_the_task_asked_in_its_own_verb_stays(crue: Chat, natura: Chat) -> None:
    assert "Tâche n°11" in sure(crue, "les sacs de sable abîmés, ils ont été remplacés ?", "in_charge")
    assert "Tâche n°11" in sure(crue, "les sacs de sable c'est fait ?", "in_charge")
    assert "Tâche n°2" in sure(natura, "la clôture de la tourbière a été commandée ?", "in_charge")
    assert "Tâche n°11" in sure(crue, "les sacs de sable c'est pour quand ?", "in_charge")


def test_a_count_validated_at_a_coming_sitting(geiq: Chat) -> None:
    reply = sure(geiq, "combien de recrutements on valide le 8 décembre ?", "agenda_items")
    assert "Validation des 15 recrutements de janvier" in reply and "séance n°4" in reply
    # Validated, in the past: the decision.
    assert "Décision n°10" in sure(geiq, "on a validé combien de recrutements en novembre ?", "decisions_topic")


def test_a_word_the_decision_writes_as_typed(fsl: Chat) -> None:
    reply = sure(fsl, "l'échéancier pour l'eau ?", "decisions_topic")
    assert "échéancier de paiement sans frais" in reply
    # The calendar asked by a span stays the calendar.
    assert "Échéance n°4" in sure(fsl, "l'échéancier de janvier ?", "dates_period")


def test_a_deadline_writing_the_typed_word_stays(codev: Chat) -> None:
    # « atelier » is read as a sitting's noun, but the deadline shown writes it as typed: the calendar answers.
    assert "Inscriptions à l'atelier citoyen" in sure(codev, "jusqu'à quand on peut s'inscrire à l'atelier citoyen ?",
                                                       "dates_period")


def test_a_sitting_asked_when_is_no_case_of_a_rule(pdi: Chat) -> None:
    outcome = outcome_of(pdi, "la réunion pour les bénéficiaires sur la mobilité, c'est quel jour déjà ?")
    assert not (outcome.confident and "Décision" in outcome.reply.plain())
    # The case checked against the rule keeps its decision.
    assert "300 euros" in sure(pdi, "les bénéficiaires du RSA peuvent avoir l'aide à la mobilité ?", "decisions_topic")


def test_a_span_of_hours_asked_in_the_present(cdu: Chat) -> None:
    assert "de 11 heures à 20 heures" in sure(cdu, "à Ker Arvor, les visites sont de quelle heure à quelle heure ?",
                                              "decisions_topic")
    assert "de 11 heures à 20 heures" in sure(
        cdu, "les visites à l'EHPAD Ker Arvor, c'est de quelle heure jusqu'à quelle heure ?", "decisions_topic")
    # Asked in the past, the visit held there is the sitting.
    assert "Séance n°3" in sure(cdu, "la visite de Ker Arvor c'était de quelle heure à quelle heure ?", "meeting_which")
