"""Ordinals, superlatives and picking one item from a list, missed on the
first run of blind set 40c (recyclerie55, the comité de pilotage of an
invented ressourcerie of the Meuse, asked by the chantier d'insertion's
encadrante technique on Tuesday 1 December 2026), asked in other words and
in another group (pcaet26):

- one deadline picked by its rank among those to come, within a period if
  one is said, and the first or last few counted (ranked_deadline.py);
- a superlative of time is an order word: « la plus proche » the next,
  « la plus récente » the last, « la plus ancienne » the first, « la plus
  lointaine » the last to come (superlative_order.py);
- a superlative over a measure no record holds (« le plus cher », « la plus
  longue ») gets no confident answer (unheld_superlative.py);
- the agenda of « la réunion d'après » is that of the meeting after the next
  (answers_meetings.agenda_items, as meeting_kinds.shifted_meeting reads it);
- an ordinal before « groupe de travail » names one sitting (glued.py), and
  « c'était sur quoi ? » of a formation asks no task (task_words.py);
- a rule family's word inside a sitting's name asks no rule (group_rules.py);
- a count before an order word and a plural noun is no topic
  (counted_items.py);
- « …, c'était la visite ? »: the heading word after « c'était » and its
  article is checked, as « c'était à … » (meeting_rivals.checked_at);
- « quelle commune est la plus représentée ? » is the directory
  (most_represented.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def recyclerie() -> Chat:
    return build_group("recyclerie55")


@pytest.fixture(scope="module")
def pcaet() -> Chat:
    return build_group("pcaet26")


def test_one_deadline_by_its_rank(recyclerie: Chat, pcaet: Chat) -> None:
    second = sure(pcaet, "c'est quoi la deuxième date limite ?", "dates_period")
    assert "Fonds vert" in second and "contributions" not in second
    before_last = sure(pcaet, "l'avant-dernière échéance ?", "dates_period")
    assert "5 février" in before_last and "31 mars" not in before_last
    third = sure(recyclerie, "la troisième échéance, elle tombe quand ?", "dates_period")
    assert "DDETS" in third and "ADEME" not in third
    in_january = sure(pcaet, "la première échéance de janvier ?", "dates_period")
    assert "15 janvier" in in_january and "Fonds vert" not in in_january


def test_the_first_or_last_few_deadlines(recyclerie: Chat) -> None:
    last_two = sure(recyclerie, "les deux dernières échéances ?", "dates_period")
    assert "Fin des travaux" in last_two and "Fin du recrutement" in last_two and "ADEME" not in last_two


def test_a_superlative_of_time_is_an_order(recyclerie: Chat, pcaet: Chat) -> None:
    assert "n°3" in sure(pcaet, "la séance la plus récente, c'était où ?", "meeting_last")
    assert "n°4" in sure(pcaet, "la réunion la plus proche se tient où ?", "meeting_next")
    assert "six semaines" in sure(recyclerie, "la décision la plus ancienne ?", "decision_number")
    assert "31 mars" in sure(pcaet, "l'échéance la plus lointaine ?", "dates_period")


def test_a_superlative_no_record_measures(recyclerie: Chat, pcaet: Chat) -> None:
    assert not outcome_of(pcaet, "le plus gros chantier du PCAET, c'est lequel ?").confident
    assert not outcome_of(recyclerie, "quelle est la plus grande déchetterie ?").confident


def test_the_agenda_of_the_meeting_after_the_next(pcaet: Chat) -> None:
    agenda = sure(pcaet, "il y a quoi à l'odj de la réunion d'après ?", "agenda_items")
    assert "n°5" in agenda and "Tilleuls" in agenda


def test_an_ordinal_before_a_working_group(recyclerie: Chat) -> None:
    assert "n°5" in sure(recyclerie, "le deuxième groupe de travail se tient où ?", "meeting_which")
    assert "n°3" in sure(recyclerie, "le tout premier groupe de travail, c'était sur quoi ?", "meeting_which")


def test_a_rule_word_inside_a_sitting_name(recyclerie: Chat) -> None:
    came = sure(recyclerie, "qui était excusé au groupe de travail recrutement ?", "attendance_meeting")
    assert "Monique Renaudin" in came


def test_a_count_before_an_order_word(pcaet: Chat) -> None:
    assert "16 mars" in sure(pcaet, "les dates des quatre prochaines séances ?", "meetings_upcoming")


def test_a_heading_word_checked_after_cetait(pcaet: Chat) -> None:
    reply = sure(pcaet, "l'avant-dernière séance, c'était l'atelier mobilité ?", "meeting_last")
    assert "n°2" in reply and "n°3" not in reply
    reply = sure(pcaet, "la dernière séance, c'était l'atelier mobilité ?", "meeting_last")
    assert "n°3" in reply


def test_the_most_represented_body(pcaet: Chat) -> None:
    assert "Membres du groupe" in sure(pcaet, "quelle commune est la plus représentée ?", "directory")
