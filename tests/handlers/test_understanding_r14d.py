"""Roles, titles and charges asked precisely, that blind set 22d (cispd91,
the CISPD of Val d'Yerres Val de Seine) missed on its first run, asked in
other groups and other words:

- who stands in for a member named (« qui remplace Claire Dubois ? »,
  « Claire est absente, c'est qui qui prend le relais ? »): the decision on
  that member's absence, with the member it names besides
  (stood_in_for.py); « relais » is no slip of « délais »;
- « qui anime le groupe de travail … ? » of a decision where the work is
  « coanimé par … »: the shared verb (« co- ») is the verb asked (doers.py);
- the secretariat held by an administrative assistant (« Assistante
  administrative du CISPD »);
- « le parquet » is the tribunal judiciaire that members sit for;
- crime prevention's acronyms (VIF, CSU, FIPD, SPIP, CPIP, PM) and
  vidéoprotection's words;
- a meeting place headed by its formation and a qualifier (« Bureau
  restreint, Commissariat de Montgeron »): the venue after it is named
  alone (« la réunion au commissariat »)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import NOW, build_group, invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cispd() -> Chat:
    """The CISPD of Val d'Yerres Val de Seine (set 22d)."""
    return build_group("cispd91")


@pytest.fixture(scope="module")
def yverdon() -> Chat:
    """The youth commission of the Nord vaudois (set 19d), with two decisions added: an interim and a shared lead."""
    chat = build_group("yverdon")
    data = chat.store.group("yverdon")
    for text in ("Pendant le congé maternité de Léa Pittier, Valérie Monod assure l'intérim pour le Forum jeunesse.",
                 "La démarche de participation des jeunes est copilotée par Samir Haddadi et Kevin Ramos."):
        data.add_decision(text, date(2026, 11, 18), 4, "Martine Jaccard", "telegram:coord-1", NOW)
    return chat


def test_who_stands_in_for_a_member_is_the_decision_on_the_absence(cispd: Chat) -> None:
    for question in ("qui remplace Claire Dubois ?", "Claire est absente, c'est qui qui prend le relais ?",
                     "qui assure l'intérim de Claire ?"):
        reply = sure(cispd, question, "in_charge")
        assert "Aurélie Benhamou" in reply and "Décision n°9" in reply, question


def test_who_stands_in_for_a_member_in_another_group(yverdon: Chat) -> None:
    reply = sure(yverdon, "qui remplace Léa Pittier ?", "in_charge")
    assert "Valérie Monod" in reply
    reply = sure(yverdon, "Léa est en congé, qui prend le relais ?", "in_charge")
    assert "Valérie Monod" in reply


def test_no_decision_on_the_absence_names_no_stand_in(yverdon: Chat) -> None:
    """Nobody is said to replace the syndic: no decision is offered as if it said so."""
    outcome = outcome_of(yverdon, "qui remplace Christophe Tharin ?")
    assert not (outcome.confident and outcome.intent == "in_charge")


def test_a_shared_lead_is_the_verb_asked(cispd: Chat, yverdon: Chat) -> None:
    reply = sure(cispd, "le groupe de travail femmes et espace public, qui l'anime ?", "in_charge")
    assert "Laetitia Fournier" in reply and "Aurélie Benhamou" not in reply
    reply = sure(yverdon, "qui pilote la démarche de participation des jeunes ?", "in_charge")
    assert "Samir Haddadi" in reply


def test_the_secretariat_held_by_an_administrative_assistant(cispd: Chat) -> None:
    assert "Nathalie Perrin" in sure(cispd, "qui tient le secrétariat du CISPD ?", "role_holder")
    chat = invented_group("asst", ("Odile Marec", "Ville de Corbeil-Essonnes", "Assistante administrative du CLSPD"),
                          ("Paul Jambu", "Ville de Corbeil-Essonnes", "Coordinateur du CLSPD"))
    assert "Odile Marec" in sure(chat, "qui fait le secrétariat ?", "role_holder")


def test_the_parquet_is_the_tribunal(cispd: Chat) -> None:
    assert "Julien Morel" in sure(cispd, "qui représente le parquet ?", "org_representative")
    chat = invented_group("parquet", ("Léon Vidal", "Tribunal judiciaire de Nanterre", "Vice-procureur"),
                          ("Anna Roy", "Ville de Nanterre", "Coordinatrice du CLSPD"))
    assert "Léon Vidal" in sure(chat, "c'est qui pour le parquet ?", "org_representative")


def test_crime_prevention_acronyms(cispd: Chat) -> None:
    assert "Julien Morel" in sure(cispd, "le référent VIF c'est qui deja ?", "in_charge")
    assert "Émilie Roux" in sure(cispd, "c'est qui la CPIP ?", "role_holder")
    assert "Décision n°10" in sure(cispd, "c'est quoi la décision sur la vidéoprotection ?", "decisions_topic")
    assert "Décision n°10" in sure(cispd, "le CSU il sera mutualisé où ?", "decisions_topic")


def test_a_venue_after_a_qualified_formation(cispd: Chat) -> None:
    assert "Séance n°3" in sure(cispd, "la réunion au commissariat c'était quand ?", "meeting_which")


def test_a_meeting_at_a_place_asked_by_its_day(cispd: Chat, yverdon: Chat) -> None:
    """« c'était quel jour ? » of a meeting at a place is that meeting, not the rule on the meeting day."""
    assert "Séance n°3" in sure(cispd, "le bureau au commissariat c'était quel jour ?", "meeting_which")
    assert "Séance n°4" in sure(yverdon, "la plénière à Orbe c'était quel jour ?", "meeting_which")


def test_our_contact_at_a_service_is_the_holder_of_its_title(cispd: Chat) -> None:
    """« la police municipale » is no commissariat when no body is named so: the town's title holds it."""
    assert "Marc Lebrun" in sure(cispd, "c'est qui notre interlocuteur à la police municipale ?", "role_holder")
    assert "Hélène Garnier" in sure(cispd, "qui vient pour la police ?", "org_representative")


def test_a_feminine_title_asked_of_holders_in_both_genders(cispd: Chat) -> None:
    reply = sure(cispd, "c'est qui la cheffe de projet politique de la ville ?", "role_holder")
    assert "Sandrine Lopez" in reply and "Mathieu Girard" not in reply
    reply = sure(cispd, "c'est qui l'adjointe à la tranquillité ?", "role_holder")
    assert "Laetitia Fournier" in reply and "Karim Ouali" not in reply
    # The masculine stays generic: both.
    reply = sure(cispd, "qui est le chef de projet politique de la ville ?", "role_holder")
    assert "Sandrine Lopez" in reply and "Mathieu Girard" in reply
    chat = invented_group("genres", ("Lucie Marteau", "Ville de Massy", "Directrice de la prévention"),
                          ("Hugo Perrot", "Ville de Palaiseau", "Directeur de la prévention"),
                          ("Jeanne Abel", "Ville de Massy", "Chef de service, police municipale"))
    reply = sure(chat, "c'est qui la directrice de la prévention ?", "role_holder")
    assert "Lucie Marteau" in reply and "Hugo Perrot" not in reply
    # No role writes « cheffe »: every holder of the title stays.
    assert "Jeanne Abel" in sure(chat, "c'est qui la cheffe de service ?", "role_holder")
