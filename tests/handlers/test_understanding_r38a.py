"""The French of the South-West, of blind set 45a (pasto65, the commission
pastorale of an invented valley of the Hautes-Pyrénées, asked by the bergère
of an estive on Tuesday 1 December 2026), missed on its first run, asked in
other words, with the neighbours that must stay as they were:

- « adieu » (hello), « hèèè », « tè », « boudu », « ça va con ? » opening
  the question, « con » closing it, a reason after « , que … », a guess
  after « c'est qui X, … », « il descend / monte pour … » (coming),
  « là-haut » before a time, « … ou il s'est pégué ? » (gascon_turns.py);
- a month holding two sittings, one with its attendance recorded: that one
  (answers_attendance._recorded_in_month);
- « les panneaux, qui les a commandés ? »: the done task closer than the
  decision names who did it (tense.did_once, decision_people.py);
- « à Luz » for « Luz-Saint-Sauveur » (venues.index_places);
- « la réunion d'été » a decision rules, no summer sitting stored
  (season_sitting.py);
- « X elle avait quoi à faire avant la montée ? »: X's tasks
  (named_doer_tasks.py);
- « de juillet à septembre » says how long (decision_facts.states_duration);
- « on parle de X à la commission de décembre ou pas ? »: the agenda (or_not.py);
- « les dates de réunion d'ici la montée en estive »: the meetings to come
  (until_event.py);
- the mountain's words (« 4x4 », « battue », « bivouaquer », « la véto »):
  lexicon.toml."""

from __future__ import annotations

import pytest

from handlers.understanding.gascon_turns import gascon_as_french
from handlers.understanding.until_event import without_event_bound
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def pasto() -> Chat:
    return build_group("pasto65")


@pytest.mark.parametrize(("typed", "meant"), [
    ("adieu, on se réunit quand ?", "on se réunit quand ?"),
    ("hèèè c'est où la commission ?", "c'est où la commission ?"),
    ("tè, qui préside ?", "qui préside ?"),
    ("ça va con ? c'est quand la prochaine ?", "c'est quand la prochaine ?"),
    ("c'est où la réunion con ?", "c'est où la réunion ?"),
    ("c'est à quelle heure, que j'ai piscine après ?", "c'est à quelle heure ?"),
    ("c'est qui Louis Carrère, le président ?", "c'est qui Louis Carrère ?"),
    ("Romain il descend pour la commission ?", "Romain vient à la commission ?"),
    ("une battue là-haut en septembre c'est permis ?", "une battue en septembre c'est permis ?"),
    ("le CR il est sorti ou il s'est pégué dans un tiroir ?", "le CR il est sorti ou pas ?"),
])
def test_south_west_turns_are_read_as_french(typed: str, meant: str) -> None:
    assert gascon_as_french(typed) == meant


@pytest.mark.parametrize("kept", [
    "adieu à tous", "boudu quel cagnard", "c'est un con", "le con de voisin a encore klaxonné ?",
    "te souviens-tu de la date ?", "on se voit quand ?",
    # Words that only carry the talk name nobody: the words after the comma are the question (review, round 38).
    "alors c'est qui, le monsieur de la CARSAT ?", "du coup c'est qui, la dame du Parc ?",
])
def test_other_messages_are_kept(kept: str) -> None:
    assert gascon_as_french(kept) == kept


def test_a_filler_before_c_est_qui_keeps_the_description() -> None:
    chat = build_group("aines23")
    for typed in ("c'est qui, le monsieur de la CARSAT ?", "alors c'est qui, le monsieur de la CARSAT ?",
                  "du coup c'est qui, le monsieur de la CARSAT ?"):
        assert "Pascal Rouchon" in sure(chat, typed, "org_representative")
    assert "Pascal Rouchon" in sure(chat, "et Pascal c'est qui, le monsieur de la CARSAT ?", "who_is")


def test_south_west_questions(pasto: Chat) -> None:
    assert "n°5" in sure(pasto, "adieu ! on se réunit quand ?", "meeting_next")
    assert "n°5" in sure(pasto, "ça va con ? la prochaine commission c'est à quelle heure ?", "meeting_which")
    assert "Romain Escoubet" in sure(pasto, "Romain il descend pour le 10 ?", "rsvp_upcoming")
    assert "aucune battue" in sure(pasto, "les chasseurs ils peuvent faire une battue là-haut en octobre ?",
                                   "decisions_topic")
    # A greeting to a member is no question for the bot.
    assert not outcome_of(pasto, "adieu Hélène, ça va ?").confident


