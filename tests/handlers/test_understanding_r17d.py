"""Who sits where, counted and listed, and the officers of bodies, that blind
set 25d (cil76, the conférence intercommunale du logement of the Métropole
Rouen Normandie, asked by its secretary on Tuesday 1 December 2026) missed on
its first run; asked here in other words, in its group and in small invented
ones:

- seats of one kind listed or counted, a college's members, one member's
  stand-in, one member's seat (seats.py);
- a title held « of » a body before one merely held by a member who also
  names the body (title_of_body.py), and over the group's own name when no
  body is said (« la vice-présidence »);
- the group's kind and name: the CIL as a kind of partnership (lexicon.toml
  `group_kinds`), its name as no meeting place, its opening (« la conférence
  intercommunale ») as the group, « de la conférence » after a title
  (own_group.py);
- a member's name in another's role (« suppléant de Nadège Vasseur ») is no
  body (role_bodies.py);
- « tous les combien » asks the meetings' rhythm (meeting_rule.py);
- assent (« ok pour moi … », « +1 pour … ») is chat (chat.py);
- a body's tasks asked as « X a quoi à faire ? » (intents.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cil() -> Chat:
    """Set 25d's group: 21 members in five colleges, titulaires and suppléants, three associate members."""
    return build_group("cil76")


@pytest.mark.parametrize(("text", "shown", "left_out"), [
    # The seats of one kind, listed or counted, with their number.
    ("les suppléantes c'est qui ?", "Fatou Diallo", "• Nadège Vasseur"),
    ("on a combien de membres de droit ?", "Membres de droit (2)", "• Claire Mabire"),
    ("liste des titulaires stp", "Régis Anquetil", "• Patrice Lemonnier"),
    ("quels sont les membres associés de la conférence ?", "Manon Letellier", "• Isabelle Quesnel"),
])
def test_the_seats_of_one_kind_are_listed(cil: Chat, text: str, shown: str, left_out: str) -> None:
    reply = sure(cil, text, "role_holder")
    assert shown in reply and left_out not in reply


@pytest.mark.parametrize(("text", "shown", "left_out"), [
    ("dans le collège de l'État il y a qui ?", "Mélanie Duval", "• Nadège Vasseur"),
    ("c'est qui le collège des associations ?", "Benoît Carpentier", "• Thierry Poulain"),
])
def test_a_college_is_its_members(cil: Chat, text: str, shown: str, left_out: str) -> None:
    reply = sure(cil, text, "in_charge")
    assert shown in reply and left_out not in reply


@pytest.mark.parametrize(("text", "deputy"), [
    ("qui est le suppléant de Laurence Thibout ?", "Olivier Fréret"),
    ("qui remplace Thierry Poulain quand il est absent ?", "Fatou Diallo"),
    ("la suppléante du sous-préfet c'est qui ?", "Mélanie Duval"),
])
def test_a_members_stand_in_is_the_role_saying_so(cil: Chat, text: str, deputy: str) -> None:
    reply = sure(cil, text, "role_holder")
    assert deputy in reply and "Suppléance de" in reply


def test_a_members_own_seat_is_their_card(cil: Chat) -> None:
    reply = sure(cil, "Olivier Fréret il est titulaire ?", "who_is")
    assert "suppléant de Laurence Thibout" in reply


@pytest.mark.parametrize("text", [
    "je vous envoie la liste des suppléants ce soir",
    "Fatou, tu es suppléante en janvier ?",
    "ok pour moi pour la plénière de janvier",
    "+1 pour la proposition de Fatou",
])
def test_chat_about_seats_and_assent_is_left_alone(cil: Chat, text: str) -> None:
    assert not outcome_of(cil, text).confident


def test_a_seat_word_in_a_deadline_question_is_no_list_of_seats(cil: Chat) -> None:
    outcome = outcome_of(cil, "la désignation des suppléants des usagers c'est pour quand ?")
    assert outcome.intent != "role_holder" and "Suppléants (" not in outcome.reply.plain()


def test_a_title_of_the_body_before_a_title_held_elsewhere(cil: Chat) -> None:
    reply = sure(cil, "qui est le vice-président de la conférence intercommunale du logement ?", "role_holder")
    assert "Yann Lebourg" in reply and "Isabelle Quesnel" not in reply
    reply = sure(cil, "la vice-présidence de la CIL ?", "role_holder")
    assert "Yann Lebourg" in reply and "Isabelle Quesnel" not in reply


def test_a_title_of_a_body_held_in_a_row_in_another_group() -> None:
    chat = invented_group(
        "titles-r17d",
        ("Paul Marchal", "Communauté d'agglomération du Grand Exemple", "Vice-président chargé des mobilités, membre du SMTC"),
        ("Rose Tanguy", "Ville d'Exemple", "Adjointe aux transports, vice-présidente du SMTC"),
    )
    reply = sure(chat, "qui est vice-président du SMTC ?", "role_holder")
    assert "Rose Tanguy" in reply and "Paul Marchal" not in reply


def test_the_groups_name_is_the_group(cil: Chat) -> None:
    assert "Membres du groupe" in sure(cil, "qui siège à la conférence intercommunale ?", "directory")
    reply = sure(cil, "c'est qui la présidente de la conférence ?", "role_holder")
    assert "Isabelle Quesnel" in reply


def test_a_members_name_in_a_role_is_no_body() -> None:
    chat = invented_group(
        "names-r17d",
        ("Karim Benali", "Ville de Nanterre", "Adjoint au maire chargé de l'emploi"),
        ("Léa Roux", "Ville de Nanterre", "Collaboratrice de Karim Benali"),
    )
    reply = sure(chat, "c'est qui Karim Benali ?", "who_is")
    assert "Adjoint au maire" in reply and "Léa Roux" not in reply


def test_how_often_asks_the_rule(cil: Chat) -> None:
    reply = sure(cil, "on se voit tous les combien en plénière ?", "decisions_topic")
    assert "deux fois par an" in reply


def test_a_bodys_tasks_asked_as_a_persons(cil: Chat) -> None:
    reply = sure(cil, "la DDETS a quoi à faire ?", "tasks_mine")
    assert "cotation" in reply
