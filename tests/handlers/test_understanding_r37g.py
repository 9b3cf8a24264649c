"""Questions of the lead's blind set 72 (css38, the commission de suivi de
site of an invented Seveso chemical platform on the Rhône, asked by FNE
Isère's chargée de mission on Tuesday 1 December 2026), missed on its first
run, asked in other words, with the neighbours that must stay as they were:

- « le REX », « le RETEX » is the retour d'expérience a sitting's heading
  writes in full; « la salle poly » the salle polyvalente (lexicon.toml);
- « c'était le combien ? » asks the day, as « quel jour » (lexicon.toml);
- « la plateforme » beside a chemical or industrial platform is the body
  whose name opens so, not its works council (entities.toml [kinds]);
- « qui représente les salariés (de la plateforme) ? » is the one member
  whose role represents them, not the body's staff (staff_voice.py);
- a body's people asked « dans la CSS », the formation that is the group
  itself, are the body's people (own_formation.without_own_formation);
- a known acronym (« PPI ») a sitting's heading writes whole is read as the
  heading writes it (heading_acronyms.py); the civil protection's plans
  (PPI, PPRT, PPMS) and the étude de dangers (EDD) are known acronyms."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def css() -> Chat:
    return build_group("css38")


def test_rex_is_the_feedback_sitting(css: Chat) -> None:
    reply = sure(css, "qui était absent au REX de l'exercice ?", "attendance_meeting")
    assert "séance n°2" in reply and "Franck Morel" in reply
    assert "Présents (12)" in sure(css, "la liste des présents du RETEX de juin svp", "attendance_meeting")
    assert "collège de Varonne" in sure(css, "qu'a-t-on acté au REX de l'exercice ?", "decisions_recent")
    assert "séance n°2" in sure(css, "t'as le CR du REX de l'exercice ?", "minutes_request")
    # Neighbour: the heading in full is read as before.
    assert "Séance n°2" in sure(css, "le retour d'expérience de l'exercice c'était quand ?", "meeting_which")


def test_the_salle_poly_is_the_salle_polyvalente(css: Chat) -> None:
    assert "Séance n°5" in sure(css, "la réunion d'info des riverains ça se passe où déjà, salle poly ?",
                                "meeting_which")
    assert "Annoncés présents" in sure(css, "on sera combien à la salle poly le 8 décembre ?", "rsvp_upcoming")


def test_le_combien_asks_the_day(css: Chat) -> None:
    assert "mardi 19 mai 2026" in sure(css, "la plénière de printemps c'était le combien ?", "meeting_which")
    assert "n°5" in sure(css, "la prochaine réunion c'est le combien ?", "meeting_next")
    # Neighbour: « tous les combien » still asks the rhythm.
    assert "deux fois par an" in sure(css, "la plénière c'est tous les combien ?", "decisions_topic")


def test_the_platform_is_the_operators_body(css: Chat) -> None:
    reply = sure(css, "qui vient de la plateforme ?", "org_representative")
    assert "Sophie Terrier" in reply and "Philippe Rochas" in reply and "Franck Morel" not in reply
    # Neighbours: the works council is asked by its own name; the platform's decisions keep their topic.
    reply = sure(css, "qui représente le CSE ?", "org_representative")
    assert "Franck Morel" in reply and "Sophie Terrier" not in reply
    assert "Tâche n°1" in sure(css, "qui s'occupe de la visite de la plateforme pour le conseil municipal des jeunes ?",
                               "in_charge")


def test_who_represents_the_staff_is_the_title_holder(css: Chat) -> None:
    for question in ("qui représente les salariés de la plateforme ?", "qui représente les salariés ?"):
        reply = sure(css, question, "role_holder")
        assert "Franck Morel" in reply and "Philippe Rochas" not in reply, question
    # Neighbour: the platform's people asked without its staff are its body.
    assert "Philippe Rochas" in sure(css, "qui représente la plateforme chimique ?", "org_representative")


def test_dates_to_come_are_every_date(css: Chat) -> None:
    reply = sure(css, "toutes les dates à venir svp", "dates_period")
    assert "Dates à venir" in reply and "Échéance n°1" in reply and "Séance n°5" in reply
    # Neighbour: the coming meetings asked as such.
    assert "Prochaines séances (3)" in sure(css, "toutes les dates de réunion svp", "meetings_upcoming")


def test_a_body_in_the_group_itself(css: Chat) -> None:
    reply = sure(css, "les pompiers c qui dans la CSS", "org_representative")
    assert "Julien Perrin" in reply
    reply = sure(css, "les gens de Vivre aux Balmes dans la CSS ?", "org_members")
    assert "Hugo Mercier" in reply and "Marc Odin" in reply
    assert "Mathieu Garnier" in sure(css, "qui représente la DREAL au sein de la commission ?", "org_representative")
    # Neighbour: the body alone, as before.
    assert "Julien Perrin" in sure(css, "qui représente le SDIS ?", "org_representative")


def test_an_acronym_the_heading_writes_whole(css: Chat) -> None:
    reply = sure(css, "le REX de l'exercice PPI c'était quand ?", "meeting_which")
    assert "Séance n°2" in reply and "30 juin 2026" in reply
    assert "séance n°2" in sure(css, "t'as le CR du REX de l'exercice PPI ?", "minutes_request")
    assert "Annie Drevon" in sure(css, "qui est la référente du PPI ?", "role_holder")
    # Neighbours: an acronym the group's bodies or a heading write as letters stays; the EDD's deadline.
    assert "Mathieu Garnier" in sure(css, "qui représente la DREAL ?", "org_representative")
    assert "15 décembre" in sure(css, "l'EDD révisée c'est pour quand ?", "dates_period")
