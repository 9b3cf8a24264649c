"""General causes found by blind set 15d (decisions and tasks asked in other
words, questions_heldout15d.tsv), tested on other groups: a verb finds its
noun (« repérer » the « repérage »), a field of social policy its other
names (« les impayés » the « dettes », « le chauffage » the « grand
froid »), the group's theme is not asked to be repeated by a decision
(« les déplacements des personnes âgées » in a group on older people),
« travaux » is no « travailleur », a meeting named as the occasion asks
for its decisions, a postponed point is a decision, a kind of body the
decisions speak of (« la commission ») is a topic, and « qui doit faire
quoi ? » is every open task, not the asker's own."""

from __future__ import annotations

import pytest

from storage.models import replace
from storage.store import Store
from tests.handlers.questions_groups import NOW, build_group
from tests.helpers import Chat, at, group_config, make_chat


@pytest.fixture(scope="module")
def groups() -> dict[str, Chat]:
    return {slug: build_group(slug) for slug in ("reseau92", "aines35", "integration-fr", "pcs-namur",
                                                  "copil-logement35", "emploi93")}


@pytest.mark.parametrize(("slug", "question", "shown"), [
    # A noun of action and its verb: « mutualisation » / « mutualisent », « repérer » / « repérage ».
    ("reseau92", "qu'a-t-on décidé sur la mutualisation des achats ?", "mutualisent l'achat"),
    ("aines35", "on a acté quoi pour repérer les personnes fragiles ?", "repérage de la fragilité"),
    # A field named in other words than the decision's.
    ("integration-fr", "qu'a-t-on décidé sur les impayés ?", "conseil en matière de dettes"),
    ("pcs-namur", "qu'est-ce qui a été décidé pour le chauffage ?", "plan grand froid"),
    ("integration-fr", "qu'est-ce qui a été décidé pour le logement des personnes âgées ?", "pour les aînés"),
    # The group's theme (older people, in many roles) beside the topic: the lead's blind set's misses.
    ("aines35", "qu'est-ce qui a été décidé sur les déplacements des personnes âgées ?", "transport solidaire"),
    ("aines35", "décidé quoi à propos des déplacements des personnes âgées ?", "transport solidaire"),
    ("aines35", "on avait dit quoi pour la fréquence des réunions ?", "une fois par mois"),
])
def test_a_decision_is_found_in_other_words(groups: dict[str, Chat], slug: str, question: str, shown: str) -> None:
    reply = groups[slug].say(question, private=True)
    assert "Décisions sur" in reply and shown in reply, reply


def test_equal_matches_put_first_the_one_the_other_words_speak_of(groups: dict[str, Chat]) -> None:
    # « fréquence » is as close to « une fois par mois » as to « hebdomadaire »; « réunions » tells them apart.
    reply = groups["aines35"].say("on avait dit quoi pour la fréquence des réunions ?", private=True)
    assert reply.index("une fois par mois") < reply.index("hebdomadaire"), reply


def test_building_works_are_no_social_workers(groups: dict[str, Chat]) -> None:
    # « travaux » is not « travail »: the decision on a « travailleur social » does not answer it.
    reply = groups["copil-logement35"].say("qu'est-ce qui a été décidé pour les travaux ?", private=True)
    assert "travailleur social" not in reply and "Décision n°" not in reply, reply
    assert "travailleur social" in groups["copil-logement35"].say("qu'a-t-on décidé sur les impayés ?", private=True)


@pytest.mark.parametrize(("slug", "question", "title"), [
    ("reseau92", "les décisions de la première réunion ?", "Décisions de la séance n°1"),
    ("reseau92", "qu'a-t-on décidé à la première réunion ?", "Décisions de la séance n°1"),
    ("emploi93", "les décisions de la réunion du 3 novembre ?", "Décisions de la séance n°2"),
    ("aines35", "qu'est-ce qui a été acté lors de la dernière séance ?", "Décisions de la séance n°3"),
])
def test_a_meeting_named_as_the_occasion_gives_its_decisions(groups: dict[str, Chat], slug: str, question: str,
                                                             title: str) -> None:
    reply = groups[slug].say(question, private=True)
    assert title in reply, reply


def test_the_first_meeting_asked_alone_is_still_a_meeting(groups: dict[str, Chat]) -> None:
    reply = groups["reseau92"].say("la première réunion c'était où ?", private=True)
    assert "Séance n°1" in reply and "Mairie de Nanterre" in reply and "Décision" not in reply, reply


