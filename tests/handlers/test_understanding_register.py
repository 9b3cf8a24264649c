"""The chat register on groups other than the one it was found on (the
Montreuil youth collective, set 15e): lead-ins before the question, a
question asked of whoever knows, a greeting to « les gens », « t'as » /
« tu as », bodies named without their kind or article, « la ML », a place
named with its article, and a building word before a place."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, build_group


@pytest.mark.parametrize(("slug", "question", "shown"), [
    # A lead-in that apologises or speaks of oneself, up to the comma, says why one asks.
    ("contrat-ville13", "dsl j'ai raté le msg, on se réunit quand ?", "Prochaine séance n°4"),
    ("contrat-ville13", "g pas vu passer, la prochaine réu c'est quand ?", "Prochaine séance n°4"),
    ("aines35", "pardon je débarque, c'est où la prochaine réunion ?", "Prochaine séance n°4"),
    # An acknowledgement opening the message.
    ("aines35", "ok et du coup la prochaine réu c'est où ?", "Prochaine séance n°4"),
    # Asked of whoever knows, the bot included, about the group's own meeting.
    ("contrat-ville13", "quelqu'un sait c'est où la prochaine réu ?", "Prochaine séance n°4"),
    ("aines35", "on fait la réu où la prochaine fois vous savez ?", "Prochaine séance n°4"),
    # A greeting to the members is no body's people.
    ("contrat-ville13", "salut les gens on fait la prochaine reu ou", "Prochaine séance n°4"),
    ("aines35", "hello la team, c'est quand la prochaine ?", "Prochaine séance n°4"),
])
def test_a_chat_lead_in_leaves_the_question_answered(slug: str, question: str, shown: str) -> None:
    assert shown in ask(build_group(slug), question)


@pytest.mark.parametrize(("slug", "question", "shown"), [
    ("contrat-ville13", "t'as l'annuaire ?", "Membres du groupe"),
    ("aines35", "tu as la liste des gens ?", "Membres du groupe"),
    ("contrat-ville13", "t'as le planning des réunions ?", "Prochaines séances"),
    ("aines35", "c'est quand les prochains meetings ?", "Prochaines séances"),
    ("contrat-ville13", "t'as des infos sur Bruno Giraud ?", "Bruno Giraud"),
    # A request in the imperative, as chat writes it.
    ("contrat-ville13", "envoie l'annuaire stp", "Membres du groupe"),
    ("aines35", "partage le planning des réunions stp", "Prochaines séances"),
])
def test_t_as_and_tu_as_ask_for_what_follows(slug: str, question: str, shown: str) -> None:
    assert shown in ask(build_group(slug), question)


@pytest.mark.parametrize(("slug", "question", "shown"), [
    # « la ML » is the Mission locale of any group.
    ("contrat-ville13", "y a qui de la ML ?", "Bruno Giraud"),
    ("emploi93", "qui vient de la ML", "Julien Lemaire"),
    # A body's name without the article it opens with (« Les Petits Débrouillards Grand Est »).
    ("inclusion67", "qui vient de petits débrouillards grand est ?", "Émilie Klein"),
    # « l'asso de la Castellane »: a kind of body before the one word of its name.
    ("contrat-ville13", "y a qui de l'asso de la castellane ?", "Karim Meziane"),
    # A name that is itself an alias is found whole, not in part (« l'agglo Pays » and a topic « Basque »).
    ("ess-na", "qui représente l'agglo Pays Basque ?", "Maëlle Darrigade"),
    ("montreuil93", "qui vient de rues et cités ?", "Yannick Ndiaye"),
    ("montreuil93", "y a qui du club de boxe ?", "Rachid Amrani"),
])
def test_bodies_named_as_chat_names_them(slug: str, question: str, shown: str) -> None:
    assert shown in ask(build_group(slug), question)


@pytest.mark.parametrize(("slug", "question", "shown"), [
    # « Les Glycines »: a place named with its article, typed lowercase, though French knows the word.
    ("aines35", "la réunion aux glycines c'était quand ?", "Séance n°2"),
    ("aines35", "la réu à la résidence les glycines c'était quand", "Séance n°2"),
    # The kind of building the place is (« la salle des fêtes ») is the place's word, no topic.
    ("inclusion67", "la réunion à la salle des fêtes c'était quand ?", "Séance n°2"),
    # « dans quelle salle à la mairie ? » asks for the room: « salle » is the question's word, not the place's.
    ("vernier", "c'était dans quelle salle à la mairie de Vernier ?", "Séance n°2"),
    ("vernier", "dans quelle salle à l'université ?", "Séance n°5"),
    # The pluperfect of a meeting held at a place or in a month.
    ("vernier", "on s'était réunis où en octobre ?", "Séance n°2"),
    ("vernier", "vous vous étiez réunis quand à l'Hospice ?", "Séance n°3"),
])
def test_a_place_is_found_as_chat_types_it(slug: str, question: str, shown: str) -> None:
    assert shown in ask(build_group(slug), question)


@pytest.mark.parametrize(("slug", "message"), [
    ("contrat-ville13", "quelqu'un sait où se garer près de la friche ?"),
    ("contrat-ville13", "quelqu'un sait si le tram passe ce soir ?"),
    ("aines35", "salut les gens"),
    ("aines35", "ok pour moi"),
    ("contrat-ville13", "dsl j'ai raté le bus, j'arrive"),
    ("aines35", "on se capte à la sortie du marché"),
])
def test_chat_that_asks_the_bot_nothing_stays_quiet(slug: str, message: str) -> None:
    reply = ask(build_group(slug), message).casefold()
    assert "séance n°" not in reply and "membres du groupe" not in reply and "décision n°" not in reply


@pytest.mark.parametrize(("slug", "question", "shown"), [
    # « les réus » is « les réunions » cut short: a decision's topic finds « se réunit » through it.
    ("aines35", "on a décidé quoi sur le rythme des réus ?", "Décision n°1"),
    ("contrat-ville13", "c quoi la décision sur le rythme des réus", "Décision n°1"),
])
def test_a_shorthand_in_a_topic_is_read_as_its_word(slug: str, question: str, shown: str) -> None:
    assert shown in ask(build_group(slug), question)
