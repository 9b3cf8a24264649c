"""The lead's blind set 80 (abc07, the comité de pilotage of the invented
commune of Chastelvert's Atlas de la biodiversité communale, asked by the
volunteers' referent on Tuesday 1 December 2026), missed on its first run,
asked in other words, with the neighbours that must stay as they were:

- « la réunion de mars avec les habitants », « le comité de mars ouvert aux
  habitants »: a word of the heading of the month's one sitting confirms it
  (month_heading.py);
- « le groupe de travail inventaires avait commencé à quelle heure ? »: the
  sitting's place quotes its subject, which shows the words asked
  (explained.py);
- « le compte rendu du GT sciences participatives »: a body found inside a
  sitting's name is that name's word (nested_body.py);
- « la Ligue pour la protection des oiseaux »: the LPO spelled out
  (entities.toml);
- « c'est quoi ce bot dans le groupe ? »: the help (bot_named.py);
- « les chiros », « l'expo », « la maîtresse », « les comités », « quelles
  réunions arrivent », « il doit présenter quoi »: chat's words and forms
  (lexicon.toml, intents.toml);
- « la présidente sera là le 10 ? »: the chair of that sitting, among three
  presidents (sitting_chair.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def abc() -> Chat:
    return build_group("abc07")


def test_a_heading_word_beside_the_month_confirms_its_sitting(abc: Chat) -> None:
    assert "Séance n°6 — jeudi 11 mars 2027, 18h00–20h30" in sure(
        abc, "la réunion de mars avec les habitants se termine à quelle heure ?", "meeting_which")
    assert "Séance n°6 — jeudi 11 mars 2027" in sure(
        abc, "Pourriez-vous me rappeler la date du comité de mars ouvert aux habitants ?", "meeting_which")
    # Neighbour: no sitting asked, the word stays a topic of the decisions.
    decided = outcome_of(abc, "on a décidé quoi pour les habitants en mars ?")
    assert decided.intent != "meeting_which"


def test_a_sitting_whose_place_quotes_its_subject(abc: Chat) -> None:
    held = "Séance n°2 (tenue) — jeudi 15 octobre 2026, 18h30–20h30"
    assert held in sure(abc, "le groupe de travail inventaires avait commencé à quelle heure ?", "meeting_which")
    # Read before as the decision on the bats' inventory, with confidence.
    assert held in sure(abc, "le gt inventaires c'était où ?", "meeting_which")


def test_a_body_inside_a_sitting_s_name_is_its_word(abc: Chat) -> None:
    assert "séance n°2" in sure(abc, "le compte rendu du GT sciences participatives svp", "minutes_request")
    # Neighbour: the body asked by who, its people.
    assert "Agnès Delorme" in sure(abc, "qui vient des sciences participatives ?", "org_representative")


def test_the_lpo_spelled_out(abc: Chat) -> None:
    assert "Bastien Roux" in sure(abc, "qui représente la Ligue pour la protection des oiseaux ?", "org_representative")
    assert "Bastien Roux" in sure(abc, "qui représente la LPO ?", "org_representative")


def test_the_bot_asked_about_in_the_group(abc: Chat) -> None:
    assert "Je réponds aux questions sur le groupe" in sure(abc, "c'est quoi ce bot dans le groupe ?", "help")
    assert "Je réponds aux questions sur le groupe" in sure(abc, "c'est quoi ce bot ?", "help")
    # Neighbour: a thing said after the bot is asked about, not the help.
    assert outcome_of(abc, "c'est quoi ce bot dans le compte rendu ?").intent != "help"


def test_chat_words_of_the_field(abc: Chat) -> None:
    assert "été 2027" in sure(abc, "l'inventaire des chiros c'est prévu pour quand ?", "decisions_topic")
    assert "12 février 2027" in sure(
        abc, "les dessins de la classe pour l'expo de la médiathèque, il faut les rendre quand ?", "dates_period")
    assert "Claire Mounier" in sure(abc, "la maîtresse des CM1-CM2 c'est qui ?", "role_holder")
    assert "Pierre Soubeyrand" in sure(abc, "qui fait du picodon dans le comité ?", "in_charge")


def test_the_meetings_to_come(abc: Chat) -> None:
    assert "Prochaines séances (3)" in sure(abc, "il y a quelles réunions qui arrivent ?", "meetings_upcoming")
    assert "Prochaines séances (3)" in sure(
        abc, "Pouvez-vous me donner le calendrier des comités et groupes de travail à venir ?", "meetings_upcoming")
    # Neighbours: the deadlines coming, every date of a period.
    assert "Dates à venir" in sure(abc, "les échéances qui arrivent ?", "dates_period")
    assert "Agenda en janvier 2027" in sure(abc, "qu'est-ce qui arrive en janvier ?", "dates_period")


def test_what_a_member_must_present(abc: Chat) -> None:
    assert "Présenter le programme d'inventaires 2027" in sure(abc, "Julien il doit présenter quoi le 10 ?", "tasks_mine")
    # Neighbour: what the sitting presents is its agenda.
    assert "Ordre du jour de la séance n°4" in sure(abc, "on présente quoi le 10 ?", "agenda_items")


def test_the_chair_of_the_sitting_asked(abc: Chat) -> None:
    reply = sure(abc, "la présidente sera là le 10 ?", "rsvp_upcoming")
    assert "Hélène Vernet (Mairie de Chastelvert) a annoncé sa présence à la séance n°4" in reply
    assert "Hélène Vernet" in sure(abc, "la présidente était là en novembre ?", "attendance_meeting")
    # Neighbour: the working group of January, whose heading no president's role writes: whom is not guessed.
    unsure = outcome_of(abc, "la présidente sera là le 21 janvier ?")
    assert not unsure.confident and "Ce titre désigne : Hélène Vernet, Nathalie Arsac, Odile Marcon." in unsure.reply.plain()
    # Neighbour: « le président » of a sitting the commission's présidente chairs, beside the CC's président (set
    # 34b): the article contradicts her title, whom is not guessed.
    asked = outcome_of(build_group("ccource10"), "le président était là le 19 novembre ?")
    assert not asked.confident and "Ce titre désigne : Gilles Pasquier, Sandrine Colas." in asked.reply.plain()