@pytest.mark.parametrize("question", ["qui doit faire quoi ?", "les tâches du groupe ?",
                                      "quelles sont les tâches en cours ?", "qui fait quoi après la réunion ?",
                                      "qui s'occupe de quoi ?"])
def test_the_group_s_tasks_are_every_open_task(groups: dict[str, Chat], question: str) -> None:
    reply = groups["aines35"].say(question, private=True)
    assert "Tâches en cours (4)" in reply and "Chiffrer l'extension" in reply and "Organiser la formation" in reply, reply


@pytest.mark.parametrize("question", ["qu'est-ce que je dois faire ?", "mes tâches ?", "qu'ai-je à faire ?"])
def test_one_s_own_tasks_stay_one_s_own(groups: dict[str, Chat], question: str) -> None:
    # The asker has no card in the group: no task of theirs, and no one else's shown as theirs.
    reply = groups["aines35"].say(question, private=True)
    assert "aucune tâche à votre nom" in reply and "Chiffrer" not in reply, reply


def test_who_must_do_a_task_is_its_pilot(groups: dict[str, Chat]) -> None:
    reply = groups["aines35"].say("qui doit mettre à jour le registre ?", private=True)
    assert "Yann Quéré" in reply and "registre des personnes isolées" in reply, reply


@pytest.fixture(scope="module")
def youth() -> Chat:
    """A youth policy group: « jeunesse » is in most roles, the decisions need not say it."""
    chat = make_chat(Store.memory(), NOW, group_config("jeunesse", timezone="Europe/Paris", locale="fr_FR"))
    data = chat.store.group("jeunesse")
    data.add_member("Inès Carrère", "Ville de Pau", "Adjointe au maire chargée de la jeunesse")
    data.add_member("Bastien Loustau", "Département des Pyrénées-Atlantiques", "Chef du service jeunesse")
    data.add_member("Léa Hourcade", "Mission locale", "Conseillère, référente jeunes")
    data.add_member("Marc Etchegaray", "CAF", "Chargé de mission jeunesse et parentalité")
    held = data.add_meeting(at("2026-11-10 18:00"), at("2026-11-10 20:00"), "Maison des jeunes, Pau")
    data.update_meeting(held.number, lambda m: replace(m, status="held"))
    for text in ("Les sorties culturelles sont gratuites pendant les vacances.",
                 "Le point sur le budget participatif est reporté à la séance de mars.",
                 "Les permanences ont lieu le mercredi après-midi.",
                 "Une commission d'attribution examine les bourses d'été."):
        data.add_decision(text, NOW.date(), held.number, "Inès Carrère", "telegram:coord-1", NOW)
    return chat


def test_the_theme_beside_a_topic_is_not_asked_of_the_decision(youth: Chat) -> None:
    reply = youth.say("qu'a-t-on décidé sur les sorties des jeunes ?", private=True)
    assert "sorties culturelles" in reply and "permanences" not in reply, reply


def test_the_theme_alone_is_still_the_topic(youth: Chat) -> None:
    # « les jeunes » alone names no decision: no decision is shown as if it did.
    reply = youth.say("qu'a-t-on décidé sur les jeunes ?", private=True)
    assert "Décision n°" not in reply, reply


@pytest.mark.parametrize("question", ["qu'est-ce qui a été reporté ?", "le budget participatif, c'est reporté ?"])
def test_a_postponed_point_is_a_decision(youth: Chat, question: str) -> None:
    reply = youth.say(question, private=True)
    assert "budget participatif est reporté" in reply and "sorties culturelles" not in reply, reply


@pytest.mark.parametrize("question", ["on a décidé quoi pour la commission ?", "qu'a-t-on décidé concernant la commission ?"])
def test_a_kind_of_body_some_decisions_speak_of_is_their_topic(youth: Chat, question: str) -> None:
    # « commission » usually names the group itself (a stop word); here a decision speaks of one.
    reply = youth.say(question, private=True)
    assert "Décisions sur" in reply and "commission d'attribution" in reply and "sorties" not in reply, reply


def test_the_group_itself_is_no_topic(youth: Chat) -> None:
    # « le groupe » names no decision: the latest decisions, as /decisions.
    assert "Dernières décisions" in youth.say("qu'a-t-on décidé pour le groupe ?", private=True)

