"""The work after a meeting typed on a phone in a hurry or dictated to it,
that blind set 23d (citeeduc59, the Cité éducative of Roubaix) missed on its
first run, asked in its group and in Niort's educational project (pedt79)
or another group with other tasks and meetings:

- « le cr il sera envoye quand »: the group's one task on the minutes is to
  write them, which says when they go out (minutes_task.py);
- « la tache de karim cest fait »: that member's one task, with its status
  (one_task_of.py), not the list of his tasks;
- « qui à envoyer la liste des élèves de 6e » (dictated): a task done holds
  more of the words than the open one sharing « liste » (task_first.py);
- « les taches annulees »: the cancelled tasks (task_words.listing_scope);
- « le pre suit combien denfants »: a count asks no task's pilot (counted.py);
- « qui organise les tournois de futsal »: the decision holding every word
  and naming the club, not a task on the gymnasium (answers_people.py);
- « je me suis engage a quoi »: a pledge names the asker's tasks;
- « leila setait excusee elle etait en prefecture », « vu avec karim cest
  reglé »: news told, left quiet (told_clauses.py);
- « la caf etait la en octobre »: a member's or body's past presence at a
  meeting designated, one clause, asks without its « ? » (presence_cues.py);
- « ya quoi qui a depasse la date »: what is overdue (task_questions.py);
- « cest qui qui a la tache du devis »: the one task named, not every task;
- « qui coordonne le pre »: an acronym typed in lower case (persons.py);
- « ON ETAIT CBN », « onetait combien », « sans prevenir », « on sera
  combien a la mediatheque », « jai rien recu pour le cr », « sait quand »,
  « ses qui qui » (homophones.py), « la co-présidente », « il me reste
  quoi », « le principal a quoi a rendre » (title_tasks.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def roubaix() -> Chat:
    """Set 23d's group, asked by the Cité's coordinator Julien Dewitte."""
    return build_group("citeeduc59")


@pytest.fixture(scope="module")
def pedt() -> Chat:
    """Set 21e's group, asked by the PEDT's coordinator Thibault Moreau."""
    return build_group("pedt79")


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("le cr il sera envoye quand", "in_charge", "3 décembre"),
    ("la tache de karim cest fait", "in_charge", "4 décembre"),
    ("qui à envoyer la liste des eleves de 6e", "in_charge", "Olivier Descamps"),
    ("les taches annulees", "tasks_late", "livres du club lecture"),
    ("le pre suit combien denfants", "decisions_topic", "120 enfants"),
    ("qui organise les tournois de futsal", "in_charge", "ASC Roubaix Épeule"),
    ("je me suis engage a quoi jeudi", "tasks_mine", "bilan intermédiaire"),
    ("ON ETAIT CBN LE 26", "attendance_meeting", "11 présents"),
    ("onetait combien a lalma", "attendance_meeting", "11 présents"),
    ("qui etait absent sans prevenir jeudi", "attendance_meeting", "Absents (2)"),
    ("on sera combien a la mediatheque", "rsvp_upcoming", "5 présents"),
    ("jai rien recu pour le cr de jeudi", "minutes_request", "n°3"),
    ("c qui la coprésidente", "role_holder", "Nadia Belhadj"),
    ("il me reste quoi", "tasks_mine", "bilan intermédiaire"),
    ("le principal a quoi a rendre", "tasks_mine", "entreprises"),
    ("la caf etait la en octobre", "attendance_meeting", "parmi les excusés"),
    ("linspectrice etait la le 26", "attendance_meeting", "parmi les excusés"),
    ("ya quoi qui a depasse la date", "tasks_late", "devis du car"),
    ("qui coordonne le pre", "role_holder", "Karim Bensaïd"),
    ("cest qui qui a la tache du devis", "in_charge", "Mehdi Ouali"),
])
def test_phone_typed_in_set_group(roubaix: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(roubaix, text, intent)


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("la tache de gwenaelle cest fait", "in_charge", "11 décembre"),
    ("les taches annulees", "tasks_late", "charte de l'orchestre"),
    ("les ateliers coutent combien aux familles", "decisions_topic", "1 euro"),
    ("ON ETAIT CBN JEUDI", "attendance_meeting", "10 présents"),
    ("onetait combien jeudi", "attendance_meeting", "10 présents"),
    ("jai rien recu pour le cr", "minutes_request", "n°3"),
    ("sait quand le prochain comite", "meeting_next", "n°4"),
    ("ses qui qui envoie le pv", "in_charge", "Laurence Pineau"),
    ("c qui la co-présidente", "role_holder", "Véronique Charrier"),
    ("il me reste quoi", "tasks_mine", "bilan des ateliers"),
    ("qui était absent sans prevenir le 26 ?", "attendance_meeting", "Absents (1)"),
    ("la caf etait la en octobre", "attendance_meeting", "parmi les présents"),
    ("ya quoi qui a depasse la date", "tasks_late", "convention"),
    ("cest qui le coordo du pedt", "role_holder", "Thibault Moreau"),
    ("qui a la tache de la convention ?", "in_charge", "Mélanie Texier"),
])
def test_phone_typed_in_other_group(pedt: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(pedt, text, intent)


def test_the_minutes_writing_task_says_when_they_go_out() -> None:
    assert "Maëlys Rault" in sure(build_group("briochin22"), "le cr il sera envoye quand", "in_charge")


@pytest.mark.parametrize(("group", "text"), [
    ("citeeduc59", "leila setait excusee elle etait en prefecture"),
    ("citeeduc59", "vu avec karim cest reglé"),
    ("pedt79", "Didier s'était excusé il avait une formation"),
    ("pedt79", "vu avec farid cest reglé"),
    ("citeeduc59", "la caf etait la en octobre elle a parle du budget"),
    ("pedt79", "la reunion est en retard de quoi"),
])
def test_news_told_in_two_clauses_is_left_quiet(group: str, text: str) -> None:
    assert not outcome_of(build_group(group), text).confident


@pytest.mark.parametrize("text", ["karim etait la jeudi dernier", "la liste des mentors elle a ete envoyee ?",
                                  "la caf etait la en octobre"])
def test_one_clause_or_a_subject_taken_up_still_asks(roubaix: Chat, text: str) -> None:
    assert outcome_of(roubaix, text).confident


def test_several_open_tasks_of_a_member_stay_his_list(roubaix: Chat) -> None:
    # Mehdi holds two open tasks: « la tâche de Mehdi » does not say which, his list answers.
    assert "Tâches de Mehdi Ouali" in sure(roubaix, "la tâche de Mehdi c'est fait ?", "tasks_mine")


def test_a_verb_of_knowing_is_kept(roubaix: Chat) -> None:
    from handlers.understanding.homophones import heard_words
    assert heard_words("karim sait quand c'est") == "karim sait quand c'est"
    assert heard_words("ses enfants sont malades") == "ses enfants sont malades"
    assert heard_words("le devis sait fait") == "le devis c'est fait"


def test_a_count_is_asked_only_without_who() -> None:
    from handlers.understanding.counted import asks_count
    from handlers.understanding.normalise import words
    assert asks_count(words("le PRE suit combien d'enfants ?"))
    assert not asks_count(words("qui sait combien on sera ?"))
