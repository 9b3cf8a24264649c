"""The lead's general fixes of the twenty-fourth round, found on the lead's
set 37 (pvd15, the Petites villes de demain programme of Saint-Flour) and
checked in other words and on another group (pre18, Vierzon): a request
or an indirect question is read as the direct question it asks
(« rappelle-moi qui … », « dis-moi ce qu'on a … », « je cherche le PV … »,
« j'ai besoin du contact … », « je me demandais qui était … »: indirect.py),
while chat among members that opens the same way keeps its words; « la
date de la réunion de mars » is that meeting, not the month's dates
(meeting_rivals.meeting_first); « le copro » is the comité de projet where
sittings are headed so (entities.toml); a « Communauté » named by its town
is the communauté de communes (entities.toml [weak_kinds]); parking is
asked for stationnement (families.toml); the group's own name after an
order word is its sitting (« la date du prochain CLE ? »: meeting_named,
meeting_rivals.own_sitting)."""

from __future__ import annotations

import pytest

from handlers.understanding.indirect import direct_question
from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def saint_flour() -> Chat:
    return build_group("pvd15")


@pytest.fixture(scope="module")
def vierzon() -> Chat:
    return build_group("pre18")


@pytest.mark.parametrize(("text", "direct"), [
    ("rappelle-moi qui dirige l'office de tourisme", "qui dirige l'office de tourisme ?"),
    ("Dites-nous ce qu'on a décidé sur la navette.", "qu'est-ce qu'on a décidé sur la navette ?"),
    ("je voudrais savoir ce qui est prévu jeudi", "qu'est-ce qui est prévu jeudi ?"),
    ("Bonjour, je cherche le PV de septembre", "Bonjour, le PV de septembre ?"),
    ("j'ai besoin du contact chez Action Logement", "le contact chez Action Logement ?"),
    ("besoin de la liste des membres svp", "la liste des membres svp ?"),
    ("J'aurais besoin de la liste des présents du 19", "la liste des présents du 19 ?"),
    ("je veux la liste des tâches en retard", "la liste des tâches en retard ?"),
    ("on se demande s'il y a une réunion en janvier", "est-ce qu'il y a une réunion en janvier ?"),
    ("je me demandais qui était Mme Roux", "qui est Mme Roux ?"),
    # « qui était là » is attendance: the imperfect stays.
    ("je me demandais qui était là jeudi", "qui était là jeudi ?"),
    ("tu peux me dire ce qu'on a cette semaine ?", "qu'est-ce qu'on a cette semaine ?"),
])
def test_a_request_is_the_question_it_asks(text: str, direct: str) -> None:
    assert direct_question(text) == direct


@pytest.mark.parametrize("text", [
    "je cherche un local pour une amie",  # something indefinite, sought among members
    "je cherche des bénévoles pour samedi",
    "besoin d'un coup de main samedi",
    "je voudrais remercier la CCI pour son accueil",  # a wish, but of nothing the bot holds
    "je veux des infos",
    "rappelle-moi demain matin stp",  # an order to a member, no question after it
    "dis-moi Karim, tu as vu les vitrines ?",
    "dis-moi si tu viens mardi",  # « si tu »: asked of a member
    "dis-moi quand t'arrives",  # « t' » before a vowel: asked of the member told too
    "je me demandais si tu avais reçu mon mail",
])
def test_chat_opening_like_a_request_keeps_its_words(text: str) -> None:
    assert direct_question(text) == text


def test_requests_are_answered_as_their_questions(saint_flour: Chat, vierzon: Chat) -> None:
    assert "Julie Besson" in sure(saint_flour, "rappelle-moi qui dirige l'office de tourisme", "role_holder")
    assert "Décision" in sure(saint_flour, "dis-moi ce qu'on a décidé pour la navette", "decisions_topic")
    assert "Julie Besson" in sure(saint_flour, "je me demandais qui était Julie Besson", "who_is")
    assert "six mois" in sure(saint_flour, "je me demandais combien de temps dure la boutique à l'essai",
                              "decisions_topic")
    assert "n°3" in sure(saint_flour, "je cherche le PV du dernier comité technique", "minutes_request")
    assert "François Teyssier" in sure(saint_flour, "j'ai besoin du contact chez Action Logement", "org_representative")
    # Other words, another group.
    assert "Sophie Marchand" in sure(vierzon, "rappelle-moi qui coordonne le PRE", "role_holder")
    assert "orthophonie" in sure(vierzon, "dites-moi ce qu'on a décidé pour l'orthophonie", "decisions_topic")
    assert "Hervé Tissier" in sure(vierzon, "je me demandais qui était Hervé Tissier", "who_is")
    assert "Membres du groupe" in sure(vierzon, "j'ai besoin de la liste des membres", "directory")


