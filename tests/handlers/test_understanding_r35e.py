"""The lead's blind set 64 (cdu49, the commission des usagers of an
invented hospital centre of the Maine-et-Loire, asked by a substitute
usagers' representative on Tuesday 1 December 2026), missed on its first
run, asked in other words:

- « la CDU », a hospital's commission des usagers, is the group called by
  its own kind (lexicon.toml `group_kinds`): its sittings, its members,
  its decisions;
- the group's name before a relative clause (« la CDU où on adopte … ») is
  the sitting the clause describes (own_relative.py);
- « la séance du troisième trimestre » of sittings headed by their
  quarter is that sitting, not the next such quarter (quarter_heading.py);
- « dans les huit jours » is a span a decision gives, and « sous / dans »
  before « combien » is the delay's word (delays.py);
- a thing named by a code no text of the group writes (« le parking P4 »)
  is no confident answer from the decisions (unheld_code.py);
- a body's long name typed whole is the body, to its last word
  (body_tail.py);
- « la CDU de septembre »: the month says which sitting (own_meetings.py);
- « les urgences » name the unit « …, pôle urgences » (unit_head.py), and a
  body after « la réunion de » says which sitting, not whose presence is
  asked (presence_cues.names_the_meeting);
- a room named after its building (« salle de la Maison des usagers ») is
  named by the building alone too (venues.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cdu() -> Chat:
    return build_group("cdu49")


def test_the_cdu_is_the_group_and_its_sittings(cdu: Chat) -> None:
    assert "n°5" in sure(cdu, "la CDU d'après, c'est quand ?", "meeting_next")
    assert "Présents (12)" in sure(cdu, "on était combien à la dernière CDU ?", "attendance_meeting")
    assert "Membres du groupe (17)" in sure(cdu, "qui fait partie de la CDU ?", "directory")
    # In the plural, its sittings (« les prochaines CDU » read « les prochaines réunions », own_meetings.py).
    assert "Prochaines séances (3)" in sure(cdu, "les prochaines CDU ?", "meetings_upcoming")


def test_the_group_named_before_a_relative_clause_is_that_sitting(cdu: Chat) -> None:
    assert "n°7" in sure(cdu, "la CDU où on adopte le rapport annuel se tient où ?", "meeting_which")
    assert "n°5" in sure(cdu, "la CDU où on valide la charte, c'est quand ?", "meeting_which")


def test_a_sitting_headed_by_its_quarter_is_that_sitting(cdu: Chat) -> None:
    september = sure(cdu, "qui était excusé à la séance du troisième trimestre ?", "attendance_meeting")
    assert "n°2" in september and "Antoine Guillou" in september
    assert "n°5" in sure(cdu, "la séance du 4e trimestre c'est à quelle heure ?", "meeting_which")
    assert "n°1" in sure(cdu, "la CDU du 2e trimestre, il y avait quoi comme salle ?", "meeting_which")
    # The quarter asked of the deadlines stays a period.
    assert "15 janvier" in sure(cdu, "les échéances du premier trimestre ?", "dates_period")


def test_a_delay_given_after_an_article_is_found(cdu: Chat) -> None:
    for text in ("le plaignant, le médiateur doit le recevoir sous combien de jours ?",
                 "sous combien de temps le médiateur reçoit-il le plaignant ?"):
        rule = sure(cdu, text, "decisions_topic")
        assert "huit jours" in rule and "cinq jours ouvrés" not in rule, text


def test_a_code_no_record_writes_is_no_sure_answer(cdu: Chat) -> None:
    found = outcome_of(cdu, "le parking P4 c'est gratuit pour les parents ?")
    assert not found.confident and "P4" in found.reply.plain()
    # Without the code, the decision answers.
    assert "gratuité du parking" in sure(cdu, "le parking est gratuit pour les parents ?", "decisions_topic")


def test_a_long_body_name_typed_whole_is_the_body(cdu: Chat) -> None:
    people = sure(cdu, "les membres de la direction de la qualité et des relations avec les usagers au sein de la "
                       "commission ?", "org_members")
    assert "Véronique Hamon" in people and "Élise Brochard" in people


def test_the_group_named_with_a_month_is_that_sitting(cdu: Chat) -> None:
    # Read before as the dates of January and the tasks: the sitting of that month, with its agenda.
    assert "n°6" in sure(cdu, "la CDU de janvier, qu'est-ce qui est au programme ?", "meeting_which")
    assert "n°3" in sure(cdu, "la CDU d'octobre c'était sur quoi ?", "meeting_which")


def test_a_unit_is_called_by_its_field(cdu: Chat) -> None:
    assert "Antoine Guillou" in sure(cdu, "qui est là pour les urgences ?", "org_representative")
    absent = sure(cdu, "qui était absent à la réunion des urgences ?", "attendance_meeting")
    assert "n°4" in absent and "Aurélie Chevalier" in absent


def test_a_room_is_named_by_its_building(cdu: Chat) -> None:
    # Read before as the last sitting (held elsewhere): the one held in the Maison des usagers' room.
    assert "n°3" in sure(cdu, "c'était quand la réunion à la Maison des usagers ?", "meeting_which")
    assert "Odile Perrault" in sure(cdu, "qui représente la Maison des usagers ?", "org_representative")
