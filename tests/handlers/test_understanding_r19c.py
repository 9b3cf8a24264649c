"""Spoken word order — what blind set 27c (petr-langres, the PETR du Pays de
Langres asked by its director on Tuesday 1 December 2026) missed on its
first run, asked in other words, in its group and in clea16:

- a thing put first and taken up by a pronoun after « qui » or the cleft « c'est qui qui »
  (« la formation, qui l'organise ? »): the task's pilot, not a decision naming it (fronted.py);
- a month after a sitting's kind is that sitting's, even when a decision writes « au comité syndical
  de janvier » (record_named.py);
- a request after the thing asked for, its pronoun standing for it (« …, tu peux me le remettre ? »;
  afterthought.py);
- a title of the thing put first (« la CAF, c'est qui la conseillère ? »; fronted_title.py);
- a meeting noun with a qualifier a decision names (« la réunion publique »; qualified_sitting.py);
- « les finances » is no verb of paying (payers.py); a possessive after another body named is theirs,
  not the member spoken to's (framing.py);
- examples: « <sujet> il part quand », « <personne>, son poste », « <personne>, sa fonction »."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def langres() -> Chat:
    """Set 27c's group: comité syndical n°1 (22 Sep), n°4 (19 Nov), n°7 (21 Jan, Chalindrey); commission mobilités
    n°2, n°5 (Thu 3 Dec), n°8; réseau France Services n°3, n°6 (15 Dec). 14 decisions, 12 tasks."""
    return build_group("petr-langres")


@pytest.fixture(scope="module")
def clea() -> Chat:
    return build_group("clea16")


@pytest.mark.parametrize(("text", "pilot"), [
    ("le projet de budget, qui le prépare ?", "Sylvie Jacquot"),
    ("les devis pour le bus, c'est qui qui les demande ?", "Thierry Lambert"),
])
def test_a_thing_put_first_and_taken_up_after_qui_is_the_task(langres: Chat, text: str, pilot: str) -> None:
    assert pilot in sure(langres, text, "in_charge")


@pytest.mark.parametrize(("text", "pilot"), [
    ("la formation des enseignants, qui l'organise ?", "Sandrine Pelletier"),
    ("les bus pour les sorties, c'est qui qui les réserve ?", "Mathieu Blanchard"),
    ("la convention avec la DRAC, qui la prépare ?", "Nadia Cherif"),
])
def test_the_same_in_another_group(clea: Chat, text: str, pilot: str) -> None:
    assert pilot in sure(clea, text, "in_charge")


def test_a_month_after_a_sittings_kind_is_that_sitting(langres: Chat) -> None:
    reply = sure(langres, "où se tient le comité syndical de janvier ?", "meeting_which")
    assert reply.startswith("Séance n°7") and "Chalindrey" in reply


def test_a_request_taking_up_the_thing_put_first_is_no_topic(langres: Chat) -> None:
    assert "n°5" in sure(langres, "les prochaines réunions, vous pourriez me les redonner ?", "meetings_upcoming")
    assert "Navette du marché" in sure(langres, "l'ordre du jour de jeudi, tu me le rappelles ?", "agenda_items")
    # Spoken to a member, with nothing put first: left alone.
    assert not outcome_of(langres, "Fanny, tu peux me le renvoyer ?").confident


def test_a_title_of_the_thing_put_first(langres: Chat, clea: Chat) -> None:
    assert "Amandine Chevalier" in sure(langres, "la CAF, c'est qui la conseillère ?", "role_holder")
    reply = sure(clea, "la DSDEN, c'est qui la conseillère pédagogique ?", "role_holder")
    assert "Sandrine Pelletier" in reply and "Nadia Cherif" not in reply
    # A first name put first speaks to the member: not read as « la présidente de Nadège ».
    assert "de Nadège" not in outcome_of(langres, "Nadège, c'est qui la présidente ?").reply.plain()


def test_a_meeting_noun_with_a_qualifier_a_decision_names_is_that_event(langres: Chat) -> None:
    reply = sure(langres, "la réunion publique, c'est où ?", "decisions_topic")
    assert "février 2027" in reply and "Séance n°5" not in reply
    # The group's own sittings are still its meetings.
    assert "n°5" in sure(langres, "la prochaine réunion c'est où ?", "meeting_next")


def test_the_finances_are_a_charge_and_paying_still_a_decision(langres: Chat) -> None:
    assert "Sylvie Jacquot" in sure(langres, "les finances, c'est qui ?", "in_charge")
    assert "gratuite" in sure(langres, "qui la paye, la navette ?", "decisions_topic")


def test_a_possessive_after_another_body_is_theirs_not_the_member_spoken_to(langres: Chat) -> None:
    assert not outcome_of(langres, "Odile, le conseil de dev a rendu son avis ?").confident
    assert not outcome_of(langres, "Thierry, la com com a signé son devis ?").confident


def test_examples_of_spoken_order(langres: Chat) -> None:
    assert "11 décembre" in sure(langres, "le dossier LEADER, il part quand ?", "dates_period")
    assert "Responsable de l'accueil" in sure(langres, "Laurent Mathey, sa fonction c'est quoi ?", "who_is")
