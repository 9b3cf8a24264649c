"""Questions wrapped in the asker's situation and in conditions, of blind set
43b (mda45, the partners' network of an invented Maison des adolescents in
the Loiret, asked by a school nurse of Montargis on Tuesday 1 December
2026), missed on its first run, asked in other words, with the neighbours
that must stay as they were:

- a condition or the asker's own situation before a question that asks by
  itself (« au cas où je serais en retard, ça commence à quelle heure
  jeudi ? ») pulls no reading with its words; when the question after it
  says little (« si je veux inscrire …, j'ai jusqu'à quand ? »), the
  condition is the topic; a time the question names itself wins over the
  condition's; the town the asker comes from is no place asked about
  (asker_condition.py); « au cas où » reads as « si »;
- whom to tell of one's absence, or whether one may send a colleague, is the
  decision on absences or on replacements (absence_notice.py);
- « la suivante » after a weekday the asker cannot come is the meeting after
  it (context_tail.following_the_day);
- a room named by its building (« auditorium de la médiathèque de
  Montargis ») is found by the building (venues.py);
- whom to reach at a body (« je passe par qui ? », « je contacte qui ? ») is
  its people (contact_body.py); « qui est du club de prévention ? », a body
  only a role names, is its people (answers_people.in_charge)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def mda() -> Chat:
    return build_group("mda45")


def test_a_condition_before_the_question_pulls_no_reading(mda: Chat) -> None:
    assert "Séance n°5" in sure(mda, "au cas où je serais en retard, ça commence à quelle heure jeudi ?", "meeting_which")
    assert "Séance n°7" in sure(mda, "au cas où des parents me demandent, la soirée écrans et sommeil commence à "
                                     "quelle heure ?", "meeting_which")
    # The condition's time gives way to the question's own.
    reply = sure(mda, "au cas où je n'aurais pas le temps avant Noël, c'est quoi les dates limites de janvier ?",
                 "dates_period")
    assert "22 janvier" in reply and "11 décembre" not in reply
    # Neighbours: « en retard » asked alone is the late tasks; a hedge before a check still reads.
    assert "Tâches en retard" in sure(mda, "qu'est-ce qui est en retard ?", "tasks_late")
    assert "n°5" in sure(mda, "si j'ai bien compris on se voit jeudi, c'est bien à 14h ?", "meeting_next")


def test_the_town_the_asker_comes_from_is_no_place_asked(mda: Chat) -> None:
    assert "n°5" in sure(mda, "j'arrive de Montargis jeudi, c'est où exactement la réunion ?", "meeting_next")
    assert "n°5" in sure(mda, "je viens en train depuis Montargis, la prochaine réunion commence à quelle heure ?",
                         "meeting_next")
    # Neighbour: the town asked of a sitting is its place.
    assert "n°6" in sure(mda, "la réunion de Montargis c'est quand ?", "meeting_which")


def test_a_room_is_found_by_its_building(mda: Chat) -> None:
    assert "n°7" in sure(mda, "la réunion à la médiathèque de Montargis c'est quand ?", "meeting_which")


def test_the_sitting_after_a_weekday_the_asker_misses(mda: Chat) -> None:
    assert "n°6" in sure(mda, "si je ne peux pas venir jeudi, la suivante c'est quand ?", "meeting_which")
    assert "n°6" in sure(mda, "je ne pourrai pas être là jeudi. La réunion suivante ?", "meeting_which")


def test_whom_to_tell_of_an_absence_is_the_decision(mda: Chat) -> None:
    for question in ("si je ne peux pas venir jeudi, je préviens qui ?",
                     "au cas où je serais absente, à qui je dois le signaler ?",
                     "je ne pourrai pas être là jeudi, je dois prévenir quelqu'un ?"):
        assert "Corinne Vasseur" in sure(mda, question, "decisions_topic"), question
    for question in ("si je suis empêchée, je peux envoyer une collègue à ma place ?",
                     "je remplace ma collègue jeudi, faut-il prévenir la MDA ?"):
        assert "se faire remplacer" in sure(mda, question, "decisions_topic"), question
    # Neighbours: the absence said, no question, stays quiet; who was absent is the attendance.
    assert not outcome_of(mda, "si je ne peux pas venir jeudi, je vous préviens").confident
    assert "Yasmina Ouali" in sure(mda, "qui était absent le 19 ?", "attendance_meeting")


def test_a_condition_that_is_the_topic_is_kept(mda: Chat) -> None:
    # The question after the comma says little: the condition's words are what is asked about, not context.
    reply = outcome_of(mda, "si je veux inscrire mon lycée à la semaine harcèlement, j'ai jusqu'à quand ?").reply.plain()
    assert "harcèlement" in reply


def test_whom_to_reach_at_a_body_is_its_people(mda: Chat) -> None:
    reply = sure(mda, "si un jeune a besoin d'un rdv au CMP, je passe par qui ?", "org_representative")
    assert "Claire Fontanel" in reply and "Pass'ados" not in reply
    assert "Élodie Martineau" in sure(mda, "pour l'ASE, je contacte qui ?", "org_representative")
    assert "Yasmina Ouali" in sure(mda, "qui est du club de prévention ?", "org_representative")
    # Neighbours: a charge asked of roles stays a charge; « il s'appelle comment » reaches no one.
    assert "Yasmina Ouali" in sure(mda, "qui s'occupe de la prévention ?", "in_charge")
    assert outcome_of(mda, "le psychologue qui travaille au CMP, il s'appelle comment ?").intent != "org_representative"


def test_initials_a_role_spells_are_the_body_whose_name_opens_so(mda: Chat) -> None:
    # « Directrice de la Maison des adolescents » spells « MDA »; the body « Maison des adolescents du Loiret … » is
    # named so: all its people, not only the director.
    assert "Corinne Vasseur" in sure(mda, "qui est l'assistante de direction de la MDA ?", "role_holder")
    assert "Sabrina Lemoine" in sure(mda, "l'éducatrice spécialisée de la MDA ?", "role_holder")
    assert "Hélène Marchetti" in sure(mda, "la directrice de la MDA c'est qui ?", "role_holder")


def test_a_weekday_that_is_today_may_be_today(mda: Chat) -> None:
    # Asked on a Tuesday, « mardi » may be today: « la séance suivante » is then the next one.
    assert "n°5" in sure(mda, "J'ai un empêchement mardi. La séance suivante, c'est quand ?", "meeting_next")


def test_a_sitting_at_a_body_is_no_ones_presence(mda: Chat) -> None:
    # The sitting is the subject: where it was held is asked, never who of the MDA came (unsure at worst).
    assert outcome_of(mda, "le comité de septembre était à la MDA ?").intent != "attendance_meeting"
    # Neighbours: a body being there, with the sitting put first or after, is its presence.
    assert "Bernard Texier" in sure(mda, "la CAF était là à la dernière réunion ?", "attendance_meeting")
    assert "Bernard Texier" in sure(mda, "la réunion de septembre, la CAF était là ?", "attendance_meeting")


def test_in_case_asks_no_place_and_a_member_named_in_the_situation_is_not_asked(mda: Chat) -> None:
    # « au cas où » is « si »: its « où » asks no place.
    assert "Claire Fontanel" in sure(mda, "au cas où j'aurais besoin du CMP, qui représente l'hôpital ?",
                                     "org_representative")
    # The member the asker stands in for is no one asked about, when the question names no one.
    assert "n°6" in sure(mda, "je remplace Farid à la commission de janvier, elle commence à quelle heure ?",
                         "meeting_which")
    # Neighbours: « M. » is a title, no asker speaking; the member asked of after the situation is still asked.
    assert "Thomas Perrin" in sure(mda, "M. Perrin, il fait quoi dans le réseau ?", "who_is")
    assert "DSDEN" in sure(mda, "si je remplace Nathalie Guérin jeudi, elle fait quoi exactement ?", "who_is")
    assert "Recenser les collèges" in sure(mda, "je remplace Nathalie pendant son arrêt, elle avait des tâches en "
                                                "cours ?", "tasks_mine")
