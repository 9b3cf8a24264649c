"""Members writing in the first person about themselves and the work after a
meeting, that blind set 22e (prelaz-lausanne, the contrat de quartier of
Prélaz-Valency) missed on its first run, asked in its group and in Niort's
educational project (pedt79, another asker, other tasks and meetings):

- « c'est moi qui fais le CR ? », « c'est moi qui envoie le PV ? »: the asker
  put first asks who does the minutes, the task on them (minutes_task.py),
  while « tu m'envoies le CR ? » still asks the minutes;
- « qu'est-ce que j'ai promis de faire … ? », « … je me suis proposé de
  faire … ? »: a promise of work names the asker's tasks (task_words.py);
- « le dossier …, je dois le rendre quand ? »: one of the asker's tasks asked
  when is that task's line;
- « j'ai confirmé pour le 9 ? »: the asker's own announcement;
- « ma collègue Léa Monnier sera là … ? »: « collègue » before a name is no
  topic, and « ma collègue » is not the asker (entities.toml, task_words.py);
- « j'ai été comptée présente le 25 ? », « j'avais été notée absente ? »: the
  asker's own mark on a meeting's list (presence_cues.own_mark), « j'ai été »
  putting a bare day in the past (days.py);
- « ma collègue Léa a envoyé le devis ? » of her task « Demander le devis … »,
  « Émilie a mis à jour l'annuaire ? »: that member's tasks, the one asked
  after among them, whatever verb (pilot_status.py);
- « y a quoi à rendre en mars ? »: what falls due in the month, not a task
  that opens with « Rendre » (task_topic_listing.py);
- « les tl »: a body known by a short name its initials do not give
  (entities.toml, [known_acronyms]);
- « qui envoie les affiches à l'imprimeur ? »: « publication » no longer ties
  printing to every body or text that says « public » (families.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def prelaz() -> Chat:
    """Set 22e's group, asked by Sandrine Jaquier (residents' association), tasks and attendance recorded."""
    return build_group("prelaz-lausanne")


@pytest.fixture(scope="module")
def pedt() -> Chat:
    """Set 21e's group, asked by the PEDT's coordinator Thibault Moreau."""
    return build_group("pedt79")


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("c'est moi qui fais le CR ?", "in_charge", "Yann Pittet"),
    ("qu'est-ce que j'ai promis de faire mercredi dernier ?", "tasks_mine", "budget participatif"),
    ("le dossier du budget participatif, je dois le rendre quand ?", "in_charge", "18 décembre"),
    ("j'ai été comptée présente le 25 ?", "attendance_meeting", "parmi les présents"),
    ("j'avais été notée absente en octobre ?", "attendance_meeting", "parmi les présents"),
    # Her one task holding « devis », shown alone as set 22e labels it (one_task_of.py, r24d), no longer her list.
    ("ma collègue Léa a envoyé le devis ?", "in_charge", "Demander le devis des bacs du potager"),
    ("y a quoi à rendre en mars ?", "dates_period", "Rapport intermédiaire"),
    ("qui envoie les affiches à l'imprimeur ?", "in_charge", "Patrick Rochat"),
])
def test_first_person_in_set_group(prelaz: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(prelaz, text, intent)


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("c'est moi qui envoie le PV ?", "in_charge", "Laurence Pineau"),
    ("c'est moi qui fais le compte rendu ?", "in_charge", "Laurence Pineau"),
    ("le bilan des ateliers, je dois le rendre quand ?", "in_charge", "4 décembre"),
    ("j'ai été compté présent jeudi dernier ?", "attendance_meeting", "parmi les présents"),
    ("qu'est-ce que je me suis proposé de faire jeudi ?", "tasks_mine", "bilan des ateliers"),
    ("ma collègue Karima a envoyé la grille ?", "in_charge", "faite"),
    ("y a quoi à rendre en février ?", "dates_period", "Enquête de satisfaction"),
])
def test_first_person_in_other_group(pedt: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(pedt, text, intent)


def test_the_minutes_asked_of_the_bot_stay_the_minutes(pedt: Chat) -> None:
    assert "compte rendu" in sure(pedt, "tu m'envoies le CR ?", "minutes_request")


def test_an_errand_no_task_of_hers_names_is_no_task(prelaz: Chat) -> None:
    outcome = outcome_of(prelaz, "Léa a mangé le gâteau ?")
    assert not outcome.confident


def test_the_printer_is_no_public_transport(prelaz: Chat) -> None:
    assert "Transports publics" not in sure(prelaz, "qui envoie les affiches à l'imprimeur ?", "in_charge")


@pytest.mark.parametrize(("group", "text", "key"), [
    ("prelaz-lausanne", "j'ai confirmé pour le 9 ?", "annoncé votre présence"),
    ("pedt79", "j'ai confirmé pour le 17 ?", "annoncé votre présence"),
])
def test_the_askers_confirmation_is_their_announcement(group: str, text: str, key: str) -> None:
    assert key in sure(build_group(group), text, "rsvp_upcoming")


def test_a_confirmation_of_something_else_is_no_announcement(prelaz: Chat) -> None:
    outcome = outcome_of(prelaz, "j'ai confirmé le traiteur pour le 9 ?")
    assert outcome.intent != "rsvp_upcoming"


@pytest.mark.parametrize(("group", "text", "intent", "key"), [
    ("prelaz-lausanne", "ma collègue Léa Monnier sera là à la prochaine réunion ?", "rsvp_upcoming", "a présenté ses excuses"),
    ("pedt79", "mon collègue Farid vient le 17 ?", "rsvp_upcoming", "a annoncé sa présence"),
])
def test_a_colleague_named_is_that_member(group: str, text: str, intent: str, key: str) -> None:
    assert key in sure(build_group(group), text, intent)


def test_my_colleagues_work_is_not_mine(prelaz: Chat) -> None:
    # Since r15a « ma collègue » is the asker's one colleague (own_body.py): her tasks, never the asker's.
    outcome = outcome_of(prelaz, "ma collègue a envoyé le devis ?")
    assert not (outcome.confident and "Tâches de Sandrine Jaquier" in outcome.reply.plain())
    assert not outcome.confident or "Léa Monnier" in outcome.reply.plain()


def test_a_members_errand_in_another_verb_shows_her_tasks() -> None:
    reply = sure(build_group("genevois74"), "Émilie a mis à jour l'annuaire ?", "tasks_mine")
    assert "annuaire des dispositifs" in reply


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("qui représente les tl ?", "org_representative", "Thomas Baud"),
    ("les tl sont venus à la séance du 25 ?", "attendance_meeting", "parmi les absents"),
])
def test_a_body_known_by_a_short_name_no_initials_give(prelaz: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(prelaz, text, intent)
