"""Bodies asked by what they are or do rather than by their registered
name, that blind set 27a (cle-perigueux, the comité local pour l'emploi of
the Grand Périgueux, asked by its secretary on Tuesday 1 December 2026)
missed on its first run; asked here in other words, in its group and in a
small invented one:

- « les impôts », « le fisc », « les finances publiques », « le Trésor
  public » name a DDFiP (« trésor » no role then: entities._BODY_OPENINGS); « l'ex-Pôle emploi », « l'agence du chômage »,
  « ceux du chômage » France Travail (« le chômage » alone stays a
  subject); « l'action sociale de la ville » the CCAS (entities.toml);
- a meeting asked by its host's familiar name: « à la mairie » for the
  Hôtel de ville, « à la fac » for a campus (entities.toml [place_synonyms]);
- a decision or a date asked with the body's familiar name (« la sécu »,
  « les allocs », « l'hosto »), said again as the records write it
  (body_as_written.py);
- whom to turn to about a body (« pour un souci avec X je m'adresse à
  qui ? ») is its representative (intents.toml);
- a word of one body's role asked beside another body (« la référente RSA
  chez Pôle emploi ») is the charge within that other body
  (answers_people.org_people);
- « dans le comité » frames a body's question, no meeting (own_group.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cle() -> Chat:
    """Set 27a's group: France Travail, the CAF, the CPAM, the DDFiP, the town and its CCAS, the hospital…"""
    return build_group("cle-perigueux")


@pytest.mark.parametrize(("text", "shown"), [
    # The DDFiP by what it does.
    ("quelqu'un des impôts dans le groupe ?", "Gilles Champeau"),
    ("c'est qui pour le fisc ?", "Gilles Champeau"),
    ("notre interlocuteur aux finances publiques c'est qui ?", "Gilles Champeau"),
    ("qui vient du trésor public ?", "Gilles Champeau"),
    # France Travail by its former name or by what it pays.
    ("qui vient de l'ex pôle emploi ?", "Mathieu Delpech"),
    ("quelqu'un de l'agence du chômage dans le groupe ?", "Sonia Ferreira"),
    # The CCAS as the town's social action.
    ("qui est de l'action sociale de la mairie ?", "Julie Lafon"),
])
def test_a_body_named_by_what_it_does_is_that_body(cle: Chat, text: str, shown: str) -> None:
    outcome = outcome_of(cle, text)
    assert outcome.confident and outcome.intent in ("org_representative", "org_members"), outcome.intent
    assert shown in outcome.reply.plain()


def test_the_tax_office_by_its_kind_in_another_group() -> None:
    chat = invented_group("fisc-test", ("Léa Morin", "DDFiP du Rhône", "Inspectrice"),
                          ("Marc Petit", "Ville de Bron", "Adjoint au maire"))
    assert "Léa Morin" in sure(chat, "qui représente les impôts ?", "org_representative")
    assert "Marc Petit" not in sure(chat, "qui représente les impôts ?", "org_representative")


def test_the_unemployment_as_a_subject_names_no_body(cle: Chat) -> None:
    # « le chômage » alone is what the group works on, not France Travail: news about it stays unanswered.
    assert not outcome_of(cle, "Les chiffres du chômage sont encore en baisse ce trimestre.").confident


@pytest.mark.parametrize(("text", "shown"), [
    ("on s'est réunis quand à la mairie ?", "19 novembre"),
    ("la séance à la fac c'est à quelle heure ?", "18 mars"),
    ("la réunion à l'agence du chômage c'était quand ?", "15 octobre"),
])
def test_a_meeting_at_its_host_by_its_familiar_name(cle: Chat, text: str, shown: str) -> None:
    outcome = outcome_of(cle, text)
    assert outcome.confident and outcome.intent in ("meeting_which", "meeting_last", "meeting_next"), outcome.intent
    assert shown in outcome.reply.plain()


@pytest.mark.parametrize(("text", "shown", "left_out"), [
    # The CAF's decision, asked with « les allocs ».
    ("les allocs envoient quelle liste au département ?", "chaque semaine", "Tâche"),
    ("les allocs transmettent quoi ?", "chaque semaine", "Tâche"),
    # The CPAM's, with « l'assurance maladie ».
    ("l'assurance maladie fait une permanence le mardi ?", "mardi matin", "Tâche"),
    # The town's, with « la commune », beside a task sharing its words (« la salle de la mairie »).
    ("la commune met quoi à disposition pour les job datings ?", "prête une salle", "Réserver la salle"),
])
def test_a_decision_asked_with_the_body_s_familiar_name(cle: Chat, text: str, shown: str, left_out: str) -> None:
    reply = sure(cle, text, "decisions_topic")
    assert shown in reply and left_out not in reply


def test_a_date_asked_with_the_body_s_familiar_name(cle: Chat) -> None:
    # The forum is both a decision and a date: either answer shows its day.
    outcome = outcome_of(cle, "le forum de l'hôpital tombe quand ?")
    assert outcome.confident and outcome.intent in ("dates_period", "decisions_topic")
    assert "11 février" in outcome.reply.plain()


@pytest.mark.parametrize(("text", "shown"), [
    ("pour une question de sécu je m'adresse à qui ?", "Olivier Mazeau"),
    ("si j'ai une question pour l'hosto je demande à qui ?", "Damien Rouquier"),
])
def test_whom_to_turn_to_about_a_body(cle: Chat, text: str, shown: str) -> None:
    assert shown in sure(cle, text, "org_representative")


def test_a_role_word_of_one_body_asked_within_another(cle: Chat) -> None:
    reply = sure(cle, "qui est la conseillère référente RSA chez pôle emploi ?", "role_holder")
    assert "Sonia Ferreira" in reply and "Patrick Vergnaud" not in reply
    # Asked alone, who takes care of the RSA is still whose role names it.
    assert "Patrick Vergnaud" in sure(cle, "qui s'occupe du RSA au département ?", "in_charge")


def test_the_group_framing_a_body_s_question_is_no_meeting(cle: Chat) -> None:
    reply = sure(cle, "combien de gens de la CPAM dans le comité ?", "org_members")
    assert "Olivier Mazeau" in reply
