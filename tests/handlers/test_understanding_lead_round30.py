"""The lead's general fixes of the thirtieth round, found on the lead's
sets 52 to 54 and checked in other words than the sets' rows: a sitting
named by its own heading's words (« l'exercice PPI ») beside records that
repeat them, the group's own kind (« la CLI ») and its frame, the asker's
work said « à ma charge », a rule asked « avant de … », a body of a town by
its kind (« l'épicerie de Bègles »), a place named with the noun before it
(« au lac de Lagraou »), a sitting described by a relative clause (« la
séance qui adopte … ») and a rhythm checked (« … tous les ans ? »)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cli() -> Chat:
    return build_group("cli82")


def test_a_sitting_named_by_its_heading_beside_tasks_repeating_it(cli: Chat) -> None:
    # « Observation de l'exercice PPI, … » is sitting n°3; a task and a point of n°5 say « exercice PPI » too.
    reply = sure(cli, "l'exercice PPI a eu lieu quel jour ?", "meeting_which")
    assert reply.startswith("Séance n°3") and "21 octobre 2026" in reply


def test_the_last_sitting_so_headed_with_the_noun_before_its_name(cli: Chat) -> None:
    assert "Dernière séance n°3" in sure(cli, "le dernier exercice PPI, c'était où ?", "meeting_last")


def test_the_decisions_of_a_sitting_named_by_its_heading(cli: Chat) -> None:
    assert "Décisions de la séance n°3" in sure(cli, "on a décidé quoi à l'exercice PPI ?", "decisions_recent")


def test_the_group_s_kind_is_the_directory(cli: Chat) -> None:
    # The roles say « commission locale d'information » and « vice-présidente de la CLI »; no body is the CLI.
    assert "Membres du groupe (17)" in sure(cli, "qui fait partie de la CLI ?", "directory")
    reply = sure(cli, "qui préside la CLI ?", "role_holder")
    assert "Jean-Louis Cayrou" in reply and "Josiane Belloc" not in reply


def test_a_body_asked_within_the_group_named_by_its_kind(cli: Chat) -> None:
    # A guard: « … de la CLI, hôtel du Département » is a place; read with the group's kind, its words are neither.
    reply = sure(cli, "qui vient de la préfecture dans la CLI ?", "org_representative")
    assert "Olivier Péchaud" in reply


def test_a_sitting_described_by_what_it_will_do(cli: Chat) -> None:
    # Sitting n°7's agenda: « Adoption du rapport annuel d'activité 2026 de la CLI »; a decision says the report
    # is adopted in March, which is no date of a sitting.
    assert sure(cli, "la réunion qui adoptera le rapport annuel a lieu où ?", "meeting_which").startswith("Séance n°7")


def test_a_rhythm_checked_of_a_kind_of_sitting(cli: Chat) -> None:
    reply = sure(cli, "il y a une réunion publique tous les ans ?", "decisions_topic")
    assert "chaque année une réunion publique" in reply


def test_a_rhythm_checked_of_no_body_read_is_not_the_group_s_rhythm(cli: Chat) -> None:
    outcome = outcome_of(cli, "il y a une plénière chaque mois ?")
    assert "réunion publique" not in outcome.reply.plain()


@pytest.fixture(scope="module")
def grocers() -> Chat:
    return build_group("episol33")


def test_the_asker_s_work_said_at_their_charge(grocers: Chat) -> None:
    # The asker (Hélène Castagnet) has the task on the opening hours; no role « chargé » is asked.
    reply = sure(grocers, "j'ai quoi à ma charge en ce moment ?", "tasks_mine")
    assert "horaires d'ouverture" in reply


def test_the_actions_of_the_work_plan_are_the_tasks(grocers: Chat) -> None:
    reply = sure(grocers, "les actions du plan de travail qui ont pris du retard ?", "tasks_late")
    assert "Tâches en retard" in reply


def test_a_town_s_body_named_by_its_kind(grocers: Chat) -> None:
    # Bègles has a CCAS and « Le Panier bèglais, épicerie solidaire de Bègles ».
    reply = sure(grocers, "c'est qui pour l'épicerie de Bègles ?", "org_representative")
    assert "Rachid Meziane" in reply and "Nadia Benchekroun" not in reply


def test_a_wide_period_narrows_the_sittings_a_place_names(grocers: Chat) -> None:
    # The volunteers' day is sitting n°7, in February 2027; « cet hiver » holds it, and sitting n°5 too.
    assert sure(grocers, "la journée des bénévoles cet hiver c'est quel jour ?", "meeting_which").startswith("Séance n°7")


def test_the_coming_sitting_said_by_a_relative(grocers: Chat) -> None:
    assert "Prochaine séance n°5" in sure(grocers, "la réunion qui vient, c'est où ?", "meeting_next")


@pytest.fixture(scope="module")
def natura() -> Chat:
    return build_group("natura65")


def test_a_rule_asked_before_doing_something(natura: Chat) -> None:
    # A decision: « Un diagnostic pastoral est réalisé … avant tout engagement en MAEC »; a deadline names the
    # diagnostics too, which is not what is asked.
    reply = sure(natura, "il faut un diagnostic pastoral avant de signer une MAEC ?", "decisions_topic")
    assert "avant tout engagement" in reply


def test_a_place_named_with_the_noun_before_its_name(natura: Chat) -> None:
    # Sitting n°2 was held « … parking du lac de Lagraou »; n°7 at « maison forestière de Lagraou ».
    reply = sure(natura, "on est allés au lac de Lagraou quand ?", "meeting_which")
    assert reply.startswith("Séance n°2")
    assert sure(natura, "on est descendus à Lagraou quel jour ?", "meeting_which").startswith("Séance n°2")


def test_a_body_s_site_that_a_sitting_s_heading_writes(cli: Chat) -> None:
    # « EDF, CNPE de Saint-Sernin-de-Garonne » is a member's body; sitting n°2 was « Visite du chantier …, CNPE de
    # Saint-Sernin-de-Garonne »: « la centrale » (the CNPE) is where it was held, not whose presence is asked.
    assert sure(cli, "la visite à la centrale, c'était quel jour ?", "meeting_which").startswith("Séance n°2")
    assert "Dernière séance n°2" in sure(cli, "la dernière visite à la centrale nucléaire, c'était quand ?",
                                          "meeting_last")
    reply = sure(cli, "qui était présent à la visite de la centrale ?", "attendance_meeting")
    assert reply.startswith("Présences — séance n°2") and "Présents (10)" in reply
    assert "Stéphane Lapeyrade" in sure(cli, "le directeur de la centrale c'est qui ?", "role_holder")


def test_a_body_s_initials_in_capitals_are_no_chat_shorthand(natura: Chat) -> None:
    # « cbn » is chat for « combien »; « CBN » opens the initials of the Conservatoire botanique national …
    reply = sure(natura, "quelqu'un du CBN dans le groupe ?", "org_representative")
    assert "Lucie Fontan" in reply


def test_a_body_named_by_its_clipped_kind_and_its_subject(natura: Chat) -> None:
    # « Fédération départementale des chasseurs des Hautes-Pyrénées »: « de chasse » is of its name (chasseurs).
    assert "Jean-Marc Lafforgue" in sure(natura, "c'est qui pour la fédé de chasse ?", "org_representative")


def test_a_travelling_service_named_by_its_vehicle(grocers: Chat) -> None:
    # « Animatrice de l'épicerie mobile de l'Entre-deux-Mers »: « le camion » is that épicerie mobile.
    reply = sure(grocers, "qui anime le camion ?", "role_holder")
    assert "Manon Ducasse" in reply and "épicerie mobile" in reply


def test_the_head_of_a_body_named_by_an_acronym_its_name_writes(cli: Chat) -> None:
    # Roles say « référente du CNPE », « délégué syndical au CNPE »; the director's body is « EDF, CNPE de … ».
    reply = sure(cli, "c'est qui le directeur du CNPE ?", "role_holder")
    assert "Stéphane Lapeyrade" in reply and reply.count("Stéphane Lapeyrade") == 1


@pytest.fixture(scope="module")
def codev() -> Chat:
    return build_group("codev29")


def test_a_sitting_held_at_someone_s(codev: Chat) -> None:
    # Ronan Le Meur is of the Mission locale, where sitting n°5 is held; his own tasks are not asked.
    assert sure(codev, "la séance chez Ronan à la mission locale, c'est à quelle heure ?",
                "meeting_which").startswith("Séance n°5")


def test_a_member_checked_as_holding_a_title_a_decision_also_gives(codev: Chat) -> None:
    # Decision n°1 names the co-presidents; Anne-Laure Quéméner's role says the title: the role answers.
    reply = sure(codev, "c'est bien Anne-Laure qui copréside pour les associations ?", "role_holder")
    assert "Anne-Laure Quéméner" in reply


@pytest.fixture(scope="module")
def clspd() -> Chat:
    return build_group("clspd13")


def test_a_point_presented_by_a_body(clspd: Chat) -> None:
    # Sitting n°5's point « Rapport d'activité de France Victimes »: the verb « présenter » is no word of it.
    reply = sure(clspd, "France Victimes présentera son rapport à quelle séance ?", "meeting_which")
    assert "séance n°5" in reply


def test_whose_task_it_is_checked(natura: Chat) -> None:
    # A guard: set 53's « c'est bien Thierry qui instruit les demandes … ? » got all his tasks once the round was
    # merged. Hélène Carrère's task « Réaliser le diagnostic pastoral des estives de Montaspet »: its line, its pilot.
    reply = sure(natura, "c'est bien Hélène qui réalise le diagnostic pastoral ?", "in_charge")
    assert "Réaliser le diagnostic pastoral" in reply and "Hélène Carrère" in reply
