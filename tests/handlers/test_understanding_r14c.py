"""Meetings and dates qualified by what they are and whom they gather, that
blind set 22c (aulnay93, Aulnay-sous-Bois' contrat de ville) missed on its
first run, asked in other groups and other words:

- a meeting named by what it is or whom it gathers (« la réunion avec les
  habitants », « la réu publique », « le forum ») is that kind's meeting,
  not a decision holding the words (entities.toml's formations);
- « cette année » of a yearly kind asked when none is left before the new
  year is its coming edition (meeting_kinds.py);
- « qu'est-ce qu'on voit au cotech ? » asks that meeting's agenda;
- a kind in the plural (« les copils de l'année prochaine ? », « les prochains cotechs ») lists them;
- « qui s'est excusé pour le copil ? » when the last copil holds no
  attendance and members announced themselves for the coming one: the
  announcements (kind_announced.py);
- a day and month checked against a place (« le 24 juin c'est à l'hôtel de
  ville ? ») that the nearer year holds no meeting on is next year's
  (day_other_year.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from storage.models import AgendaItem
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(scope="module")
def aulnay() -> Chat:
    return build_group("aulnay93")


@pytest.fixture(scope="module")
def yverdon() -> Chat:
    """The Nord vaudois youth commission: plenaries, a bureau, a workshop in January."""
    return build_group("yverdon")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


@pytest.fixture(scope="module")
def quartier() -> Chat:
    """An invented social centre's partners: a public meeting and a forum ahead, a decision on both."""
    chat = invented_group("quartier", ("Rose Martin", "Centre social des Tilleuls", "Directrice"),
                          ("Paul Girard", "Ville de Bondy", "Chef de projet politique de la ville"))
    data = chat.store.group("quartier")
    data.add_meeting(_at("2026-12-10 18:00"), _at("2026-12-10 20:00"),
                     "Réunion publique avec les habitants, Centre social des Tilleuls", ())
    data.add_meeting(_at("2027-02-06 10:00"), _at("2027-02-06 17:00"), "Forum des associations, Salle Jean-Renoir",
                     (AgendaItem("Stands des associations", "Paul Girard"),))
    data.add_meeting(_at("2027-06-17 18:00"), _at("2027-06-17 20:00"),
                     "Réunion publique avec les habitants, Centre social des Tilleuls", ())
    data.add_decision("Le compte rendu de la réunion publique est diffusé aux habitants sous un mois.",
                      _at("2026-11-05 18:00").date(), None, "Paul Girard", "telegram:coord-1", _at("2026-11-05 18:00"))
    data.add_decision("Les réunions avec les habitants ont lieu au centre social le jeudi soir.",
                      _at("2026-11-05 18:00").date(), None, "Paul Girard", "telegram:coord-1", _at("2026-11-05 18:00"))
    return chat


@pytest.mark.parametrize(("text", "number"), [
    ("la réunion avec les habitants c'est où ?", "n°8"),
    ("c'est quand qu'on rencontre les habitants ?", "n°8"),
    ("la dernière réunion avec les habitants c'était quand ?", "n°3"),
    ("c'est quel jour le forum des associations ?", "n°11"),
    ("le forum c'est où cette année ?", "n°11"),
])
def test_meeting_named_by_whom_it_gathers(aulnay: Chat, text: str, number: str) -> None:
    outcome = outcome_of(aulnay, text)
    assert outcome.confident and outcome.intent in ("meeting_which", "meeting_next", "meeting_last"), text
    assert number in outcome.reply.plain()


@pytest.mark.parametrize(("text", "shown"), [
    ("la réu publique c'est quand ?", "10 décembre"),
    ("la réunion avec les habitants c'est à quelle heure ?", "18h00"),
    ("le forum c'est où cette année ?", "Jean-Renoir"),
])
def test_public_meeting_and_forum_elsewhere(quartier: Chat, text: str, shown: str) -> None:
    outcome = outcome_of(quartier, text)
    assert outcome.confident and outcome.intent in ("meeting_which", "meeting_next"), (text, outcome.intent)
    assert shown in outcome.reply.plain()


