"""Understanding on a departmental housing steering committee (held-out
set 10's group), seen through the replies: two coprésidents, an activity
that opens a member's role, and the committee's own name in a question."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def committee() -> Chat:
    return build_group("copil-logement35")


def ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


def test_coprésidents_hold_the_presidency_even_beside_a_vice_presidency(committee: Chat) -> None:
    reply = ask(committee, "qui préside le comité ?")
    assert "Corinne Le Bihan" in reply and "Xavier Guillou" in reply and "pas sûr" not in reply
    # Asked for the vice-presidency, only the vice-president.
    reply = ask(committee, "qui est la vice-présidente ?")
    assert "Corinne Le Bihan" in reply and "Xavier Guillou" not in reply


def test_an_activity_opening_a_role_is_a_charge_not_a_title(committee: Chat) -> None:
    reply = ask(committee, "qui s'occupe de la prévention des expulsions ?")
    assert reply.startswith("En charge de") and "Gwenaëlle Hamon" in reply


@pytest.mark.parametrize(("question", "shown"), [
    ("prochain comité de pilotage ?", "Prochaine séance n°4"),
    ("qui fait partie du comité de pilotage ?", "Membres du groupe"),
    ("quelles structures sont autour de la table ?", "Membres du groupe"),
    ("y a des trucs en retard ?", "travailleur social"),
    # Stored as « CAF d'Ille-et-Vilaine », named in full words.
    ("qui est là pour la caisse d'allocations familiales ?", "Solène Briand"),
])
def test_the_committee_s_words_are_no_unknown_topic(committee: Chat, question: str, shown: str) -> None:
    reply = ask(committee, question)
    assert shown in reply and "pas sûr" not in reply


def test_a_body_named_as_a_decision_s_topic_finds_that_decision() -> None:
    # Held-out set 11's group: « le conseil citoyen » is a member body and the topic of decision n°2.
    chat = build_group("contrat-ville13")
    reply = ask(chat, "qu'est-ce qui a été décidé pour le conseil citoyen ?")
    assert reply.startswith("Décisions sur « conseil citoyen »") and "Décision n°2" in reply and "Décision n°5" not in reply
