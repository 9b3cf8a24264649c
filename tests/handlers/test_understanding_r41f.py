"""The words of a social landlord's allocation commission, of blind set 83
(caleol72, the CALEOL of an invented OPH of the Sarthe, asked by the
tenants' representative on Tuesday 1 December 2026), missed on its first
run, asked in other words, with the neighbours that must stay as they were:

- « CALEOL » and « CAL » heading the sittings' places name the same
  formation as « commission d'attribution », as « copil » does its comité
  (entities.toml): « la CALEOL de septembre », « la dernière CALEOL »;
- the CALEOL and the CAL as kinds of group (lexicon.toml `group_kinds`):
  « qui siège à la caleol ? », « les dernières décisions de la caleol ? »;
  after a subject, « siège » is the verb siéger, no head office (venues.py);
- « on la revoit tous les combien ? » asks a rhythm (rhythm_asked.py);
- « le 10 on passe quoi ? » asks the agenda (intents.toml);
- « … c'était qui ? » asks the holder of a closed errand too (task_first.py);
- a noun of membership inside a sitting's name asks no composition
  (« le séminaire des partenaires », group_composition.py);
- « la caleol siège où ? »: the group as the subject of its sitting verb is
  « on » (own_meetings.py);
- « Marc du CCAS il vient … ? »: a first name French knows as a word, then its
  body, then a verb of coming (persons.py);
- « les dossiers complets pour la commission du 10, c'est pour quand ? »: the
  sitting a deadline is for, in the deadline's own words (sitting_served.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def caleol() -> Chat:
    return build_group("caleol72")


@pytest.fixture(scope="module")
def cllaj() -> Chat:
    return build_group("cllaj-strasbourg")


def test_the_initials_heading_the_sittings_name_them(caleol: Chat, cllaj: Chat) -> None:
    assert "jeudi 24 septembre 2026" in sure(caleol, "la CALEOL de septembre c'était quel jour déjà ?", "meeting_which")
    assert "n°3" in sure(caleol, "c'était quand la dernière CALEOL ?", "meeting_last")
    reply = sure(caleol, "la caleol du 19 novembre c'était où ?", "meeting_which")
    assert "jeudi 19 novembre 2026" in reply and "Aucune séance" not in reply
    assert "n°3" in sure(caleol, "le PV de la dernière caleol ?", "minutes_request")
    # Neighbours: the plain noun still picks the sittings; another group's CAL stays its own.
    assert "n°3" in sure(caleol, "la dernière réunion c'était quand ?", "meeting_last")
    other = outcome_of(cllaj, "la prochaine CAL est prévue quand ?")
    assert other.confident and "Séance n°4" in other.reply.plain()


def test_the_caleol_is_the_group(caleol: Chat) -> None:
    assert "Membres du groupe" in sure(caleol, "qui siège à la caleol ?", "directory")
    assert "Dernières décisions" in sure(caleol, "les dernières décisions de la caleol ?", "decisions_recent")
    assert "annulée" in sure(caleol, "y a des tâches de la caleol annulées ?", "tasks_late")
    # Neighbours: the head office is still a place; the members still the directory.
    assert "siège de Loir et Sarthe Habitat" in sure(caleol, "c'est au siège la caleol ?", "meeting_which")
    assert "Membres du groupe" in sure(caleol, "qui fait partie de la caleol ?", "directory")


def test_a_rule_seen_again_asks_its_rhythm(caleol: Chat) -> None:
    assert "tous les trois ans" in sure(caleol, "la sous-occupation on la revoit tous les combien ?", "decisions_topic")
    assert "une fois par mois" in sure(caleol, "on se réunit tous les combien ?", "decisions_topic")


def test_what_goes_before_the_commission(caleol: Chat) -> None:
    assert "Examen de l'occupation" in sure(caleol, "le 10 on passe quoi ?", "agenda_items")
    assert "Mutations pour adaptation" in sure(caleol, "on passe quoi en janvier ?", "agenda_items")
    assert "Les Tilleuls" in sure(caleol, "Quels sujets seront examinés lors de la prochaine séance de la CALEOL ?",
                                  "agenda_items")
    # Neighbour: « il se passe quoi » stays the day's dates.
    assert "Agenda le jeudi 10 décembre 2026" in sure(caleol, "il se passe quoi le 10 ?", "dates_period")


def test_the_holder_of_a_closed_errand(caleol: Chat) -> None:
    reply = sure(caleol, "la visite des Tilleuls pour les membres c'était qui ?", "in_charge")
    assert "Thierry Vallée" in reply and "(annulée)" in reply and "Damien Lecomte" not in reply
    assert "Émilie Cormier" in sure(caleol, "l'envoi de la grille c'était qui ?", "in_charge")
    # Neighbour: an open errand asked so stays the open one.
    assert "Christelle Bruneau" in sure(caleol, "le recensement de la sous-occupation c'était qui ?", "in_charge")


def test_a_sitting_named_after_its_guests(caleol: Chat) -> None:
    assert "jeudi 11 mars 2027" in sure(caleol, "le séminaire des partenaires c'est quand ?", "meeting_which")
    assert "rapport annuel" in sure(caleol, "les points du séminaire des partenaires ?", "agenda_items")
    # Neighbour: the partners alone are the directory.
    assert "Membres du groupe" in sure(caleol, "qui sont les partenaires ?", "directory")


def test_the_group_as_the_subject_of_its_sitting(caleol: Chat) -> None:
    assert "agence de Vaubourg-le-Loir" in sure(caleol, "en janvier la caleol siège où ?", "meeting_which")
    assert "agence de Vaubourg-le-Loir" in sure(caleol, "la caleol siège où en janvier ?", "meeting_which")


def test_a_first_name_french_knows_then_its_body(caleol: Chat) -> None:
    reply = sure(caleol, "Marc du CCAS il vient à la prochaine caleol ?", "rsvp_upcoming")
    assert "Marc Tessier" in reply and "rien annoncé" in reply
    assert "Marc Tessier" in sure(caleol, "c'est qui Marc du CCAS ?", "who_is")
    # Neighbour: « marc » in a sentence about coffee names nobody.
    assert not outcome_of(caleol, "le marc de café ça va au compost ?").confident


def test_the_sitting_a_deadline_is_for(caleol: Chat) -> None:
    reply = sure(caleol, "les dossiers complets pour la commission du 10, c'est pour quand dernier délai ?", "dates_period")
    assert "jeudi 3 décembre 2026" in reply and "Transmission des dossiers complets" in reply
    # Neighbour: the sitting of that day asked alone stays the sitting.
    assert "Séance n°4" in outcome_of(caleol, "la commission du 10, c'est quand ?").reply.plain()
    assert outcome_of(caleol, "la commission du 10, c'est quand ?").confident