def test_this_year_of_a_yearly_workshop(yverdon: Chat) -> None:
    # Asked in December, the workshop of January is this year's edition.
    assert "n°7" in sure(yverdon, "l'atelier c'est où cette année ?", "meeting_which")


@pytest.mark.parametrize(("chat_name", "text", "point"), [
    ("aulnay", "qu'est-ce qu'on voit au cotech ?", "Préparation de la plénière"),
    ("aulnay", "au cotech du 26 janvier on voit quoi ?", "Instruction des dossiers"),
    ("yverdon", "qu'est-ce qu'on voit à la plénière ?", "Élection du bureau"),
    ("yverdon", "on voit quoi au bureau de mardi ?", "Subventions aux associations"),
])
def test_what_is_seen_at_a_meeting_is_its_agenda(request: pytest.FixtureRequest, chat_name: str, text: str,
                                                 point: str) -> None:
    outcome = outcome_of(request.getfixturevalue(chat_name), text)
    assert outcome.confident and outcome.intent in ("agenda_items", "meeting_next", "meeting_which"), text
    assert point in outcome.reply.plain()


def test_a_kind_in_the_plural_lists_its_meetings(aulnay: Chat, yverdon: Chat) -> None:
    reply = sure(aulnay, "les copils de l'année prochaine ?", "meetings_upcoming")
    assert "n°12" in reply and "n°13" in reply and "n°5 " not in reply
    reply = sure(aulnay, "les prochains cotechs ?", "meetings_upcoming")
    assert "n°6" in reply and "n°9" in reply and "n°7" not in reply
    reply = sure(yverdon, "les plénières de l'année prochaine ?", "meetings_upcoming")
    assert "n°8" in reply and "n°9" in reply


def test_who_excused_for_a_kind_is_the_coming_one_announced(aulnay: Chat) -> None:
    reply = sure(aulnay, "qui s'est excusé pour le copil ?", "rsvp_upcoming")
    assert "Hélène Carrère" in reply and "n°5" in reply
    # The last one of the kind asked as such stays the one held, and a recorded one stays what was recorded.
    assert "n°1" in outcome_of(aulnay, "qui était au dernier copil ?").reply.plain()
    assert "n°4" in sure(aulnay, "qui était au cotech ?", "attendance_meeting")


def test_a_day_without_its_year_is_the_year_a_meeting_falls_on(aulnay: Chat, quartier: Chat) -> None:
    assert "n°13" in sure(aulnay, "le 24 juin c'est à l'hôtel de ville ?", "meeting_which")
    assert "17 juin 2027" in outcome_of(quartier, "le 17 juin c'est au centre social ?").reply.plain()
    # A day the nearer year holds a meeting on stays that one.
    assert "n°1" in outcome_of(aulnay, "le 17 septembre c'était à Bobigny ?").reply.plain()


def test_when_the_minutes_are_sent_is_the_rule_decided(aulnay: Chat, quartier: Chat) -> None:
    # minutes_rule.py: the passive of sending asked « quand » with a decision holding the words.
    assert "quinze jours" in sure(aulnay, "le compte rendu du copil est envoyé quand ?", "decisions_topic")
    assert "un mois" in sure(quartier, "le compte rendu est diffusé quand ?", "decisions_topic")
    # The minutes asked as such stay the minutes.
    assert "n°4" in sure(aulnay, "le compte rendu du dernier cotech ?", "minutes_request")


def test_a_weekday_after_un_checks_the_day_of_a_kinds_meeting(aulnay: Chat, yverdon: Chat) -> None:
    # « c'est un mercredi ? » names no day of this week: the kind's next meeting, shown with its weekday.
    assert "mercredi 16 décembre" in sure(yverdon, "la plénière c'est un mercredi ?", "meeting_which")
    assert "samedi 13 mars" in sure(aulnay, "le forum des assos c'est un samedi ?", "meeting_which")


def test_a_day_to_come_in_the_present_is_the_coming_meeting(aulnay: Chat) -> None:
    # kind_announced.one_day_ahead: not the last copil held (September's, never recorded).
    assert "n°5" in outcome_of(aulnay, "il y a du monde au copil jeudi ?").reply.plain()
