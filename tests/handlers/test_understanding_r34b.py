"""Where and how to join a meeting, of blind set 41b (clsm05, the conseil
local de santé mentale of an invented communauté de communes of the
Hautes-Alpes, asked by the Maison des adolescents' psychologist on Tuesday
1 December 2026), missed on its first run, asked in other words, with the
neighbours that must stay as they were:

- how one joins (« on pourra participer à distance ? », « je peux me
  connecter en visio pour … ? », « c'est en hybride ? », « accessible à
  distance ») asks how the meeting named is held: that meeting, its place
  shown; a trailing alternative of modes (« …, sur place ou en visio ? ») is
  left out of the question before it; « je suivrai à distance » is news
  (joining_mode.py);
- « dans la même salle que d'habitude » asks where the meeting named is, and
  the weather or a strike (« malgré le verglas ») is left out of a question
  on a meeting (meeting_circumstance.py);
- « c'est pour quelle réunion ? » asks for a sitting, never a decision's
  slot (decision_slots.py);
- « les plénières se font toujours au même endroit ? »: the kind of sitting
  names which meetings, no place; the rule on where they are held answers
  (usual_place.py);
- the event a steering sitting's heading names (« Comité de pilotage des SISM
  2027 ») asked by its own name is the decision dating it, while the
  committee asked by its name stays the sitting (steered_event.py);
- « tu me remets / redonnes … ? » hands over again (explained.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clsm() -> Chat:
    return build_group("clsm05")


@pytest.fixture(scope="module")
def access() -> Chat:
    return build_group("access80")


def test_how_one_joins_asks_how_the_meeting_is_held(clsm: Chat) -> None:
    plenary = sure(clsm, "est-ce qu'on pourra participer à distance à l'assemblée de jeudi ?", "meeting_which")
    assert "n°5" in plenary and "+ Teams" in plenary
    assert "n°6" in sure(clsm, "le groupe de travail du 12 janvier, on peut le suivre en distanciel ?", "meeting_which")
    assert "n°5" in sure(clsm, "l'assemblée de décembre sera en hybride ?", "meeting_which")
    assert "n°4" in sure(clsm, "Le comité de pilotage de novembre était-il accessible à distance ?", "meeting_which")
    # The modes offered after the question qualify it: the announcements of Thursday.
    assert "Annoncés présents" in sure(clsm, "qui sera là jeudi à la plénière, en visio ou sur place ?", "rsvp_upcoming")
    # News, and a statement of how one will join: nothing for the bot.
    for text in ("je suivrai la plénière à distance", "je serai en visio jeudi, la route est fermée",
                 "on pourra suivre à distance, super"):
        assert not outcome_of(clsm, text).confident, text


def test_a_place_compared_and_the_weather_leave_the_meeting_asked(clsm: Chat) -> None:
    assert "n°5" in sure(clsm, "la plénière de jeudi a lieu dans la même salle que d'habitude ?", "meeting_which")
    assert "n°5" in sure(clsm, "la réunion de jeudi est maintenue malgré le verglas ?", "meeting_which")
    assert not outcome_of(clsm, "la réunion est maintenue malgré le verglas, à jeudi !").confident


def test_for_which_meeting_asks_for_a_sitting(clsm: Chat) -> None:
    # A decision holds the place's words too (the listening desk at the Maison des saisonniers): the sitting is
    # asked, which the decision never answers (the meetings' reading is offered, or given).
    for text in ("on va à la maison des saisonniers pour quelle réunion ?",
                 "à la maison des saisonniers on a quelle séance ?"):
        outcome = outcome_of(clsm, text)
        assert outcome.intent == "meeting_which" or not outcome.confident, (text, outcome.intent)
        assert "Décision" not in outcome.reply.plain(), text


def test_a_kind_of_sitting_in_the_same_place_asks_the_rule(clsm: Chat) -> None:
    assert "alternativement" in sure(clsm, "les assemblées plénières se font toujours au même endroit ?",
                                     "decisions_topic")


def test_the_event_a_committee_steers_is_the_decision_dating_it(clsm: Chat) -> None:
    assert "5 au 18 octobre" in sure(clsm, "c'est quand les SISM 2027 ?", "decisions_topic")
    assert "5 au 18 octobre" in sure(clsm, "les SISM 2027, c'est quand exactement ?", "decisions_topic")
    # The committee itself, named by its kind: the sitting.
    assert "n°4" in sure(clsm, "le comité de pilotage des SISM c'était quand ?", "meeting_which")


def test_handing_over_again_is_a_request(clsm: Chat, access: Chat) -> None:
    assert "deuxième jeudi" in sure(clsm, "tu me remets la décision n°5 ?", "decision_number")
    assert "1,40 mètre" in sure(access, "tu me redonnes la décision numéro 5 stp ?", "decision_number")
