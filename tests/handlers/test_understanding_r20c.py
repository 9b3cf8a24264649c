"""Attendance asked in plain French that blind set 28c (comminges31, the
employment and insertion network of the Comminges, asked by its coordinator
on Tuesday 1 December 2026) missed on its first run, asked in other words
in set 19h's group (ccas71: n°3 at the CAF in October, 9 present; n°4 at Le
Creusot on 26 November, 11 present, 3 excused; n°5 at Cluny on 17 December,
5 announced present, Rachid Meziane excused; the asker present everywhere
and announced for Cluny):

- a count or a crowd said with « on » or « y aura », coming said by an idiom
  (« faire le déplacement », « s'être déplacé », « prévenir de son
  absence », « envoyer quelqu'un »), someone else's « a confirmé / a répondu
  pour … », the asker's « t'as noté que je … ? » (what the asker announced
  or was marked, never a yes), « le quorum était atteint ? » (who came), the
  tense saying which list (coming_cues.py);
- a body named by the words of a member's role asked present at a sitting
  (role_body_presence.py);
- a quorum recorded as « délibère valablement si … » (group_rules.py).
And what those cues must leave alone."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ccas() -> Chat:
    return build_group("ccas71")


@pytest.mark.parametrize(("text", "intent", "shown"), [
    # A count or a crowd of « on », « y aura »: the sitting's list, by the tense.
    ("on était nombreux en octobre ?", "attendance_meeting", "Présents (9)"),
    ("on sera combien à Cluny ?", "rsvp_upcoming", "5 présents"),
    ("il y aura du monde le 17 ?", "rsvp_upcoming", "5 présents"),
    # Coming, or not, said by an idiom.
    ("qui s'est déplacé au Creusot ?", "attendance_meeting", "Présents (11)"),
    ("qui a fait le déplacement en octobre ?", "attendance_meeting", "Présents (9)"),
    ("la CPAM a envoyé quelqu'un en octobre ?", "attendance_meeting", "Rachid Meziane"),
    ("qui avait prévenu de son absence le 26 ?", "attendance_meeting", "Excusés (3)"),
    ("qui a prévenu qu'il ne viendrait pas à Cluny ?", "rsvp_upcoming", "Rachid Meziane"),
    # Someone else's answer to a sitting ahead, the town of the sitting being also her body's.
    ("est-ce que Corinne a confirmé pour Cluny ?", "rsvp_upcoming", "a annoncé sa présence"),
    ("Rachid a répondu pour le 17 ?", "rsvp_upcoming", "a présenté ses excuses"),
    ("les confirmations pour Cluny ?", "rsvp_upcoming", "Corinne Duvernay"),
    # The asker's own, asked of what was noted.
    ("vous avez bien noté que je viens le 17 ?", "rsvp_upcoming", "Vous avez annoncé votre présence"),
    ("t'as noté que j'étais excusée le 26 ?", "attendance_meeting", "Vous figurez parmi les présents"),
    # Whether the quorum was reached: who came.
    ("le quorum était atteint en octobre ?", "attendance_meeting", "Présents (9)"),
    # A body named by the words of a member's role (« Conseillère du point conseil budget », at the UDAF).
    ("le point conseil budget était représenté au Creusot ?", "attendance_meeting", "Odile Perrot"),
    ("le point conseil budget sera là à Cluny ?", "rsvp_upcoming", "rien annoncé"),
])
def test_presence_asked_in_other_words(ccas: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(ccas, text, intent)


def test_what_the_asker_never_announced_is_said_with_the_commands() -> None:
    chat = build_group("comminges31")
    reply = sure(chat, "vous avez bien noté que je pourrai pas venir jeudi ?", "rsvp_upcoming")
    assert reply.startswith("Vous n'avez rien annoncé") and "/excuse" in reply


def test_a_quorum_recorded_without_its_name_is_the_rule() -> None:
    chat = build_group("comminges31")
    assert "délibère valablement" in sure(chat, "il faut combien de membres pour le quorum ?", "decisions_topic")


@pytest.mark.parametrize("text", [
    "je suis en déplacement jeudi",
    "la CAF a répondu à notre courrier",
    "t'as noté le numéro de la salle ?",
    "Paul a confirmé le traiteur pour Cluny ?",
    "Corinne, t'as fait le déplacement pour rien hier",
])
def test_what_the_cues_leave_alone(ccas: Chat, text: str) -> None:
    outcome = outcome_of(ccas, text)
    assert not (outcome.confident and outcome.intent in ("attendance_meeting", "rsvp_upcoming")), outcome.reply.plain()