def test_the_months_recorded_sitting(pasto: Chat) -> None:
    assert "séance n°1" in sure(pasto, "Hélène Baylac était là en juin ?", "attendance_meeting")
    assert "Romain Escoubet" in sure(pasto, "qui manquait en juin ?", "attendance_meeting")
    # Neighbour: the day said is that sitting, recorded or not.
    assert "Aucune présence" in sure(pasto, "qui était là le 13 juin ?", "attendance_meeting")


def test_a_done_task_closer_than_the_decision(pasto: Chat) -> None:
    assert "Cécile Lannes" in sure(pasto, "les panneaux pour les patous, qui les a commandés ?", "in_charge")
    # Neighbour: the decision's own verb keeps the decision.
    assert "Décision n°5" in sure(pasto, "les panneaux patous, qui les a posés ?", "in_charge")


def test_a_compound_towns_first_name(pasto: Chat) -> None:
    assert "n°6" in sure(pasto, "la réunion de Luz commence à quelle heure ?", "meeting_which")
    assert "n°4" in sure(pasto, "la réunion à Arrens c'était quand ?", "meeting_which")


def test_the_seasons_sitting_a_decision_rules(pasto: Chat) -> None:
    assert "en estive" in sure(pasto, "la réunion d'été c'est où ?", "decisions_topic")
    # Neighbours: a season holding a sitting is that sitting.
    assert "n°7" in sure(pasto, "la commission de printemps c'est quel jour ?", "meeting_which")
    assert "n°5" in sure(pasto, "la réunion d'hiver c'est où ?", "meeting_which")


def test_a_members_tasks_narrowed_by_a_topic(pasto: Chat) -> None:
    assert "vaccinations" in sure(pasto, "Amélie Barrère avait quoi à faire avant la montée ?", "tasks_mine")
    # Neighbour: « qui » asks the pilot.
    assert "Amélie Barrère" in sure(pasto, "qui vérifie les vaccinations avant la montée ?", "in_charge")


def test_meetings_up_to_an_undated_event(pasto: Chat) -> None:
    assert without_event_bound("les réunions d'ici la descente des troupeaux ?") == "les réunions ?"
    assert without_event_bound("les réunions d'ici l'été ?") == "les réunions d'ici l'été ?"
    assert without_event_bound("les échéances d'ici la fin du mois ?") == "les échéances d'ici la fin du mois ?"
    assert "Prochaines séances (3)" in sure(pasto, "les dates de réunion d'ici la montée en estive ?",
                                            "meetings_upcoming")


def test_the_mountains_words(pasto: Chat) -> None:
    assert "sauf pour les éleveurs" in sure(pasto, "on peut monter en 4x4 par la piste de Labassa ?",
                                            "decisions_topic")
    assert "Amélie Barrère" in sure(pasto, "la véto c'est qui ?", "role_holder")
    assert "deux fois par saison" in sure(pasto, "l'hélico monte combien de fois ?", "decisions_topic")


def test_the_group_and_another_part_of_the_day(pasto: Chat) -> None:
    assert "Louis Carrère" in sure(pasto, "qui vient des Laquets dans la commission ?", "org_representative")
    assert "n°5" in sure(pasto, "le 10 on commence à 14h ou l'après-midi ?", "meeting_which")
    # Neighbour: a sitting's decisions asked « dans la commission » keep their question.
    assert "Décisions" in sure(pasto, "qu'a-t-on décidé dans la commission ?", "decisions_recent")


def test_the_choice_offered_after_a_question_word(pasto: Chat) -> None:
    assert "Groupement pastoral de Labassa" in sure(
        pasto, "Guillaume Peyrafitte il est de quel groupement, Labassa ou les Laquets ?", "who_is")
    assert "n°6" in sure(pasto, "la réunion de janvier c'est où, à Luz ou à Tarbes ?", "meeting_which")
    # Neighbour: the whole group asked stays the directory.
    assert "Membres du groupe" in sure(pasto, "qui est dans le groupe ?", "directory")


def test_a_span_of_months_says_how_long(pasto: Chat) -> None:
    assert "juillet à septembre" in sure(pasto, "l'aide-berger il est embauché pour combien de temps ?",
                                         "decisions_topic")


def test_a_point_discussed_or_not(pasto: Chat) -> None:
    assert "Rénovation de la cabane de Labassa" in sure(
        pasto, "on discute de la cabane de Labassa à la commission de décembre ou pas ?", "agenda_items")
