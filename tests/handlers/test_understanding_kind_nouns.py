"""General causes found by the blind set 18a (a Lausanne / Vaud social-action
group): a body named by a word its name lacks or says otherwise, tested on
other groups. « le canton » for an « Office cantonal … », « la ville » / « la
commune » for a Ville de, a Commune de or a « Service municipal … », « l'agglo »
and « l'interco » for a métropole, « le district » for a district's prefecture;
the shared tail of two bodies' names (« Roissy Pays de France », « l'Ouest
lausannois ») answered with both bodies; a town after a body's acronym in a
role (« au CSR de Renens »), a body's acronym after its name in a role
(« Service social Lausanne (SSL) »). And where the kind's word names no body
of the group: « la Ville de Lyon » the group lacks, « en ville », « le réseau
des communes », « le guichet commun », « la ville » among seven towns."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, build_group
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def vaud() -> Chat:
    return build_group("vaudsocial")


@pytest.fixture(scope="module")
def towns() -> Chat:
    return invented_group(
        "kinds-test",
        ("Irène Marchal", "Office cantonal de l'emploi", "Conseillère en placement"),
        ("Hugo Bernasconi", "Commune de Bagnes", "Municipal des affaires sociales"),
        ("Léa Fournier", "Mission locale du Pays de Retz", "Conseillère jeunes"),
        ("Simon Guillou", "Office de tourisme du Pays de Retz", "Directeur"),
        ("Nora Haddad", "Nantes Métropole", "Cheffe de projet habitat"),
        ("Marc Delacroix", "Préfecture du district de Nyon", "Préfet"),
        ("Julie Berset", "Centre hospitalier régional (CHR)", "Infirmière, responsable de l'antenne du CHR de Morges"),
        ("Marc Aebi", "Secrétariat d'État aux migrations (SEM)", "Collaborateur scientifique"),
    )


@pytest.mark.parametrize(("question", "who"), [
    ("qui représente le canton ?", "Irène Marchal"),
    ("on a qui au canton ?", "Irène Marchal"),
    ("qui sont les représentants cantonaux ?", "Irène Marchal"),
    ("quelqu'un de la commune ?", "Hugo Bernasconi"),
    ("c'est qui pour la ville ?", "Hugo Bernasconi"),
    ("qui représente l'agglo ?", "Nora Haddad"),
    ("quelqu'un de l'interco ?", "Nora Haddad"),
    ("qui vient du district ?", "Marc Delacroix"),
    ("qui vient de l'hosto ?", "Julie Berset"),
    ("qq1 de Morges ?", "Julie Berset"),
    ("qui représente la Confédération ?", "Marc Aebi"),
])
def test_a_body_named_by_a_word_its_name_lacks(towns: Chat, question: str, who: str) -> None:
    reply = ask(towns, question)
    assert "qui représente l'organisation" in reply and who in reply and "pas sûr" not in reply


def test_the_canton_is_not_the_confederation(towns: Chat) -> None:
    reply = ask(towns, "qui représente le canton ?")
    assert "Irène Marchal" in reply and "Marc Aebi" not in reply


@pytest.mark.parametrize("question", [
    "qui représente le Pays de Retz ?",
    "quelqu'un du pays de retz ?",
    "qui vient du Pays de Rets ?",
])
def test_the_shared_tail_of_two_names_gives_both_bodies(towns: Chat, question: str) -> None:
    reply = ask(towns, question)
    assert "Léa Fournier" in reply and "Simon Guillou" in reply and "pas sûr" not in reply


def test_the_shared_tail_in_another_group_gives_both_bodies() -> None:
    reply = ask(build_group("emploi95"), "qui représente Roissy Pays de France ?")
    assert "Céline Dufresne" in reply and "Marc Lemaire" in reply and "pas sûr" not in reply


@pytest.mark.parametrize(("question", "who"), [
    ("qui représente le canton ?", "Corinne Chevalley"),
    ("qui vient de l'Ouest lausanois ?", "Nicolas Burnier"),
    ("qui vient de l'Ouest lausanois ?", "Aurélie Bovay"),
    ("qui représente le SSL ?", "Samuel Gander"),
    ("qq1 de Renens ?", "Aurélie Bovay"),
    ("qui sont les membres de la ville ?", "Émilie Tschumi"),
])
def test_the_vaud_group_bodies(vaud: Chat, question: str, who: str) -> None:
    reply = ask(vaud, question)
    assert who in reply and "pas sûr" not in reply and not reply.startswith("Membres du groupe")


@pytest.mark.parametrize(("group", "question", "who"), [
    ("montreuil93", "qui représente la ville ?", "Sandrine Obadia"),
    ("citeeduc68", "qui sont les gens de la ville ?", "Nathalie Schaeffer"),
    ("jeunesse49", "qui représente l'agglo ?", "Frédéric Bazin"),
])
def test_other_groups_bodies_by_their_kind(group: str, question: str, who: str) -> None:
    reply = ask(build_group(group), question)
    assert "qui représente l'organisation" in reply and who in reply and "pas sûr" not in reply


@pytest.mark.parametrize("question", [
    "qui représente la Ville de Lyon ?",
    "quelqu'un du canton de Fribourg ?",
    "qui représente la commune de Sion ?",
])
def test_a_kind_opening_a_body_the_group_lacks_answers_no_body(towns: Chat, question: str) -> None:
    reply = ask(towns, question)
    assert "qui représente l'organisation" not in reply and "Hugo Bernasconi" not in reply
    assert "Irène Marchal" not in reply


@pytest.fixture(scope="module")
def adjectives() -> Chat:
    return invented_group(
        "weak-kinds-test",
        ("Luc Morel", "Administration communale de Sion", "Secrétaire communal"),
        ("Inès Faure", "Maison départementale des solidarités de Lens", "Travailleuse sociale"),
        ("Rémi Colin", "Union départementale des associations familiales", "Délégué"),
    )


@pytest.mark.parametrize(("question", "who"), [
    ("qui représente le département ?", "Inès Faure"),
    ("qui représente la commune ?", "Luc Morel"),
    ("quelqu'un de Sion ?", "Luc Morel"),
    ("qui vient de la mairie de Sion ?", "Luc Morel"),
])
def test_a_kind_said_as_an_adjective_names_the_body_when_none_is_of_the_kind(adjectives: Chat, question: str,
                                                                             who: str) -> None:
    reply = ask(adjectives, question)
    assert "qui représente l'organisation" in reply and who in reply and "pas sûr" not in reply
    assert "Rémi Colin" not in reply  # an union départementale of associations is no département


def test_the_adjective_yields_to_a_body_of_the_kind_itself() -> None:
    reply = ask(build_group("reseau92"), "qui représente le département ?")
    assert "Nathalie Lefèvre" in reply


def test_the_kind_before_the_groups_own_territory_names_its_bodies(vaud: Chat) -> None:
    for question in ("qui représente l'État de Vaud ?", "y a qqn du canton de vaud ?"):
        reply = ask(vaud, question)
        assert "Corinne Chevalley" in reply and "pas sûr" not in reply, question


def test_a_town_the_group_met_in_is_no_ville_of_the_group() -> None:
    reply = ask(build_group("alimentation69"), "qui représente la Ville de Lyon ?")
    assert "qui représente l'organisation" not in reply and "Thierry Bonnard" not in reply


def test_a_kind_before_a_departements_number_is_that_body() -> None:
    reply = ask(build_group("inclusion67"), "la personne de la CAF du 67, c'est qui ?")
    assert "Karim Wagner" in reply and "pas sûr" not in reply


def test_the_town_whose_name_says_the_kind_is_the_one_named(vaud: Chat) -> None:
    # « la ville » is the Ville de Lausanne, « la commune » the Commune de Prilly: each name says its own kind.
    ville, commune = ask(vaud, "qui représente la ville ?"), ask(vaud, "qui représente la commune ?")
    assert "Émilie Tschumi" in ville and "Patrick Jaunin" not in ville
    assert "Patrick Jaunin" in commune and "Émilie Tschumi" not in commune


def test_the_town_among_several_is_no_answer() -> None:
    # Seven « Ville de … » in the network: « la ville » alone names none of them, no list of all.
    reply = ask(build_group("reseau92"), "qui représente la ville ?")
    assert "qui représente l'organisation" not in reply and "Paul Dumont" not in reply


def test_a_french_word_close_to_a_kind_is_no_body() -> None:
    reply = ask(build_group("reseau92"), "on a une date pour le guichet commun ?")
    assert "qui représente l'organisation" not in reply


def test_the_plural_of_a_kind_is_no_typo_of_it() -> None:
    reply = ask(build_group("reseau92"), "qui coordonne le réseau des communes ?")
    assert "Paul Dumont" in reply and "qui représente l'organisation" not in reply


@pytest.mark.parametrize("message", [
    "le canton a enfin publié les nouveaux barèmes",
    "il fait chaud en ville aujourd'hui",
    "la commune de Bagnes a voté son budget hier soir",
])
def test_news_about_a_kind_is_not_answered(towns: Chat, message: str) -> None:
    reply = ask(towns, message)
    assert "qui représente l'organisation" not in reply
