"""The French of the Antilles coloured by Creole, of blind set 47a (pdi971,
the comité technique of the Département de la Guadeloupe's insertion
programme, asked by the jardin créole's encadrante technique on Tuesday
1 December 2026), missed on its first run, asked in other words, with the
neighbours that must stay as they were:

- the Creole grammar words written in French before the message is read
  (« ki lè réinion-la ? », « kimoun ka représenté CAF-la ? », « sa nou té
  décidé pou transpò-a ? »), and plain French or the Creole of La Réunion
  left to their own readings (antilles_turns.py);
- « combien de fois on se réunit ? », « … combien de fois par jour ? »: how
  often, the decision setting the rhythm (lexicon.toml, rhythm_asked.py);
- « à Pointe-Noire » is no « Pointe » (the CCAS de Pointe-à-Pitre's town
  said short): another town's name (entities.py);
- « le PLIE c'est qui ? »: initials a role spells out name that body, its
  people answer (answers_people.py);
- « s'il y a un cyclone » finds « vigilance orange cyclonique »
  (lexicon.toml's topics)."""

from __future__ import annotations

import pytest

from handlers.understanding.antilles_turns import antilles_as_french
from tests.handlers.questions_eval import read_as, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def pdi() -> Chat:
    return build_group("pdi971")


@pytest.fixture(scope="module")
def quartiers() -> Chat:
    return build_group("quartiers974")


def test_antilles_creole_is_read_as_french(pdi: Chat) -> None:
    assert "Prochaine séance n°4" in sure(pdi, "bonjou tout moun, ki lè réinion-la jédi ?", "meeting_which")
    assert "Sandrine Zénon" in sure(pdi, "kimoun ka représenté CAF-la ?", "org_representative")
    assert "navette solidaire" in sure(pdi, "sa nou té décidé pou transpò-a ?", "decisions_topic")
    assert "Décisions de la séance n°3" in sure(pdi, "an pa té la Sainte-Rose, sa zòt décidé ?", "decisions_recent")
    assert "fiche de présentation du jardin créole" in sure(pdi, "sa an ni pou fè ?", "tasks_mine")
    assert "Aucune présence" in sure(pdi, "kimoun ki té vini pou vizit chantié naval-la ?", "attendance_meeting")
    assert "Séance n°5" in sure(pdi, "ki réinion ki ka vini apré le 10 ?", "meeting_which")
    assert "Prochaines séances" in sure(pdi, "ki réinion ki ka vini ?", "meetings_upcoming")
    assert "gymnase de Morne-à-l'Eau" in sure(pdi, "forum-la ké fèt ola ?", "decisions_topic")


def test_the_turns_written_in_french() -> None:
    assert antilles_as_french("ki jou nou ka wè ?") == "quel jour on se voit ?"
    assert antilles_as_french("kimoun Marie-Line Bélair yé ?") == "qui est Marie-Line Bélair ?"
    assert antilles_as_french("sa an pé mandé'w ?") == "qu'est-ce que je peux te demander ?"
    assert antilles_as_french("konpt rendu dènyé réinion-la sòti ?") == (
        "le compte rendu de la dernière réunion est sorti ?")
    # Neighbours: plain French, chat shorthand and the Creole of La Réunion are left as typed.
    for typed in ("l'an prochain on se réunit où ?", "ni la CAF ni la CGSS ?", "sa réunion est quand ?",
                  "celle-la c'est quand ?", "le we prochain on se voit ?", "tu fe koi ?", "ja, c'est quand ?",
                  "la réunion lé kan ?", "zot la décidé koi pou le transport ?", "il fo envoyer koi ?",
                  "c ki le CPE du collège", "c ki sa ?"):
        assert antilles_as_french(typed) == typed


def test_reunion_creole_keeps_its_readings(quartiers: Chat) -> None:
    assert "n°4" in sure(quartiers, "la dernière réunion lété o ?", "meeting_last")
    sure(quartiers, "ki i représente la CAF ?", "org_representative")


def test_how_often_asked_as_a_number_of_times(pdi: Chat) -> None:
    assert "une fois par trimestre" in sure(pdi, "combien de fois on se réunit ?", "decisions_topic")
    assert "une fois par trimestre" in sure(pdi, "konmen fwa nou ka réuni ?", "decisions_topic")
    assert "deux fois par jour" in sure(pdi, "la navette passe combien de fois par jour ?", "decisions_topic")
    # Neighbour: « tous les combien » as before.
    assert "une fois par trimestre" in sure(pdi, "on se réunit tous les combien ?", "decisions_topic")


def test_another_town_is_not_a_body_s_town_said_short(pdi: Chat) -> None:
    u = read_as(pdi, "combien de personnes travaillent dans le chantier Pointe-Noire ?", "decisions_topic")
    assert not [e for e in u.entities if e.kind == "org"]
    # Neighbours: « Pointe » alone, and the town in full, still name the CCAS de Pointe-à-Pitre.
    assert "Rosan Zamia" in sure(pdi, "le CCAS de Pointe c'est qui ?", "org_representative")
    assert "Rosan Zamia" in sure(pdi, "qui représente le CCAS de Pointe-à-Pitre ?", "org_representative")
    assert "Séance n°2" in sure(pdi, "la visite à Pointe-Noire c'était un samedi ?", "meeting_which")


def test_initials_a_role_spells_out_name_its_body(pdi: Chat) -> None:
    reply = sure(pdi, "le PLIE c'est qui ?", "org_representative")
    assert "Ensemble pour l'emploi Nord Grande-Terre : qui représente l'organisation" in reply
    assert "Émilie Théodose" in reply
    # Neighbours: asked as « qui représente », and a body by its own initials.
    assert "Émilie Théodose" in sure(pdi, "qui représente le PLIE ?", "org_representative")
    assert "Patrick Calixte" in sure(pdi, "la CGSS c'est qui ?", "org_representative")


def test_a_cyclone_finds_the_cyclone_warning(pdi: Chat) -> None:
    assert "vigilance orange cyclonique" in sure(pdi, "s'il y a un cyclone, la réunion est maintenue ?",
                                                 "decisions_topic")
