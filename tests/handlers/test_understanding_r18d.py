"""Who handles what and how far it has got, when a decision and a task (or a
deadline) speak of the same thing, that blind set 26d (schoenberg, the
working group of the Schoenberg's projet de quartier in Fribourg, asked by
its coordinator on Tuesday 1 December 2026) missed on its first run, asked
in other words, in its group and in pedt44, grenoble38 and couronneries86:

- how far one piece of work has got (« on en est où du … ? ») is its task's
  line on a tie with a decision, not a matter asked « sur » nor a thing
  several tasks share (task_match._work_progress);
- whether it is done or getting on (« c'est bouclé ? », « ça avance ? ») is
  no deadline's to say, a date asked still is (task_match._how_far);
- « X qui s'en occupe ? » without its comma asks who (eligibility.py), and
  the open task on the thing a decision hands to a body is shown beside the
  decision with its pilot (task_beside.py);
- « Paul a fini son truc ? »: a vague noun of one member's one task is that
  task (one_task_of.py);
- a place asked of a thing that a decision where no place was read says
  better is not the place of another decision (decision_slots.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def schoenberg() -> Chat:
    """Set 26d's group: the bicycle count charged to the Service de la mobilité, done by Julien Baeriswyl (late)."""
    return build_group("schoenberg")


@pytest.fixture(scope="module")
def pedt44() -> Chat:
    """Set 25b's group: a deadline and a task on the parents' satisfaction surveys."""
    return build_group("pedt44")


def test_how_far_one_piece_of_work_has_got_is_its_task(schoenberg: Chat, pedt44: Chat) -> None:
    reply = sure(schoenberg, "le comptage vélos, on en est où ?", "in_charge")
    assert "Julien Baeriswyl" in reply and "(en retard)" in reply
    assert "Isabelle Fréour" in sure(pedt44, "on en est où des enquêtes de satisfaction ?", "in_charge")


def test_a_matter_asked_sur_or_shared_by_tasks_is_no_task() -> None:
    # « sur »: the matter (a decision puts the tariff off); « le local » of an inventory and an insurance certificate.
    for group, text in (("grenoble38", "on en est où sur la tarification sociale de l'eau ?"),
                        ("couronneries86", "le local, on en est où ?")):
        assert outcome_of(build_group(group), text).intent != "in_charge"


def test_done_or_getting_on_is_no_deadlines(schoenberg: Chat, pedt44: Chat) -> None:
    reply = sure(schoenberg, "le dossier de subvention, c'est bouclé ?", "in_charge")
    assert "Sébastien Mauron" in reply and "15 janvier 2027" in reply
    assert "Isabelle Fréour" in sure(pedt44, "les enquêtes de satisfaction, ça avance ?", "in_charge")
    # A date asked stays the deadline's.
    assert "Retour des enquêtes" in sure(pedt44, "c'est pour quand les enquêtes de satisfaction ?", "dates_period")
    assert "Signature de la convention" in sure(schoenberg, "la convention du local, c'est prévu quand ?",
                                                "dates_period")


def test_who_handles_what_a_decision_hands_to_a_body(schoenberg: Chat) -> None:
    reply = sure(schoenberg, "l'arrêt de bus de la Heitera, qui s'en occupe ?", "in_charge")
    # The decision and the TPF's member it names, then the task and who chases the TPF.
    assert "Les TPF sont sollicités" in reply and "Christophe Dousse" in reply
    assert "Relancer les TPF pour l'arrêt de bus de la Heitera — pilote : Marc Aebischer" in reply
    assert "Julien Baeriswyl" in sure(schoenberg, "le comptage des vélos qui s'en occupe ?", "in_charge")
    # A relative clause going on is no question.
    assert not outcome_of(schoenberg, "les gens qui s'en occupent sont au centre").confident


def test_a_vague_noun_of_a_members_one_task(schoenberg: Chat, pedt44: Chat) -> None:
    assert "(en retard)" in sure(schoenberg, "Aline a fini son truc ?", "in_charge")
    assert "Réserver l'esplanade" in sure(schoenberg, "Nicolas a fini son boulot ?", "in_charge")
    # Two open tasks: her list.
    reply = sure(pedt44, "Anaïs a fini son truc ?", "tasks_mine")
    assert "ordre du jour du COTECH" in reply and "diaporama" in reply


def test_a_place_asked_of_a_thing_a_placeless_decision_says_better(schoenberg: Chat) -> None:
    # « La salle polyvalente … du projet de quartier » holds a place; « … pour en faire un local de quartier » says the
    # thing: no sure answer from the first. « Le jardin partagé s'installe … » over « … pour financer le jardin partagé ».
    outcome = outcome_of(schoenberg, "le local de quartier c'est où exactement ?")
    assert not (outcome.confident and "salle polyvalente" in outcome.reply.plain())
    reply = sure(schoenberg, "le jardin partagé, il sera installé où ?", "decisions_topic")
    assert reply.split("Décision n°")[1].startswith("7 ")
