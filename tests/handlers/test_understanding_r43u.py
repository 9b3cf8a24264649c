"""Rules of a tax commission asked in words far from the decisions', of the
lead's blind set 84 (ccid80, the CCID of an invented commune of the Somme,
asked by a titular commissaire on Tuesday 1 December 2026), missed after its
fixes of the forty-first and forty-second rounds, asked in other words, with
the neighbours that must stay as they were:

- « les piscines vues sur les photos aériennes on les taxe direct ? » of
  « … repérés sur les photographies aériennes sont vérifiés … avant toute
  imposition »: a tax and its levying are one subject (lexicon.toml [topics]
  taxe_kin), « photo » is « photographie » and what is « vu » is « repéré »
  (families.toml [photographie], [repere_vu]), and « direct » only colours the
  question (worded_decision._ASKING);
- « le classement des maisons neuves du lotissement ? » of « Les pavillons …
  achevés en 2025 sont classés … »: a house « neuve » is one just « achevée »
  (neuf_kin);
- « un logement vide il faut combien de temps pour … vacant ? » of « Un
  logement inoccupé depuis plus de deux ans … »: « depuis plus de deux ans »
  states a length (decision_facts._DURATION), « vide » is « inoccupé »
  (inoccupe_kin);
- « les logements … signalés par la mairie on les envoie direct aux
  impôts ? » of « … signalés vacants par les services municipaux … transmis à
  la DGFiP »: the town hall is shown by the commune's adjective
  (dominance.shows_bodies), « les impôts » are the DGFiP (families.toml
  [administration_fiscale]).

And of set 49c (copro93): « Gisèle Fontaine elle habite quel bâtiment ? »,
where a member lives, asked of a card naming her a resident (« résidente du
bâtiment D »): the verb of living is no word the card must repeat
(pipeline._on_card)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ccid() -> Chat:
    return build_group("ccid80")


def test_a_rule_found_by_related_words(ccid: Chat) -> None:
    assert "vérifiés par le géomètre" in sure(
        ccid, "une piscine repérée sur une photo aérienne, elle est taxée directement ?", "decisions_topic")
    assert "catégorie 5" in sure(ccid, "les maisons neuves des Peupliers, c'est quel classement ?", "decisions_topic")


def test_how_long_a_state_must_last(ccid: Chat) -> None:
    assert "deux ans" in sure(ccid, "un appartement vide, au bout de combien de temps on le considère vacant ?",
                              "decisions_topic")


def test_the_town_hall_shown_by_its_services(ccid: Chat) -> None:
    assert "vérifiés sur place" in sure(
        ccid, "les logements signalés vacants par la mairie, on les transmet aux impôts tout de suite ?",
        "decisions_topic")


def test_neighbours_stay_as_they_were(ccid: Chat) -> None:
    # A task done by the town hall is still the task, no decision.
    assert "Envoyer la convocation" in sure(ccid, "la mairie a envoyé la convocation ?", "in_charge")
    # How long a meeting lasts is the meeting's, not a rule's length.
    assert "14h30–17h30" in sure(ccid, "combien de temps dure la réunion de mardi ?", "meeting_which")
    # Chatter on an empty home or on photos stays quiet.
    for chatter in ("le logement de ma voisine est vide depuis deux ans, ça me désole",
                    "les photos de la tournée sont sur le drive"):
        assert not outcome_of(ccid, chatter).confident, chatter


def test_where_a_member_lives_is_on_her_card() -> None:
    copro = build_group("copro93")
    assert "résidente du bâtiment D" in sure(copro, "Gisèle, elle habite quel bâtiment ?", "who_is")
    # A place her card does not say stays unsure.
    assert not outcome_of(copro, "Gisèle Fontaine elle habite quelle ville ?").confident
