"""General causes found by blind set 17b (a Loire-Atlantique youth-and-employment
group, roles and charges worded unlike roles), tested on other groups invented
here: a body named by its town's adjective (« Mission locale du bassin rennais »,
« Métropole lyonnaise ») asked by the town; familiar words for a body's head
(« le boss », « la patronne ») and « chef » for a « Responsable du service »;
a referent's charge within a body without article (« qui est référente
jeunesse à la préfecture ? »); « notre interlocutrice à … »; whom to turn to
in chat (« je vois avec qui ? », « à qui je demande pour … ? », « qui fait le
lien avec … ? »). Every person is invented."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

UNSURE = "pas sûr"


@pytest.fixture(scope="module")
def rennes() -> Chat:
    return invented_group(
        "insertion35",
        ("Katell Le Du", "Mission locale du bassin rennais", "Directrice"),
        ("Erwan Moisan", "Mission locale du bassin rennais", "Conseiller logement"),
        ("Anaïs Jégo", "Mission locale du pays de Redon", "Directrice"),
        ("Loïc Hamon", "Ville de Rennes", "Adjoint au maire chargé de la jeunesse"),
        ("Soizic Morvan", "CAF d'Ille-et-Vilaine", "Responsable du service logement et cadre de vie"),
        ("Gaël Tanguy", "CAF d'Ille-et-Vilaine", "Conseiller technique, interlocuteur des communes"),
        ("Nolwenn Pichard", "Sous-préfecture de Redon", "Référente jeunesse et politique de la ville"),
        ("Thomas Riou", "Préfecture d'Ille-et-Vilaine", "Chef du bureau de la cohésion sociale"),
        ("Armelle Douard", "Région Bretagne", "Chargée de mission apprentissage"),
        ("Yvon Le Gall", "Association Parrains 35", "Coordinateur des bénévoles et lien avec les bailleurs"),
    )


@pytest.fixture(scope="module")
def lyon() -> Chat:
    return invented_group(
        "emploi69",
        ("Chantal Berthier", "Métropole lyonnaise", "Vice-présidente à l'insertion"),
        ("Rémi Faure", "Ville de Lyon", "Directeur de la jeunesse"),
        ("Sonia Haddad", "France Travail", "Conseillère entreprises"),
    )


@pytest.mark.parametrize(("question", "who", "not_who"), [
    ("qui représente la mission locale de Rennes ?", "Katell Le Du", "Anaïs Jégo"),
    ("quelqu'un de la mission locale de Rennes dans le groupe ?", "Erwan Moisan", "Anaïs Jégo"),
    ("qui s'occupe du logement à Rennes ?", "Erwan Moisan", "Soizic Morvan"),
])
def test_a_body_named_by_its_towns_adjective_is_asked_by_the_town(rennes: Chat, question: str, who: str,
                                                                   not_who: str) -> None:
    reply = ask(rennes, question)
    assert who in reply and not_who not in reply and UNSURE not in reply


def test_the_adjective_of_a_metropolis_is_its_town_too(lyon: Chat) -> None:
    reply = ask(lyon, "qui vient de la métropole de Lyon ?")
    assert "Chantal Berthier" in reply and UNSURE not in reply


@pytest.mark.parametrize(("question", "who", "not_who"), [
    ("c'est qui le boss de la mission locale de Rennes ?", "Katell Le Du", "Anaïs Jégo"),
    ("c'est qui la patronne de la mission locale de Redon ?", "Anaïs Jégo", "Katell Le Du"),
    ("qui est le chef du service logement à la CAF ?", "Soizic Morvan", "Gaël Tanguy"),
    ("qui est le patron de la jeunesse à la ville de Lyon ?", "Rémi Faure", "Chantal Berthier"),
])
def test_a_bodys_head_asked_in_familiar_words(rennes: Chat, lyon: Chat, question: str, who: str, not_who: str) -> None:
    reply = ask(lyon if "Lyon" in question else rennes, question)
    assert who in reply and not_who not in reply and UNSURE not in reply


@pytest.mark.parametrize("question", [
    "qui est référente jeunesse à la préfecture ?",
    "c'est qui le référent politique de la ville à la sous-préf ?",
])
def test_a_referents_charge_within_a_nearby_body(rennes: Chat, question: str) -> None:
    reply = ask(rennes, question)
    assert "Nolwenn Pichard" in reply and "Thomas Riou" not in reply and UNSURE not in reply


def test_our_interlocutor_at_a_body_is_its_representative(rennes: Chat) -> None:
    reply = ask(rennes, "c'est qui notre interlocutrice à la région ?")
    assert "qui représente l'organisation" in reply and "Armelle Douard" in reply


@pytest.mark.parametrize(("question", "who"), [
    ("pour une question de logement je vois avec qui ?", "Erwan Moisan"),
    ("à qui je demande pour l'apprentissage ?", "Armelle Douard"),
    ("qui fait le lien avec les bailleurs ?", "Yvon Le Gall"),
    ("qui est en contact avec les entreprises ?", "Sonia Haddad"),
])
def test_whom_to_turn_to_asked_in_chat(rennes: Chat, lyon: Chat, question: str, who: str) -> None:
    reply = ask(lyon if who == "Sonia Haddad" else rennes, question)
    assert who in reply and UNSURE not in reply


def test_a_nearby_body_alone_does_not_lend_its_people_a_title(rennes: Chat) -> None:
    # « la directrice de la mission locale » names two directors: both are shown, neither is guessed.
    reply = ask(rennes, "qui est la directrice de la mission locale ?")
    assert "Katell Le Du" in reply and "Anaïs Jégo" in reply


@pytest.fixture(scope="module")
def angers() -> Chat:
    return invented_group(
        "mobilite49",
        ("Manon Leclerc", "Région Pays de la Loire", "Chargée de mission Pass mobilité"),
        ("Mathis Rousseau", "Mission locale du Choletais", "Conseiller insertion, référent mobilité"),
        ("Lucie Fontaine", "Association Passerelle Jeunes 49", "Animatrice du réseau de parrains"),
    )


def test_the_referent_of_a_subject_is_the_one_so_titled(angers: Chat) -> None:
    # « le référent mobilité » is Mathis's title; Manon is in charge of a mobility pass, not its referent.
    reply = ask(angers, "c'est qui le référent mobilité ?")
    assert "Mathis Rousseau" in reply and "Manon Leclerc" not in reply and UNSURE not in reply
    both = ask(angers, "qui s'occupe de la mobilité ?")
    assert "Mathis Rousseau" in both and "Manon Leclerc" in both


@pytest.mark.parametrize("message", [
    "c'est Lucie qui anime la formation samedi",
    "c'est moi qui gère les parrains cette année",
    "c'est Mathis Rousseau qui s'occupe de la mobilité",
])
def test_a_cleft_sentence_without_question_mark_is_news(angers: Chat, message: str) -> None:
    reply = ask(angers, message)
    assert "Lucie Fontaine" not in reply and "Mathis Rousseau" not in reply


def test_a_cleft_sentence_with_a_question_mark_is_still_asked(angers: Chat) -> None:
    assert "Lucie Fontaine" in ask(angers, "c'est qui qui anime le réseau de parrains ?")


@pytest.fixture(scope="module")
def saumur() -> Chat:
    return invented_group(
        "jeunes-saumur",
        ("Cécile Marchand", "Ville de Saumur", "Adjointe au maire, jeunesse et sports"),
        ("Julien Brosseau", "Ville de Saumur", "Responsable du bureau information jeunesse"),
        ("Patrick Gilet", "Association Tremplin Jeunes 49", "Trésorier"),
        ("Odile Marais", "Conseil départemental de Maine-et-Loire", "Cheffe du service insertion"),
    )


@pytest.mark.parametrize(("question", "who", "not_who"), [
    # « jeunesse » opening a part of a role is her field, no title: the charge is asked.
    ("qui gère l'information jeunesse à Saumur ?", "Julien Brosseau", "Cécile Marchand"),
    # « Jeunes » of a body's name is no role word either: the body is named whole, not « 49 » (the Département).
    ("qui représente Tremplin Jeunes 49 ?", "Patrick Gilet", "Odile Marais"),
])
def test_a_field_opening_a_part_of_a_role_is_no_title(saumur: Chat, question: str, who: str, not_who: str) -> None:
    reply = ask(saumur, question)
    assert who in reply and not_who not in reply and UNSURE not in reply


@pytest.fixture(scope="module")
def marseille() -> Chat:
    return invented_group(
        "jeunes13",
        ("Farid Aouadi", "École de la 2e chance de Marseille", "Directeur"),
        ("Mireille Costa", "Mairie du 3e secteur de Marseille", "Adjointe à la jeunesse"),
        ("Paul Serra", "Ville de Marseille", "Chargé de mission emploi"),
    )


@pytest.mark.parametrize(("question", "who", "not_who"), [
    ("qui vient de l'école de la deuxième chance ?", "Farid Aouadi", "Paul Serra"),
    ("c'est qui le directeur de l'école de la 2ème chance ?", "Farid Aouadi", "Paul Serra"),
    ("qui représente la mairie du troisième secteur ?", "Mireille Costa", "Farid Aouadi"),
])
def test_an_ordinal_in_a_bodys_name_in_another_spelling(marseille: Chat, question: str, who: str, not_who: str) -> None:
    reply = ask(marseille, question)
    assert who in reply and not_who not in reply and UNSURE not in reply
