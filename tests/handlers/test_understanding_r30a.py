"""What blind set 37a (cls-jura39, the comité de suivi of a contrat local
de santé in the Jura, asked by a member who has just joined the group on
Tuesday 1 December 2026: A NEWCOMER'S FIRST WEEKS) missed on its first
run, asked in other words, in that group or in another (velo28, whose
comité de suivi sits between workshops), with the neighbours that must
stay as they were:

- « le dernier / précédent comité de suivi » where the group's meeting
  headings name that kind beside others: the last of those sittings, not
  the last sitting of any kind (sitting_headings.py, phrases.py);
- « il y aura quoi au forum santé ? »: what a sitting holds, its agenda
  (meeting_programme._there_is), not a decision sharing « aura »;
- decisions asked of « le premier comité de suivi »: those of the first
  held of the sittings so headed (answers_records._ordered_sitting), the
  sitting and its order word no topic (decided_questions.py,
  sitting_headings.headed_sitting_words), and what was decided at a
  sitting picked by its order no task question (meeting_decisions.py);
- « … seront présentés au comité de suivi ? »: « présentés » with its
  accent is « présenter », a point brought up, not who is present
  (accented_participle.py); a sitting named as its meetings are headed
  designates them as a formation does, and presenting is no word of the
  point (agenda_check.py);
- « France Assos Santé »: a capitalised word of a body's name that chat
  shorthand writes out (« assos ») stays as typed (name_shorthand.py);
- « c'est quoi le comité technique ? »: what the decisions say of the
  instance, not its next sitting (kind_defined.py);
- « je peux te demander quoi ? »: what the bot answers, the help
  (bot_named.asks_what_to_ask);
- « combien de personnes seront formées … ? »: people asked for in general,
  counted by a decision by their kind (« Vingt professionnels et
  bénévoles »: decision_facts._ANY_PEOPLE)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cls() -> Chat:
    return build_group("cls-jura39")


@pytest.fixture(scope="module")
def velo() -> Chat:
    return build_group("velo28")


def test_the_previous_sitting_of_a_kind_headed_so_is_the_last_of_them(cls: Chat) -> None:
    reply = sure(cls, "le précédent comité de suivi s'est tenu où ?", "meeting_last")
    assert "n°1" in reply and "salle du conseil communautaire" in reply, reply


def test_the_last_sitting_without_a_kind_is_still_the_last_of_all(cls: Chat) -> None:
    reply = sure(cls, "la dernière réunion s'est tenue où ?", "meeting_last")
    assert "n°3" in reply and "mairie d'Arinthod" in reply, reply


@pytest.mark.parametrize(("chat", "text", "point"), [
    ("cls", "il y a quoi au forum santé de mai ?", "Stands des professionnels de santé"),
    ("velo", "il y aura quoi à l'atelier stationnement ?", "Abris vélos sécurisés en gare"),
])
def test_what_there_will_be_at_a_sitting_is_its_agenda(request: pytest.FixtureRequest, chat: str, text: str,
                                                      point: str) -> None:
    reply = sure(request.getfixturevalue(chat), text, "agenda_items")
    assert point in reply, reply


@pytest.mark.parametrize("text", ["qu'est-ce qui a été décidé au premier comité de suivi ?",
                                  "qu'est-ce qu'on avait acté au premier comité de suivi ?",
                                  "on avait tranché quoi au premier comité de suivi ?"])
def test_the_first_sitting_headed_so_gives_its_decisions(cls: Chat, text: str) -> None:
    reply = sure(cls, text, "decisions_recent")
    assert "séance n°1" in reply and "trois fois par an" in reply, reply


@pytest.mark.parametrize(("text", "point"), [
    ("l'installation de la téléconsultation sera présentée au comité de suivi ?", "Installation de la téléconsultation"),
    ("on parle du bus santé au comité de suivi ?", "bus santé itinérant"),
])
def test_a_point_checked_at_a_sitting_headed_so(cls: Chat, text: str, point: str) -> None:
    reply = sure(cls, text, "agenda_items")
    assert point in reply and "n°4" in reply, reply


def test_present_without_its_participle_accent_is_still_who_came(cls: Chat) -> None:
    assert outcome_of(cls, "les personnes présentes le 12 novembre ?").intent == "attendance_meeting"


def test_a_shorthand_word_inside_a_bodys_name_keeps_the_body(cls: Chat) -> None:
    reply = sure(cls, "qui représente France Assos Santé ?", "org_representative")
    assert "Denis Gros" in reply, reply


@pytest.mark.parametrize(("chat", "text", "said"), [
    ("cls", "c'est quoi exactement le cotech ?", "prépare ses séances"),
    ("velo", "c'est quoi le comité de suivi ?", "séance plénière"),
])
def test_what_an_instance_is_is_what_the_decisions_say(request: pytest.FixtureRequest, chat: str, text: str,
                                                      said: str) -> None:
    reply = sure(request.getfixturevalue(chat), text, "decisions_topic")
    assert said in reply, reply


def test_the_next_sitting_of_a_kind_is_still_its_meeting(cls: Chat) -> None:
    reply = sure(cls, "c'est quand le prochain cotech ?", "meeting_which")
    assert "n°6" in reply, reply


@pytest.mark.parametrize("text", ["qu'est-ce qu'on peut te demander ?", "pardon je débute, je peux vous demander quoi ?"])
def test_what_the_bot_may_be_asked_is_the_help(velo: Chat, text: str) -> None:
    assert outcome_of(velo, text).intent == "help"


def test_asking_a_member_for_something_is_no_help(velo: Chat) -> None:
    assert outcome_of(velo, "je peux te demander quoi pour la salle ?").intent != "help"


def test_people_counted_in_general_are_the_decisions_count_of_their_kind(cls: Chat) -> None:
    reply = sure(cls, "combien de gens on forme aux premiers secours en santé mentale ?", "decisions_topic")
    assert "Vingt professionnels" in reply, reply
