"""Decisions asked in other words than recorded (blind set 16a): a word
naming a whole family finds a decision naming one of its members (« les
langues » the guide translated « en basque », « les transports » the « bus
France Services », « l'argent » a « subvention »), synonyms of one thing
find each other (« le bus » the « navette »), but a member never finds a
sibling (« le vélo » is no bus); and a decision question whose words find
one decision clearly first is answered by it, never when two come close.
Tested on other groups than transition29, and on an invented one."""

from __future__ import annotations

import pytest

from handlers.understanding.dominance import leads
from handlers.understanding.normalise import words
from handlers.understanding.topics import topic_scores
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def groups() -> dict[str, Chat]:
    return {slug: build_group(slug) for slug in ("basque64", "reseau92", "alimentation69", "emploi93", "grenoble38")}


@pytest.fixture(scope="module")
def vosges() -> Chat:
    """An invented Vosges group on rural mobility (questions_groups_vosges.py)."""
    return build_group("mobilite88")


@pytest.mark.parametrize(("slug", "question", "shown"), [
    # A head of a family finds a member (and was « je ne trouve aucune décision » before).
    ("basque64", "qu'a-t-on décidé pour les langues ?", "traduit en basque"),
    ("basque64", "niveau langues, c'est tranché quoi ?", "traduit en basque"),
    ("basque64", "côté transports, qu'est-ce qui a été acté ?", "bus France Services"),
    ("reseau92", "combien d'argent pour le forum, c'est décidé ?", "Une subvention de 15 000 €"),
    ("reseau92", "on avait dit quoi pour les repas des écoliers ?", "cantines scolaires"),
    ("alimentation69", "qu'a-t-on décidé pour la restauration scolaire ?", "Les cantines visent 50 %"),
    ("emploi93", "qu'a-t-on décidé sur l'argent des médiateurs ?", "deux postes de médiateurs"),
    ("basque64", "qu'a-t-on décidé sur les langues régionales ?", "traduit en basque"),
    # Plain synonyms of one thing, found as its own word would be.
    ("grenoble38", "qu'a-t-on décidé sur le secret professionnel ?", "données nominatives"),
])
def test_a_decision_is_found_by_the_name_of_its_family(groups: dict[str, Chat], slug: str, question: str,
                                                       shown: str) -> None:
    reply = groups[slug].say(question, private=True)
    assert "Décisions sur" in reply and shown in reply, reply


@pytest.mark.parametrize(("question", "shown"), [
    ("qu'a-t-on décidé pour le bus du marché ?", "Navette du marché"),
    ("les langues des panneaux, on a tranché quoi ?", "traduits en allemand"),
    ("le financement des abris à bicyclettes, c'est acté ?", "enveloppe de 8 000 €"),
    ("on avait dit quoi pour le minibus du mardi ?", "Navette du marché"),
    ("on avait dit quoi pour le car du mardi ?", "Navette du marché"),
])
def test_decisions_recorded_tersely_are_found_in_other_words(vosges: Chat, question: str, shown: str) -> None:
    reply = vosges.say(question, private=True)
    assert "Décisions sur" in reply and shown in reply, reply


def test_a_member_of_a_family_finds_no_sibling(groups: dict[str, Chat], vosges: Chat) -> None:
    # « le vélo » is a kind of transport, as the bus is: it does not find the bus decision.
    assert "bus France Services" not in groups["basque64"].say("qu'a-t-on décidé pour le vélo ?", private=True)
    reply = vosges.say("qu'a-t-on décidé pour les vélos ?", private=True)
    assert "Abris vélos" in reply and "Navette" not in reply and "Covoiturage" not in reply, reply


@pytest.mark.parametrize(("question", "shown"), [
    # « emmène », « habitants », « municipaux » are in no decision (and used to leave the bot unsure);
    # the other words find one decision only.
    ("qu'a-t-on convenu pour la navette qui emmène les habitants au marché ?", "Navette du marché"),
    ("on a tranché quoi pour le covoiturage des employés municipaux ?", "Covoiturage entre agents"),
])
def test_one_decision_clearly_first_answers_a_decision_question(vosges: Chat, question: str, shown: str) -> None:
    reply = vosges.say(question, private=True)
    assert shown in reply and "Je ne suis pas sûr" not in reply, reply


def test_two_decisions_close_leave_the_bot_unsure(vosges: Chat) -> None:
    # « trajets » finds the navette, the covoiturage and the bikes alike; « bénévoles » none of them.
    reply = vosges.say("on avait dit quoi pour les trajets des bénévoles ?", private=True)
    assert "Je ne suis pas sûr" in reply and "Décision n°" not in reply, reply


def test_a_lead_is_clear_or_nothing() -> None:
    assert leads([1.0, 0.5, 0.0]) and leads([0.67, 0.33])
    assert not leads([1.0, 1.0]) and not leads([0.67, 0.5]) and not leads([0.5, 0.0]) and not leads([])


def test_a_short_word_is_no_slip_of_a_longer_one() -> None:
    # « repas » was read as a typo of « réparation » (its stem « repa » is close to « repar »).
    assert topic_scores(words("repas", shorthand=False), ["Budget 2027 : 12 000 € alloués aux ateliers de réparation."]) == [0.0]
    # A slip in a longer word is still read: « subvension ».
    assert topic_scores(words("subvension", shorthand=False), ["Une subvention de 15 000 € est demandée."]) == [1.0]
