"""Periods written in words (blind set 18b), tested on other groups: from
November « avant les vacances » ends the Friday before France's Christmas
school holidays (19/12/2026 to 04/01/2027, the same in every zone) and
« la rentrée » is January's; « d'ici la fin du trimestre », « en début
d'année », « de 2027 ». Holidays whose dates depend on the zone or the
canton (« les vacances de février », any holidays in a Swiss group) are
not guessed: the bot says so and asks. NOW is Tuesday 1 December 2026."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.demo import DEMO_SLUG
from handlers.understanding.normalise import words
from handlers.understanding.periods import find_period
from handlers.understanding.school_periods import christmas_holidays
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat

PARIS_NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.fixture(scope="module")
def jobs() -> Chat:
    """Deadlines on 11/12, 18/12, 21/01 and 01/03; meetings on 08/12 and 02/02."""
    return build_group("emploi93")


@pytest.fixture(scope="module")
def geneva() -> Chat:
    return build_group(DEMO_SLUG)


def span(text: str, now: datetime = PARIS_NOW) -> tuple[date, date] | None:
    period = find_period(words(text), now)
    return (period.start, period.end) if period is not None else None


def test_the_christmas_holidays_are_france_s() -> None:
    assert christmas_holidays(2026) == (date(2026, 12, 19), date(2027, 1, 4))
    assert christmas_holidays(2027) == (date(2027, 12, 18), date(2028, 1, 3))


@pytest.mark.parametrize("text,expected", [
    ("avant les vacances", (date(2026, 12, 1), date(2026, 12, 19))),
    ("d'ici les vacances", (date(2026, 12, 1), date(2026, 12, 19))),
    ("à la rentrée", (date(2027, 1, 4), date(2027, 2, 1))),
    ("la semaine de la rentrée", (date(2027, 1, 4), date(2027, 1, 11))),
    ("d'ici la fin du trimestre", (date(2026, 12, 1), date(2027, 1, 1))),
    ("avant la fin du semestre", (date(2026, 12, 1), date(2027, 1, 1))),
    ("en début d'année", (date(2027, 1, 1), date(2027, 3, 1))),
    ("les réunions de 2027", (date(2027, 1, 1), date(2028, 1, 1))),
])
def test_periods_in_words(text: str, expected: tuple[date, date]) -> None:
    assert span(text) == expected


def test_the_rentree_is_september_s_outside_the_winter() -> None:
    spring = datetime(2027, 4, 6, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert span("à la rentrée", spring) == (date(2027, 9, 1), date(2027, 10, 1))
    assert span("avant les vacances", spring) is None  # the spring holidays differ by zone


@pytest.mark.parametrize("text", ["avant les vacances", "la semaine de la rentrée", "à la rentrée",
                                  "avant les vacances de février", "le budget 2027"])
def test_holidays_not_dated_are_no_period(text: str) -> None:
    zurich = PARIS_NOW.astimezone(ZoneInfo("Europe/Zurich"))
    assert span(text, zurich if "février" not in text and "budget" not in text else PARIS_NOW) is None


@pytest.mark.parametrize("question,shown,not_shown", [
    ("qu'est-ce qu'on doit rendre avant les vacances ?", "bilan des clauses", "Forum des métiers"),
    ("les échéances d'ici la fin du trimestre ?", "bilan des clauses", "Forum des métiers"),
    ("à la rentrée, on a quoi comme échéances ?", "Forum des métiers", "bilan des clauses"),
    ("les dates limites en début d'année ?", "Forum des métiers", "fonds départemental"),
])
def test_deadlines_of_a_period_in_words(jobs: Chat, question: str, shown: str, not_shown: str) -> None:
    reply = jobs.say(question, private=True)
    assert shown in reply and not_shown not in reply


def test_meetings_of_a_period_in_words(jobs: Chat) -> None:
    assert jobs.say("la semaine de la rentrée on a réunion ?", private=True).startswith(
        "Aucune séance la semaine de la rentrée (du 04/01 au 10/01/2027)")
    assert "n°4" in jobs.say("la première réunion de 2027 c'est quand ?", private=True).splitlines()[0]
    # None in January: said so, then the first one after the day back (not the one before the holidays).
    reply = jobs.say("à la rentrée on se revoit quand ?", private=True).splitlines()
    assert reply[0] == "Aucune séance à la rentrée de janvier (du 04/01 au 31/01/2027)." and "n°4" in reply[1]


@pytest.mark.parametrize("question", ["qu'est-ce qu'on a avant les vacances de février ?",
                                      "on a une réunion pendant les vacances de Pâques ?"])
def test_zone_holidays_are_asked_not_guessed(jobs: Chat, question: str) -> None:
    reply = jobs.say(question, private=True)
    assert reply.startswith("Je ne sais pas dater ces vacances") and "zone" in reply


@pytest.mark.parametrize("question", ["qu'est-ce qu'on a avant les vacances ?", "la réunion de la rentrée c'est quand ?"])
def test_a_swiss_group_s_holidays_are_asked_not_guessed(geneva: Chat, question: str) -> None:
    reply = geneva.say(question, private=True)
    assert reply.startswith("Je ne sais pas dater") and "canton" in reply
