"""How members name people, bodies and roles, seen through the replies, on
groups the understanding was not tuned on (the Strasbourg, Toulouse and
Nantes groups of held-out sets 14, 14b and 14c, and older ones): a surname
written in one word or after a title, namesakes told apart by « M. »/
« Mme » or by their body, short first names, abbreviated titles and
initials, a body named by its kind, an informal short form, a former name
or its whole name. Meetings, tasks and decisions reached through them are
in test_understanding_entity_records.py."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def strasbourg() -> Chat:
    return build_group("inclusion67")


@pytest.fixture(scope="module")
def marseille() -> Chat:
    return build_group("contrat-ville13")


@pytest.fixture(scope="module")
def namur() -> Chat:
    return build_group("pcs-namur")


def ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


@pytest.mark.parametrize(("question", "name"), [
    ("que fait madame Delatour ?", "Céline de La Tour"),
    ("c'est qui Mme de La Tour ?", "Céline de La Tour"),
    ("tu connais Yann Legoff ?", "Yann Le Goff"),
    ("quel est le rôle de Monsieur Bensaid ?", "Karim Ben Saïd"),
    ("M. Dasilva, il est dans quelle structure ?", "Hugo Da Silva"),
])
def test_a_surname_of_several_parts_written_otherwise(strasbourg: Chat, question: str, name: str) -> None:
    assert ask(strasbourg, question).startswith(name)


def test_a_title_tells_apart_two_members_of_the_same_name(strasbourg: Chat) -> None:
    # Karim Wagner (Conseiller…) and Marie Wagner (Directrice…).
    assert ask(strasbourg, "c'est qui M. Wagner ?").startswith("Karim Wagner")
    assert ask(strasbourg, "c'est qui Mme Wagner ?").startswith("Marie Wagner")
    assert "Organiser le forum de Schiltigheim" in ask(strasbourg, "les tâches de Mme Wagner ?")
    # Without a title, both are offered.
    assert ask(strasbourg, "c'est qui Wagner ?").startswith("Plusieurs membres correspondent")


def test_a_name_with_an_apostrophe(strasbourg: Chat) -> None:
    assert "Collecter les besoins des habitants du Neuhof" in ask(strasbourg, "les tâches d'Aminata N'Diaye ?")


@pytest.mark.parametrize(("chat_name", "question", "name"), [
    ("strasbourg", "c'est qui la prez ?", "Céline de La Tour"),
    ("strasbourg", "c'est qui le VP insertion ?", "Karim Ben Saïd"),
    ("strasbourg", "qui est la DGS de Schiltigheim ?", "Marie Wagner"),
    ("strasbourg", "qui est la DGA du CCAS ?", "Mathilde Gérard"),
    ("marseille", "le VP de la métropole ?", "Samir Haddouche"),
    ("namur", "qui est la prez du CPAS ?", "Grégory Lambotte"),
])
def test_an_abbreviated_title(request: pytest.FixtureRequest, chat_name: str, question: str, name: str) -> None:
    reply = ask(request.getfixturevalue(chat_name), question)
    assert reply.startswith("Rôle") and name in reply


def test_the_dgs_is_not_any_director(strasbourg: Chat) -> None:
    # « Directrice générale adjointe » of the CCAS is no DGS.
    reply = ask(strasbourg, "qui est la DGS ?")
    assert "Marie Wagner" in reply and "Mathilde Gérard" not in reply


@pytest.mark.parametrize(("chat_name", "question", "name"), [
    ("strasbourg", "qui vient du bailleur ?", "Nadia Kessler"),
    ("strasbourg", "c'est qui la personne du bailleur social ?", "Nadia Kessler"),
    ("marseille", "qui vient du bailleur ?", "Élodie Ferracci"),
    ("strasbourg", "qui vient de la préf ?", "Thomas Schmitt"),
    ("marseille", "qui est de la préf ?", "Julien Castellani"),
    ("strasbourg", "la fédé des centres sociaux, c'est qui ?", "Léa Hoffmann"),
    ("namur", "la Fédé des CPAS, c'est qui ?", "Ahmed Bouhlal"),
    ("strasbourg", "qui est là pour la métropole ?", "Yann Le Goff"),
    ("strasbourg", "qui vient du département ?", "Karim Ben Saïd"),
    ("strasbourg", "qui est là pour la Collectivité d'Alsace ?", "Karim Ben Saïd"),
    ("strasbourg", "qui est là pour la commune d'Illkirch ?", "Olivier Meyer"),
    ("strasbourg", "qui représente les médiathèques ?", "Sarah Lévy"),
    ("strasbourg", "qui vient de la BdT ?", "Vincent Lefebvre"),
])
def test_a_body_named_by_its_kind_or_a_short_form(request: pytest.FixtureRequest, chat_name: str, question: str,
                                                  name: str) -> None:
    reply = ask(request.getfixturevalue(chat_name), question)
    assert "qui représente l'organisation" in reply and name in reply


def test_a_departmental_union_is_not_the_departement(strasbourg: Chat) -> None:
    # « Union départementale des associations familiales » holds « départemental ».
    assert "Hugo Da Silva" not in ask(strasbourg, "qui vient du département ?")


def test_le_charge_de_is_a_title_charge_de_a_charge(strasbourg: Chat) -> None:
    assert ask(strasbourg, "qui est le chargé de développement territorial ?").startswith("Rôle")
    assert ask(strasbourg, "qui est chargé de l'insertion ?").startswith("En charge de « insertion »")


def test_people_of_a_body_asked_with_ceux_de(strasbourg: Chat) -> None:
    assert "Émilie Klein" in ask(strasbourg, "ceux des Petits Débrouillards, c'est qui ?")
    # News about them asks nothing.
    assert "qui représente l'organisation" not in ask(strasbourg, "ceux de la Région viennent jeudi")


def test_a_capitalised_name_of_generic_words_and_a_lowercase_topic(strasbourg: Chat) -> None:
    # « France Services » names the Espace France Services; « l'action sociale » is no CCAS.
    assert "Fatima El Amrani" in ask(strasbourg, "qui représente France Services ?")
    reply = ask(strasbourg, "qui gère l'action sociale à la CAF ?")
    assert "Karim Wagner" in reply and "Mathilde Gérard" not in reply


def test_a_place_named_only_in_roles_asked_who_takes_care_of_it(strasbourg: Chat) -> None:
    # Hautepierre is in Louis Bauer's role only: a charge, not a body he represents.
    assert ask(strasbourg, "qui s'occupe de Hautepierre ?").startswith("En charge de « Hautepierre » d'après leur rôle")
    assert "Julien Fischer" in ask(strasbourg, "qui est là pour Lingolsheim ?")


def test_a_kind_of_body_before_its_name_and_the_town_hall_alone(strasbourg: Chat, marseille: Chat) -> None:
    assert "Pierre-Étienne Roth" in ask(strasbourg, "qui vient de l'asso Emmaüs ?")
    assert "Nadia Ait-Ouali" in ask(marseille, "qui est de l'association du conseil citoyen ?")
    # « la mairie »: the group's only town hall; with several towns, their people by town.
    reply = ask(marseille, "qui vient de la mairie ?")
    assert reply.startswith("Ville de Marseille") and "Thomas Roux" in reply
    reply = ask(strasbourg, "qui vient de la mairie ?")
    assert "Marie Wagner" in reply and "Olivier Meyer" in reply and "Louis Bauer" in reply


def test_a_short_first_name_and_a_first_name_opening_the_question(namur: Chat) -> None:
    assert ask(namur, "c'est qui Steph ?").startswith("Stéphanie Marchal")
    assert "Tâches de Stéphanie Marchal" in ask(namur, "les tâches de Steph ?")
    assert ask(namur, "qui est Véro ?").startswith("Véronique Dethier")
    # « Benoît » is also a French word: opening a question about someone, it is the member.
    assert ask(namur, "Benoît c'est qui ?").startswith("Benoît Collignon")


@pytest.fixture(scope="module")
def toulouse() -> Chat:
    return build_group("logement31")


def test_a_body_s_whole_name_wins_over_a_member_s_or_another_body_s(toulouse: Chat) -> None:
    # « Pierre » of the Fondation Abbé Pierre is no Pierre Roux; « Toulouse » of Toulouse Métropole Habitat no Ville.
    reply = ask(toulouse, "qui est le délégué régional de la Fondation Abbé Pierre ?")
    assert "Youssef El Idrissi" in reply and "Pierre Roux" not in reply
    reply = ask(toulouse, "qui vient de Toulouse Métropole Habitat ?")
    assert reply.startswith("Toulouse Métropole Habitat") and "Jean-Michel Ortiz" not in reply
    assert ask(toulouse, "qui est Pierre ?").startswith("Pierre Roux")


def test_a_landlord_by_kind_is_not_an_association_of_landlords(toulouse: Chat) -> None:
    reply = ask(toulouse, "qui vient du bailleur ?")
    assert "Romain Castex" in reply and "Patrick Le Bras" not in reply
    reply = ask(toulouse, "qu'a-t-on décidé pour le bailleur ?")
    assert reply.startswith("Décisions sur « Toulouse Métropole Habitat »") and "Décision n°3" in reply


def test_a_plural_role_word_after_a_plural_noun_is_an_adjective() -> None:
    reply = ask(build_group("ess-na"), "qui s'occupe des achats responsables au département ?")
    assert reply.startswith("En charge de « achats responsables »") and "Hugo Lasserre" in reply


def test_a_departement_s_number_and_an_acronym_of_a_role_s_words() -> None:
    emploi = build_group("emploi93")
    assert "Rachid Bensalem" in ask(emploi, "qui représente le 93 ?")
    # « ESS »: « économie sociale et solidaire » in Aurélie Ngo's role.
    assert "Aurélie Ngo" in ask(emploi, "c'est qui la VP ESS ?")
    assert ask(emploi, "qui s'occupe de l'ESS ?").startswith("En charge de « économie sociale solidaire »")


def test_a_word_of_a_body_s_name_cut_short() -> None:
    food = build_group("alimentation69")
    assert "Léonie Chabert" in ask(food, "qui est de la chambre d'agri ?")
    assert "Yacine Belkacem" in ask(food, "qui vient de la banque alim ?")


def test_a_member_spoken_to_without_tu_or_vous(strasbourg: Chat) -> None:
    # Asked of Nadia, not of the bot; « Nadia Kessler, c'est qui ? » is still about her.
    assert "Décision n°" not in ask(strasbourg, "Nadia, le bailleur a validé les halls ?")
    assert ask(strasbourg, "Nadia Kessler, c'est qui ?").startswith("Nadia Kessler")


def test_a_title_tells_namesakes_apart_by_first_name_when_roles_do_not() -> None:
    # Claire and Marc Dubois (Hospice général): « Innovation sociale », « Groupe développement durable ».
    demo = build_group("rte-geneve")
    assert ask(demo, "c'est qui M. Dubois ?").startswith("Marc Dubois")
    assert ask(demo, "c'est qui Mme Dubois ?").startswith("Claire Dubois")
    assert ask(demo, "c'est qui Dubois ?").startswith("Plusieurs membres correspondent")


def test_a_body_by_its_former_or_everyday_name() -> None:
    assert "Pauline Jézéquel" in ask(build_group("copil-logement35"), "qui est de la Fondation Abbé Pierre ?")
    assert "Anaïs Perret" in ask(build_group("alimentation69"), "qui vient du Grand Lyon ?")


@pytest.fixture(scope="module")
def nantes() -> Chat:
    return build_group("cite-educative44")


def test_initials_of_a_title_and_of_a_role_s_words(nantes: Chat) -> None:
    assert "Isabelle Le Roux" in ask(nantes, "c'est qui l'IEN ?")
    assert "Camille Joubert" in ask(nantes, "qui est la coordinatrice du PEDT ?")
    assert "Isabelle Le Roux" in ask(nantes, "qui vient de l'Éducation nationale ?")


def test_an_activity_and_the_agent_noun_of_a_role(nantes: Chat) -> None:
    # « évaluation » is what an « évaluateur » does: the role answers, not the decision that names it.
    assert ask(nantes, "qui s'occupe de l'évaluation ?").startswith("En charge de « évaluation »")


def test_a_town_named_in_a_role_after_pour(toulouse: Chat) -> None:
    # « référente pour Blagnac » (France Travail) represents Blagnac too, beside the Ville's member.
    reply = ask(toulouse, "qui représente Blagnac ?")
    assert "Marc Lafforgue" in reply and "Inès Bouzid" in reply


def test_the_state_in_switzerland_is_the_canton() -> None:
    vaud = build_group("logement-vd")
    assert "Daniel Jaquier" in ask(vaud, "qui représente l'État de Vaud ?")
    assert "Daniel Jaquier" in ask(vaud, "qui vient de l'Etat ?")
    assert "Noémie Achard" in ask(build_group("rte-geneve"), "qui représente l'État ?")


def test_namesakes_told_apart_by_their_body_and_an_ambiguous_name_s_tasks(strasbourg: Chat) -> None:
    assert ask(strasbourg, "qui est Karim de la CeA ?").startswith("Karim Ben Saïd")
    assert ask(strasbourg, "qui est Wagner de Schiltigheim ?").startswith("Marie Wagner")
    # Two Karims: asked back, not the asker's own tasks given with confidence.
    reply = ask(strasbourg, "les tâches de Karim ?")
    assert reply.startswith("Plusieurs membres correspondent à « Karim »") and "aucune tâche à votre nom" not in reply
