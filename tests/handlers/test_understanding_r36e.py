"""The lead's blind set 67 (tzcld07, the comité local pour l'emploi of an
invented Territoire zéro chômeur de longue durée in the Ardèche, asked by a
salariée of its entreprise à but d'emploi on Sunday 6 December 2026), missed
on its first run, asked in other words, with the neighbours that must stay
as they were:

- the initials of the group's sittings typed small after an order word
  (« prochain cle c quand ») name them, as typed in capitals (entities.py);
- « au CLE » closing a question on someone is where the body sits, no topic
  (own_group._at_sittings);
- « on fait le point sur … au prochain comité ? » asks the coming agenda,
  no task's status (task_questions._coming_sitting); no agenda point answers
  « combien » (agenda_check.py);
- « les dernières décisions du CLE ? » asks the group's latest decisions
  when the sittings so initialled are the group's own (own_formation.py);
- of a body's people whose roles name a public, the one whose role says she
  represents it (body_charge.py);
- « la plénière du 11 février » of a sitting of the same body headed without
  the word (meeting_kinds._same_body);
- a thing asked ready « pour quand » is the task preparing it (ready_task.py);
- « on en est où » of a thing a decision puts on hold is that decision
  (held_state.py); « qui paie … ? » is no decision that says no paying
  (charge_phrase._act_said);
- the decisions of a kind of sitting narrowed to a building are its
  sittings' (formation_subject.py); « l'EBE », « FT » are the bodies they
  stand for (lexicon.toml, entities.toml);
- « les prochains CLE » asks those sittings, no dates (meeting_rivals.sittings_first), and « le CLE de février … au
  programme » that sitting's agenda (settle._programme_of_span, intents.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cle() -> Chat:
    return build_group("tzcld07")


def test_the_sittings_initials_typed_small_after_an_order_word(cle: Chat) -> None:
    assert "10 décembre 2026" in sure(cle, "prochain cle c quand", "meeting_which")
    assert "19 novembre 2026" in sure(cle, "le dernier cle c'était où ?", "meeting_which")
    assert "Point sur la liste des volontaires" in sure(cle, "y a quoi a l'odj du prochain cle", "agenda_items")
    # The word alone, in chat, is no sitting.
    assert not outcome_of(cle, "j'ai perdu ma clé").confident


def test_the_sittings_name_closing_a_question_on_someone_frames_it(cle: Chat) -> None:
    mairie = sure(cle, "qui est de la mairie au CLE ?", "org_representative")
    assert "Sandrine Roux" in mairie and "Gilles Fabre" in mairie
    assert "Nadia Benhamou" in sure(cle, "qui est de France Travail au CLE ?", "org_representative")
    assert "Fabienne Chaix" in sure(cle, "qui représente les employeurs au CLE ?", "role_holder")
    # Who comes to that sitting is still asked of it.
    assert "Annonces" in sure(cle, "qui vient au CLE ?", "rsvp_upcoming")


def test_the_coming_sittings_agenda_and_no_count_from_it(cle: Chat) -> None:
    point = sure(cle, "on fait le point sur la liste d'attente au prochain comité ?", "agenda_items")
    assert "liste des volontaires en attente" in point
    # « combien » asks a count no point says: not the February agenda.
    assert outcome_of(cle, "combien d'embauches au premier trimestre 2027 ?").intent != "agenda_items"
    # A task's progress asked without a sitting stays the task.
    assert "Laurent Chazal" in sure(cle, "on en est où du cahier des charges de la ressourcerie ?", "in_charge")


def test_the_latest_decisions_of_the_groups_own_sittings(cle: Chat) -> None:
    latest = sure(cle, "les dernières décisions du CLE ?", "decisions_recent")
    assert latest.startswith("Dernières décisions") and "Mission locale" in latest
    # A working group narrowed to the building it sat in: its sitting's decisions.
    assert "chemins de randonnée" in sure(cle, "les décisions du GT à la gare ?", "decisions_recent")


def test_the_one_whose_role_says_she_represents_them(cle: Chat) -> None:
    salaries = sure(cle, "qui représente les salariés de l'EBE au comité ?", "role_holder")
    assert "Céline Vernet" in salaries and "Patrick Souchon" not in salaries
    # The body's people asked plainly stay all of them.
    people = sure(cle, "les salariés de l'EBE ?", "role_holder")
    assert "Céline Vernet" in people and "Patrick Souchon" in people


def test_a_kind_of_sitting_on_a_day_of_the_same_body(cle: Chat) -> None:
    assert "11 février 2027" in sure(cle, "la plénière du 11 février commence à quelle heure ?", "meeting_which")
    # The working group of 14 January is no plenary.
    assert "Aucune séance « plénière »" in sure(cle, "la plénière du 14 janvier ?", "meeting_which")


def test_a_thing_asked_ready_is_the_task_preparing_it(cle: Chat) -> None:
    ready = sure(cle, "la demande de financement au Département doit être prête pour quand ?", "in_charge")
    assert "Hélène Mazet" in ready and "18 décembre" in ready
    # Its filing, asked when, stays the deadline.
    assert "Dépôt de la demande" in sure(cle, "le dépôt de la demande de financement c'est pour quand ?", "dates_period")


def test_a_state_decided_and_an_act_no_decision_says(cle: Chat) -> None:
    assert "mis en attente" in sure(cle, "on en est où du garage solidaire ?", "decisions_topic")
    # « qui paie » of a decision that says who is hired, not who pays: no confident answer.
    assert not outcome_of(cle, "c'est qui qui paie le SMIC des salariés de l'EBE, l'État ou le Département ?").confident
    # A decision that says the act keeps answering who.
    assert "chemins de randonnée" in sure(cle, "qui entretient les chemins de randonnée ?", "in_charge")


def test_bodies_by_their_initials(cle: Chat) -> None:
    assert "Laurent Chazal" in sure(cle, "le directeur de l'EBE c qui", "role_holder")
    assert "Nadia Benhamou" in sure(cle, "c'est qui pour FT ?", "org_representative")


def test_the_coming_sittings_of_a_kind_and_a_sittings_programme(cle: Chat) -> None:
    upcoming = sure(cle, "le calendrier des prochains CLE svp", "meetings_upcoming")
    assert "10 décembre 2026" in upcoming and "11 février 2027" in upcoming
    # A month's calendar stays its dates.
    assert outcome_of(cle, "le calendrier de décembre ?").intent == "dates_period"
    assert "Vote de la convention 2027" in sure(cle, "le CLE de février il y a quoi au programme ?", "agenda_items")
    # The programme of a month, no sitting named, stays what falls in it.
    assert outcome_of(cle, "c'est quoi le programme en janvier ?").intent == "dates_period"
