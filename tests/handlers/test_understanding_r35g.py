"""The lead's blind set 66 (pnrvercors, the commission « tourisme et
activités de pleine nature » of an invented regional nature park of the
Vercors, asked by the tourist office's director on Tuesday 1 December
2026), missed on its first run, asked in other words, with the neighbours
that must stay as they were:

- a sitting named by the event its heading says, by the season's adjective
  there (« bilan de la saison estivale » is « le bilan de l'été »), and « la
  réunion de lancement du … » as the sitting itself (described_meeting.py);
- a sitting named by what its heading says it is on (« la commission sur
  l'hiver sans neige »): that sitting, no season asked (sitting_on.py);
- « la prochaine commission tourisme » holds the plenary headed
  « Commission plénière … chargé du tourisme » too (kind_headings.py);
- « l'heure de début » of a sitting is its hour (lexicon.toml);
- an event named by the body that organises it, without the body's noun
  (« le Trail des Crêtes »), is dated by the decision, not by the deadline
  of its route sent to the park (event_date.py);
- « les décisions de la commission » when the roles call the group « la
  commission »: the group's latest, and its deadlines the group's
  (own_noun.py);
- « qui représente les stations ? »: the body whose name says « Régie des
  stations », its own member's role repeating it (body_subject_word.py);
- « … quand on déclare … » after another question word is a case, no time
  asked (when_clause.py);
- a period an agenda point says right after the words said before it
  (« le partage des sentiers pour l'été 2027 ») is part of the point's name,
  no time asked (record_period.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def park() -> Chat:
    return build_group("pnrvercors")


def test_a_sitting_named_by_its_event_in_a_season_adjective(park: Chat) -> None:
    excused = sure(park, "qui s'était excusé au bilan de l'été ?", "attendance_meeting")
    assert "séance n°2" in excused and "Olivier Jullien" in excused
    assert "n°1" in sure(park, "la réunion de lancement du plan tourisme, c'était où ?", "meeting_which")


def test_a_sitting_named_by_what_its_heading_says_it_is_on(park: Chat) -> None:
    assert "n°4" in sure(park, "la réunion consacrée à la diversification des activités, c'était où ?", "meeting_which")
    absent = sure(park, "la commission sur l'hiver sans neige, qui était absent ?", "attendance_meeting")
    assert "séance n°4" in absent and "Romain Faure" in absent


def test_a_kind_and_its_subject_hold_the_plenary_headed_in_other_words(park: Chat) -> None:
    assert "n°5" in sure(park, "la prochaine commission tourisme se tient où ?", "meeting_which")


def test_the_hour_a_sitting_begins_is_its_hour(park: Chat) -> None:
    # (It was the decision setting an hour, « avant 18 h ».)
    assert "n°6" in sure(park, "Je souhaiterais connaître l'heure de début du groupe de travail du 19 janvier.",
                         "meeting_which")


def test_an_event_named_by_its_organiser_is_dated_by_the_decision(park: Chat) -> None:
    assert "6 juin 2027" in sure(park, "le Trail des Crêtes c'est quand ?", "decisions_topic")
    # The route asked is the deadline of sending it.
    assert "15 janvier" in sure(park, "le tracé 2027 du trail doit partir au Parc quand ?", "dates_period")


def test_the_group_called_by_its_bare_noun_decided_all_its_decisions(park: Chat) -> None:
    assert "Dernières décisions" in sure(park, "les décisions de la commission ?", "decisions_recent")
    assert "Dates à venir" in sure(park, "c'est quoi les prochaines échéances de la commission ?", "dates_period")
    # One sitting of it named still gives that sitting's.
    assert "séance n°4" in sure(park, "la dernière commission, on a décidé quoi ?", "decisions_recent")


def test_a_body_asked_by_the_subject_of_its_name(park: Chat) -> None:
    assert "Olivier Jullien" in sure(park, "qui représente les stations ?", "org_representative")


def test_when_after_another_question_word_is_a_case(park: Chat) -> None:
    assert "heure de sortie prévue" in sure(park, "on donne quoi au PGHM quand on déclare une plongée ?",
                                            "decisions_topic")
    assert "n°5" in sure(park, "c'est quand on se réunit ?", "meeting_next")
    assert not outcome_of(park, "qui sait quand on se réunit ?").confident


def test_a_period_in_a_points_name_is_no_time_asked(park: Chat) -> None:
    assert "n°7" in sure(park, "le partage des sentiers pour l'été 2027, on en parle quand ?", "meeting_which")
    # A period alone is still the time asked.
    assert "été 2027" in sure(park, "les réunions de l'été 2027 ?", "meetings_upcoming")
