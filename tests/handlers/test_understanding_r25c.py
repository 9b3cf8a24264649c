"""The families blind set 32c (inclnum17, the Charente-Maritime network for
digital inclusion, long messages and compound questions asked by Saintes's
conseillère numérique on Tuesday 1 December 2026) missed on its first run,
asked in other words and in other groups:

- a member mending a slip as they type (self_corrected.py): « la réunion de
  février, pardon, de janvier », « Pôle emploi, pardon, France Travail »;
  an apology (« pardon pour le dérangement », « pardon de vous déranger »)
  mends nothing;
- two questions of different kinds in one message (two_questions.py): the
  first answered, the other named as left; parts asking one record (« c'est
  gratuit ? et limité à combien ? ») read whole;
- the question after a context of the member's own, read alone when the
  whole message is unsure (context_tail.py): « Je viendrai en train depuis
  Rochefort, la prochaine réunion commence à 14h ? », « Je dois contacter
  Thierry Moinard. Il travaille où ? », « ma collègue me demande quand … »;
  a question pointing back to the context (« …, c'est à quelle heure ? »)
  is not cut from it;
- « quelqu'un sait qui représente la CAF ? » asks the directory (chat.py);
- « le Hub, c'est qui chez nous ? » is the group's, whatever the asker's
  body is called (own_body.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.context_tail import asked_after_context
from handlers.understanding.self_corrected import self_corrected
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def in17() -> Chat:
    return build_group("inclnum17")


@pytest.fixture(scope="module")
def gdv() -> Chat:
    return build_group("aje-gdv")


@pytest.mark.parametrize(("question", "meeting"), [
    ("la réunion de février, pardon, de janvier, elle a lieu où ?", "n°5"),
    ("Bonjour, la réunion d'avril, pardon, de mars, c'est à quelle heure ?", "n°7"),
    ("le copil de mars, je veux dire de janvier, c'est où ?", "n°5"),
])
def test_a_mended_month_is_the_meeting_asked(in17: Chat, question: str, meeting: str) -> None:
    assert meeting in sure(in17, question, "meeting_which")


def test_a_mended_body_is_the_body_asked(in17: Chat) -> None:
    reply = sure(in17, "Pôle emploi, pardon, France Travail : qui le représente dans le réseau ?", "org_representative")
    assert "Yacine Belhadj" in reply


def test_a_mended_month_in_another_group(gdv: Chat) -> None:
    assert "n°2" in sure(gdv, "la séance de septembre, pardon, d'octobre, c'était où ?", "meeting_which")


@pytest.mark.parametrize("text", ["Bonjour, pardon pour le dérangement, qui représente la CAF ?",
                                  "Bonjour, pardon de vous déranger, qui est le président ?",
                                  "désolé, pardon, je débarque : c'est où jeudi ?",
                                  "merci et pardon à tous pour le retard"])
def test_an_apology_mends_nothing(text: str) -> None:
    assert self_corrected(text) == text


def test_two_questions_of_two_kinds_answer_the_first_and_name_the_other(in17: Chat) -> None:
    reply = sure(in17, "Bonjour, c'est quand la prochaine réunion ? Et qui représente la CAF, au fait ?",
                 "meeting_next")
    assert "n°4" in reply and "qui représente la CAF" in reply and "Nadia Fradet" not in reply
    reply = sure(in17, "Yacine Belhadj, il est à France Travail ? et il sera là mardi ?", "who_is")
    assert "Conseiller référent" in reply and "il sera là mardi" in reply


def test_two_questions_joined_by_et_under_one_mark(in17: Chat) -> None:
    reply = sure(in17, "Qui préside le copil, et il vient de quelle structure ?", "role_holder")
    assert "Patrick Bouyer" in reply
    assert "Bertrand Chaigneau" in sure(in17, "Qui vient d'Emmaüs Connect et comment je le contacte ?",
                                        "org_representative")


@pytest.mark.parametrize(("question", "intent", "key"), [
    ("Les ateliers seniors, c'est gratuit ? et c'est limité à combien de personnes ?", "decisions_topic", "gratuits"),
    ("la prochaine réunion c'est quand et où ?", "meeting_next", "n°4"),
    ("Nadia Fradet, c'est qui et elle travaille où ?", "who_is", "Caisse d'allocations familiales"),
])
def test_parts_asking_one_record_are_answered_whole(in17: Chat, question: str, intent: str, key: str) -> None:
    reply = sure(in17, question, intent)
    assert key in reply and "reposez" not in reply


@pytest.mark.parametrize(("question", "intent", "key"), [
    ("Je viendrai en train depuis Rochefort, la prochaine réunion commence à 14h ou à 14h30 ?", "meeting_next", "n°4"),
    ("Je suis élu à Oléron et on doit préparer la salle : le copil à Saint-Pierre-d'Oléron c'est quand ?",
     "meeting_which", "n°7"),
    ("Pour mon rapport d'activité j'ai besoin de la date : la rencontre à Royan c'était quand ?", "meeting_which",
     "n°2"),
    ("Je dois contacter Thierry Moinard pour un usager. Il travaille où ?", "who_is", "CCAS de La Rochelle"),
    ("Bonjour, je suis l'assistante de M. Bouyer. Qui est la coordinatrice du réseau, pour caler un rendez-vous ?",
     "role_holder", "Hélène Guérineau"),
    ("bonjour à toutes et à tous ! ma collègue me demande quand on se voit la prochaine fois, vous savez ?",
     "meeting_next", "n°4"),
    ("Désolé pour la question bête mais le dernier copil s'est tenu où ?", "meeting_last", "n°3"),
    ("J'arrive de Royan en bus, la rencontre de mardi finit à quelle heure ?", "meeting_which", "n°4"),
])
def test_the_question_after_a_context_of_ones_own(in17: Chat, question: str, intent: str, key: str) -> None:
    assert key in sure(in17, question, intent)


def test_a_request_closed_by_please_then_a_reason(in17: Chat) -> None:
    reply = sure(in17, "Bonjour, mes tâches s'il te plaît, je fais mon planning de la semaine", "tasks_mine")
    assert "fiches de fréquentation" in reply


@pytest.mark.parametrize("text", ["Je dois préparer le copil de janvier, c'est à quelle heure ?",
                                  "On m'a parlé d'une grande journée en début d'année, c'est où et quand ?",
                                  "Je n'ai pas pu venir à la réunion de mars, c'était où ?"])
def test_a_question_pointing_back_to_its_context_is_not_cut(text: str) -> None:
    assert asked_after_context(text, ["Thierry Moinard"]) is None


@pytest.mark.parametrize("text", [
    "Maëlle, tu sais qui gère les salles à la mairie de Saint-Pierre ? Je voudrais réserver pour un atelier.",
    "Thierry, tu viens en voiture mardi ? Je peux covoiturer depuis La Rochelle si tu as de la place.",
    "Je n'ai pas pu assister à la réunion, mais j'ai lu le compte rendu et je suis d'accord avec les décisions prises.",
    "Qui veut venir boire un café après la réunion mardi ? Il y a un bon bar à côté de la médiathèque.",
])
def test_chat_among_members_stays_quiet(in17: Chat, text: str) -> None:
    assert not outcome_of(in17, text).confident


def test_someone_knows_who_represents_a_body_of_the_group(in17: Chat) -> None:
    assert "Nadia Fradet" in sure(in17, "quelqu'un sait qui représente la CAF ?", "org_representative")
    assert "Claire Vrignaud" in sure(in17, "Bonjour à tous, je reprends le dossier d'un collègue qui part, "
                                           "quelqu'un sait qui vient de la MSA ?", "org_representative")


def test_someone_knows_something_outside_the_store_stays_quiet(in17: Chat) -> None:
    assert not outcome_of(in17, "quelqu'un sait qui remplace la gardienne pendant les vacances ?").confident
    assert not outcome_of(in17, "quelqu'un sait si la boulangerie d'en face est ouverte le lundi ?").confident


def test_who_is_ours_in_a_body_when_the_askers_body_is_a_place(in17: Chat) -> None:
    assert "Julien Rabiller" in sure(in17, "Le Hub, c'est qui chez nous ? Merci d'avance", "org_representative")
    assert "Claire Vrignaud" in sure(in17, "la MSA c'est qui chez nous ?", "org_representative")


def test_a_member_spoken_to_is_no_context_of_ones_own() -> None:
    assert asked_after_context("Tu as mon natel, Stéphane Rey ?", ["Stéphane Rey"]) is None
