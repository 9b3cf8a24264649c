"""The lead's general fixes of the thirty-first round, checked in other words
than the sets' rows: a thing held (« qui a les clés du gymnase ? ») asks the
members, not the pilot of a task found through the thing's complement."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def citeduc() -> Chat:
    return build_group("citeduc59")


def test_who_holds_a_thing_no_task_names_is_no_task_s_pilot(citeduc: Chat) -> None:
    # Task n°18 books « la salle des sports Léo-Lagrange », which « gymnase » names; no task says keys or a badge.
    for question in ("qui a les clés du gymnase ?", "qui a le badge de la salle des sports ?"):
        outcome = outcome_of(citeduc, question)
        assert not outcome.confident and "Tâche n°18" not in outcome.reply.plain()


def test_a_duty_held_still_asks_the_task_s_pilot(citeduc: Chat) -> None:
    # « avoir la charge de » is a duty, not a thing: the pilot of the booking still answers.
    assert "Thierry Wattez" in sure(citeduc, "qui a la charge de réserver la salle des sports ?", "in_charge")


@pytest.fixture(scope="module")
def fs() -> Chat:
    return build_group("fs15")


@pytest.fixture(scope="module")
def cpts() -> Chat:
    return build_group("cpts44")


@pytest.fixture(scope="module")
def festival() -> Chat:
    return build_group("festival34")


def test_a_place_named_in_full_is_one_place(fs: Chat) -> None:
    # « Comité de pilotage du réseau France services, … »: « France services » is part of the copil's name, not the
    # sittings held at « France services de Murat » (n°4).
    assert sure(fs, "la prochaine réunion du copil France services, c'est où ?", "meeting_which").startswith("Séance n°5")


def test_two_places_offered_with_ou_are_both_checked(fs: Chat) -> None:
    # n°5 is at Aurillac, n°7 at Mauriac: the next copil is asked, whichever place it is at.
    assert sure(fs, "le prochain copil a lieu à Aurillac ou à Mauriac ?", "meeting_which").startswith("Séance n°5")


def test_a_venue_in_its_short_form(fs: Chat) -> None:
    # « la sous-préf » is the « sous-préfecture de Mauriac » where n°1 and n°7 sit.
    assert sure(fs, "la réunion à la sous-préf c'était quand ?", "meeting_which").startswith("Séance n°1 (tenue)")


def test_a_meeting_described_by_its_agenda_keeps_the_month_said(fs: Chat) -> None:
    # n°5 (December) has « Plan de formation des agents » on its agenda; January's is the agents' meeting, n°6.
    assert "séance n°6" in sure(fs, "il y a quoi à l'ordre du jour de la réunion des agents de janvier ?", "agenda_items")


def test_the_last_event_asked_in_the_past_is_no_coming_deadline(fs: Chat) -> None:
    # The one deadline on agents' training is ahead (16 December): it cannot be « la dernière … c'était ».
    outcome = outcome_of(fs, "la dernière formation des agents, c'était quand ?")
    assert "Échéance n°2" not in outcome.reply.plain() or not outcome.confident


def test_who_came_to_a_sitting_of_a_day_is_no_task(fs: Chat) -> None:
    # Task n°3 organises an agents' training; the training day of 6 October is sitting n°2.
    reply = ask(fs, "qui est venu à la formation du 6 octobre, au final ?")
    assert "Tâche n°3" not in reply and "Présences — séance n°2" in reply


def test_we_counted_at_the_group_s_formation_is_the_directory(cpts: Chat) -> None:
    # The group's sittings are the bureau of the CPTS; three members belong to the CPTS itself.
    assert "Membres du groupe (17)" in sure(cpts, "on est combien en tout au bureau de la CPTS ?", "directory")


def test_what_the_bot_can_be_asked_about_a_subject_is_help(festival: Chat) -> None:
    assert sure(festival, "qu'est-ce que je peux vous demander sur le festival ?", "help")


def test_a_sitting_whose_heading_enumerates_its_subjects(festival: Chat) -> None:
    # « Groupe de travail circulation, stationnement et navettes, agence liO … » is sitting n°3.
    assert sure(festival, "le groupe navettes c'était quand ?", "meeting_which").startswith("Séance n°3")
    assert "(séance n°3)" in sure(festival, "qu'est-ce qu'on a décidé au groupe navettes ?", "decisions_recent")


def test_a_body_named_by_its_brand_in_mixed_case(festival: Chat) -> None:
    assert "Patricia Roux" in sure(festival, "c'est qui chez liO ?", "org_representative")


def test_presenting_after_its_subject_is_the_agenda(festival: Chat) -> None:
    # Sitting n°6 (21 January) is the public meeting for the neighbours; no one's presence is asked.
    assert "séance n°6" in sure(festival, "qu'est-ce qu'on présente le 21 janvier ?", "agenda_items")
    assert "séance n°6" in sure(festival, "qu'est-ce qu'on présente aux riverains à la réunion publique ?", "agenda_items")


def test_a_role_completing_the_charge_s_noun_is_no_title_asked(cpts: Chat, fs: Chat) -> None:
    # « médecin », « agents » are whom the work is for: the referent of the mission answers as a charge.
    assert "Mathieu Chauvelon" in sure(cpts, "qui gère l'accès à un médecin traitant ?", "in_charge")
    assert "Claire Teissèdre" in sure(fs, "qui gère la formation des agents ?", "in_charge")


def test_a_body_after_a_title_is_what_the_title_is_about(cpts: Chat) -> None:
    # The CPAM's « référent de l'accord conventionnel interprofessionnel (ACI) des CPTS », not the CPTS's own staff.
    reply = sure(cpts, "c'est qui le référent CPTS chez la CPAM ?", "role_holder")
    assert "Thomas Guillet" in reply and "Solène Perraud" not in reply


def test_a_body_named_by_the_part_of_its_name_after_the_comma(fs: Chat) -> None:
    # « Hautes Terres Communauté, France services de Murat »: its two people, not a charge « France ».
    reply = sure(fs, "qui bosse à la France services de Murat ?", "org_representative")
    assert "Claire Teissèdre" in reply and "Hugo Mazet" in reply
    assert "Hugo Mazet" in sure(fs, "les gens de la France services de Murat ?", "org_members")


def test_a_title_without_its_article_before_two_bodies_is_left_to_the_readings() -> None:
    # Set 23b labels « qui est referent CPAS chez Actiris ? » a charge at Actiris: not read as the title's holder.
    chat = build_group("cpas-bxl")
    outcome = outcome_of(chat, "qui est referent CPAS chez Actiris ?")
    assert not (outcome.confident and outcome.intent == "org_representative")


def test_people_named_in_the_plural_are_the_one_body_whose_roles_say_so(cpts: Chat, festival: Chat) -> None:
    # France Assos Santé's « Représentante des usagers »; liO's « référente des navettes ».
    assert "Monique Thébaud" in sure(cpts, "pour les usagers c'est qui ?", "org_representative")
    assert "Patricia Roux" in sure(festival, "pour les navettes c'est qui ?", "org_representative")


def test_people_named_in_the_plural_over_several_bodies_are_a_guess(festival: Chat) -> None:
    # « secouristes » finds roles of sécurité at four bodies, not the Croix-Rouge's poste de secours.
    assert not outcome_of(festival, "les secouristes, c'est qui ?").confident


def test_a_role_word_of_the_body_s_own_name_is_no_title(cpts: Chat) -> None:
    # « Cabinet infirmier du Bourg, Héric »: « infirmier » is part of its name, not a nurse's title asked.
    outcome = outcome_of(cpts, "qui représente le cabinet infirmier d'Héric ?")
    assert not (outcome.confident and outcome.intent == "role_holder")


def test_what_the_group_must_do_is_no_errand_s_pilot(fs: Chat) -> None:
    # Task n°8 updates the opening hours' map: « on doit ouvrir … ? » asks a rule, not who updates the map.
    reply = ask(fs, "on doit ouvrir le dimanche ?")
    assert "Tâche n°8" not in reply


def test_a_referent_named_before_a_body_is_its_referent(fs: Chat) -> None:
    assert "Inès Ferrando" in sure(fs, "c'est qui la référente ANTS ?", "role_holder")


def test_a_sitting_said_done_at_a_place_with_none_held_there(fs: Chat) -> None:
    # The only sitting at the hôtel du Département (n°5) is to come: « avait commencé » is no answer to give with it.
    outcome = outcome_of(fs, "la réunion à l'hôtel du Département avait commencé à quelle heure ?")
    assert not outcome.confident and "tenue à" in outcome.reply.plain()


def test_who_heads_a_body_found_twice_in_its_own_name(festival: Chat) -> None:
    assert "Nicolas Berthomieu" in sure(festival, "qui commande la compagnie de gendarmerie ?", "role_holder")


def test_carried_onto_a_document_is_a_task_done(festival: Chat) -> None:
    # Task n°2 (done): « Faire figurer la voie engins sur le plan du site »; « reporter sur » copies, no postponing.
    assert "Tâche n°2 (faite)" in sure(festival, "la voie engins a bien été reportée sur le plan ?", "in_charge")
