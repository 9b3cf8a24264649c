"""The work after a meeting asked in plain French, in groups and words
other than those of blind set 17d (culture13): who came when no meeting
is named (« Sophie est venue ? », « combien on était ? », « qui s'est
excusé ? »: the last one held), a day named without its month (« le 17 »
asked in December is the 17th of a meeting held), a town or a place
standing for a body (« Nanterre était représentée ? »), noun-phrase
requests (« les absents de la séance du 17 novembre »), a visio's words
(« connecté », « nombreux »), who comes (« y a qui … ? », « sera là »),
the minutes as « notes », a member's task named by its words (« Nadège a
finalisé la convention ? »), and a roll-call answer that asks nothing."""

from __future__ import annotations

import pytest

from handlers.understanding.addressing import strip_address
from handlers.understanding.answer import respond
from tests.handlers.attendance_setup import link_accounts
from tests.handlers.questions_groups import build_group
from tests.helpers import COORDINATOR, Chat


@pytest.fixture(scope="module")
def network() -> Chat:
    """The Hauts-de-Seine network, its November meeting (n°3, 17 Nov) recorded, two members announced
    for December's (n°4, 10 Dec); asked on 1 December."""
    chat = build_group("reseau92")
    link_accounts(chat, {"Paul Dumont": COORDINATOR, "Karim Benali": "karim", "Thomas Petit": "thomas"})
    chat.say("/presents n°3 Paul Dumont, Sophie Garnier, Karim Benali, Hélène Vasseur")
    chat.say("/excuses n°3 Nathalie Lefèvre, Élise Charpentier")
    chat.say("/present", sender="karim", name="Karim")
    chat.say("/excuse", sender="thomas", name="Thomas")
    return chat


def _confident(chat: Chat, text: str) -> bool:
    msg = chat.message(text, private=True)
    return respond(chat.router.context(msg, chat.group), strip_address(text)).confident


def _ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


LAST = "séance n°3 du mardi 17 novembre 2026"


@pytest.mark.parametrize("text", ["combien on était ?", "combien étions-nous ?", "qui s'est excusé ?",
                                  "les absents de la séance du 17 novembre", "la liste des excusés de la dernière réunion stp",
                                  "qui était en visio à la dernière réunion ?", "vous étiez nombreux à la réunion de novembre ?",
                                  "qui n'a pas pu venir le 17 ?"])
def test_who_came_with_no_meeting_or_only_a_day_named_is_the_meeting_held(network: Chat, text: str) -> None:
    reply = _ask(network, text)
    assert reply.startswith(f"Présences — {LAST}"), (text, reply)
    # « qui n'a pas pu venir ? » asks who was missing: the excused and absent only (missing_asked.py, round 22).
    assert ("Présents (4)" in reply) != ("pas pu venir" in text) and "Excusés (2)" in reply


def test_one_person_or_a_body_with_no_meeting_named_or_a_day_alone(network: Chat) -> None:
    assert _ask(network, "Sophie Garnier est venue ?").startswith(
        f"Sophie Garnier (AMD 92) figure parmi les présents de la {LAST}")
    assert _ask(network, "Hélène Vasseur a participé à la réunion du 17 ?").startswith(
        f"Hélène Vasseur (Ville de Montrouge) figure parmi les présents de la {LAST}")
    # A town that is a member's body and a meeting place, asked with a month: the body.
    assert "Karim Benali (Ville de Nanterre) figure parmi les présents" in _ask(
        network, "est-ce que Nanterre était représentée en novembre ?")
    assert "Élise Charpentier (Ville d'Issy-les-Moulineaux) figure parmi les excusés" in _ask(
        network, "Issy était là le 17 novembre ?")


def test_a_past_excuse_for_a_meeting_to_come_is_still_an_announcement(network: Chat) -> None:
    reply = _ask(network, "qui s'est excusé pour la prochaine réunion ?")
    assert reply.startswith("Annonces — séance n°4") and "Annoncés excusés : Thomas Petit" in reply


def test_who_comes_in_chat_words(network: Chat) -> None:
    assert "Annoncés présents : Karim Benali" in _ask(network, "y a qui à la prochaine réunion ?")
    assert "Karim Benali (Ville de Nanterre) a annoncé sa présence à la séance n°4" in _ask(
        network, "est-ce que Karim Benali sera là le 10 décembre ?")


