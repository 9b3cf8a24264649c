"""Questions asked with a negation, an exception or a hedge, that blind set
28a (clsbray, the contrat local de santé of the Pays de Bray, asked by its
coordinator on Tuesday 1 December 2026) missed on its first run; asked here
in other words, in its group and in a small invented one:

- « à part X », « hormis X », « autre que X », « il (n')y a que X »: X is set
  aside, the others are asked (excepted.py);
- « sauf erreur (de ma part) », « si je me souviens bien »: a hedge, no topic
  (hedges.py);
- « la prochaine c'est pas à X ? », « c'était pas à X ? »: the place is checked,
  negated as affirmed (meeting_rivals.checked_at);
- none of a kind in a period: the next of that kind, not of any kind
  (answers_meetings._none_then_next);
- « X elle est pas à la CPAM ? »: the member's card (card_body.py);
- « c'est pas X qui … ? », « qui …, c'est pas X ? »: the question without the
  guess (cleft_check.py);
- the work not done asked by a negation alone: the open or late tasks
  (undone.py);
- « personne (ne) s'occupe de … ? »: who has the charge (nobody.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def bray() -> Chat:
    """Set 28a's group: the community of communes, the ARS, the sub-prefecture, the CAF, the CPAM, the Mission locale…"""
    return build_group("clsbray")


@pytest.mark.parametrize(("text", "shown", "hidden"), [
    ("hormis la sous-préfecture, qui est là pour l'État ?", "Agnès Vimont", "Didier Lemonnier"),
    ("qui vient de la Mission locale à part Nicolas ?", "Léa Tassin", "Nicolas Prévost"),
    ("qui représente l'État en dehors de l'ARS ?", "Didier Lemonnier", "Agnès Vimont"),
])
def test_a_body_or_member_set_aside_is_not_the_answer(bray: Chat, text: str, shown: str, hidden: str) -> None:
    reply = sure(bray, text, "org_representative")
    assert shown in reply and hidden not in reply


def test_only_one_member_checked_shows_all_of_the_body(bray: Chat) -> None:
    reply = sure(bray, "il y a que Léa Tassin pour la mission locale ?", "org_representative")
    assert "Léa Tassin" in reply and "Nicolas Prévost" in reply


def test_an_exception_in_another_group() -> None:
    chat = invented_group("exc", ("Paul Verdier", "CAF de l'Aude", "Conseiller"),
                          ("Anne Roux", "CPAM de l'Aude", "Chargée de prévention"),
                          ("Luc Sarda", "Préfecture de l'Aude", "Délégué du préfet"),
                          ("Inès Marty", "CAF de l'Aude", "Travailleuse sociale"))
    # The prefecture is the State's only body here: nothing is left, and its delegate is not the answer.
    outcome = outcome_of(chat, "à part la préfecture, qui représente l'État ?")
    assert not outcome.confident and "Luc Sarda" not in outcome.reply.plain()
    reply = sure(chat, "qui vient de la CAF à part Paul Verdier ?", "org_representative")
    assert "Inès Marty" in reply and "Paul Verdier" not in reply


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("si je me souviens bien le prochain copil c'est en janvier ?", "meeting_which", "Séance n°5"),
    ("sauf erreur de ma part, la dernière réunion c'était à Forges ?", "meeting_last", "n°3"),
])
def test_a_hedge_is_no_topic(bray: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(bray, text, intent)


def test_a_hedge_does_not_make_news_a_question(bray: Chat) -> None:
    assert not outcome_of(bray, "sauf erreur de ma part, le devis est arrivé hier").confident


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("la prochaine séance c'est pas à la mairie ?", "meeting_which", "Prochaine séance n°4"),
    ("la dernière fois c'était pas à Gournay ?", "meeting_last", "Dernière séance n°3"),
])
def test_a_negated_place_is_checked_of_the_meeting(bray: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(bray, text, intent)


def test_none_of_a_kind_then_the_next_of_that_kind(bray: Chat) -> None:
    reply = sure(bray, "y a pas de GT santé mentale en janvier ?", "meeting_which")
    assert "Aucune séance" in reply and "n°6" in reply and "n°4" not in reply


@pytest.mark.parametrize(("text", "shown"), [
    ("Corinne Desjardins elle est pas à l'ARS ?", "Centre hospitalier de Gournay-en-Bray"),
    ("Agnès Vimont elle bosse à la CAF ?", "ARS Normandie"),
])
def test_a_body_checked_of_a_member_is_their_card(bray: Chat, text: str, shown: str) -> None:
    assert shown in sure(bray, text, "who_is")


def test_a_guess_after_the_question_is_set_aside(bray: Chat) -> None:
    reply = sure(bray, "qui représente la CPAM, c'est pas Maryse Leborgne ?", "org_representative")
    assert "Jérôme Hautot" in reply and "Maryse Leborgne" not in reply


def test_a_wrong_guess_before_the_question_is_not_answered(bray: Chat) -> None:
    # « la mairie » does not preside: unsure beats the town's people.
    outcome = outcome_of(bray, "c'est pas la mairie qui préside le comité de pilotage ?")
    assert not outcome.confident or "Hélène Duchaussoy" in outcome.reply.plain()


@pytest.mark.parametrize("text", ["quelles choses ne sont toujours pas faites ?", "qui n'a pas encore fini son boulot ?"])
def test_the_work_not_done_is_the_open_tasks(bray: Chat, text: str) -> None:
    reply = sure(bray, text, "tasks_late")
    assert "Chiffrer le coût du bus santé" in reply and "Établir la liste des communes" not in reply


def test_work_not_done_told_is_news(bray: Chat) -> None:
    assert not outcome_of(bray, "on n'a pas encore bouclé le budget").confident


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("y a personne qui s'occupe du bus santé ?", "in_charge", "Maryse Leborgne"),
    ("personne ne coordonne le contrat ?", "role_holder", "Romane Lefrançois"),
])
def test_nobody_in_charge_asks_who_is(bray: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(bray, text, intent)


def test_nobody_who_saw_something_is_left_alone(bray: Chat) -> None:
    assert not outcome_of(bray, "personne n'a vu mon chargeur ? je l'ai oublié à Forges").confident
