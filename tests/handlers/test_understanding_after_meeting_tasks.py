"""The work after a meeting in the families blind set 19h (ccas71) missed,
asked in other groups and other words: the open tasks about one thing
(« qu'est-ce qui reste à faire pour le forum ? »), one member's task asked
when (« c'est pour quand le rapport de Mme X ? »), the task of sending the
minutes asked as the minutes (« le compte rendu sera envoyé quand ? »), a
task that holds more of the question's words than a decision naming
someone, a deadline that names no one against « c'est qui ? », a body's
presence at a meeting (« la CPAM était là au Creusot ? »), someone « sera à
<lieu> », the participants of a meeting named by its place, a one-word
event that a deadline names first (« c'est quand le forum ? »), who « a du
scotch » (the people around, not a task's pilot), and a venue named by its
initials (« la réunion à la MDS », « à la MJC »)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_groups import build_group, invented_group
from tests.handlers.questions_eval import outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def insertion() -> Chat:
    """The Maine-et-Loire insertion group (blind set 18h's), asked on Tuesday 1 December 2026."""
    return build_group("insertion49")


@pytest.fixture(scope="module")
def ccas() -> Chat:
    """The Saône-et-Loire CCAS network (blind set 19h's)."""
    return build_group("ccas71")




@pytest.mark.parametrize("text", ["qu'est-ce qui reste à faire pour le forum de l'IAE ?",
                                  "il reste quoi à faire pour le forum de l'IAE ?",
                                  "les actions pour le forum de l'IAE ?"])
def test_the_open_tasks_about_one_thing_are_listed(insertion: Chat, text: str) -> None:
    reply = sure(insertion, text, "tasks_late")
    assert "forum IAE" in reply and "traiteur" in reply and "fiche de présentation" in reply
    assert "saisonnières" not in reply and "visite du chantier" not in reply  # other open tasks


def test_a_done_task_asked_who_did_it_is_not_a_listing(ccas: Chat) -> None:
    reply = sure(ccas, "qui a fait l'affiche du forum ?", "in_charge")
    assert "Corinne Duvernay" in reply and "navettes" not in reply


@pytest.mark.parametrize(("text", "due"), [("c'est pour quand la visite d'Anne-Laure ?", "15 janvier"),
                                          ("la fiche de Julie c'est pour quand ?", "20 novembre")])
def test_one_members_task_asked_when_gives_its_date(insertion: Chat, text: str, due: str) -> None:
    assert due in sure(insertion, text, "in_charge")


def test_a_members_task_asked_when_beats_a_deadline_sharing_its_word(ccas: Chat) -> None:
    # « Rapport d'activité 2026 du réseau » is a deadline; Émilie's task is « Rédiger le rapport sur le non-recours ».
    reply = sure(ccas, "c'est pour quand le rapport de Mme Thevenet ?", "in_charge")
    assert "18 décembre" in reply and "Rapport d'activité" not in reply


def test_the_task_of_sending_the_minutes_asked_as_the_minutes(insertion: Chat, ccas: Chat) -> None:
    assert "Franck Rousseau" in sure(insertion, "le compte rendu sera diffusé quand ?", "in_charge")
    assert "4 décembre" in sure(ccas, "le compte rendu sera envoyé quand ?", "in_charge")
    assert "Paul Lagrange" in sure(ccas, "le CR a été diffusé ?", "in_charge")  # the task says « Envoyer »


@pytest.mark.parametrize("text", ["tu peux m'envoyer le compte rendu ?", "le compte rendu de la dernière réunion ?"])
def test_a_request_for_the_minutes_stays_the_minutes(insertion: Chat, text: str) -> None:
    assert "séance n°4" in sure(insertion, text, "minutes_request")


def test_a_task_holding_more_of_the_question_than_a_decision_naming_someone(ccas: Chat) -> None:
    # « Un annuaire commun des permanences … est tenu par l'UDCCAS » and « Mettre à jour l'annuaire des permanences ».
    reply = sure(ccas, "qui met à jour l'annuaire des permanences ?", "in_charge")
    assert "Odile Perrot" in reply and "bilan" not in reply and "Laurent Chevrot" not in reply


def test_a_deadline_names_no_one_asked_who(ccas: Chat) -> None:
    # « Bilan annuel des permanences à transmettre au Département » (a deadline) and Paul's task on the same words.
    assert "Paul Lagrange" in sure(ccas, "le bilan des permanences, c'est qui ?", "in_charge")
    assert "18 décembre" in sure(ccas, "le bilan annuel des permanences c'est pour quand ?", "dates_period")


@pytest.mark.parametrize(("text", "key"), [("la Région était présente à Saumur ?", "parmi les excusés"),
                                           ("Emmaüs était là à la plénière de novembre ?", "parmi les absents")])
def test_a_bodys_presence_at_a_meeting(insertion: Chat, text: str, key: str) -> None:
    assert key in sure(insertion, text, "attendance_meeting")


def test_a_bodys_presence_without_a_meeting_still_asks_who_represents_it(ccas: Chat) -> None:
    assert "Émilie Thevenet" in sure(ccas, "qui est présent pour la CAF ?", "org_representative")


@pytest.mark.parametrize(("text", "key"), [("Aurore sera à Cholet ?", "a annoncé sa présence"),
                                           ("Gilles sera à Cholet ?", "a présenté ses excuses")])
def test_someone_will_be_at_a_meeting_place(insertion: Chat, text: str, key: str) -> None:
    assert key in sure(insertion, text, "rsvp_upcoming")


def test_the_participants_of_a_meeting_named_by_its_place(insertion: Chat, ccas: Chat) -> None:
    assert "Présents (9)" in sure(insertion, "la liste des participants à la plénière de Saumur", "attendance_meeting")
    assert "Présents (11)" in sure(ccas, "auriez-vous la liste des participants à la réunion du Creusot ?",
                                    "attendance_meeting")
    assert "Membres du groupe" in sure(insertion, "la liste des participants stp", "directory")


@pytest.mark.parametrize(("slug", "text", "day"), [("reseau92", "c'est quand le forum ?", "12 février"),
                                                   ("alimentation69", "c'est quand le salon ?", "5 février"),
                                                   ("ccas71", "c'est quand le forum ?", "10 décembre")])
def test_a_one_word_event_a_deadline_names_first(slug: str, text: str, day: str) -> None:
    assert day in sure(build_group(slug), text, "dates_period")


@pytest.mark.parametrize("text", ["qui a du scotch pour le forum ?", "quelqu'un a des punaises pour le forum ?"])
def test_who_has_some_of_a_thing_is_no_task_question(insertion: Chat, text: str) -> None:
    outcome = outcome_of(insertion, text)
    assert not outcome.confident, outcome.reply.plain()


@pytest.mark.parametrize(("text", "key"), [("combien de monde à Saumur ?", "9 présents"),
                                           ("la liste des excusés de Saumur", "Excusés (4)"),
                                           ("quelles structures étaient représentées à Saumur ?", "Présents (9)")])
def test_a_town_that_is_a_body_and_a_meeting_place_names_the_meeting(insertion: Chat, text: str, key: str) -> None:
    # Saumur is the agglomeration's name and the place of the plenary n°3: its attendance, not the body's people.
    assert key in sure(insertion, text, "attendance_meeting")


def test_the_body_of_that_town_is_still_asked_with_its_name(ccas: Chat) -> None:
    assert "Jérôme Pacaud" in sure(ccas, "qui représente le CCAS du Creusot ?", "org_representative")


def test_a_venue_named_by_its_initials(ccas: Chat) -> None:
    # « Maison départementale des solidarités, Mâcon » (n°2) is no member's body.
    assert "séance n°2" in sure(ccas, "le CR de la réunion à la MDS ?", "minutes_request")
    paris = ZoneInfo("Europe/Paris")
    chat = invented_group("jeunesse71", ("Léa Martin", "Ville d'Autun", "Adjointe à la jeunesse"),
                          ("Hugo Bernard", "Mission locale du Morvan", "Conseiller"))
    data = chat.store.group("jeunesse71")
    data.add_meeting(datetime(2026, 12, 9, 14, tzinfo=paris), datetime(2026, 12, 9, 16, tzinfo=paris),
                     "Maison des jeunes et de la culture, Autun", ())
    data.add_meeting(datetime(2027, 1, 13, 14, tzinfo=paris), datetime(2027, 1, 13, 16, tzinfo=paris),
                     "Mairie d'Autun, salle du conseil", ())
    for text in ("la réunion à la MJC c'est quand ?", "on se retrouve à la MJC quand ?"):
        assert "9 décembre" in sure(chat, text, "meeting_which")


def test_a_period_a_task_names_is_part_of_its_name(ccas: Chat) -> None:
    # « Envoyer le bilan des permanences du premier semestre » and a deadline « Bilan annuel des permanences … ».
    assert "en retard" in sure(ccas, "le bilan du premier semestre, c'est fait ?", "in_charge")
    assert "en retard" in sure(ccas, "le bilan du premier semestre est parti ?", "in_charge")
    # The period alone is still asked as one.
    assert "Rapport d'activité" in sure(ccas, "qu'est-ce qui est prévu au premier semestre ?", "dates_period")


@pytest.mark.parametrize(("text", "key"), [("qu'y a-t-il en janvier ?", "questionnaire sur la mobilité"),
                                           ("qu'y a-t-il d'ici Noël ?", "contributions au rapport annuel")])
def test_the_formal_inversion_asks_what_falls_in_a_period(text: str, key: str) -> None:
    assert key in sure(build_group("reseau92"), text, "dates_period")


def test_the_inversion_without_a_period_asks_nothingsure(ccas: Chat) -> None:
    assert not outcome_of(ccas, "qu'y a-t-il ?").confident
