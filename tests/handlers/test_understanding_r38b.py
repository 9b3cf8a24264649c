"""The search box, of blind set 45b (fsl86, the comité technique of an
invented Fonds de solidarité pour le logement in the Vienne, asked by an
ASLL social worker on Tuesday 1 December 2026), missed on its first run,
asked in other words, with the neighbours that must stay as they were:

- a day typed « 19/11 » with nothing before it is a date (« présents
  19/11 », « réu 10/12 heure », « CR 17/09 »); fractions and scores are
  not (slash_days.py);
- keywords without grammar are read as the question they make: « décision
  plafond aide énergie », « Engie contact », « réu janvier heure »,
  « tâches Claire Fradin », « absents dernière réu », « moi présente
  17/09 » (intents.toml); « tâches annulées », a plural task noun opening
  the line (task_questions.py);
- « décisions GT énergie »: the decisions of the sitting named after the
  noun (meeting_decisions.py);
- « présidente comité technique »: a title and a sitting's name ask for the
  holder (sitting_title.py); « coordinateur FSL » when the group's sittings
  are headed with the FSL (group_titles.sittings_name);
- « excuses à qui »: whom apologies go to, the decision (absence_notice.py);
- « urgences SIAO délai »: a delay no deadline gives, the span decided
  (delays.py);
- « le syndicat de locataires, c'est qui ? »: the body speaking for them
  (publics.py);
- « QF », « CT », « FSL », « ASLL » written whole (lexicon.toml)."""

from __future__ import annotations

import pytest

from handlers.understanding.slash_days import slash_days
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def fsl() -> Chat:
    return build_group("fsl86")


@pytest.mark.parametrize(("typed", "meant"), [
    ("présents 19/11", "présents 19 novembre"),
    ("réu 10/12 heure", "réu 10 décembre heure"),
    ("CR 17/09 ?", "CR 17 septembre ?"),
    ("la réunion du 12/01", "la réunion du 12 janvier"),
])
def test_slash_days_are_dates(typed: str, meant: str) -> None:
    assert slash_days(typed) == meant


@pytest.mark.parametrize("kept", ["1/2 journée", "les 2/3 des membres", "3/4 temps", "noté 17/20", "le 10/12/2026",
                                  "voir https://site.fr/10/12", "dossier 12/3b"])
def test_fractions_scores_and_full_dates_are_left(kept: str) -> None:
    assert slash_days(kept) == kept


def test_slash_days_in_questions(fsl: Chat) -> None:
    assert "Présents (15)" in sure(fsl, "présents 19/11", "attendance_meeting")
    assert "séance n°1" in sure(fsl, "CR 17/09", "minutes_request")
    assert "Séance n°4" in sure(fsl, "réu 10/12 heure", "meeting_which")
    assert "Séance n°5" in sure(fsl, "réunion 12/01 ?", "meeting_which")
    assert "Annoncés présents" in sure(fsl, "présents 10/12", "rsvp_upcoming")


def test_keywords_read_as_questions(fsl: Chat) -> None:
    assert "500 €" in sure(fsl, "décision plafond aide énergie", "decisions_topic")
    assert "300 €" in sure(fsl, "FSL eau montant", "decisions_topic")
    assert "900 €" in sure(fsl, "plafond QF", "decisions_topic")
    assert "Laure Dumontet" in sure(fsl, "Engie contact", "org_representative")
    assert "Thierry Nau" in sure(fsl, "Banque de France - contact", "org_representative")
    assert "Séance n°5" in sure(fsl, "réu janvier heure", "meeting_which")
    assert "Séance n°1" in sure(fsl, "réunion septembre lieu", "meeting_which")
    assert "Séance n°4" in sure(fsl, "prochain CT date", "meeting_which")
    assert "dépôt de garantie" in sure(fsl, "tâches Claire Fradin", "tasks_mine")
    assert "compte rendu du comité" in sure(fsl, "actions Sabrina", "tasks_mine")
    assert "annulée" in sure(fsl, "tâches annulées", "tasks_late")
    assert not outcome_of(fsl, "tâche 3 faite").confident  # news of one task, no listing
    assert "Patrick Chauvet" in sure(fsl, "absents dernière réu", "attendance_meeting")
    assert "parmi les présents" in sure(fsl, "moi présente 17/09 ?", "attendance_meeting")


def test_decisions_of_a_sitting_named_after_the_noun(fsl: Chat) -> None:
    assert "séance n°2" in sure(fsl, "décisions GT énergie", "decisions_recent")
    # Neighbours: the sitting itself asked, and a topic after the noun.
    assert "Séance n°5" in sure(fsl, "GT expulsions date", "meeting_which")
    assert "Séance n°6" in sure(fsl, "copil date", "meeting_which")
    assert "prêt sans intérêt" in sure(fsl, "dépôt de garantie décision", "decisions_topic")


def test_title_and_sitting_ask_the_holder(fsl: Chat) -> None:
    assert "Martine Rouault" in sure(fsl, "présidente comité technique", "role_holder")
    assert "Olivier Bréchet" in sure(fsl, "coordinateur FSL", "role_holder")
    assert "Olivier Bréchet" in sure(fsl, "chef service FSL ?", "role_holder")
    # Neighbours: a sitting asked (its day, the next one) stays a sitting.
    assert "Séance n°4" in sure(fsl, "comité technique prochain", "meeting_which")
    assert "Séance n°6" in sure(fsl, "copil février lieu", "meeting_which")
    # Elsewhere: the sitting asked of, with the role inside its name (« la conf des maires », set 34b).
    assert "Séance n°6" in sure(build_group("ccource10"), "quels sujets pour la conf des maires ?", "meeting_which")


def test_whom_apologies_go_to(fsl: Chat) -> None:
    assert "Sabrina Guérin" in sure(fsl, "excuses à qui", "decisions_topic")
    # Neighbours: who sent apologies for the next sitting is its announcements.
    assert "Annoncés excusés" in sure(fsl, "excusés 10 décembre", "rsvp_upcoming")
    assert "Annoncés excusés" in sure(fsl, "qui s'est excusé pour le 10 ?", "rsvp_upcoming")


def test_a_delay_no_deadline_gives(fsl: Chat) -> None:
    assert "huit jours" in sure(fsl, "urgences SIAO délai", "decisions_topic")
    assert "un mois" in sure(fsl, "délai dossier", "decisions_topic")
    # Neighbour: a deadline's own words still find the deadline.
    assert "18 décembre" in sure(fsl, "délai formulaire", "dates_period")


def test_a_body_for_a_public(fsl: Chat) -> None:
    assert "Marcel Jourdain" in sure(fsl, "le syndicat de locataires, c'est qui ?", "org_representative")
    assert "Marcel Jourdain" in sure(fsl, "qui représente les locataires ?", "org_representative")
    # Neighbour: a union of no public the data knows is not guessed.
    assert not outcome_of(fsl, "le syndicat des eaux c'est qui ?").confident


@pytest.mark.parametrize("chat_line", ["ok dossier 1234", "réu ok", "dispo 15h", "FSL_CR_19-11-2026_v2.pdf",
                                       "annuaire mis à jour, merci Sabrina", "pas dispo le 12"])
def test_search_box_fragments_not_for_the_bot(fsl: Chat, chat_line: str) -> None:
    assert not outcome_of(fsl, chat_line).confident
