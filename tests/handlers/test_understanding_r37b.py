"""Real-word errors and homophones, of blind set 44b (evreux27, the comité de
pilotage of an invented town's Plan mercredi near Évreux, asked by a leisure
centre's director on Tuesday 1 December 2026), missed on its first run, asked
in other words, with the neighbours that must stay as they were:

- the homophones quick typing leaves are read as the words meant where the
  written word cannot be meant: « la réunion et maintenue », « ses quand »
  inside, « fait parti du », « qui à pris », « quoi a rendre », « pas la le
  3 novembre », « a déjà était fait », « sa c'est » (real_words.py);
- the group's names autocorrect changed are read back: « la CAFE », « le
  SDJ ES », « Mme beau-fils », « Grégory le marchand », « Emma Quenelle »
  (autocorrected.py);
- « en cas d'empêchement, on prévient qui ? » is the decision on absences
  written with « empêchement » (absence_notice.py);
- « qui a pris la décision sur … ? » is the decision (decision_people.py);
- « le référent des mercredis aux Castors ? »: the title typed with its
  article asks its holder, not the task sharing the words (answers_people);
- initials asked that no task writes find no task (« qui pilote le PEDT ? »
  is unsure, not the « comité de pilotage » task);
- the day and month said before the question name the meeting missed (« j'étais
  pas là le 3 novembre, il y a un compte rendu ? »): meeting_outcome.context_meeting;
- « la circo » is the circonscription (lexicon.toml)."""

from __future__ import annotations

import pytest

from handlers.understanding.autocorrected import autocorrected
from handlers.understanding.real_words import real_words
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def evreux() -> Chat:
    return build_group("evreux27")


@pytest.mark.parametrize(("typed", "meant"), [
    ("la réunion et maintenue le 9 ?", "la réunion est maintenue le 9 ?"),
    ("le groupe de travail ses quand ?", "le groupe de travail c'est quand ?"),
    ("qui fait parti du comité ?", "qui fait partie du comité ?"),
    ("qui à pris la décision ?", "qui a pris la décision ?"),
    ("il me reste quoi a rendre ?", "il me reste quoi à rendre ?"),
    ("j'étais pas la le 3 novembre ?", "j'étais pas là le 3 novembre ?"),
    ("qu'est ce qui a déjà était fait ?", "qu'est ce qui a déjà été fait ?"),
    ("la formation sa c'est bien passé ?", "la formation ça s'est bien passé ?"),
])
def test_homophones_are_read_as_meant(typed: str, meant: str) -> None:
    assert real_words(typed) == meant


@pytest.mark.parametrize("kept", [
    "le CR est fait et validé", "ses tâches sont faites", "il est parti de bonne heure", "à qui je m'adresse ?",
    "c'est la réunion du 9", "elle était la présidente", "la réunion était la plus longue ?", "on a décider quoi ?",
])
def test_words_that_can_be_meant_are_kept(kept: str) -> None:
    assert real_words(kept) == kept


def test_names_autocorrect_changed_are_read_back() -> None:
    names = ["Laetitia Beaufils", "Grégory Lemarchand", "Emma Quesnel", "Nadège Fromentin"]
    bodies = ["CAF de l'Eure", "SDJES de l'Eure"]
    assert autocorrected("qui représente la CAFE ?", names, bodies) == "qui représente la CAF ?"
    assert autocorrected("déclarer au SDJ ES ?", names, bodies) == "déclarer au SDJES ?"
    assert autocorrected("c'est qui Mme beau-fils ?", names, bodies) == "c'est qui Mme Beaufils ?"
    assert autocorrected("qui est Grégory le marchand ?", names, bodies) == "qui est Grégory Lemarchand ?"
    assert autocorrected("Emma Quenelle c'est qui ?", names, bodies) == "Emma Quesnel c'est qui ?"
    # Neighbours: a common noun with no civility or first name before it, a word far from the surname.
    assert autocorrected("le marchand de journaux", names, bodies) == "le marchand de journaux"
    assert autocorrected("Emma Durand c'est qui ?", names, bodies) == "Emma Durand c'est qui ?"


