"""The words of a tourism office's comité de direction, of the lead's blind set 82 (otluberon84, the comité of an
invented intercommunal Office de tourisme in the Luberon, asked by the campsites' representative on Tuesday
1 December 2026), missed on its first run, asked in other words, with the neighbours that must stay as they were:

- « l'OT », « le BIT », « la TS », « le BP » (entities.toml, lexicon.toml); « l'Office de tourisme » for a body
  whose services are written « <body>, direction », « <body>, comptabilité »… (world.py);
- a body's unit asked who takes care of it (answers_people.py, role_scope.py); a trade asked in the plural
  (family_body.py); « labellisés » of a network joined (lexicon.toml);
- the one sitting of a day asked (answers_meetings.py); a venue with no sitting in the span asked (idem);
- « le vote du budget 2026 c'était à quelle date ? », « le PV du comité sur le budget 2026 ? » (decided_sitting.py);
  « le vote du budget 2027 c'est quel jour ? » (agenda_when.py);
- chat's « tu peux me sortir », « de calées », « socio-pros », « la doc », « comme d'hab », « j'ai été marqué
  excusé », « je figure dans les présents », « c qui chez nous », « a dit s'il venait » (lexicon.toml,
  imperative_request.py, own_body.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def office() -> Chat:
    return build_group("otluberon84")


@pytest.fixture(scope="module")
def reseau() -> Chat:
    return build_group("reseau92")


def test_a_tourism_office_s_initials(office: Chat) -> None:
    assert "n°5" in sure(office, "la séance du BP 2027 a lieu où ?", "meeting_which")
    assert "Décision n°1" in sure(office, "le BP 2026 a été adopté comment ?", "decisions_topic")
    assert "10 décembre" in sure(office, "la déclaration de la TS c'est pour quand ?", "dates_period")
    assert "n°7" in sure(office, "la réunion au BIT de Bonnieux c'est quand ?", "meeting_which")
    assert "Sophie Reboul-Castan" in sure(office, "c'est qui la directrice de l'OT ?", "role_holder")
    # Neighbour: « ts » in lower case is still « tous » (« bonjour à ts »).
    assert not outcome_of(office, "bonjour à ts").confident


def test_a_body_by_the_opening_its_services_share(office: Chat) -> None:
    reply = sure(office, "qui est de l'Office de tourisme ?", "org_representative")
    assert "Aurélie Manent" in reply and "Lucie Ferracci" in reply and "Sophie Reboul-Castan" in reply
    assert "Jean-Marc Aubanel" not in reply  # his role names the Office, his body is the communauté de communes
    assert "Véronique Astier" in sure(office, "les gens de l'OT c'est qui ?", "org_members")
    # Neighbour: the communauté de communes keeps its own people.
    assert "Jean-Marc Aubanel" in sure(office, "qui représente la com com ?", "org_representative")


def test_a_unit_asked_who_takes_care_of_it(office: Chat) -> None:
    assert "Kévin Lambert" in sure(office, "qui gère le bureau de Bonnieux ?", "in_charge")
    # Neighbour: asked who represents it, the unit's people as before.
    assert "Kévin Lambert" in sure(office, "qui représente le bureau de Roussillon ?", "org_representative")


def test_a_trade_asked_in_the_plural(office: Chat) -> None:
    assert "Camille Bérard" in sure(office, "qui représente les hôtels ?", "role_holder")
    assert "Thomas Roumanille" in sure(office, "le représentant des campings c'est qui ?", "role_holder")
    # Neighbour: the body in the singular stays the body's people.
    assert "Thomas Roumanille" in sure(office, "qui vient du camping ?", "org_representative")


def test_a_label_held_by_joining_a_network(office: Chat) -> None:
    assert "Décision n°3" in sure(office, "on est bien labellisés Accueil Vélo ?", "decisions_topic")
    # Neighbour: who renewed the membership is still asked of the task.
    assert "Aurélie Manent" in sure(office, "qui s'est occupé de l'adhésion Accueil Vélo ?", "in_charge")


def test_the_one_sitting_of_a_day(office: Chat) -> None:
    reply = sure(office, "le 19 janvier on a quoi comme réunion ?", "meeting_which")
    assert "Séance n°6" in reply and "Ordre du jour" in reply
    # Neighbour: asked as a list, the list.
    assert "Prochaines séances" in sure(office, "les réunions du 19 janvier ?", "meetings_upcoming")


def test_a_venue_with_no_sitting_in_the_span_asked(office: Chat) -> None:
    outcome = outcome_of(office, "quels horaires pour Roussillon en juillet août ?")
    assert not outcome.confident and "Aucune séance « Roussillon »" in outcome.reply.plain()
    # Neighbour: a sitting named at that venue is still found.
    assert "Séance n°2" in sure(office, "la réunion à Roussillon c'était quand ?", "meeting_which")


def test_a_sitting_named_by_what_was_voted_or_by_its_minutes(office: Chat) -> None:
    assert "Séance n°1" in sure(office, "le vote du budget 2026 c'était quel jour ?", "meeting_which")
    assert "séance n°1" in sure(office, "le compte rendu de la réunion sur le budget 2026 ?", "minutes_request")
    assert "n°5" in sure(office, "le vote du budget primitif c'est quel jour ?", "meeting_which")
    # Neighbour: a decision asked by its verb stays the decision.
    assert "Décision n°1" in sure(office, "le budget 2026 a été voté quand ?", "decisions_topic")


def test_chat_s_words(office: Chat) -> None:
    assert "Prochaines séances" in sure(office, "vous pouvez me sortir les réunions qui arrivent", "meetings_upcoming")
    assert "2027 (2)" in sure(office, "on a quoi comme réunions de calées en 2027 ?", "meetings_upcoming")
    assert "Membres du groupe" in sure(office, "la composition complète du codir ?", "directory")
    assert "Séance n°6" in sure(office, "l'atelier des socio-pros c'est où ?", "meeting_which")
    assert "15 février" in sure(office, "la bourse d'échange de doc c'est avant quand ?", "dates_period")
    assert "Séance n°5" in sure(office, "le 15 décembre c'est à 18h comme d'hab ?", "meeting_which")
    assert "parmi les excusés" in sure(office, "j'étais marqué excusé le 17 novembre ?", "attendance_meeting")
    assert "parmi les présents" in sure(office, "je figure dans les présents de la séance de juin ?",
                                        "attendance_meeting")
    assert "Tâches annulées" in sure(office, "des tâches abandonnées en cours de route ?", "tasks_late")
    assert "Marion Chabaud" in sure(office, "le Parc c qui chez nous", "org_representative")
    assert "n'a rien annoncé" in sure(office, "le Parc a dit s'il venait au comité du 15 ?", "rsvp_upcoming")


def test_the_network_s_neighbours(reseau: Chat) -> None:
    # The network's own words, untouched by the office's.
    assert "Sophie Garnier" in sure(reseau, "qui représente Sceaux ?", "org_representative")
    assert "Prochaines séances" in sure(reseau, "les prochaines réunions ?", "meetings_upcoming")


def test_the_neighbours_the_older_sets_keep() -> None:
    # A span that holds today leaves the venue designating (lead's set 54); a day asked of a decision's permanence
    # stays the decision's (set 43b): « quel jour » asks a sitting only of an act it does (« le vote du … »).
    assert "n°7" in sure(build_group("episol33"), "la journée des bénévoles c'est quand cette année ?", "meeting_which")
    assert "mercredi de 13 h 30" in sure(build_group("mda45"), "si un de mes élèves veut voir quelqu'un à Montargis, "
                                         "la permanence c'est quel jour ?", "decisions_topic")
