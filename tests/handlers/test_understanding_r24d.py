"""The families set 30c (velo28, the comité de suivi du plan vélo of
Chartres métropole, asked by a member on Tuesday 1 December 2026) still
missed after the twenty-second round, asked in other words and in another
group (clsbray, the contrat local de santé of the pays de Bray):

- a meeting named by one thing and checked on another (« l'atelier de Lucé
  c'était (pas) en octobre ? »): its time or place is asked (meeting_named.py);
- the asker's absence told before the question (« j'étais pas là au dernier
  comité, il a eu lieu où ? »): the meeting asked about (told_absence.py);
- a point checked on a meeting's agenda that another meeting's agenda holds
  (« on parle pas du budget le 10 ? »): said so, with the agenda asked about
  (agenda_elsewhere.py);
- a deadline checked on another day whose words only a decision's families
  share (« … le fonds mobilités actives c'est pas le 18 ? »: date_checked.py);
- « rien d'autre » after an exception (excepted_clause.py);
- a place « au bord de l'Eure » (decision_slots.py);
- a question word closing a message without a mark (decision_lead.py);
- a member's title asked of a body is no decision naming the body
  (« on n'a pas de technicien vélo à l'agglo ? »: worded_decision.py);
- a title checked on a first name (« … ce n'est pas Gérard ? »): its holder
  (title_checked.py);
- a count of the things listed (« il n'y a que trois points … ? ») is no
  topic (counted_items.py);
and two confident wrong answers of older sets: « Léa a envoyé le devis ? »
(set 22e: her one task holding « devis », one_task_of.py) and « jusqu'au
printemps » (set 20d: where spring starts is a guess, the meeting after it is
said too: periods.py, meetings_in_span.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.counted_items import counted_items
from handlers.understanding.normalise import words
from handlers.understanding.title_checked import title_asked
from handlers.understanding.told_absence import without_told_absence
from tests.handlers.questions_eval import ask, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def velo() -> Chat:
    return build_group("velo28")


@pytest.fixture(scope="module")
def bray() -> Chat:
    return build_group("clsbray")


@pytest.mark.parametrize("text", [
    "l'atelier de Lucé c'était pas en octobre ?",
    "l'atelier de Lucé c'était bien en octobre ?",
    "la réunion à Lucé c'était en octobre ?",
])
def test_a_meeting_named_by_place_checked_on_its_month(velo: Chat, text: str) -> None:
    assert "mardi 13 octobre 2026" in sure(velo, text, "meeting_which")


def test_a_meeting_named_by_month_checked_on_its_place(bray: Chat) -> None:
    assert "mardi 13 octobre 2026" in sure(bray, "le groupe de travail d'octobre c'était à Gournay ?", "meeting_which")


@pytest.mark.parametrize(("text", "rest"), [
    ("j'étais pas là au dernier comité, il a eu lieu où ?", "au dernier comité, il a eu lieu où ?"),
    ("je n'ai pas pu venir à l'atelier, c'était où ?", "à l'atelier, c'était où ?"),
    ("J'étais absente lors du dernier copil, il s'est tenu où ?", "lors du dernier copil, il s'est tenu où ?"),
    ("j'étais pas là au comité ?", None),  # the asker's mark, checked (own_presence.py)
    ("j'étais pas là au dernier comité", None),  # news
    ("j'étais malade, c'était où la réunion ?", None),  # no meeting named in the clause
])
def test_the_told_absence_is_read_away(text: str, rest: str | None) -> None:
    assert without_told_absence(text) == rest


def test_the_meeting_asked_after_a_told_absence(velo: Chat, bray: Chat) -> None:
    assert "mairie de Mainvilliers" in sure(velo, "j'étais pas là au dernier comité, il a eu lieu où ?", "meeting_last")
    assert "Forges-les-Eaux" in sure(bray, "je n'étais pas là au dernier copil, il s'est tenu où ?", "meeting_last")
    # The asker's own mark is still asked so.
    assert "excusés" in sure(velo, "j'étais pas là au dernier comité ?", "attendance_meeting")


def test_a_point_on_another_meetings_agenda(velo: Chat) -> None:
    reply = sure(velo, "on parle pas du budget le 10 ?", "agenda_items")
    assert "« Budget vélo 2027 » n'est pas à l'ordre du jour de la séance n°4" in reply
    assert "séance n°5" in reply and "Abris vélos sécurisés en gare" in reply
    reply = sure(velo, "rien sur la fête du vélo à l'odj de la prochaine réunion ?", "agenda_items")
    assert "« Fête du vélo » n'est pas à l'ordre du jour de la séance n°4" in reply


def test_a_point_on_the_meetings_own_agenda_stays_yes(velo: Chat, bray: Chat) -> None:
    assert "Oui : le point « Abris vélos sécurisés en gare »" in sure(velo, "on parle des abris vélos le 10 ?",
                                                                     "agenda_items")
    assert "Oui : le point « Recrutement des médecins »" in sure(bray, "on parle du recrutement des médecins le 15 ?",
                                                                 "agenda_items")


def test_a_point_no_agenda_holds_stays_unsure(velo: Chat) -> None:
    assert not outcome_of(velo, "on parle de la piscine le 10 ?").confident


def test_a_deadline_checked_on_another_day(velo: Chat) -> None:
    reply = sure(velo, "la date limite pour le fonds mobilités actives c'est pas le 18 ?", "dates_period")
    assert "jeudi 17 décembre 2026" in reply and "Fonds mobilités actives" in reply


def test_rien_d_autre_after_an_exception(velo: Chat) -> None:
    assert "Fonds mobilités actives" in sure(velo, "excepté les comptages, rien d'autre à rendre ce mois-ci ?",
                                             "dates_period")
    assert "Fonds mobilités actives" in sure(velo, "à part les comptages, quoi d'autre à rendre en décembre ?",
                                             "dates_period")


@pytest.mark.parametrize("text", ["la fête du vélo c'est où", "c'est où la fête du vélo ?",
                                  "la fête du vélo se tient où ?"])
def test_a_place_beside_a_river(velo: Chat, text: str) -> None:
    assert "au bord de l'Eure" in sure(velo, text, "decisions_topic")


def test_a_question_word_closing_the_message(velo: Chat) -> None:
    assert "six mois" in sure(velo, "les aménagements provisoires on les teste combien de temps", "decisions_topic")


def test_a_title_asked_of_a_body_is_no_decision(velo: Chat) -> None:
    outcome = outcome_of(velo, "on n'a pas de technicien vélo à l'agglo ?")
    assert not (outcome.confident and outcome.intent == "decisions_topic")
    assert "Thomas Renaud" in sure(velo, "qui est le technicien vélo de l'agglo ?", "role_holder")


@pytest.mark.parametrize(("text", "holder"), [
    ("l'élu à la voirie de Chartres ce n'est pas Gérard ?", "Sébastien Hamel"),
    ("la conseillère pédagogique savoir rouler, c'est pas Claire ?", "Nathalie Perrot"),
])
def test_a_title_checked_on_a_first_name(velo: Chat, text: str, holder: str) -> None:
    assert holder in sure(velo, text, "role_holder")


def test_the_title_checked_reads_as_its_holder() -> None:
    assert title_asked("le trésorier c'est bien Paul ?") == "qui est le trésorier ?"
    assert title_asked("l'élu à la voirie ce n'est pas Gérard ?") == "qui est l'élu à la voirie ?"
    assert title_asked("c'est Paul le trésorier ?") is None
    assert title_asked("le trésorier c'est bien lui") is None


def test_a_first_name_checked_gets_the_title_s_holder(velo: Chat) -> None:
    # Since set 36b (guessed_holder.py) the title's holder answers, with the same lines as the card (name, body,
    # role): right whether the guess is or not.
    assert "Technicien aménagements cyclables" in sure(velo, "le technicien c'est bien Thomas ?", "role_holder")


@pytest.fixture(scope="module")
def prelaz() -> Chat:
    return build_group("prelaz-lausanne")


def test_a_thing_of_a_members_one_task_done(prelaz: Chat) -> None:
    for text in ("Léa a envoyé le devis ?", "ma collègue Léa a envoyé le devis ?"):
        reply = sure(prelaz, text, "in_charge")
        assert "Demander le devis des bacs du potager" in reply and "en retard" in reply


@pytest.fixture(scope="module")
def besancon() -> Chat:
    return build_group("besancon25")


def test_until_spring_says_what_comes_next(besancon: Chat) -> None:
    reply = sure(besancon, "le calendrier des réunions jusqu'au printemps ?", "meetings_upcoming")
    assert "(jusqu'au 28/02)" in reply and "Ensuite : n°10, jeudi 4 mars 2027" in reply
    # « avant le printemps » excludes it plainly: nothing after is said.
    assert "Ensuite" not in sure(besancon, "les réunions avant le printemps ?", "meetings_upcoming")


def test_a_count_of_the_things_listed_is_no_topic(velo: Chat) -> None:
    assert "Fête du vélo" in sure(velo, "il n'y a que trois points à l'ordre du jour de janvier ?", "agenda_items")
    assert "n°5" in ask(velo, "on a deux réunions en janvier ?")
    assert counted_items(words("trois points à l'odj ?")) == {0}
    assert counted_items(words("deux cents arceaux ?")) == set()


def test_neighbours_that_stay_as_they_were(bray: Chat) -> None:
    # A title with its definite article may be the thing decided (worded_decision.py asks « un », « pas de »).
    assert "mardi matin" in sure(bray, "l'équipe mobile de psy ne vient pas à la mission locale ?", "decisions_topic")
    # A possessive points at the member's own work, listed (set 20a), not one task (one_task_of.py).
    assert "Tâches d'Erwan Jégou (1)" in sure(build_group("briochin22"), "Erwan a envoyé ses chiffres ?", "tasks_mine")
    # Nothing checked after the verb: no meeting answers a task's status (set 27b, meeting_named.py).
    outcome = outcome_of(build_group("csx-lorient"), "les suites du copil de novembre, c'est fait ?")
    assert not (outcome.confident and outcome.intent == "meeting_which")
