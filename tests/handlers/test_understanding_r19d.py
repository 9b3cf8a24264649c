"""Deadlines and dates asked yes-or-no or against an event, that blind set 27d
(leader-morlaix, the LEADER local action group of the Pays de Morlaix,
asked by its LEADER officer on Tuesday 1 December 2026) missed on its first
run, asked in other words:

- a deadline set against a time (a day, a span, a sitting, « avant »,
  « reste », « encore », the holidays) is the deadline its words name, not a
  decision sharing them (timed_deadline.py), but not a sitting asked, a sum,
  nor an event a dated decision places;
- what is due before a sitting (« … avant la plénière ? ») is the span up to
  its day (due_before_meeting.py);
- a sitting set against a deadline is the sitting, with the deadline's line
  (meeting_against.py);
- what is due to a body, the deadline after another, a deadline noun over a
  span, a possessive in a platform's name (timed_deadline.py, answers_records.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def gal() -> Chat:
    """Set 27d's group: six deadlines (4 and 15 December, 23 December to the Région, 8 January, 26 February to the
    Département, 31 March), sittings on 10 December and 14 January (the plenary)."""
    return build_group("leader-morlaix")


@pytest.mark.parametrize(("question", "shown"), [
    ("on peut encore envoyer le rapport annuel à la Région le 20 ?", "mercredi 23 décembre 2026"),
    ("le dépôt FSE c'est avant noël ?", "mardi 15 décembre 2026"),
    ("le rapport financier on a encore le temps ?", "vendredi 26 février 2027"),
])
def test_a_deadline_set_against_a_time_is_the_deadline(gal: Chat, question: str, shown: str) -> None:
    reply = sure(gal, question, "dates_period")
    assert shown in reply and "Décision" not in reply


def test_a_sum_asked_beside_a_deadline_is_no_deadline(gal: Chat) -> None:
    outcome = outcome_of(gal, "le tourisme durable c'est combien avant janvier ?")
    assert outcome.intent != "dates_period"


def test_what_is_due_before_a_sitting_is_the_span_up_to_its_day(gal: Chat) -> None:
    reply = sure(gal, "y a quoi à rendre d'ici la plénière ?", "dates_period")
    assert "vendredi 8 janvier 2027" in reply and "mardi 15 décembre 2026" in reply
    assert "Rapport financier" not in reply  # 26 February falls after the plenary of 14 January


def test_a_sitting_set_against_a_deadline_shows_both_days(gal: Chat) -> None:
    reply = sure(gal, "la plénière tombe après la clôture du tourisme durable ?", "meeting_which")
    assert "jeudi 14 janvier 2027" in reply and "vendredi 8 janvier 2027" in reply


def test_what_is_due_to_a_body_is_the_deadline_naming_it(gal: Chat) -> None:
    reply = sure(gal, "on doit rendre quoi au Département ?", "dates_period")
    assert "vendredi 26 février 2027" in reply and "Région" not in reply


def test_the_deadline_after_another_is_the_next_one(gal: Chat) -> None:
    reply = sure(gal, "et après le rapport annuel, c'est quoi la prochaine échéance ?", "dates_period")
    assert reply.index("vendredi 8 janvier 2027") < reply.index("vendredi 26 février 2027")
    assert "mardi 15 décembre 2026" not in reply


def test_a_deadline_noun_over_a_span_lists_no_sitting_as_a_deadline(gal: Chat) -> None:
    reply = sure(gal, "y a des échéances la semaine prochaine ?", "dates_period")
    assert reply.startswith("Rien n'est prévu la semaine prochaine côté échéances.")


def test_a_possessive_in_a_platform_name_is_no_task_of_the_asker(gal: Chat) -> None:
    reply = sure(gal, "le dépôt sur ma démarche fse c'est pour quelle date ?", "dates_period")
    assert "mardi 15 décembre 2026" in reply and "Tâches de" not in reply
