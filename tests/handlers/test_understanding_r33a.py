"""The young people's chat of blind set 40a (cmj33, the conseil municipal des
jeunes of an invented town of the Gironde, asked by a young councillor on
Tuesday 1 December 2026) missed on its first run, asked in other words, with
the neighbours that must stay as they were:

- a letter stretched for emphasis (« la plénièèère », « quaaand ») is one
  letter; laughter and chat tags (« mdr », « ptdr », « lol », « en vrai »)
  before or after a question name nothing asked; the first person glued to
  its verb (« jdois ») is written whole, and a clause of the asker's own
  after « stp » is the reason; a topic put first with no comma before « on
  en parle … » is resumed by it (youth_chat.py);
- « la réunion du skatepark » is the sitting whose heading says the
  skatepark, not a later one with a point on it (described_meeting.headed);
- « le skate park »: two typed words glued are one of the group's own words
  (sms.joined_pieces);
- « qui préside le CMJ ? »: a body's title held by a member of another body,
  whose role says it before the body's name without its town
  (title_of_body.chair_of_body);
- « le CPE du collège »: a title's initials in both genders
  (role_forms.role_titles);
- « … pour le prochain CMJ »: a body after an order word counts a sitting,
  not its people (ordered_body.py);
- « combien de commissions ? »: the decision counting them
  (sub_groups.py);
- « le tremplin c'est confirmé ? »: a thing settled, checked, is a decision
  (confirmed_check.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cmj() -> Chat:
    return build_group("cmj33")


def meeting(chat: Chat, text: str) -> str:
    """The reply to `text`, a confident answer naming one sitting (the next, or the one designated)."""
    outcome = outcome_of(chat, text)
    assert outcome.confident and outcome.intent in ("meeting_next", "meeting_which"), (text, outcome.intent)
    return outcome.reply.plain()


def test_a_stretched_letter_is_one_letter(cmj: Chat) -> None:
    assert "n°4" in meeting(cmj, "la prochaine plénièèèère c'est quand ???")
    assert "n°4" in meeting(cmj, "la réunionnnn c'est oùùù ?")


def test_laughter_and_chat_tags_name_nothing_asked(cmj: Chat) -> None:
    late = sure(cmj, "ptdr qui est en retard sur ses tâches ?", "tasks_late")
    assert "Élodie Marchand" in late
    assert "Tâches en retard (4)" in sure(cmj, "c quoi les tâches en retard lol", "tasks_late")
    assert "commandes" in sure(cmj, "en vrai tu peux faire quoi ?", "help")


def test_en_vrai_after_ou_asks_in_person() -> None:
    from handlers.understanding.youth_chat import without_youth_chat

    assert without_youth_chat("la CAF, c'est en visio ou en vrai ?") == "la CAF, c'est en visio ou en vrai ?"
    assert without_youth_chat("mdr") == "mdr"  # nothing else: left for the chat readers


def test_the_asker_s_own_clause_after_stp(cmj: Chat) -> None:
    reply = meeting(cmj, "la plénière de mercredi commence à quelle heure stp jdois prévenir ma mère")
    assert "14h00" in reply


def test_a_fronted_topic_resumed_by_on_en_parle(cmj: Chat) -> None:
    assert "n°4" in meeting(cmj, "les canettes on en parle quand ?")
    assert "n°7" in meeting(cmj, "le nom du festival on en parle quand ?")  # read so already, and still


def test_a_sitting_described_by_its_heading(cmj: Chat) -> None:
    # The commission sport of October is headed « projet de skatepark »; the plenary of December only has a point on it.
    assert "n°2" in meeting(cmj, "la réunion du skatepark c'était quand ?")


def test_two_typed_words_of_one_of_the_groups_words(cmj: Chat) -> None:
    assert "parc de la Jalle" in sure(cmj, "le skate park il sera construit où ?", "decisions_topic")


def test_a_body_chaired_from_another_body(cmj: Chat) -> None:
    assert "Nathalie Ferreira" in sure(cmj, "le président du CMJ c'est qui ?", "role_holder")
    # A body named with its town is that town's body: no other town's chair answers (set 15f's non-question).
    from handlers.understanding.title_of_body import chair_of_body

    members = cmj.store.group("cmj33").members()
    assert chair_of_body(members, ["presid"], "Conseil municipal des jeunes de Montferrand-sur-Jalle",
                         "qui préside le conseil municipal des jeunes de Montferrand ?") == []


def test_a_titles_initials_in_both_genders(cmj: Chat) -> None:
    both = sure(cmj, "les CPE c'est qui ?", "role_holder")
    assert "Thomas Dufau" in both and "Amandine Roux" in both
    assert "Thomas Dufau" in sure(cmj, "qui est CPE au collège Jean-Moulin ?", "role_holder")


def test_a_body_after_an_order_word_counts_a_sitting(cmj: Chat) -> None:
    excused = sure(cmj, "qui s'est excusé pour le prochain CMJ ?", "rsvp_upcoming")
    assert "Fatou Diallo" in excused  # of the CAF, not one of the young councillors


def test_the_decision_counting_the_sub_bodies(cmj: Chat) -> None:
    assert "Quatre commissions" in sure(cmj, "il y a combien de commissions ?", "decisions_topic")


def test_a_thing_settled_checked_as_confirmed(cmj: Chat) -> None:
    assert "15 à 25 ans" in sure(cmj, "le tremplin musical est confirmé ?", "decisions_topic")
    # A sitting checked stays the sitting's.
    assert outcome_of(cmj, "la plénière du 9 est confirmée ?").intent in ("meeting_next", "meeting_which")
