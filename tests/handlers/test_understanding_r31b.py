"""The families blind set 38b (citeduc59, the comité de pilotage of an
invented cité éducative of the Nord, asked by the médiathèque's head of the
youth section on Tuesday 1 December 2026, with the furniture a group chat puts
around a question) missed on its first run, asked in other words, and in
other groups where the rule is not the group's, with the neighbours that
must stay as they were:

- the chat's furniture read away before the message is understood
  (chat_furniture.py): a mention of everyone (« @toutes »), a pasted link, an
  aside of the writer's own in brackets opening or closing the message; and
  a request closed by « svp » then « !! » still asks (framing.py);
- « la fête de … » is a kind of sitting, as « le forum » is (entities.toml):
  what there will be at it is its programme;
- « au programme » names the agenda, no word of the point checked on it
  (agenda_check.py), and asks the point even when a task holds as many of
  its words (agenda_topic.py);
- where a thing stands, when the only task on it was cancelled: the decision
  on it (given_up.py, task_match.py); whether the work was done stays the
  task's;
- a title's holder asked present (« le délégué du préfet était là ? »), even
  where a decision repeats the title (role_phrases.py);
- a deputy's short title (« l'adjointe à l'éducation ») for « Adjointe au
  maire chargée de l'éducation » (deputy_titles.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.chat_furniture import pleads, without_furniture
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cite() -> Chat:
    return build_group("citeduc59")


@pytest.fixture(scope="module")
def jura() -> Chat:
    return build_group("cls-jura39")


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("@toutes le comité technique de mars c'est bien au lycée ?", "meeting_which", "n°6"),
    ("www.fresnoy-sur-sambre.fr/education/cite-educative qui représente la CAF ?", "org_representative",
     "Christelle Dhondt"),
    ("(je note dans mon agenda) le groupe de travail de janvier commence à quelle heure ?", "meeting_which", "14h00"),
    ("(pardon j'étais pas là) qu'a-t-on décidé au comité technique de novembre ?", "decisions_recent", "n°3"),
    ("les décisions du groupe parentalité svp !!", "decisions_recent", "n°2"),
    ("‼️ URGENT ‼️ l'École ouverte c'est jusqu'à quand ?", "dates_period", "29 janvier"),
])
def test_the_chat_furniture_is_read_away(cite: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(cite, text, intent)


def test_the_furniture_read_away_in_another_group(jura: Chat) -> None:
    assert "n°5" in sure(jura, "@tous le groupe santé mentale de janvier c'est où ???", "meeting_which")
    assert "Aurélie Cretin" in sure(jura, "(désolé si je l'ai déjà demandé) c'est qui la coordinatrice du CLS ?",
                                    "role_holder")


@pytest.mark.parametrize("text", ["@tous 👍", "https://www.ars.sante.fr/actualites", "(hors sujet) bonne journée !",
                                  "BRAVO à toute l'équipe !!!", "@Thierry tu as les clés du gymnase ?"])
def test_reactions_links_and_words_to_a_member_stay_chat(cite: Chat, text: str) -> None:
    assert not outcome_of(cite, text).confident


@pytest.mark.parametrize("text", ["urgent, appelez-moi", "c'est urgent ?", "Samuel Lecomte (PRE ?) c'est qui ?", "la réunion (celle de mars) c'est où ?",
                                  "qui vient (à part la CAF) ?", "https://exemple.fr"])
def test_brackets_that_name_what_is_asked_stay(text: str) -> None:
    assert without_furniture(text) == text


def test_a_plea_is_no_exclamation() -> None:
    assert pleads("la liste des membres svp !!") and pleads("le CR stp !")
    assert not pleads("on se voit jeudi !") and not pleads("svp venez nombreux au forum, c'est important !")


def test_the_fete_is_a_sitting(cite: Chat) -> None:
    assert "futsal" in sure(cite, "qu'est-ce qu'il y aura à la fête ?", "agenda_items")


def test_au_programme_names_the_agenda(cite: Chat) -> None:
    reply = sure(cite, "les élèves exclus temporairement, c'est au programme du copil ?", "agenda_items")
    assert "n°4" in reply and "Accueil des élèves exclus" in reply, reply
    # A task holding as many of the point's words (« … le dispositif devoirs faits »): the agenda named asks the point.
    assert "Bilan du dispositif" in sure(cite, "le dispositif devoirs faits est au programme du prochain copil ?",
                                         "agenda_items")


def test_the_decision_where_the_only_task_was_given_up(cite: Chat) -> None:
    assert "abandonné" in sure(cite, "la navette vers Jean-Monnet, on en est où ?", "decisions_topic")
    assert "annulée" in sure(cite, "la navette a été chiffrée ?", "in_charge")  # the work asked: the task


def test_a_title_asked_present(cite: Chat) -> None:
    assert "parmi les présents" in sure(cite, "le délégué du préfet était là le 19 novembre ?", "attendance_meeting")


def test_a_deputy_by_her_short_title(cite: Chat) -> None:
    assert "Véronique Dubrulle" in sure(cite, "et l'adjointe à l'éducation, c'est qui ?", "role_holder")

