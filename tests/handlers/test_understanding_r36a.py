"""French as the German-speaking partners of a cross-border group write it,
and the Alsatian French of the French ones, of blind set 43a (eurodist67, the
employment working group of an invented Eurodistrict around Strasbourg and
the Ortenau, asked by the CCI's apprenticeship adviser on Tuesday 1 December
2026), missed on its first run, asked in other words, with the neighbours
that must stay as they were:

- German nouns of a sitting's life inside a French sentence (« la
  Sitzung », « le Termin », « la Tagesordnung », « le Protokoll », « la
  Frist », « les Beschlüsse », « les Aufgaben », « l'Ansprechpartner »,
  « les Azubis », « la Jobmesse »), the tag ending a check (« …, oder ? »,
  « …, richtig ? »), « wer » / « wann » opening it, « Frau » / « Herr »,
  « hopla », « qui est tout … », « c'est quoi pour une réunion … », « qui
  est compétent pour … », the article before a first name (german_turns.py);
- bodies by their German names and kinds: « l'Arbeitsagentur », « la
  Bundesagentur » (an Agentur für Arbeit), « le Kreis » (the Landratsamt),
  « la ville de Kehl » (the Stadt Kehl), « l'Eurométropole » (the body whose
  name it opens, not the CCI Alsace Eurométropole), « le secrétariat de
  l'Eurodistrict » (a body, no title « secrétaire »): entities.toml,
  world.py, entities.py;
- a venue named after a body, by the body's initials (« à la CeA » for the
  « hôtel de la Collectivité européenne d'Alsace »): initials.py;
- a title in German asked with its article (foreign_title.py);
- the event a sub-group's heading names, asked where « cette année »
  (steered_event.py); an age outside the one rule on ages the words lead
  (decision_ages.py); the minutes' delay « quand après la réunion »
  (delays.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def eurodist() -> Chat:
    return build_group("eurodist67")


@pytest.fixture(scope="module")
def jumelage() -> Chat:
    return build_group("jumelage68")


def test_german_nouns_of_a_sittings_life_are_read_in_french(eurodist: Chat, jumelage: Chat) -> None:
    assert "n°5" in sure(eurodist, "die Sitzung du 9 décembre a lieu où ?", "meeting_which")
    assert "Liste des entreprises exposantes" in sure(eurodist, "la Tagesordnung de la Sitzung du 19 janvier ?",
                                                      "agenda_items")
    assert "séance n°1" in sure(eurodist, "le Protokoll de la Sitzung du 24 septembre ?", "minutes_request")
    assert "n°5" in sure(eurodist, "le prochain Termin c'est à quelle heure ?", "meeting_next")
    assert "26 février" in sure(eurodist, "la Frist pour les stands du forum ?", "dates_period")
    assert "45 000 euros" in sure(eurodist, "les Beschlüsse de la dernière Sitzung ?", "decisions_recent")
    assert "Mettre à jour le guide" in sure(eurodist, "les Aufgaben de Lucie Hamm ?", "tasks_mine")
    assert "Lucie Hamm" in sure(eurodist, "qui est notre Ansprechpartnerin à l'InfoBrücke ?", "org_representative")
    assert "16 et 25 ans" in sure(eurodist, "les Azubis doivent avoir quel âge ?", "decisions_topic")
    assert "22 avril" in sure(eurodist, "la Jobmesse c'est quand ?", "decisions_topic")
    # Another group, with its German partner town.
    assert "n°5" in sure(jumelage, "la prochaine Sitzung c'est quand ?", "meeting_next")
    assert "séance n°4" in sure(jumelage, "le Protokoll de la dernière Sitzung ?", "minutes_request")


def test_a_german_word_the_group_writes_or_a_french_word_stays(eurodist: Chat) -> None:
    # « Rathaus de Kehl » is where the first plenary sat: the group's name for the place, not rewritten.
    assert "n°1" in sure(eurodist, "on s'est vus au Rathaus quel jour ?", "meeting_which")
    # « se termine » is French, no « Termine » (meetings) typed in lower case.
    assert "29 janvier" in sure(eurodist, "l'inscription au stage de découverte se termine quand ?", "dates_period")


def test_the_tags_and_turns_of_cross_border_chat(eurodist: Chat) -> None:
    assert "n°7" in sure(eurodist, "la réunion de mars est à Offenburg, richtig ?", "meeting_which")
    assert "n°5" in sure(eurodist, "la prochaine Sitzung est à Strasbourg, gell ?", "meeting_which")
    assert "n°4" in sure(eurodist, "la dernière réunion c'était à Kehl, oder ?", "meeting_last")
    assert "n°5" in sure(eurodist, "wann est la prochaine réunion ?", "meeting_next")
    assert "Sabine Kienzler" in sure(eurodist, "wer représente l'Agentur ?", "org_representative")
    assert "Agentur für Arbeit" in sure(eurodist, "Herr Falk fait quoi ?", "who_is")
    assert "Berufsschule" in sure(eurodist, "Frau Benz travaille où ?", "who_is")
    assert "n°4" in sure(eurodist, "hopla, la dernière réunion c'était où ?", "meeting_last")
    assert "Membres du groupe" in sure(eurodist, "qui sont tout les membres du groupe ?", "directory")
    assert "n°7" in sure(eurodist, "c'est quoi pour une réunion le 11 mars ?", "meeting_which")
    assert "Ulrike Benz" in sure(eurodist, "qui est compétent pour les classes binationales ?", "in_charge")
    # The Alsatian article before a first name.
    assert "parmi les présents" in sure(eurodist, "la Lucie était là en novembre ?", "attendance_meeting")
    assert "Anne-Sophie Wendling" in sure(eurodist, "c'est bien l'Anne-Sophie qui coordonne, oder ?", "role_holder")
    # Chat that asks nothing stays unanswered.
    for chat in ("ça me fait rien", "tu viens avec ?", "je ne viens pas, j'ai un Termin chez le médecin",
                 "hopla, à tantôt", "danke pour le Protokoll !"):
        assert not outcome_of(eurodist, chat).confident, chat


def test_bodies_by_their_german_names_and_kinds(eurodist: Chat, jumelage: Chat) -> None:
    agentur = sure(eurodist, "qui est de l'Arbeitsagentur ?", "org_representative")
    assert "Jürgen Falk" in agentur and "Sabine Kienzler" in agentur
    assert "Jürgen Falk" in sure(eurodist, "la Bundesagentur für Arbeit, c'est qui ?", "org_representative")
    assert "Monika Vogt" in sure(eurodist, "qui représente le Landkreis ?", "org_representative")
    assert "Markus Schwendemann" in sure(eurodist, "qui représente la mairie de Kehl ?", "org_representative")
    assert "Katrin Bäuerle" in sure(jumelage, "qui vient de la ville de Lindenhausen ?", "org_representative")
    # « l'Eurométropole » opens one body's name, and closes the CCI's: the body it opens.
    ems = sure(eurodist, "qui est là pour l'Eurométropole ?", "org_representative")
    assert "Thomas Riehl" in ems and "Pierre Ritter" not in ems
    assert "Pierre Ritter" in sure(eurodist, "qui représente la CCI ?", "org_representative")
    secretariat = sure(eurodist, "qui représente le secrétariat de l'Eurodistrict ?", "org_representative")
    assert "Sandrine Fritsch" in secretariat


def test_a_venue_named_after_a_body_by_its_initials(eurodist: Chat) -> None:
    assert "n°5" in sure(eurodist, "c'est quand la réunion à la CeA ?", "meeting_which")
    assert "Christine Haegel" in sure(eurodist, "qui vient de la CeA ?", "org_representative")


def test_a_title_in_german_asked_with_its_article(eurodist: Chat) -> None:
    reply = sure(eurodist, "qui est la Ausbildungsberaterin ?", "role_holder")
    assert reply.startswith("Rôle « Ausbildungsberaterin »") and "Katrin Bühler" in reply
    # A charge asked with a French verb stays a charge.
    assert "Katrin Bühler" in sure(eurodist, "qui s'occupe des apprentis français ?", "in_charge")


def test_the_event_a_sub_group_prepares_and_the_rules_asked_of_a_case(eurodist: Chat) -> None:
    assert "Stadthalle" in sure(eurodist, "le forum transfrontalier, c'est où cette année ?", "decisions_topic")
    # The sub-group's own sitting, named as a sitting, stays the sitting.
    assert "n°6" in sure(eurodist, "le sous-groupe forum se réunit où ?", "meeting_which")
    assert "16 et 25 ans" in sure(eurodist, "un jeune de 30 ans peut s'inscrire au stage de découverte ?",
                                  "decisions_topic")
    assert "29 janvier" in sure(eurodist, "les inscriptions au stage de découverte c'est jusqu'à quand ?",
                                "dates_period")
    assert "quinze jours" in sure(eurodist, "le compte rendu arrive quand après chaque réunion ?", "decisions_topic")
    assert "n°6" in sure(eurodist, "on se revoit quand après la réunion du 9 ?", "meeting_which")


def test_decisions_on_the_thing_a_sub_group_prepares(eurodist: Chat) -> None:
    # The sub-group « forum » has not sat yet: the decisions on the forum itself, not « no decision at that sitting ».
    reply = sure(eurodist, "qu'est-ce qu'on a décidé sur le forum ?", "decisions_topic")
    assert "22 avril" in reply and "navette" in reply
    assert "22 avril" in sure(eurodist, "les décisions sur le forum ?", "decisions_topic")
    # The sitting named as one stays the sitting.
    assert not outcome_of(eurodist, "les décisions du sous-groupe forum ?").confident


def test_a_body_named_in_a_role_by_its_first_word_and_where_someone_works(eurodist: Chat) -> None:
    # « Référente insertion des jeunes au Jobcenter Ortenau »: « le Jobcenter » is that body.
    assert "Heike Doll" in sure(eurodist, "qui est là pour le Jobcenter ?", "org_representative")
    assert "Heike Doll" in sure(eurodist, "qui s'occupe de l'insertion des jeunes ?", "in_charge")
    assert "Landratsamt" in sure(eurodist, "Heike, elle est chez qui ?", "who_is")
    assert "n°6" in sure(eurodist, "le sous-groupe forum c'est dans quel bâtiment ?", "meeting_which")
