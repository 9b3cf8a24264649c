"""Questions that are not for the bot, beside real ones, of blind set 45c
(oms85, the bureau élargi of an invented Vendée town's office municipal des
sports, asked by the swimming club's president on Tuesday 1 December 2026),
missed on its first run, asked in other words, with the neighbours that
must stay as they were:

- « personne n'a la clé ? », « personne n'a vu mon chargeur ? » ask the
  members for a thing, not the decision on keys; « quelqu'un a les
  décisions de la dernière réunion ? », « personne n'a le CR de la dernière
  réunion ? » ask for the group's own records (chat.py);
- « t'es où ? on t'attend devant le gymnase » asks a member where they are
  (chat.whereabouts);
- « sérieux, … », « franchement, … » open a question in exasperation
  (moods.py); « …, quelqu'un sait ? » closing a who-question asks it of
  everyone, the bot among them (chat.py);
- « qui s'occupe de l'USEP chez nous ? »: « chez nous » after another
  member's body is the group, not the asker's club (own_body.py);
- « le club de tennis a trouvé un nouveau président ? »: another club than
  the one the decisions speak of (decision_lead.py);
- « la réunion de la piscine » when two sittings' headings say « piscine »:
  the place's readers choose, not the one with no agenda (described_meeting);
- « c'est quand les trophées ? » is the sitting that is the event, not a
  deadline done for it; « le Téléthon c'est quel jour ? » is the decision
  dating it, not the past sitting that discussed it (event_sitting.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.moods import without_mood
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def oms() -> Chat:
    return build_group("oms85")


@pytest.mark.parametrize("text", [
    "personne n'a la clé ?", "sérieux, personne n'a la clé ?", "personne n'a vu mon chargeur ?",
    "quelqu'un a la clé du local ?", "t'es où ? on t'attend devant le gymnase", "tu es où ?",
    "le club de tennis a trouvé un nouveau président ?", "franchement, ça vous étonne ?",
])
def test_questions_for_the_members_get_no_answer(oms: Chat, text: str) -> None:
    assert not outcome_of(oms, text).confident


def test_the_group_s_records_asked_of_the_room(oms: Chat) -> None:
    assert "Décisions de la séance n°3" in sure(oms, "quelqu'un a les décisions de la dernière réunion ?",
                                                "decisions_recent")
    assert "séance n°3" in sure(oms, "personne n'a le CR de la dernière réunion ?", "minutes_request")
    assert "n°4" in sure(oms, "quelqu'un a la date de la prochaine réunion ?", "meeting_next")
    # Neighbour: another body's minutes stay the members'.
    assert not outcome_of(oms, "quelqu'un a le compte rendu du conseil municipal de Nantes ?").confident


def test_minutes_of_a_day_asked_of_the_room() -> None:
    # « PV » read as « procès-verbal », of the sitting of a day (set 18fb, unsure before).
    assert "n°3" in sure(build_group("bienne-integration"), "quelqu'un a le PV du 26 novembre ?", "minutes_request")


def test_nobody_did_a_task_is_still_asked_of_the_bot() -> None:
    # « personne n'a encore envoyé … ? »: a task's state, not a thing sought (set 28a).
    assert "en retard" in sure(build_group("clsbray"), "personne n'a encore envoyé le compte rendu du 19 ?",
                               "in_charge")


def test_exasperation_opening_a_question() -> None:
    assert without_mood("sérieux, la réunion du 10 elle commence à 19h ?") == "la réunion du 10 elle commence à 19h ?"
    assert without_mood("franchement, c'est où jeudi ?") == "c'est où jeudi ?"
    # Neighbour: without its comma « sérieux » may be what is asked of.
    assert without_mood("un motif sérieux suffit ?") == "un motif sérieux suffit ?"


def test_exasperated_and_tagged_questions(oms: Chat) -> None:
    assert "19h00" in sure(oms, "sérieux, la réunion du 10 elle commence à 19h ou 19h30 ?", "meeting_which")
    assert "Bernard Girard" in sure(oms, "Sophie demande qui représente le CDOS, quelqu'un sait ?",
                                    "org_representative")
    assert "Bernard Girard" in sure(oms, "qui représente le CDOS, quelqu'un sait ?", "org_representative")


def test_chez_nous_after_another_body_is_the_group(oms: Chat) -> None:
    assert "Damien Fradet" in sure(oms, "qui s'occupe de l'USEP chez nous ?", "org_representative")
    assert "Bernard Girard" in sure(oms, "qui représente le CDOS chez nous ?", "org_representative")
    # Neighbour: « de chez nous » alone is still the asker's club.
    assert "Émilie Guéry" in sure(oms, "qui vient de chez nous jeudi 10 ?", "rsvp_upcoming")


def test_another_club_is_not_the_decisions_club(oms: Chat) -> None:
    # Neighbour: the piscine the decision names is answered.
    assert "deux lignes d'eau" in sure(oms, "la piscine Aqualay réserve combien de lignes d'eau ?", "decisions_topic")


def test_a_sitting_two_headings_name(oms: Chat) -> None:
    assert "séance n°5" in sure(oms, "qu'est-ce qu'on voit à la réunion de la piscine ?", "agenda_items")
    assert "séance n°5" in sure(oms, "l'ordre du jour de la réunion de la piscine ?", "agenda_items")
    assert "n°5" in sure(oms, "la réunion de la piscine c'est quand ?", "meeting_which")


def test_an_event_and_the_sittings(oms: Chat) -> None:
    assert "n°6" in sure(oms, "c'est quand les trophées déjà ?", "meeting_which")
    assert "n°6" in sure(oms, "les trophées c'est quand ?", "meeting_which")
    assert "5 décembre" in sure(oms, "le Téléthon c'est quel jour ?", "decisions_topic")
    # Neighbours: the deadline done for the event, the task's verb, the sitting named by its noun.
    assert "18 décembre" in sure(oms, "les propositions pour les trophées, date limite ?", "dates_period")
    assert "8 janvier" in sure(oms, "on commande les trophées quand ?", "in_charge")
    assert "n°3" in sure(oms, "le bureau du Téléthon c'était quand ?", "meeting_which")


def test_minutes_out_are_the_minutes(oms: Chat) -> None:
    # « … il est sorti ? » asks for the minutes themselves, as set 39c's « le PV … n'est pas encore sorti ? » (a label
    # slip of 45c's writer, who first asked the task writing them).
    assert "compte rendu de la séance n°3" in sure(oms, "le CR du 19 il est sorti ?", "minutes_request")
    assert "séance n°3" in sure(oms, "le compte rendu du 19 novembre ?", "minutes_request")
