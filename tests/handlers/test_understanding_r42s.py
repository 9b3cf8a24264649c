"""What round 41 saw wrong on main and what sets 48b (sivom15) and 48c
(forum45) still missed, asked in other words, with the neighbours that must
stay as they were:

- « on se réunit combien de fois par an ? » with no body said: the decision
  on the group's own meeting (« … se réunit quatre fois par an »), not one
  sharing only the subject of a kind of sitting (« rendre visite … tous les
  jours » beside a « Groupe de travail sur les visites »): rhythm_asked.py;
- « la visite des Tilleuls c'est qui ? » in the present: a task given up that
  holds every word asked answers over an open task sharing one of them
  (task_first.py);
- the forum's own date among decisions dating several « forums »: of the
  dated decisions whose subject is the thing asked, the one naming it alone
  (« Le forum est avancé … », not « Le forum satellite … »), also when the
  question was left unsure between the deadlines and the next sitting
  (decided_when.py, event_date.py);
- a record's history asked without its words (« le jour du forum a
  bougé ? », « le lieu … a été modifié ? »), and a thing checked as still so
  when left unsure (« … c'est toujours à 12h30 ? »): the decisions on it
  (changed_record.py);
- « la piscine sera fermée jusqu'à quand ? »: a state asked until when is the
  decision setting it, not a deadline due on the place (event_date.py);
- « OM » for ordures ménagères after an article or the levy, « délibs » for
  délibérations (lexicon.toml; the singular « la délib » stays a task's
  document);
- « la décision n°4 est-elle encore valable ? »: left unsure, the decision by its
  number offered first (two examples for it in intents.toml shifted the
  examples' word weights so that « les tâches à rendre d'ici Noël ? » of the
  lead's round 27 became the asker's tasks: taken back at the merge); answered
  since r43r, « valable » accounted for by the state the answer shows
  (explained.toml);
- « un buffet » is a meal (families.toml); « pour 2027-2030 » says how long
  (decision_facts.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import group_of, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cvs() -> Chat:
    return build_group("cvs56")


@pytest.fixture(scope="module")
def caleol() -> Chat:
    return build_group("caleol72")


@pytest.fixture(scope="module")
def forum() -> Chat:
    return build_group("forum45")


@pytest.fixture(scope="module")
def sivom() -> Chat:
    return build_group("sivom15")


def test_the_groups_own_rhythm_said_with_on(cvs: Chat) -> None:
    reply = sure(cvs, "on se retrouve à quel rythme ?", "decisions_topic")
    assert reply.splitlines()[1].startswith("Décision n°3") and "quatre fois par an" in reply
    assert "rendre visite" not in sure(cvs, "on se réunit tous les combien ?", "decisions_topic")
    # Neighbour: the rhythm of a kind named is still the decision naming it.
    assert "quatre fois par an" in sure(cvs, "le conseil de la vie sociale se réunit à quelle fréquence ?",
                                        "decisions_topic")


def test_an_errand_given_up_asked_in_the_present(caleol: Chat) -> None:
    reply = sure(caleol, "qui s'occupe de la visite de la résidence ?", "in_charge")
    assert "Thierry Vallée" in reply and "(annulée)" in reply and "Damien Lecomte" not in reply
    # Neighbour: the open errand asked by its own words keeps its pilot.
    assert "Damien Lecomte" in sure(caleol, "les candidats salariés des Tilleuls c'est qui ?", "in_charge")


def test_the_things_own_date_among_its_kinds(forum: Chat) -> None:
    reply = sure(forum, "le forum, ça tombe quand ?", "decisions_topic")
    assert reply.splitlines()[1].startswith("Décision n°10") and "28 janvier" in reply
    # Neighbour: the kind named is its own decision.
    reply = sure(forum, "le forum satellite de Pithiviers c'est quand ?", "decisions_topic")
    assert reply.splitlines()[1].startswith("Décision n°7") and "9 mars" in reply


def test_a_records_history_asked_without_its_words(forum: Chat) -> None:
    assert "28 janvier" in sure(forum, "le jour du forum a bougé ?", "decisions_topic")
    assert "halle du marché" in sure(forum, "le lieu du forum satellite du Pithiverais a été modifié ?",
                                     "decisions_topic")
    assert "12h30" in sure(forum, "le buffet c'est toujours à 12h30 ?", "decisions_topic")
    # Neighbours: a body named must be the decision's too (« la centrale » is no decision on a visit); a sitting
    # moved is the calendar's, a bare « ça a bougé ? » the next sitting.
    cli = build_group("cli82b")
    reply = sure(cli, "la visite de la centrale avec les collégiens, elle est toujours prévue ?", "in_charge")
    assert "(annulée)" in reply and "Décision" not in reply
    assert "n°4" in sure(forum, "ça a bougé ?", "meeting_next")
    assert not outcome_of(forum, "les délégués ont changé ?").confident
    # Neighbour: who changes a thing asks who acts, not the decisions on it.
    assert "Décision" not in outcome_of(forum, "qui a modifié le plan du buffet ?").reply.plain()


def test_a_state_asked_until_when(sivom: Chat) -> None:
    assert "26 février" in sure(sivom, "la piscine sera fermée jusqu'à quand ?", "decisions_topic")
    # Neighbour: the file on it, asked until when, is still the deadline.
    assert "29 janvier" in sure(sivom, "le dossier de subvention de la piscine, on a jusqu'à quand ?", "dates_period")


def test_household_waste_and_deliberations_clipped(sivom: Chat) -> None:
    assert "TGAP" in sure(sivom, "le motif de la hausse des OM ?", "decisions_topic")
    assert "4 %" in sure(sivom, "la taxe OM augmente de combien ?", "decisions_topic")
    assert "Dernières décisions" in sure(sivom, "les délibs récentes ?", "decisions_recent")
    # Neighbour: the singular document drafted is a task's (set 34b's « qui rédige la délib … ? »).
    interco = build_group(group_of("questions_heldout34b.tsv"))
    assert "Caroline Mathieu" in sure(interco, "qui prépare la délib sur le plan de mobilité ?", "in_charge")


def test_a_decision_checked_as_standing(forum: Chat) -> None:
    assert "annulée" in sure(forum, "la décision 1 tient toujours ?", "decision_number")
    # (r43r: « valable » is accounted for by the answer's state, explained.toml: answered, no longer left unsure.)
    assert "Décision n°4 (modifiée)" in sure(forum, "la décision n°4 est-elle encore valable ?", "decision_number")
    # Neighbour: the decision asked plainly.
    assert "navette" in sure(forum, "la décision 6 ?", "decision_number")


def test_a_meal_and_a_span_of_years(forum: Chat, sivom: Chat) -> None:
    assert "12h30" in sure(forum, "les exposants ont un repas prévu ?", "decisions_topic")
    assert "2027-2030" in sure(sivom, "la convention de financement est renouvelée pour combien d'années ?",
                               "decisions_topic")
