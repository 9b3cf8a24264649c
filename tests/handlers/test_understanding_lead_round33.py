"""The lead's general fixes of the thirty-third round, checked in other words
than the sets' rows: a number asked of something that is no task
(« combien de km faut-il faire … ? ») is no list of tasks; the end of a thing
asked (« … doit être fini pour quand ? ») is the deadline headed « Fin de … »;
« à quel moment » asks a time, which a decision placing a thing in a cycle
(« au début et à la fin du programme ») answers; a length asked that no
decision shown states is left unsure; tasks sharing only a town's name
answer nothing on another thing of that town."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def mss() -> Chat:
    return build_group("mss63")


def test_a_count_of_something_else_than_work_lists_no_tasks(mss: Chat) -> None:
    # Tasks n°6 and n°9 hold « sport-santé »; the member asks a number of kilometres, which no task says.
    outcome = outcome_of(mss, "combien de km faut-il faire par semaine pour rester en bonne santé ?")
    assert not outcome.confident and "Tâche n°" not in outcome.reply.plain()
    # The tasks themselves counted are still listed.
    reply = sure(mss, "combien de tâches reste-t-il à faire pour la fiche de liaison ?", "tasks_late")
    assert "Tâche n°9" in reply


@pytest.fixture(scope="module")
def cmj() -> Chat:
    return build_group("cmj33")


def test_the_end_of_a_thing_asked_is_the_deadline_headed_fin(cmj: Chat) -> None:
    # Task n°6 « Mettre en ligne le vote sur le design du skatepark » shares the words; deadline n°2 is its end.
    reply = sure(cmj, "le vote sur le design doit être fini pour quand ?", "dates_period")
    assert "Fin du vote en ligne" in reply and "18 décembre" in reply and "Tâche n°6" not in reply


def test_at_what_moment_is_a_time_the_decision_placing_it_in_a_cycle_answers(mss: Chat) -> None:
    # Task n°4 « Préparer la grille commune du bilan de condition physique … » shares the words; decision n°5 says when.
    for question in ("le bilan de condition physique on le réalise à quel moment ?",
                     "le bilan de condition physique c'est fait à quel moment ?"):
        reply = sure(mss, question, "decisions_topic")
        assert "au début et à la fin du programme" in reply and "Tâche n°4" not in reply


@pytest.fixture(scope="module")
def cli() -> Chat:
    return build_group("cli82b")


def test_a_length_no_decision_states_is_not_answered_with_decisions(cli: Chat) -> None:
    # Decisions n°8 and n°10 name the iodine tablets; neither says how long they keep.
    outcome = outcome_of(cli, "la dotation de comprimés des écoles, on la garde combien de temps ?")
    assert not outcome.confident and "aucune décision du groupe ne dit cette durée" in outcome.reply.plain().casefold()
    # A decision stating the length still answers (« … pendant deux ans »).
    reply = sure(build_group("clsm42"), "l'infirmier de liaison est financé pendant combien de temps ?", "decisions_topic")
    assert "pendant deux ans" in reply


def test_tasks_sharing_only_a_town_s_name_answer_nothing_of_its_pharmacy(cli: Chat) -> None:
    # Tasks n°7 and n°17 name Saint-Jory-de-Lomagne (its households, its town hall's sessions), not its pharmacy.
    outcome = outcome_of(cli, "la pharmacie de Saint-Jory a été livrée ?")
    assert not outcome.confident and "Tâche n°" not in outcome.reply.plain()


def test_a_rhythm_asked_is_no_agenda_point_of_the_coming_sitting() -> None:
    # « Point sur le registre … » is on sitting n°5's agenda; the member asks how often the calls are made.
    outcome = outcome_of(build_group("veille84"), "en hiver on téléphone aux inscrits du registre tous les combien ?")
    assert outcome.intent != "agenda_items" and "ordre du jour" not in outcome.reply.plain()


@pytest.fixture(scope="module")
def jumelage() -> Chat:
    return build_group("jumelage68")


def test_the_verb_after_a_sitting_s_noun_names_no_heading(jumelage: Chat) -> None:
    # Sitting n°1 is headed « … lancement du 40e anniversaire », n°4 « Réunion commune … »: « commence » is neither.
    assert sure(jumelage, "la réunion commence à quelle heure ?", "meeting_next").startswith("Prochaine séance n°5")
    assert "Séance n°7" in sure(jumelage, "l'assemblée générale démarre à quelle heure ?", "meeting_which")


def test_a_sitting_named_by_the_event_its_heading_says(cli: Chat) -> None:
    # Sitting n°4 is headed « Commission information et communication de la CLI : campagne de distribution des
    # comprimés d'iode »; n°2 « Commission technique … : visite du CNPE … ». Here by « le lancement / le bilan de … »:
    veille = build_group("veille84")
    reply = sure(veille, "les présents au lancement du plan grand froid ?", "attendance_meeting")
    assert "n°4" in reply
    assert "n°2" in sure(veille, "on a le compte rendu du bilan de l'été ?", "minutes_request")


def test_the_general_assembly_described_by_what_it_will_adopt(cli: Chat) -> None:
    # Sitting n°7 (an assemblée générale, like n°1) has « Adoption du rapport annuel 2026 de la CLI » on its agenda;
    # deadline n°2 asks the members' comments on the draft report.
    reply = sure(cli, "l'AG qui adoptera le rapport annuel, elle est prévue quand ?", "meeting_which")
    assert "Séance n°7" in reply and "18 mars 2027" in reply


def test_a_sitting_gone_asked_when_is_no_coming_sitting_s_point(cli: Chat) -> None:
    # Sitting n°6 (to come) has a point on the ten-year inspection, decision n°5 asks for its conclusions there; the
    # member asks of the visit held in October (sitting n°2): neither is an answer.
    outcome = outcome_of(cli, "la visite de la centrale avec la commission technique, c'était quel jour ?")
    assert not outcome.confident or "Séance n°2" in outcome.reply.plain()


def test_a_member_checked_as_the_doer_is_no_question_whether_it_was_decided(cli: Chat) -> None:
    # « conclusions » reads as « décisions »; decisions n°5 and n°7 hold « présenter ».
    outcome = outcome_of(cli, "c'est bien M. Caussade qui présentera les conclusions de l'ASNR ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic")


def test_the_chair_of_the_whole_name_said_not_of_the_body_found_inside_it(jumelage: Chat) -> None:
    # « comité de jumelage » is inside the association's name (its president: Marcel Hertzog); the whole name said is
    # the committee the deputy mayor chairs (« président du comité de jumelage et des partenariats internationaux »).
    reply = sure(jumelage, "c'est qui qui préside le comité de jumelage et des partenariats internationaux ?",
                 "role_holder")
    assert "Jean-Paul Wagner" in reply and "Marcel Hertzog" not in reply
    assert "Marcel Hertzog" in sure(jumelage, "qui est le président de l'association du comité de jumelage ?",
                                    "role_holder")



def test_the_participants_of_a_body_with_no_sitting_picked_are_its_members() -> None:
    # Sittings n°3, n°4 and n°7 are headed « Comité de suivi … »; no day or order word picks one of them.
    crue = build_group("crue62")
    assert sure(crue, "vous pouvez m'envoyer la liste des participants au comité de suivi svp ?",
                "directory").startswith("Membres du groupe")
    assert "n°3" in sure(crue, "la liste des participants à la dernière réunion ?", "attendance_meeting")


def test_a_date_in_a_sitting_s_heading_is_no_day_of_sitting() -> None:
    # Sitting n°3 (12 November) is headed « Comité de pilotage de la campagne du 25 novembre »; none is held on the 25th.
    reply = sure(build_group("egalite38"), "le copil du 25 novembre c'était à quelle heure ?", "meeting_which")
    assert reply.startswith("Séance n°3") and "12 novembre 2026" in reply
