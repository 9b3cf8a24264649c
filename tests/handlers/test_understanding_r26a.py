"""The families blind set 33a (enfance41, the Loir-et-Cher working group on
child protection and families, asked by a member who joined in November
and knows no names, dates or acronyms) missed on its first run, asked in
other words and in another group (fondation45, a foundation's grant
committee), with the neighbours that must stay as they were:

- a meeting named by what happened there or where (« la réunion où on a
  parlé du budget », « celle où on vote l'avant-projet », « la fois où on
  était à la médiathèque », « qui s'était excusé à la réunion du budget ? »):
  that meeting, whatever is asked of it (described_meeting.py); a
  description two meetings fit stays unread;
- « la réunion de rentrée » asked in the past from November: September's,
  not January's (school_periods.py);
- someone described by their body (« le monsieur de l'agglo », « la dame de
  la CAF était là ? », « notre interlocuteur à l'ANPE »): that body's people
  (person_of_body.py); old and everyday names of bodies (« l'inspection
  académique », « l'union des associations familiales », « la caisse
  d'allocs », « la personne du tribunal », entities.toml);
- who does a task asked with its verb in the present, or the thing put
  first (« qui présente la maison des ados ? », « le compte rendu, c'est qui
  qui l'envoie ? »): the task and its pilot (task_verb_asked.py); « les
  chiffres sont arrivés ? » (received_task.py);
- who chaired, in the past (chaired.py); a feminine title's tasks
  (title_tasks.py); where and when the asker must come is no task of theirs
  (my_duty.py); the rule on where the group meets when another event is
  held in the same town (usual_place.py); child protection's everyday words
  (« les enfants placés », « les jeunes étrangers isolés », « les gamins »,
  lexicon.toml); the newcomer asked by when they came (« qui est arrivé
  récemment ? », « le dernier arrivé »: lexicon.toml's shorthand phrases)."""

from __future__ import annotations

import pytest

from handlers.understanding.described_meeting import described_meeting
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def enfance() -> Chat:
    return build_group("enfance41")


@pytest.fixture(scope="module")
def fondation() -> Chat:
    return build_group("fondation45")


@pytest.mark.parametrize("question, intent, number", [
    ("la réunion où on a discuté des mineurs isolés, elle était où ?", "meeting_which", "n°3"),
    ("celle où on a évoqué le bilan des placements, c'était quand ?", "meeting_which", "n°2"),
    ("la séance où on présente les premiers chiffres de l'observatoire ?", "meeting_which", "n°5"),
    ("les décisions de la réunion où on a parlé des locaux de l'accueil de jour ?", "decisions_recent", "n°3"),
    ("qui était absent à la réunion du budget ?", "attendance_meeting", "n°2"),
    ("le CR de la fois où on a parlé des mineurs non accompagnés ?", "minutes_request", "n°3"),
    ("la réunion à la maison des ados, c'est quand ?", "meeting_which", "n°6"),
])
def test_a_meeting_described_by_what_happened_there(enfance: Chat, question: str, intent: str, number: str) -> None:
    assert f"séance {number}" in sure(enfance, question, intent).casefold()


@pytest.mark.parametrize("question, intent, number", [
    ("la réunion où on parle du budget 2027, c'est quand ?", "meeting_which", "n°4"),
    ("celle où on parle de la grille d'évaluation, c'est où ?", "meeting_which", "n°5"),
])
def test_a_meeting_described_elsewhere(fondation: Chat, question: str, intent: str, number: str) -> None:
    assert f"séance {number}" in sure(fondation, question, intent).casefold()


def test_a_description_two_meetings_fit_names_none(enfance: Chat) -> None:
    meetings = enfance.store.group("enfance41").meetings()
    # The schéma is on the agenda of the meetings of September, December and January alike.
    assert described_meeting("la réunion où on a parlé du schéma, c'était quand ?", meetings) is None
    # A day, a month or the group's own words describe no content.
    assert described_meeting("la réunion du 15 octobre, c'était où ?", meetings) is None
    assert described_meeting("la réunion du groupe de travail ?", meetings) is None


@pytest.mark.parametrize("question, intent", [
    ("la réunion de la rentrée, c'était quand ?", "meeting_which"),
    ("le compte rendu de la séance de rentrée ?", "minutes_request"),
])
def test_the_rentree_behind_us(fondation: Chat, question: str, intent: str) -> None:
    assert "séance n°1" in sure(fondation, question, intent).casefold()


