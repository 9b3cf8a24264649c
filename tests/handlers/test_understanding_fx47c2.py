"""What the lead's blind set lead97 (gdv51, the groupe de suivi of the schéma
départemental d'accueil des gens du voyage of the Marne) still missed after
fx47c, asked in other words, with the neighbours that must stay as they were:

- « prochain groupe de suivi : date, heure, salle ? », « les prochaines dates
  du groupe de suivi »: the group's sittings are headed « Groupe de suivi du
  schéma, … » and members name them so, as they say « le prochain copil »
  (entities.toml [meeting_formations] « groupe de suivi »);
- « les grands passages c'est à partir de quand ? »: a decision setting a
  season (« … du 1er mai au 30 septembre ») is what « à partir de quand ? » and
  « de quand à quand ? » ask of the thing it opens, though deadlines share its
  words (« Réception des demandes de grands passages ») and a confident
  reading found them (taking_effect.py, season_only; answer.py);
- « qui fait les états des lieux à l'arrivée sur les aires ? »: « à
  l'arrivée » is the reception a directory writes « accueil des familles »
  (lexicon.toml [shorthand_phrases])."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def gdv() -> Chat:
    return build_group("gdv51")


def test_the_groups_sittings_by_their_heading(gdv: Chat) -> None:
    assert "n°4" in sure(gdv, "le prochain groupe de suivi c'est où ?", "meeting_which")
    reply = sure(gdv, "les groupes de suivi à venir ?", "meetings_upcoming")
    assert "n°4" in reply and "n°5" in reply
    assert "Ordre du jour de la séance n°4" in sure(gdv, "il y a quoi au prochain groupe de suivi ?", "agenda_items")
    # Neighbours: the body's members and its coordinator stay people, not sittings.
    assert "Membres du groupe" in sure(gdv, "qui fait partie du groupe de suivi ?", "directory")
    assert "Claire Vautrin" in sure(gdv, "qui coordonne le groupe de suivi ?", "role_holder")


def test_a_season_set_by_a_decision_asked_by_its_start_or_ends(gdv: Chat) -> None:
    assert "1er mai au 30 septembre" in sure(gdv, "l'aire de grand passage c'est à partir de quand ?",
                                             "decisions_topic")
    assert "1er mai au 30 septembre" in sure(gdv, "les grands passages, ça dure de quand à quand ?", "decisions_topic")
    # Neighbours: a step towards it stays its deadline; a rule taking effect on a day stays that rule.
    assert "Réception des demandes de grands passages" in sure(
        gdv, "à partir de quand on envoie les demandes de grands passages ?", "dates_period")
    assert "2,50 euros" in sure(gdv, "le droit de place unique c'est à partir de quand ?", "decisions_topic")


def test_on_arrival_is_the_reception(gdv: Chat) -> None:
    assert "Mickaël Lefranc" in sure(gdv, "à l'arrivée sur une aire, qui fait les états des lieux ?", "in_charge")
    # Neighbour: the deposit asked on arrival stays the rule on it.
    assert "100 euros" in sure(gdv, "le dépôt de garantie à l'arrivée c'est combien ?", "decisions_topic")
    assert not outcome_of(gdv, "je serai là à l'arrivée des familles, à tout à l'heure").confident