def test_the_notes_of_a_meeting_are_its_minutes(network: Chat) -> None:
    assert _ask(network, "où je trouve les notes de la réunion de novembre ?").startswith(
        "Projet de compte rendu de la séance n°3")
    # A note is no minutes: « vous pouvez relire la note ? » asks a colleague.
    assert not _confident(network, "vous pouvez relire la note ?")


@pytest.mark.parametrize("text", ["présente", "Présent !", "excusée", "présent moi aussi"])
def test_a_roll_call_answer_asks_nothing(network: Chat, text: str) -> None:
    assert not _confident(network, text), text


def test_a_presence_question_sharing_a_tasks_words_is_no_task_question() -> None:
    chat = build_group("culture13")  # a task « Recenser les places … dans les théâtres partenaires »
    reply = _ask(chat, "qui était là au théâtre le 15 ?")
    assert reply.startswith("Présences — séance n°4 du jeudi 15 octobre 2026"), reply
    # A meeting place opening the question names the body it houses (« Théâtre du Merlan »).
    assert _ask(chat, "le Merlan était représenté en octobre ?").startswith(
        "Olivier Gaudin (Théâtre du Merlan) figure parmi les présents de la séance n°4")


@pytest.mark.parametrize(("text", "task"), [
    ("est-ce que Nadège a finalisé la convention ?", "Tâche n°3 : Finaliser la convention avec la Mission locale"),
    ("Mickaël a inscrit les jeunes au job dating ?", "Inscrire les jeunes en CEJ au job dating du GEIQ"),
    ("Bertrand a relancé les structures pour les sorties positives ?", "Relancer les structures pour les chiffres"),
])
def test_a_members_task_named_by_its_words_is_that_tasks_line(text: str, task: str) -> None:
    chat = build_group("insertion80")
    reply = _ask(chat, text)
    assert reply.startswith("Tâche sur ce sujet") and task in reply, (text, reply)
    # Their whole list stays theirs when no task is named.
    assert _ask(chat, "les tâches de Nadège ?").startswith("Tâches de Nadège Caron")


def test_a_formal_request_for_the_list_is_no_question_about_the_asker(network: Chat) -> None:
    reply = _ask(network, "Madame, Monsieur, je vous saurais gré de bien vouloir me transmettre la liste des "
                          "personnes présentes à la séance du 17 novembre.")
    assert reply.startswith(f"Présences — {LAST}") and "Présents (4)" in reply


def test_excuses_sent_and_a_yes_are_presence_whatever_else_their_words_match(network: Chat) -> None:
    reply = _ask(network, "qui avait envoyé ses excuses pour la réunion du 17 novembre ?")
    assert reply.startswith(f"Présences — {LAST}") and "Excusés (2)" in reply
    assert "Annoncés présents : Karim Benali" in _ask(network, "qui a dit oui pour la prochaine réunion ?")
    # A first name that is also a French word, opening a question about coming.
    assert _ask(network, "Claire vient à la prochaine réunion ?").startswith("Claire Dumont")


def test_who_will_be_at_a_meeting_place_is_that_meeting_not_the_body_there(network: Chat) -> None:
    assert _ask(network, "qui sera présent à la Mairie de Montrouge ?").startswith(
        "Personne ne s'est encore annoncé pour la séance n°6")


def test_saying_one_lacks_the_minutes_asks_for_them(network: Chat) -> None:
    assert _ask(network, "je n'ai pas reçu le compte rendu de la réunion de novembre").startswith(
        "Projet de compte rendu de la séance n°3")


def test_a_listing_worded_with_a_relative_clause_and_the_tasks_of_a_meeting() -> None:
    chat = build_group("insertion80")  # n°3 held on 24 November, its tasks written then
    late = _ask(chat, "les actions dont la date est dépassée")
    assert late.startswith("Tâches en retard") and "tableau de suivi des clauses" in late
    given = _ask(chat, "les tâches de la dernière réunion ?")
    assert given.startswith("Tâches de la séance n°3") and "Envoyer le bilan du PLIE" in given
    assert "Faire le point sur les contrats PEC" not in given  # a task of n°2
    assert _ask(chat, "on s'est réparti quoi en octobre ?").startswith("Tâches de la séance n°2")
