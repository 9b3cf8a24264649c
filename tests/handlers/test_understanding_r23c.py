"""The families of negation, exception and « what is not » that blind set
30c (velo28, the comité de suivi du plan vélo of Chartres métropole, asked
by a member on Tuesday 1 December 2026) and set 28a (clsbray) missed, asked
in other words and in other groups:

- « aucun(e) » is a negation as « pas » or « rien », no topic (lexicon.toml);
- a plain check in the negative left unsure is read in the positive
  (negated_check.py): « y a pas réunion le 3 ? »; never a question with a
  question word (« qui n'est pas venu ? » would list those present);
- an exception put first, up to a comma, is set aside (excepted_clause.py):
  « à part Thomas, qui vient le 10 ? » is not Thomas's own announcement;
- the asker « étais à » a meeting (own_presence.py), the asker's work not
  done or forgotten (undone.py), « personne » as the negated « quelqu'un »
  (nobody.py), whether the group met « depuis » a day (seen_since.py), a
  deadline over an agenda point its words only relate to (agenda_when.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.negated_check import affirmed
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def velo() -> Chat:
    return build_group("velo28")


@pytest.fixture(scope="module")
def bray() -> Chat:
    return build_group("clsbray")


def test_aucune_is_no_topic(velo: Chat, bray: Chat) -> None:
    assert "Inscriptions des écoles" in sure(velo, "aucune échéance en mars ?", "dates_period")
    assert "Aucun budget" not in sure(velo, "il n'y a aucune échéance en janvier ?", "dates_period")
    assert "dossier de financement" in sure(bray, "aucune date limite en décembre ?", "dates_period")


@pytest.mark.parametrize(("text", "positive"), [
    ("c'est pas en mars l'atelier ?", "c'est en mars l'atelier ?"),
    ("Karim ne sera pas là le 10 ?", "Karim sera là le 10 ?"),
    ("les compteurs ne sont toujours pas installés ?", "les compteurs ne sont installés ?".replace("ne ", "")),
])
def test_a_check_in_the_negative_reads_in_the_positive(text: str, positive: str) -> None:
    assert affirmed(text) == positive


@pytest.mark.parametrize("text", ["qui n'est pas venu le 18 ?", "qui ne vient pas jeudi ?", "je n'ai plus rien à faire ?",
                                  "y a pas de réunion en février ?", "personne ne vient pas ?", "c'est pas grave",
                                  "ni Karim ni Thomas ne viennent pas ?"])
def test_no_positive_for_questions_lists_or_other_negations(text: str) -> None:
    assert affirmed(text) is None


def test_negated_checks_answer_as_the_positive(velo: Chat, bray: Chat) -> None:
    assert "Aucune séance" in sure(velo, "y a pas réunion le 3 décembre ?", "meeting_which")
    assert "a annoncé sa présence" in sure(velo, "Karim Saïdi ne sera pas là à la prochaine réunion ?", "rsvp_upcoming")
    assert "n°6" in sure(velo, "l'atelier savoir rouler c'est pas en mars ?", "meeting_which")
    assert "parmi les présents" in sure(bray, "j'étais pas là en septembre ?", "attendance_meeting")


def test_who_did_not_come_never_lists_only_those_present(velo: Chat) -> None:
    reply = sure(velo, "qui n'est pas venu le 18 novembre ?", "attendance_meeting")
    assert "Absents (2)" in reply and "Olivier Brault" in reply and "Excusés (3)" in reply
    assert "Présents (10)" not in reply


def test_an_exception_put_first_is_set_aside(velo: Chat) -> None:
    reply = sure(velo, "à part Thomas, qui vient le 10 ?", "rsvp_upcoming")
    assert "Mathilde Girard" in reply and "Karim Saïdi" in reply
    assert "Fonds mobilités actives" in sure(velo, "hormis le comptage, qu'est-ce qu'on doit rendre en décembre ?",
                                             "dates_period")
    assert "Prochaines séances (3)" in sure(velo, "en dehors de l'atelier du 10, quelles réunions sont prévues ?",
                                            "meetings_upcoming")


def test_an_exception_in_chat_stays_chat(velo: Chat) -> None:
    assert not outcome_of(velo, "hormis la pluie, la balade d'hier était top").confident
    assert not outcome_of(velo, "à part ça tout va bien").confident


def test_the_asker_at_a_meeting_held(velo: Chat, bray: Chat) -> None:
    assert "Vous figurez parmi les excusés" in sure(velo, "j'étais au comité de novembre ?", "attendance_meeting")
    assert "Vous figurez parmi les présents" in sure(velo, "je n'étais pas à l'atelier d'octobre ?", "attendance_meeting")
    assert "Vous figurez parmi les présents" in sure(bray, "j'étais au copil de novembre ?", "attendance_meeting")


def test_the_askers_work_not_done_or_forgotten(velo: Chat, bray: Chat) -> None:
    assert "Tâches de Romane Lefrançois" in sure(bray, "qu'est-ce que je n'ai pas encore fait ?", "tasks_mine")
    assert "Tâches de Caroline Dufresne" in sure(velo, "j'ai rien oublié ?", "tasks_mine")
    assert "Tâches de Caroline Dufresne" in sure(velo, "j'ai pas oublié un truc ?", "tasks_mine")
    assert not outcome_of(velo, "j'ai oublié mon badge à la mairie").confident


def test_personne_as_the_negated_quelquun(velo: Chat, bray: Chat) -> None:
    assert "Amélie Rousseau" in sure(velo, "il n'y a personne du Département ?", "org_representative")
    assert "Claire Fontaine" in sure(velo, "la CCI n'envoie personne ?", "org_representative")
    assert "Tâches en retard" in sure(velo, "il y a personne en retard ?", "tasks_late")
    assert "Sabrina Kaci" in sure(bray, "y a quelqu'un de la CAF ou pas ?", "org_representative")
    assert not outcome_of(velo, "personne n'a vu mon chargeur ?").confident


def test_met_since_a_day_is_the_last_meeting(velo: Chat, bray: Chat) -> None:
    assert "Dernière séance n°3" in sure(velo, "on ne s'est pas réunis depuis octobre ?", "meeting_last")
    assert "Dernière séance n°3" in sure(bray, "on s'est pas vus depuis le 19 ?", "meeting_last")


def test_a_deadline_is_no_agenda_point_its_words_only_relate_to(velo: Chat) -> None:
    outcome = outcome_of(velo, "la date limite pour le fonds mobilités actives c'est pas le 18 ?")
    assert not (outcome.confident and outcome.intent in ("meeting_which", "meeting_next"))


@pytest.mark.parametrize("question", ["qui n'est pas venu le 18 novembre ?", "qui était pas là le 18 ?",
                                      "il manquait qui au dernier comité ?", "qui n'était ni présent ni excusé le 18 ?"])
def test_who_was_missing_lists_the_excused_and_absent_only(velo: Chat, question: str) -> None:
    reply = sure(velo, question, "attendance_meeting")
    assert "Absents (2)" in reply and "Olivier Brault" in reply and "Présents (10)" not in reply
    assert "Gérard Beaufils" not in reply


def test_who_comes_not_lists_those_excused(velo: Chat, bray: Chat) -> None:
    reply = sure(velo, "qui vient pas le 10 ?", "rsvp_upcoming")
    assert "Patrice Lenoir" in reply and "Mathilde Girard" not in reply
    assert "Pauline Roussel" in sure(bray, "qui ne viendra pas le 15 ?", "rsvp_upcoming")
    assert "Présents (11)" in sure(bray, "qui était là le 19 novembre ?", "attendance_meeting")
