"""What the lead's blind set 84 (ccid80, the commission communale des impôts
directs of an invented commune of the Somme, asked by a titular commissaire
on Tuesday 1 December 2026) missed on its first run, asked in other words,
with the neighbours that must stay as they were:

- a weary complaint told without « ? » (« … c'est toujours la galère avec
  les gens qui … », « …, comme d'hab ») asks nothing, the « qui » of a
  relative notwithstanding: opinions.is_complaint (lexicon.toml, complaints
  and weary_closings), read by framing.is_statement;
- « taux » is a word, not a glued « t'aux » (lexicon.toml, lemmas): the
  deadline « Vote des taux … » answers when the rates are voted;
- a deadline named by its head noun (« la délib sur la taxe … avant
  quand ? » of « Délibération sur la taxe … ») is asked though a decision
  holds the topic too (deadline_asked._named);
- « la dernière CCID » whose latest sitting held is the group's latest is
  the last meeting (meeting_rank.latest_held_there);
- the members, the composition or the decisions « de la CCID », when the
  CCID is the body the group is of, are the group's (group_body.py);
- an artisan's trade is a title (« c'est qui le maçon ? » of « artisan
  maçon »): role_forms.role_titles;
- « l'urba », « les locaux pro »: the service urbanisme and the locaux
  professionnels (lexicon.toml, shorthand_phrases);
- « la fois d'avant » is the last meeting (intents.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ccid() -> Chat:
    return build_group("ccid80")


def test_a_weary_complaint_asks_nothing(ccid: Chat) -> None:
    assert not outcome_of(ccid, "la liste 41 c'est vraiment la galère avec les propriétaires qui répondent pas").confident
    assert not outcome_of(ccid, "les coefficients de localisation vont encore changer, comme d'habitude").confident
    # Neighbours: the same words asked stay questions.
    assert "Thomas Boulanger" in sure(ccid, "qui transmet les DAT au centre des impôts ?", "in_charge")
    assert "Fresnoy-le-Bas" in sure(ccid, "qu'a-t-on décidé sur la révision des valeurs locatives ?", "decisions_topic")


def test_the_rates_are_a_deadline(ccid: Chat) -> None:
    assert "15 avril" in sure(ccid, "quand est-ce que le conseil municipal vote les taux 2027 ?", "dates_period")
    assert "30 septembre" in sure(ccid, "la délibération sur la taxe des logements vacants c'est avant quand ?",
                                  "dates_period")
    # Neighbour: what was decided of the tax is still the decision.
    assert "à compter de 2028" in sure(ccid, "qu'a-t-on décidé sur la taxe sur les logements vacants ?",
                                       "decisions_topic")


def test_the_last_sitting_named_by_its_heading(ccid: Chat) -> None:
    assert "n°3" in sure(ccid, "la précédente CCID avait lieu dans quelle salle ?", "meeting_last")
    assert "n°3" in sure(ccid, "la fois d'avant c'était où ?", "meeting_last")
    # Neighbours: the last field visit is not the last sitting; the next CCID is the next one.
    assert "n°2" in sure(ccid, "la dernière visite terrain c'était quand ?", "meeting_last")
    assert "n°4" in sure(ccid, "la prochaine ccid c'est quand ?", "meeting_which")


def test_the_group_body_is_the_group(ccid: Chat) -> None:
    assert "Membres du groupe" in sure(ccid, "qui sont les membres de la CCID ?", "directory")
    assert "Dernières décisions" in sure(ccid, "les dernières décisions de la ccid ?", "decisions_recent")
    # Neighbour: one of its bodies asked stays that body's people.
    assert "Régis Facon" in sure(ccid, "les suppléants c'est qui ?", "org_representative")


def test_titles_and_cards(ccid: Chat) -> None:
    assert "Christophe Lenoir" in sure(ccid, "qui est l'artisan maçon de la commission ?", "role_holder")
    assert "Élodie Roussel" in sure(ccid, "qui est l'instructrice à l'urba ?", "role_holder")
    assert "Karine Lemaire" in sure(ccid, "c'est qui la contrôleuse pour les locaux pro ?", "role_holder")
    # Neighbour: a member's standing checked alone is still the card.
    assert "Commissaire titulaire" in sure(ccid, "Alain Mercier est titulaire ?", "who_is")