def test_homophones_in_questions(evreux: Chat) -> None:
    assert "n°5" in sure(evreux, "la réunion et maintenue le 9 ?", "meeting_which")
    assert "Membres du groupe" in sure(evreux, "qui fait parti du comité de pilotage ?", "directory")
    assert "fréquentation" in sure(evreux, "il me reste quoi a rendre ?", "tasks_mine")
    assert "faite" in sure(evreux, "qu'est ce qui a déjà était fait ?", "tasks_late")
    assert "parmi les présents" in sure(evreux, "la CAFE était la a la visite des Castors ?", "attendance_meeting")
    # A member asked how something went is no question for the bot.
    assert not outcome_of(evreux, "Emma, la formation sa c'est bien passé ?").confident


def test_names_autocorrect_changed_in_questions(evreux: Chat) -> None:
    assert "Nadège Fromentin" in sure(evreux, "qui représente la CAFE ?", "org_representative")
    assert "Laetitia Beaufils" in sure(evreux, "c'est qui Mme beau-fils ?", "who_is")
    assert "Grégory Lemarchand" in sure(evreux, "qui est Grégory le marchand ?", "who_is")
    assert "Emma Quesnel" in sure(evreux, "Emma Quenelle c'est qui ?", "who_is")
    assert "31 janvier" in sure(evreux, "les données d'activité a la CAFE c'est pour quand ?", "dates_period")


def test_whom_to_tell_of_an_empechement(evreux: Chat) -> None:
    assert "Aurélie Poulain" in sure(evreux, "en cas d'empêchement on prévient qui ?", "decisions_topic")
    assert "Aurélie Poulain" in sure(evreux, "si je peux pas venir au copil je prévient qui ?", "decisions_topic")


def test_who_took_a_decision_is_the_decision(evreux: Chat) -> None:
    assert "maintenu" in sure(evreux, "qui à pris la décision sur le ramassage en car ?", "decisions_topic")
    # Neighbours: a plain charge stays who does it; someone's pen is nobody's decision.
    assert "Julie Marais" in sure(evreux, "qui réserve le car pour le ramassage ?", "in_charge")
    assert not outcome_of(evreux, "qui a pris mon stylo ?").confident


def test_a_title_with_its_article_asks_its_holder(evreux: Chat) -> None:
    assert "Yohann Duval" in sure(evreux, "le référent des mercredis aux Castors ?", "role_holder")
    assert "Yohann Duval" in sure(evreux, "qui est le référent des mercredis ?", "role_holder")
    # Neighbour: the task is asked by its own verb.
    assert "Karim Belkacem" in sure(evreux, "qui s'occupe de l'hébergement du séjour neige ?", "in_charge")


def test_initials_no_task_writes_find_no_task(evreux: Chat) -> None:
    outcome = outcome_of(evreux, "qui pilote le PEDT ?")
    assert not outcome.confident and "Aurélie Poulain" not in outcome.reply.plain()
    # Neighbour: the same charge in words is the decision naming who leads it.
    assert "Grégory Lemarchand" in sure(evreux, "qui pilote le projet éducatif territorial ?", "in_charge")


def test_the_meeting_missed_on_the_day_said(evreux: Chat) -> None:
    assert "n°3" in sure(evreux, "j'étais pas la le 3 novembre, il y a un compte rendu ?", "minutes_request")
    assert "n°3" in sure(evreux, "j'étais pas là le 3 novembre, vous avez décidé quoi ?", "decisions_recent")
    # Neighbours: the month alone is its latest meeting; nothing said is the last one.
    assert "n°4" in sure(evreux, "j'ai raté la réunion de novembre, il s'est passé quoi ?", "decisions_recent")
    assert "n°4" in sure(evreux, "il y a un compte rendu ?", "minutes_request")


def test_circo_is_the_circonscription(evreux: Chat) -> None:
    assert "Pascal Hébert" in sure(evreux, "la circo d'Évreux 3 c'est qui ?", "org_representative")


def test_initials_a_task_writes_or_spells_out_find_it() -> None:
    # Neighbour of « qui pilote le PEDT ? »: « l'EMS de Bercher » writes the initials asked (set 31a).
    assert "Fabienne Délèze" in sure(build_group("aje-gdv"), "qui a demandé l'offre à l'EMS ?", "in_charge")
    # … and initials a task spells out (« … des quartiers prioritaires », set 36a).
    assert "Maryse Delhaye" in sure(build_group("qpv60"), "qui fait le point sur les allocataires des QPV ?",
                                    "in_charge")
    # … and the task holding the rest of the topic, the initials spelled another way (« langue des signes »).
    assert "Émilie Flament" in sure(build_group("access80"), "l'initiation LSF pour les agents d'accueil c qui",
                                    "in_charge")
