"""General causes found by the blind set on organisations and places
(questions_heldout15a.tsv, a Bouches-du-Rhône network), tested on other
groups: a body whose own name opens with its article (« La Poste »); a
compound town named by its words before the first link (« Saint-Jacques »,
« St-Jacques », « Saint-Ouen »), never by « Saint » alone nor spelled out
as another body's acronym (« mairie de Saint » is no MSA); a town in a
role that is only one word of another town's name (« Avignon » beside
Villeneuve-lès-Avignon); « vient de X » is no « ville de X »; a body's
one word and its département's number (« la CAF 13 »); the initials of a
hyphenated compound (« AMP »); acronyms written with dots (« c.c.a.s »);
« t'as » ; « le contact <organisation> ». Also: a body whose name opens with a
common word that other members' roles speak of as a charge (« Santé Habitat
35 » beside « cheffe du service santé ») is named by its opening, not by
that word alone (the lead's fourth blind set)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, build_group
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def seniors() -> Chat:
    return build_group("aines35")


@pytest.fixture(scope="module")
def city() -> Chat:
    return build_group("contrat-ville13")


@pytest.mark.parametrize(("question", "who"), [
    ("il y a quelqu'un de La Poste dans le groupe ?", "Maëlys Prigent"),
    ("qui représente la poste ?", "Maëlys Prigent"),
    ("qui représente la mairie de Saint-Jacques ?", "Bernard Lozac'h"),
    ("quelqu'un de St-Jacques dans le groupe ?", "Bernard Lozac'h"),
    ("qui est notre contact au c.c.a.s ?", "Yann Quéré"),
    ("c'est qui le contact Carsat ?", "Aïcha Benslimane"),
])
def test_bodies_and_towns_as_members_shorten_them(seniors: Chat, question: str, who: str) -> None:
    reply = ask(seniors, question)
    assert "qui représente l'organisation" in reply and who in reply and "pas sûr" not in reply


def test_the_directory_asked_in_chat_shorthand(seniors: Chat) -> None:
    reply = ask(seniors, "t'as l'annuaire du groupe ?")
    assert reply.startswith("Membres du groupe (13)")


def test_a_word_of_a_post_office_in_a_message_is_no_question(seniors: Chat) -> None:
    assert "Maëlys Prigent" not in ask(seniors, "je passe à la Poste et j'arrive")


@pytest.mark.parametrize(("question", "who"), [
    ("qui vient d'AMP ?", "Samir Haddouche"),
    ("qui est de la caf 13 ?", "Lucie Marchetti"),
    ("qui est de la C.A.F. ?", "Lucie Marchetti"),
])
def test_acronyms_as_members_write_them(city: Chat, question: str, who: str) -> None:
    reply = ask(city, question)
    assert "qui représente l'organisation" in reply and who in reply


@pytest.mark.parametrize(("slug", "question", "who"), [
    ("spe93", "qui vient de Saint-Ouen ?", "Lina Bouaziz"),
    ("emploi93", "qui vient de Saint-Denis ?", "Mariam Touré"),
])
def test_a_compound_town_by_its_first_words(slug: str, question: str, who: str) -> None:
    reply = ask(build_group(slug), question)
    assert "Ville de Saint-" in reply and who in reply and "pas sûr" not in reply


@pytest.fixture(scope="module")
def towns() -> Chat:
    return invented_group("etang", ("Lucas Ferrandi", "Ville de Villeneuve-lès-Avignon", "Adjoint au maire"),
                  ("Inès Carbonel", "Conseil départemental de Vaucluse", "Assistante sociale d'Avignon"),
                  ("Paul Orsoni", "Ville de Saint-Mitre-les-Remparts", "Conseiller municipal"))


def test_a_town_in_a_role_is_not_a_word_of_another_town(towns: Chat) -> None:
    # « Avignon » in a role is no Villeneuve-lès-Avignon: only the member whose role names it.
    reply = ask(towns, "qui représente Avignon ?")
    assert "Inès Carbonel" in reply and "Lucas Ferrandi" not in reply
    assert "Lucas Ferrandi" in ask(towns, "qui vient de Villeneuve ?")


def test_saint_alone_names_no_town(towns: Chat) -> None:
    assert "Paul Orsoni" in ask(towns, "qui représente Saint-Mitre ?")
    assert "qui représente l'organisation" not in ask(towns, "qui représente saint ?")


@pytest.fixture(scope="module")
def bodies() -> Chat:
    return invented_group("vaucluse", ("Rose Aubert", "Association pour l'accueil, l'hébergement et l'insertion des familles "
                                              "du bassin de Cavaillon (AAHIF)", "Juriste"),
                  ("Marc Tessier", "Solidarité Entraide Quartiers (SEQ)", "Bénévole"),
                  ("Léa Mourgues", "Mission locale Jeunes Grand Avignon", "Conseillère"),
                  ("Yanis Brahimi", "Mission locale de Cavaillon", "Directeur"))


def test_a_long_name_written_in_full(bodies: Chat) -> None:
    reply = ask(bodies, "qui représente l'Association pour l'accueil, l'hébergement et l'insertion des familles du "
                        "bassin de Cavaillon ?")
    assert "Rose Aubert" in reply and "pas sûr" not in reply


def test_a_kind_of_body_before_a_name_is_part_of_it(bodies: Chat) -> None:
    # « asso » alone would be the one body whose name opens with « Association »: the name after it says which.
    reply = ask(bodies, "qui vient de l'asso SEQ ?")
    assert "Marc Tessier" in reply and "Rose Aubert" not in reply


@pytest.mark.parametrize("question", ["les missions locales, qui les représente ?", "qui vient des missions locales ?",
                                      "la mission locale, c'est qui ?"])
def test_bodies_of_one_kind_together(bodies: Chat, question: str) -> None:
    reply = ask(bodies, question)
    assert "Léa Mourgues" in reply and "Yanis Brahimi" in reply and "pas sûr" not in reply


@pytest.mark.parametrize("question", ["qui est notre contact au CCAS ?", "qui est du c.c.a.s ?", "qui gère le CCAS ?"])
def test_a_body_named_only_in_a_role(question: str) -> None:
    # « Directrice du CCAS » at the Ville de Montrouge: the CCAS is hers.
    reply = ask(build_group("reseau92"), question)
    assert "Hélène Vasseur" in reply and "pas sûr" not in reply


@pytest.fixture(scope="module")
def artois() -> Chat:
    return invented_group("artois", ("Agathe Lenglet", "Département du Pas-de-Calais", "Cheffe du service insertion"),
                  ("Kevin Dufour", "CAF du Pas-de-Calais", "Conseiller technique"),
                  ("Nadège Caron", "URSSAF Nord-Pas-de-Calais", "Chargée de relations partenaires"))


@pytest.mark.parametrize(("question", "who"), [
    ("qui représente le CD62 ?", "Agathe Lenglet"),
    ("qui vient du 62 ?", "Agathe Lenglet"),
    ("la caf 62 c'est qui", "Kevin Dufour"),
    ("qui est de la sécu ?", "Nadège Caron"),
])
def test_a_departement_by_its_number_and_the_secu(artois: Chat, question: str, who: str) -> None:
    reply = ask(artois, question)
    assert "qui représente l'organisation" in reply and who in reply


def test_the_bodies_that_take_part(seniors: Chat) -> None:
    assert ask(seniors, "quelles organisations participent au groupe ?").startswith("Membres du groupe (13)")


@pytest.mark.parametrize("question", ["qui vient du 31 ?", "qui représente le 31 ?", "les gens du 31 ?"])
def test_a_departement_number_that_is_also_a_day(question: str) -> None:
    # The Haute-Garonne's council: « du 31 » (from) and « représente le 31 » name it, not the 31st.
    assert "Mathieu Barthe" in ask(build_group("logement31"), question)


@pytest.mark.parametrize("question", ["qui vient le 31 ?", "la réunion du 31 c'est où ?"])
def test_a_day_stays_a_day(question: str) -> None:
    assert "Mathieu Barthe" not in ask(build_group("logement31"), question)


def _bikes() -> Chat:
    """A body named by a common word that other members' roles speak of as a charge."""
    return invented_group("velo-test",
                  ("Inès Garnier", "Vélo Partage Rennes", "Présidente de l'association"),
                  ("Loïc Prigent", "Rennes Métropole", "Chargé de mission vélo et marche"),
                  ("Sarah Morvan", "Ville de Rennes", "Cheffe du service santé"),
                  ("Hugo Le Bihan", "Santé Habitat 35", "Directeur"))


@pytest.mark.parametrize(("question", "who", "not_who"), [
    ("qui gère le vélo à la métropole ?", "Loïc Prigent", "Inès Garnier"),
    ("qui s'occupe de la santé à la ville ?", "Sarah Morvan", "Hugo Le Bihan"),
])
def test_a_charge_is_no_body_that_opens_with_its_word(question: str, who: str, not_who: str) -> None:
    reply = ask(_bikes(), question)
    assert who in reply and not_who not in reply and "pas sûr" not in reply


@pytest.mark.parametrize(("question", "who"), [
    ("qui représente Vélo Partage ?", "Inès Garnier"),
    ("qui représente Santé Habitat 35 ?", "Hugo Le Bihan"),
])
def test_such_a_body_is_still_named_by_its_opening(question: str, who: str) -> None:
    reply = ask(_bikes(), question)
    assert "qui représente l'organisation" in reply and who in reply
