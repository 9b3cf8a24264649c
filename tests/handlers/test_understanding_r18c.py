"""Lists and counts, filtered — what blind set 26c (pcsverviers, the Plan de
cohésion sociale of Verviers: a plenary and three working groups, asked by
its project leader on Tuesday 1 December 2026) missed on its first run,
asked in other words, in its group and in others with sub-groups (cldr:
plenaries and working groups of a Walloon rural development commission;
clea16 for a body's tasks):

- a month's decisions over all its meetings, the month gone (decisions_in_span.py);
- « le GT seniors » a formation like « le copil » (venues.headed_formation);
- a formation's meetings listed or counted, the sittings in the plural bounded by a
  period, « toutes les prochaines dates » (kind_lists.py);
- a formation's decisions over its meetings held (kind_decisions.py), its open tasks
  (task_topic_listing.py);
- a body's tasks « qui reste à faire »: the open ones, the late ones when said (answers_records.py);
- the decisions counted (decision_count.py), the sub-groups counted (sub_groups.py), a
  formation's sittings counted by a unit of time as its rhythm (rhythm_asked.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def verviers() -> Chat:
    """Set 26c's group: plenaries n°1 (15 Sep), n°6 (24 Nov), n°10, n°13; GT seniors n°2 (29 Sep), n°5 (10 Nov), n°8,
    n°11; GT mobilité n°3 (8 Oct), n°7, n°12; GT logement n°4 (20 Oct), n°9. 13 decisions."""
    return build_group("pcsverviers")


@pytest.fixture(scope="module")
def durbuy() -> Chat:
    """The lead's set 27 group: plenaries n°1 (22 Sep), n°3 (24 Nov), n°4 (15 Dec), n°6 (16 Mar); working groups n°2 mobilité
    (27 Oct), n°5 énergie (26 Jan). 10 decisions (2, 2, 6)."""
    return build_group("cldr-durbuy")


@pytest.fixture(scope="module")
def angouleme() -> Chat:
    """The lead's set 26 group: tasks of GrandAngoulême's members, one late, one still to come."""
    return build_group("clea16")


# A month's decisions: every meeting held in it, the month gone (not September 2027).
def test_a_months_decisions_cover_all_its_meetings(verviers: Chat) -> None:
    reply = sure(verviers, "qu'avons-nous décidé en septembre ?", "decisions_recent")
    assert "en septembre 2026 : 5 (séances n°1, n°2)" in reply
    assert "trois groupes de travail" in reply and "goûter intergénérationnel" in reply


def test_a_months_decisions_counted(verviers: Chat) -> None:
    reply = sure(verviers, "y a eu combien de décisions en novembre ?", "decisions_recent")
    assert "en novembre 2026 : 4 (séances n°5, n°6)" in reply


# A formation's meetings, listed or counted: that formation's only.
@pytest.mark.parametrize("text", [
    "les dates des plénières svp",
    "combien de plénières d'ici l'été ?",
    "le calendrier des plénières ?",
])
def test_a_formations_meetings_are_listed_apart(durbuy: Chat, text: str) -> None:
    reply = sure(durbuy, text, "meetings_upcoming")
    assert "n°4" in reply and "n°6" in reply
    assert "Groupe de travail énergie" not in reply


@pytest.mark.parametrize("text", [
    "les prochains GT seniors ?",
    "c'est quand les prochaines réunions du groupe de travail seniors ?",
    "il reste combien de GT seniors ?",
])
def test_a_working_group_by_its_subject_is_a_formation(verviers: Chat, text: str) -> None:
    reply = sure(verviers, text, "meetings_upcoming")
    assert "n°8" in reply and "n°11" in reply
    assert "Groupe de travail mobilité" not in reply and "Assemblée plénière" not in reply


def test_the_next_working_group_alone_stays_one_meeting(verviers: Chat) -> None:
    reply = sure(verviers, "le prochain GT seniors c'est où ?", "meeting_which")
    assert "Séance n°8" in reply and "n°11" not in reply


def test_the_sittings_of_a_period_in_the_plural(durbuy: Chat) -> None:
    reply = sure(durbuy, "qu'est-ce qu'on a comme séances en décembre ?", "meetings_upcoming")
    assert "n°4" in reply and "n°5" not in reply


def test_every_coming_date(verviers: Chat) -> None:
    reply = sure(verviers, "toutes les dates à venir stp", "dates_period")
    assert "Dates à venir" in reply and "Séance n°7" in reply and "Inventaire des seniors isolés" in reply


# A formation's decisions and tasks: its meetings held.
def test_a_formations_decisions(durbuy: Chat) -> None:
    reply = sure(durbuy, "on a décidé quoi en plénière ?", "decisions_recent")
    assert "séances n°1, n°3" in reply and "Tohogne" in reply
    assert "liaison cyclable" not in reply  # the working group's


def test_a_working_groups_decisions_with_one_meeting_held(verviers: Chat) -> None:
    reply = sure(verviers, "qu'est-ce qui a été décidé au GT mobilité ?", "decisions_recent")
    assert "taxi social" in reply and "permanence logement" not in reply


def test_a_working_groups_tasks(durbuy: Chat) -> None:
    reply = sure(durbuy, "les tâches du groupe de travail mobilité ?", "tasks_late")
    assert "comptage des vélos" in reply and "relevé des toitures" in reply
    assert "rapport annuel" not in reply


# A body's tasks still to do: the open ones; the late ones when lateness is said.
def test_what_a_body_still_has_to_do(angouleme: Chat) -> None:
    reply = ask_sure(angouleme, "qu'est-ce qui reste à faire pour GrandAngoulême ?")
    assert "Réserver les bus" in reply


def test_a_bodys_late_tasks_stay_late_ones(angouleme: Chat) -> None:
    reply = ask_sure(angouleme, "les tâches en retard de GrandAngoulême ?")
    assert "Réserver les bus" not in reply


def ask_sure(chat: Chat, text: str) -> str:
    outcome = outcome_of(chat, text)
    assert outcome.confident and outcome.intent in ("tasks_late", "tasks_mine"), (text, outcome.intent)
    return outcome.reply.plain()


# Counts: the decisions, the sub-groups, the sittings by a unit of time.
def test_the_decisions_counted(durbuy: Chat) -> None:
    reply = sure(durbuy, "vous avez pris combien de décisions en tout ?", "decisions_recent")
    assert reply.startswith("10 décisions enregistrées, sur 3 séances.")


def test_the_working_groups_counted(verviers: Chat) -> None:
    outcome = outcome_of(verviers, "on a combien de groupes de travail ?")
    assert outcome.confident and "trois groupes de travail : seniors, mobilité et logement" in outcome.reply.plain()


def test_plenaries_counted_by_the_year_is_their_rhythm(durbuy: Chat) -> None:
    outcome = outcome_of(durbuy, "combien de plénières par an ?")
    assert outcome.confident and "quatre fois par an" in outcome.reply.plain()


# Left alone: a count asked of a colleague, a rhythm no decision states.
def test_a_colleagues_count_stays_quiet(verviers: Chat) -> None:
    assert not outcome_of(verviers, "Chantal, vous êtes combien de bénévoles pour les visites ?").confident
