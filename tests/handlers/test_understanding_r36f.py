"""Questions of the lead's blind set 68 (saison73, the comité saisonniers of
an invented ski resort of the Tarentaise, asked by the secretary of a
seasonal workers' association on Tuesday 1 December 2026), missed on its
first run, asked in other words, with the neighbours that must stay as they
were:

- a body's head asked by the verb of heading it (« qui commande la brigade
  de gendarmerie ? ») is its head by role, before a decision naming the
  body at work (answer.py, body_head.py);
- « qui vient de <body> au comité ? » with no sitting picked out is who sits
  for the body, not an announcement (presence_body.py);
- « notre contact à <body> pour … » is the body's representative whom the
  charge singles out (body_charge.py);
- « sans rdv », « sans rendez-vous » with a decision's words is that
  decision, also when no reading was sure or a weekday is said; asked
  « qui », the member whose title opens the decision (agenda_when.py,
  second_look.py, who_named.py);
- a sitting asked when by the words of its heading that no decision holds
  (« le comité de mi-saison ») (heading_words.py);
- « X, enfin Y » mends X (self_corrected.py);
- « l'inspecteur du travail c'est qui ? »: a sole holder's title with its
  complement (role_phrases.py);
- « la réunion à la com com » of a sitting at the « siège de la communauté
  de communes … » (body_places.py);
- « la réunion bilan de l'été » names the sitting so headed
  (described_meeting.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.self_corrected import self_corrected
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def saison() -> Chat:
    return build_group("saison73")


def test_a_bodys_head_by_the_verb_before_a_decision_naming_the_body(saison: Chat) -> None:
    assert "Cédric Lamy" in sure(saison, "qui commande la brigade de gendarmerie ?", "role_holder")
    # What the brigade does stays the decision, naming its commander.
    doing = sure(saison, "qui organise les soirées de prévention dans les résidences ?", "in_charge")
    assert "deux soirées de prévention" in doing and "Cédric Lamy" in doing


def test_who_comes_from_a_body_to_the_committee_sits_for_it(saison: Chat) -> None:
    assert "Claire Duc" in sure(saison, "qui vient de l'office de tourisme au comité ?", "org_representative")
    # A sitting picked out (by order or day) asks the announcements.
    assert "a annoncé sa présence" in sure(saison, "qui vient de la CAF au prochain comité ?", "rsvp_upcoming")
    assert "a annoncé sa présence" in sure(saison, "qui vient de la CAF le 9 ?", "rsvp_upcoming")


def test_our_contact_at_a_body_for_a_charge_is_its_representative(saison: Chat) -> None:
    assert "Julie Morel" in sure(saison, "qui est notre contact à France Travail pour les saisonniers ?",
                                 "org_representative")
    assert "Fabienne Girod" in sure(saison, "qui est notre interlocuteur à la CAF pour le logement des jeunes ?",
                                    "org_representative")


def test_without_an_appointment_is_the_decisions_not_a_meeting(saison: Chat) -> None:
    assert "17 h à 19 h" in sure(saison, "le médecin prend les saisonniers sans rdv quand ?", "decisions_topic")
    # Asked who, with the decision's weekday: the member whose title opens the decision.
    who = sure(saison, "qui reçoit les saisonniers sans rendez-vous le jeudi ?", "in_charge")
    assert "Pierre-Yves Mugnier" in who and "17 h à 19 h" in who
    # A meeting asked on a Thursday stays the meetings'.
    assert "Aucune séance" in sure(saison, "y a une réunion jeudi ?", "meeting_which")


def test_a_sitting_asked_by_the_words_of_its_heading(saison: Chat) -> None:
    assert "Séance n°6" in sure(saison, "le comité de mi-saison c'est quel jour ?", "meeting_which")
    assert "Séance n°7" in sure(saison, "le bilan de la saison d'hiver c'est prévu quand ?", "meeting_which")
    # Words a decision holds stay the decision's.
    assert "15 décembre" in sure(saison, "la soirée d'accueil des saisonniers c'est quel jour ?", "decisions_topic")


def test_enfin_after_a_comma_mends_a_name(saison: Chat) -> None:
    assert "Julie Morel" in sure(saison, "qui vient de Pôle emploi, enfin France Travail ?", "org_representative")
    assert self_corrected("la réunion de mars, enfin d'avril, c'est où ?") == "la réunion d'avril, c'est où ?"
    # « enfin » saying « at last » or « well » mends nothing.
    assert self_corrected("le compte rendu, enfin disponible ?") == "le compte rendu, enfin disponible ?"
    assert self_corrected("bon, enfin la réunion c'est quand ?") == "bon, enfin la réunion c'est quand ?"


def test_a_sole_holders_title_with_its_complement(saison: Chat) -> None:
    assert "Benoît Colas" in sure(saison, "l'inspecteur du travail c'est qui ?", "role_holder")
    # A complement the holder's role does not say is no title of the group's.
    assert not outcome_of(saison, "le médecin du travail c'est qui ?").confident
    # Asked whether the holder comes: the holder's announcement.
    assert "a présenté ses excuses" in sure(saison, "l'inspecteur du travail sera là mercredi 9 ?", "rsvp_upcoming")


def test_the_sitting_at_an_intercommunalitys_seat(saison: Chat) -> None:
    assert "Séance n°2" in sure(saison, "la réunion à la com com c'était quand ?", "meeting_which")
    assert "séance n°2" in sure(saison, "le PV de la réunion à la com com ?", "minutes_request")
    # Its people asked stay the body's.
    assert "Amandine Roux" in sure(saison, "les gens de la com com dans le comité ?", "org_members")


def test_a_sitting_named_by_the_review_its_heading_says(saison: Chat) -> None:
    assert "séance n°1" in sure(saison, "Le compte rendu de la réunion bilan de l'été est-il disponible ?",
                                "minutes_request")
    assert "Séance n°1" in sure(saison, "la réunion bilan de l'été c'était où ?", "meeting_which")
    assert "séance n°1" in sure(saison, "le CR du bilan de l'été ?", "minutes_request")