def test_the_rentree_ahead_stays_januarys(fondation: Chat) -> None:
    assert "séance n°5" in sure(fondation, "la réunion de la rentrée, c'est quand ?", "meeting_which").casefold()


@pytest.mark.parametrize("question, intent, name", [
    ("c'est qui le monsieur de France Active ?", "org_representative", "Karim Belkacem"),
    ("notre interlocutrice à la Mission locale, c'est qui ?", "org_representative", "Aurélie Pasquier"),
    ("la dame de la CAF était là le 12 novembre ?", "attendance_meeting", "parmi les présents"),
    ("le monsieur de la Banque des Territoires vient au prochain comité ?", "rsvp_upcoming", "Mathieu Charpentier"),
])
def test_someone_described_by_their_body(fondation: Chat, question: str, intent: str, name: str) -> None:
    assert name in sure(fondation, question, intent)


@pytest.mark.parametrize("question, intent, name", [
    ("qui vient de l'inspection académique ?", "org_representative", "Élodie Garnier"),
    ("les associations familiales, c'est qui ?", "org_representative", "Gérard Lemoine"),
    ("quelqu'un de la caisse d'allocs dans le groupe ?", "org_representative", "Sylvie Marchand"),
    ("qui vient du tribunal ?", "org_representative", "Laurence Tessier"),
])
def test_bodies_by_old_and_everyday_names(enfance: Chat, question: str, intent: str, name: str) -> None:
    assert name in sure(enfance, question, intent)


def test_a_person_noun_without_a_body_stays(enfance: Chat) -> None:
    assert "Sylvie Marchand" in sure(enfance, "qui représente la CAF ?", "org_representative")
    assert "Nadège Perrin" in sure(enfance, "celle qui s'occupe des jeunes, c'est qui ?", "in_charge")


@pytest.mark.parametrize("question, name", [
    ("qui recrute le chauffeur ?", "Martine Delorme"),
    ("la convention avec le foyer, c'est qui qui la prépare ?", "Nadège Perrin"),
])
def test_a_task_asked_with_its_verb(enfance: Chat, question: str, name: str) -> None:
    assert name in sure(enfance, question, "in_charge")


def test_a_task_asked_with_its_verb_elsewhere(fondation: Chat) -> None:
    assert "Thierry Gaudin" in sure(fondation, "la présentation du budget, c'est qui qui la prépare ?", "in_charge")
    # No task opens with « Représenter »: who represents the body, as before.
    assert "Karim Belkacem" in sure(fondation, "qui représente France Active ?", "org_representative")


def test_a_thing_awaited_has_come(fondation: Chat) -> None:
    assert "Sophie Langlois" in sure(fondation, "le budget prévisionnel de Vierzon est arrivé ?", "in_charge")


def test_who_chaired(fondation: Chat) -> None:
    assert "Gilles Marchetti" in sure(fondation, "qui a présidé la dernière séance ?", "role_holder")


def test_a_feminine_title_asked_its_tasks(enfance: Chat) -> None:
    # « coordinatrice du groupe » beside a « psychologue coordinateur »: the feminine asked is hers alone.
    for question in ("la coordinatrice a des choses à faire ?", "la coordinatrice a quoi à rendre ?"):
        reply = sure(enfance, question, "tasks_mine")
        assert "chauffeur" in reply and "Maison des adolescents" not in reply


def test_where_to_come_is_no_task_of_the_askers(fondation: Chat) -> None:
    assert outcome_of(fondation, "je dois aller où pour le prochain comité ?").intent != "tasks_mine"
    assert "Pousses d'Avenir" in sure(fondation, "qu'est-ce que je dois faire ?", "tasks_mine")


def test_where_the_group_meets_beside_another_event_there(enfance: Chat) -> None:
    assert "autre ville" in sure(enfance, "les réunions, c'est toujours à Blois ?", "decisions_topic")


@pytest.mark.parametrize("question, key", [
    ("qu'a-t-on décidé pour les mineurs isolés ?", "foyer de jeunes travailleurs"),
    ("qu'est-ce qu'on a décidé pour la santé des gosses placés ?", "trois mois"),
])
def test_child_protection_in_everyday_words(enfance: Chat, question: str, key: str) -> None:
    assert key in sure(enfance, question, "decisions_topic")


def test_the_newcomer_asked_by_when_they_came(enfance: Chat) -> None:
    for question in ("c'est qui le dernier arrivé au département ?", "qui est arrivé récemment ?"):
        assert "Romain Lefranc" in sure(enfance, question, "role_holder")
