"""The asker's own business, of blind set 49b (mjc35, the conseil
d'administration of an invented MJC of Rennes Métropole, asked by an elected
parent on Tuesday 1 December 2026), missed on its first run, asked in other
words, with the neighbours that must stay as they were:

- the last meeting one came to (« la dernière fois que je suis venu »):
  the latest one whose attendance marks them present, not the group's last
  (last_presence.py, answers_attendance.py, settle.py);
- one's own seat (« je fais toujours partie du CA ? », « je siège dans
  quelle commission ? ») and stand-in (« qui me remplace ? »): one's card
  and the role saying « suppléante de … » (own_body.py, seats.py);
- « c'est à moi de … ? » and « la salle, je l'ai bien réservée ? »: the
  task, as « c'est moi qui dois … ? » and « j'ai bien réservé … ? » read
  it (own_turn.py); « réservée » after « avoir » is no rule « réservé à »
  (eligibility.py);
- « je suis convoqué mardi ? »: the sitting, not the day's dates
  (settle.py, intents.toml);
- « j'ai raté quoi le 19 ? », « j'étais pas là au dernier CA, vous avez
  décidé quoi ? »: the decisions of that sitting (intents.toml,
  decided_questions.py);
- « on m'a (bien) mis excusé ? »: the asker's mark (answers_attendance.py,
  intents.toml);
- « qui d'autre vient de chez nous ? » when the meetings are held at the
  asker's body: its people (own_body.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def mjc() -> Chat:
    return build_group("mjc35")


def test_the_last_meeting_one_came_to(mjc: Chat) -> None:
    reply = sure(mjc, "la dernière fois que je suis venue, c'était quelle réunion ?", "attendance_meeting")
    assert "présents de la séance n°2" in reply  # excused at n°3, the group's last
    assert "séance n°3" in sure(mjc, "la dernière fois que Lilou est venue c'était quand ?", "attendance_meeting")
    # Neighbours: whether one was at the last meeting, and who was, keep the last meeting.
    assert "excusés de la séance n°3" in sure(mjc, "j'étais là la dernière fois ?", "attendance_meeting")
    assert "Présents (14)" in sure(mjc, "qui était là la dernière fois ?", "attendance_meeting")


def test_ones_own_seat_and_stand_in(mjc: Chat) -> None:
    for question in ("est-ce que je fais encore partie du conseil ?", "je siège dans quelle commission moi ?"):
        reply = sure(mjc, question, "who_is")
        assert "Erwan Collet" in reply and "commission programmation" in reply
    assert "Maëlle Rouxel" in sure(mjc, "qui me remplacera mardi si je suis malade ?", "role_holder")
    assert "Maëlle Rouxel" in sure(mjc, "qui est la suppléante d'Erwan Collet ?", "role_holder")
    # Being at one's office is news, not a question on one's seat.
    assert not outcome_of(mjc, "je suis au bureau, j'arrive dans 5 min").confident


def test_ones_own_work(mjc: Chat) -> None:
    reply = sure(mjc, "c'est à moi de réserver la salle pour le festival ?", "in_charge")
    assert "pilote : Erwan Collet" in reply
    assert "Bertrand Josselin" in sure(mjc, "c'est à moi de chiffrer l'aménagement de l'espace jeunes ?", "in_charge")
    reply = sure(mjc, "la salle des fêtes, je l'ai déjà réservée ?", "in_charge")
    assert "(faite)" in reply and "Réserver la salle des fêtes" in reply
    # The rule « réservées aux 14-25 ans » still answers a question on whom it is for; « c'est à moi de voir » is chat.
    assert "14-25 ans" in sure(mjc, "les scènes ouvertes sont réservées à qui ?", "decisions_topic")
    assert not outcome_of(mjc, "c'est à moi de voir avec Katell").confident


def test_called_to_the_sitting(mjc: Chat) -> None:
    assert "Séance n°4" in sure(mjc, "je suis convoquée le 8 ?", "meeting_which")
    assert "n°4" in sure(mjc, "je suis convoqué quand ?", "meeting_next")
    assert "n°4" in sure(mjc, "je suis convoquée pour le 8 décembre ?", "meeting_which")
    # What falls on a day, asked without a call to a sitting, keeps the day's dates.
    assert "Agenda le mardi 8 décembre" in sure(mjc, "qu'est-ce qui est prévu mardi ?", "dates_period")


def test_what_one_missed(mjc: Chat) -> None:
    assert "Décisions de la séance n°3" in sure(mjc, "j'ai loupé quoi le 19 novembre ?", "decisions_recent")
    assert "Décisions de la séance n°3" in sure(mjc, "j'étais absent au dernier CA, qu'est-ce que vous avez décidé ?",
                                                "decisions_recent")
    # A day without a sitting is said so, not answered with another's decisions.
    assert not outcome_of(mjc, "j'ai raté quoi le 8 ?").confident


def test_ones_own_mark(mjc: Chat) -> None:
    assert "excusés de la séance n°3" in sure(mjc, "vous m'avez mis excusée le 19 ?", "attendance_meeting")
    assert "présents de la séance n°1" in sure(mjc, "on m'a bien noté présent en septembre ?", "attendance_meeting")


def test_the_others_of_ones_body(mjc: Chat) -> None:
    reply = sure(mjc, "qui d'autre est de chez nous ?", "org_representative")
    assert "Katell Morvan" in reply and "Hélène Bouvier" not in reply
    # Who comes on a day is not who is of the body: not guessed.
    assert not outcome_of(mjc, "qui vient de chez nous mardi ?").confident
