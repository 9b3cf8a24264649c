"""The families blind set 35b (lecture58, the Nièvre's committee on public
reading, asked on Tuesday 1 December 2026 by the head of the Clamecy
library: meetings, deadlines and decisions located by time words) missed on
its first run, asked in other words, with the neighbours that must stay as
they were:

- an order counted within a month (« la première réunion d'octobre », « la
  deuxième séance d'octobre », « la dernière réunion de janvier » when
  January is ahead): that month's first, second, last, for the meeting, its
  decisions, its minutes and its attendance (meeting_rank.in_month,
  last_in_coming_month; answers_attendance, decisions_in_span,
  answers_meetings.meeting_of; explained.toml);
- the date asked as a count of days from today (« dans combien de jours »,
  « il reste combien de jours avant », « il y a combien de temps », « c'est
  dans longtemps »): « quand » (lexicon.toml);
- a part of a month said without its year (« la réunion de fin juin » in
  December): next year's, when only it holds meetings (day_other_year.py);
- « depuis quand on se réunit ? », « ça fait combien de temps qu'on a
  commencé ? »: the group's first sitting (first_sitting.py);
- « le prochain comité » where only some sittings are headed « Comité … »:
  the next of those, with an order word or a date only (sitting_heading.py,
  ordered_formations.py);
- a name of the group French does not know (« Decize ») is no slip of the
  nearest word (« décider ») (normalise.py);
- « entre le comité de novembre et celui de janvier » asks for the sitting
  between those two (between_sittings.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from handlers.understanding.day_other_year import same_part_other_year
from handlers.understanding.first_sitting import since_first_asked
from handlers.understanding.normalise import words
from handlers.understanding.periods import Period
from handlers.understanding.sitting_heading import sittings_by_own_noun
from storage.models import Meeting
from tests.handlers.questions_eval import NOW, outcome_of, read_as, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def lecture() -> Chat:
    return build_group("lecture58")


@pytest.mark.parametrize("question, intent, shown", [
    ("c'était où la première séance d'octobre ?", "meeting_which", "Séance n°2"),
    ("la 2e réunion d'octobre avait lieu où ?", "meeting_which", "Séance n°3"),
    ("la dernière séance de janvier aura lieu où ?", "meeting_which", "n°7"),
    ("la première réunion de janvier commence à quelle heure ?", "meeting_which", "Séance n°6"),
    ("le PV de la deuxième séance d'octobre ?", "minutes_request", "séance n°3"),
    ("le compte rendu de la première séance d'octobre svp", "minutes_request", "séance n°2"),
    ("qui était excusé à la deuxième séance d'octobre ?", "attendance_meeting", "François Mercadier"),
    ("on a décidé quoi à la deuxième séance d'octobre ?", "decisions_recent", "séance n°3"),
    ("on a décidé quoi à la dernière réunion d'octobre ?", "decisions_recent", "séance n°3"),
])
def test_an_order_counted_within_a_month(lecture: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(lecture, question, intent)


def test_a_month_without_an_order_stays(lecture: Chat) -> None:
    # The month alone: the latest held that month, and every decision of the month.
    assert "Séance n°3" in sure(lecture, "la réunion d'octobre c'était où ?", "meeting_which")
    decided = sure(lecture, "les décisions d'octobre ?", "decisions_recent")
    assert "séances n°2, n°3" in decided
    # An order without a month: the group's own count.
    assert "n°2" in sure(lecture, "la deuxième réunion c'était quand ?", "meeting_which")
    assert "n°4" in sure(lecture, "la dernière réunion c'était où ?", "meeting_last")


@pytest.mark.parametrize("question, intent, shown", [
    ("dans combien de jours on se voit ?", "meeting_next", "n°5"),
    ("le comité de janvier c'est dans combien de semaines ?", "meeting_which", "n°6"),
    ("il reste combien de jours avant la clôture des inscriptions aux Nuits de la lecture ?", "dates_period",
     "8 janvier"),
    ("la réunion de Decize c'était il y a combien de temps ?", "meeting_which", "n°3"),
    ("la réunion de Château-Chinon c'est dans longtemps ?", "meeting_which", "n°7"),
])
def test_a_date_asked_as_a_count_of_days(lecture: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(lecture, question, intent)


def test_a_delay_asked_stays_a_delay() -> None:
    # « dans combien de temps » asks a delay the group may have set (the minutes'), not a date: kept as typed.
    assert [w.folded for w in words("le PV est envoyé dans combien de temps ?")][-3:] == ["combien", "de", "temps"]
    assert "quand" in [w.folded for w in words("c'est dans combien de jours ?")]


@pytest.mark.parametrize("question, intent, shown", [
    ("c'est où la réunion de fin juin ?", "meeting_which", "n°9"),
    ("le comité de début avril commence à quelle heure ?", "meeting_which", "n°8"),
    ("l'ordre du jour de la séance de fin juin ?", "agenda_items", "Bilan de l'année"),
])
def test_a_part_of_a_month_in_the_year_that_holds_it(lecture: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(lecture, question, intent)


def _meeting(number: int, day: str) -> Meeting:
    start = datetime.fromisoformat(f"{day} 14:00").replace(tzinfo=NOW.tzinfo)
    return Meeting(number=number, start=start, end=start, place="Salle")


def test_the_other_year_of_a_part_of_a_month() -> None:
    meetings = [_meeting(1, "2027-06-29")]
    end_of_june = Period(date(2026, 6, 21), date(2026, 7, 1), "fin juin 2026", 0, 2)
    assert [m.number for m in same_part_other_year(end_of_june, meetings, NOW, year_said=False)] == [1]
    # The year said is kept; a span that holds a meeting is kept; a span over two months is no part of one.
    assert same_part_other_year(end_of_june, meetings, NOW, year_said=True) == []
    assert same_part_other_year(end_of_june, [*meetings, _meeting(2, "2026-06-25")], NOW, year_said=False) == []
    summer = Period(date(2026, 6, 21), date(2026, 9, 23), "cet été", 0, 2)
    assert same_part_other_year(summer, meetings, NOW, year_said=False) == []


@pytest.mark.parametrize("question", [
    "depuis quand on se réunit ?",
    "le groupe se réunit depuis quand ?",
    "on se retrouve depuis quand ?",
    "ça fait combien de temps qu'on a démarré ?",
])
def test_since_when_the_group_meets(lecture: Chat, question: str) -> None:
    reply = sure(lecture, question, "meeting_which")
    assert "Première séance n°1" in reply and "17 septembre" in reply


@pytest.mark.parametrize("question, asked", [
    ("depuis quand on se réunit ?", True),
    ("on s'est pas réunis depuis quand ?", False),  # since the last one (seen_since.py)
    ("ça fait combien de temps qu'on s'est pas vus ?", False),
    ("depuis quand Hugo Perrault est au comité ?", False),  # a person asked about
    ("depuis quand on passe par le portail ?", False),  # no verb of meeting
])
def test_since_when_asked(lecture: Chat, question: str, asked: bool) -> None:
    assert since_first_asked(read_as(lecture, question, "meeting_which")) is asked


def test_not_met_since_stays_the_last(lecture: Chat) -> None:
    assert "Dernière séance n°4" in sure(lecture, "on s'est pas réunis depuis quand ?", "meeting_last")


@pytest.mark.parametrize("question, intent, shown", [
    ("quand a lieu le prochain comité ?", "meeting_which", "n°6"),
    ("le prochain comité se tient où ?", "meeting_which", "Hôtel du Département"),
    ("qu'est-ce qu'il y a au programme du prochain comité ?", "agenda_items", "schéma départemental"),
    ("le dernier comité c'était quand ?", "meeting_last", "n°4"),
])
def test_the_next_committee_among_working_groups(lecture: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(lecture, question, intent)


def test_the_committee_as_the_group_stays(lecture: Chat) -> None:
    # Without an order word or a date, « le comité » is the group itself.
    assert "Anne-Laure Berthier" in sure(lecture, "qui préside le comité ?", "role_holder")
    assert "Membres du groupe (14)" in sure(lecture, "qui fait partie du comité ?", "directory")
    assert "n°5" in sure(lecture, "la prochaine réunion c'est quand ?", "meeting_next")


def test_committee_sittings_named_only_where_others_are_headed_otherwise() -> None:
    committee = [Meeting(number=n, start=NOW, end=NOW, place=f"Comité de lecture publique, {venue}")
                 for n, venue in ((1, "Hôtel du Département"), (2, "médiathèque de Decize"))]
    group = [Meeting(number=3, start=NOW, end=NOW, place="Groupe de travail numérique, médiathèque de Clamecy")]
    assert sorted(m.number for m in sittings_by_own_noun([*committee, *group])["comite"]) == [1, 2]
    assert sittings_by_own_noun(committee) == {}  # every sitting the committee's: « le comité » is any of them


def test_a_town_of_the_group_is_no_slip(lecture: Chat) -> None:
    assert "n°3" in sure(lecture, "celle d'il y a six semaines, c'était bien à Decize ?", "meeting_which")
    assert [w.lemma for w in words("à Decize", names={"decize"})][-1] == "decize"


def test_the_sitting_between_two_others(lecture: Chat) -> None:
    assert "Séance n°5" in sure(lecture, "entre la réunion de novembre et celle de janvier, on se voit ?", "meeting_which")
    assert "Aucune séance entre la séance n°3 et la séance n°4" in sure(
        lecture, "entre la réunion d'octobre et celle de novembre, on s'est vus ?", "meeting_which")
    # Several between: offered, not answered.
    several = outcome_of(lecture, "entre la réunion de septembre et celle de janvier on se voit ?")
    assert not several.confident and "n°2, n°3, n°4, n°5" in several.reply.plain()
    # One month alone stays that month's meeting.
    assert "Séance n°4" in sure(lecture, "la réunion de novembre c'était où ?", "meeting_which")