def test_chat_among_members_stays_unanswered(saint_flour: Chat) -> None:
    for text in ("je cherche un local pour une amie fleuriste", "besoin d'un coup de main pour porter les panneaux samedi",
                 "rappelle-moi demain matin stp Patrick", "je me demandais si tu avais reçu mon mail, Mathieu"):
        assert not outcome_of(saint_flour, text).confident, text


def test_the_date_of_a_meeting_of_a_month_is_that_meeting(saint_flour: Chat, vierzon: Chat) -> None:
    assert "jeudi 11 mars 2027" in sure(saint_flour, "la date de la réunion de mars ?", "meeting_which")
    assert "jeudi 20 mai 2027" in sure(saint_flour, "rappelle-moi la date du cotech de mai", "meeting_which")
    assert "mardi 22 juin 2027" in sure(vierzon, "rappelez-nous la date du copil de juin", "meeting_which")
    # The dates of the month are still asked as such.
    reply = sure(saint_flour, "les échéances de février ?", "dates_period")
    assert "OPAH-RU" in reply


def test_the_copro_is_the_project_committee_where_sittings_are_so_headed(saint_flour: Chat, vierzon: Chat) -> None:
    assert "jeudi 11 mars 2027" in sure(saint_flour, "le copro de mars c'est quel jour ?", "meeting_which")
    assert "Plan de circulation" in sure(saint_flour, "on parle de quoi au prochain coproj ?", "agenda_items")
    # Vierzon has no comité de projet: « le copro » names no sitting there.
    assert not outcome_of(vierzon, "le copro de mars c'est quel jour ?").confident


def test_a_communaute_named_by_its_town_is_the_communaute_de_communes(saint_flour: Chat) -> None:
    for text in ("qui représente la communauté de communes ?", "qui vient de l'interco ?", "c'est qui à la comcom ?"):
        assert "Agnès Roux" in sure(saint_flour, text, "org_representative"), text


def test_parking_is_asked_for_stationnement(saint_flour: Chat) -> None:
    reply = sure(saint_flour, "on a décidé quoi pour le parking ?", "decisions_topic")
    assert "demi-heure" in reply
    assert "demi-heure" in sure(saint_flour, "on peut se garer gratuitement en ville haute ?", "decisions_topic")


def test_the_groups_own_name_after_an_order_word_is_its_sitting() -> None:
    perigueux = build_group("cle-perigueux")  # the comité local pour l'emploi of Périgueux, « le CLE »
    assert "n°4" in sure(perigueux, "la date du prochain CLE ?", "meeting_next")
    assert "n°4" in sure(perigueux, "rappelle moi la date du prochain CLE stp", "meeting_next")
    assert "n°3" in sure(perigueux, "le dernier CLE c'était où ?", "meeting_last")
    # A deadline named with the group's name stays a deadline.
    assert "Bilan annuel" in sure(perigueux, "le bilan du CLE c'est pour quand ?", "dates_period")


def test_please_opening_chat_is_no_request_and_no_crash(saint_flour: Chat) -> None:
    # « stp » opening a message closes no request (context_tail.without_own_reason): the message is read whole, and
    # a message of fillers only is read as asking nothing (task_words.asks_done), never a stack trace.
    for text in ("stp, je suis en télétravail", "STP, JE SUIS EN TELETRAVAIL", "stp", "svp"):
        assert not outcome_of(saint_flour, text).confident, text
    assert "n°4" in sure(saint_flour, "STP, ON SE VOIT QD LA PROCHAINE FOIS", "meeting_next")
