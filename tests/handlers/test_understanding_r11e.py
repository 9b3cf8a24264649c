"""Phone typing, round 11 (set 20e): a slip that is one letter from two words meaning different things is read as
neither; after a plural's determiner a slip is read in the plural; a town typed in lower case after « à »; a body
named « EFT Le Trusquin » called by its own name; « j'ai un jeune qui … » told, not asked; SMS words of the
lexicon (« c t », « jetais », « orga », « alpha »). Asked on groups other than the set's (reims51, reseau92,
invented ones) in other words."""

from __future__ import annotations

import pytest

from handlers.understanding.normalise import words
from tests.handlers.questions_eval import ask, build_group
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def reims() -> Chat:
    return build_group("reims51")


def _folded(text: str) -> list[str]:
    return [w.folded for w in words(text)]


def test_a_slip_one_letter_from_a_month_and_a_weekday_dates_nothing(reims: Chat) -> None:
    # « marsi » is « mardi » with a letter changed or « mars » with one too many: no date read from it.
    assert "marsi" in _folded("on maintient marsi 15 ?")
    assert "mars" not in ask(reims, "on maintient la séance de marsi 15 ?")


def test_a_slip_one_letter_from_two_words_of_different_meanings_is_left_as_typed() -> None:
    # « comem »: « comme » with two letters swapped, or « comm » (communication) with one too many.
    assert "communication" not in _folded("quoi comem dates pour le bilan")


def test_a_slip_after_a_plural_determiner_is_read_in_the_plural(reims: Chat) -> None:
    assert _folded("toutes les séancse") == ["toutes", "les", "seances"]
    assert "Prochaines séances" in ask(reims, "vous avez les dates des réunionq à venir ?")


def test_a_town_typed_in_lower_case_after_a_is_the_place_of_the_meetings() -> None:
    # « sceaux » (seals) is a French word; after « à » it is the town where the network met.
    assert "Mairie de Sceaux" in ask(build_group("reseau92"), "la reu a sceaux cetait quand")


def test_a_body_named_by_initials_then_its_own_name_is_called_by_that_name() -> None:
    chat = invented_group("amo-t", ("Julie Marchal", "AMO La Boussole", "Éducatrice de rue"),
                          ("Paul Henry", "CPAS de Liège", "Assistant social"))
    assert "Julie Marchal" in ask(chat, "ya qqn de la boussole dans le groupe ?")


def test_presenting_ones_case_with_a_relative_qui_asks_nothing() -> None:
    chat = build_group("namur26")
    assert "Tâche" not in ask(chat, "on a une maman qui doit contacter les crèches de jambes")


def test_sms_words_of_the_lexicon(reims: Chat) -> None:
    assert "17 novembre" in ask(reims, "la seance de tinqueux c t quand")
    assert "parmi les présents" in ask(reims, "jetais la le 13 octobre ?")
    assert "ADIL de la Marne" in ask(reims, "Claire Dufresne cest quelle orga ?")
    chat = invented_group("alpha-t", ("Inès Roux", "Centre social des Bourdaisières", "Animatrice des ateliers d'alphabétisation"),
                          ("Marc Petit", "Ville de Tours", "Chargé de mission"))
    assert "Inès Roux" in ask(chat, "c qui lanimatrice alpha ?")


def test_right_after_se_a_verb_is_no_participle(reims: Chat) -> None:
    # « se passée » (an accent or an e too many) is « se passe », not the past (« passée »).
    assert "19 janvier 2027" in ask(reims, "la reu de janvier ca se passee ou")


def test_an_order_word_after_a_plural_determiner_agrees(reims: Chat) -> None:
    assert _folded("les derniere infos") == ["les", "dernieres", "infos"]
    assert "Prochaines séances" in ask(reims, "c quand les prochaine reu")


def test_a_body_called_by_the_syllables_of_its_name() -> None:
    chat = invented_group("syl-t", ("Léa Dubois", "Mission régionale pour l'emploi de Charleroi", "Job coach"),
                          ("Tom Leroy", "CPAS de Charleroi", "Assistant social"))
    assert "Léa Dubois" in ask(chat, "ya qqn de la mirech ?")


def test_a_word_read_by_its_likeness_keeps_its_first_letter() -> None:
    # « garbier » (a surname with a slip) is 80 % like « arbitrer », a verb of deciding: no such reading.
    assert "decider" not in [w.lemma for w in words("GARBIER ?")]
    assert "decider" in [w.lemma for w in words("on a decidé quoi ?")]


def test_a_name_after_initials_that_questions_use_names_no_body() -> None:
    # « ARS La Réunion »: « la réunion » stays the meeting, not the health agency.
    assert "Prochaine séance n°4" in ask(build_group("sante974"), "c quand la prochaine reunion ?")
