"""The lead's general fixes of the twenty-third round, found on the lead's
set 36 (pre18, the programme de réussite éducative of Vierzon), checked in
other words and on other groups: « fin d'année scolaire » is June, not the
end of the calendar year (past_periods.school_year_close); a month or a
period said with a point picks the meeting whose agenda holds it
(agenda_when.point_meeting); « le bilan de juin » names no deadline due in
another month (timed_deadline._of_other_month); the day of the week a
thing recurs on is a decision's, not a deadline's (weekday_asked.py); a
centre socioculturel is asked as « le centre social » (entities.toml); a
sitting named by its initials is asked as a meeting (« l'EPS de mars c'est
quel jour ? »: meeting_named.by_initials); a month said of a meeting names which one, no
period of dates (meeting_rivals.py); the people a verb registers are no word
of the deadline (« inscrire les enfants au stage »: dated._without_people);
a deadline's noun that the examples use is the topic of a « quand » question
(« les fiches c'est pour quand ? »: deadline_nouns.dated_nouns); a title is
its agent noun whole (« les éducateurs » are no « Éducation nationale »:
entities.toml); « qui est / qui sont » asks for someone, whom no date
answers (pipeline._asks_who); « ce bot » names the bot, no topic (bot_named.py)."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding.normalise import words
from handlers.understanding.periods import find_period
from tests.handlers.questions_eval import NOW, build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def vierzon() -> Chat:
    return build_group("pre18")


@pytest.fixture(scope="module")
def vosges() -> Chat:
    return build_group("aidants88")


@pytest.fixture(scope="module")
def poitiers() -> Chat:
    return build_group("couronneries86")


def test_the_close_of_the_school_year_is_june() -> None:
    for text in ("la réunion de fin d'année scolaire", "le bilan de fin de l'année scolaire"):
        period = find_period(words(text), NOW)
        assert period is not None and (period.start, period.end) == (date(2027, 6, 1), date(2027, 7, 1)), text
    # « fin d'année » alone is still the calendar year's end, and « d'ici la fin de l'année scolaire » still runs
    # from today.
    alone = find_period(words("les échéances de fin d'année"), NOW)
    assert alone is not None and alone.end == date(2027, 1, 1)
    bounded = find_period(words("d'ici la fin de l'année scolaire"), NOW)
    assert bounded is not None and bounded.start == NOW.date()


def test_a_point_asked_of_a_time_is_the_meeting_of_that_time(vierzon: Chat, vosges: Chat) -> None:
    reply = sure(vierzon, "le bilan de fin d'année scolaire c'est quand ?", "meeting_which")
    assert "séance n°7" in reply and "Bilan de l'année" in reply and "fin de 2026" not in reply
    assert "séance n°7" in sure(vierzon, "le bilan de juin c'est quand ?", "meeting_which")
    # The questionnaire is on December's agenda and a deadline in January: « de décembre » picks the meeting.
    reply = sure(vosges, "le questionnaire de décembre, on en parle quand ?", "meeting_which")
    assert "séance n°4" in reply


def test_a_month_said_of_a_thing_names_no_deadline_of_another_month(vosges: Chat) -> None:
    outcome = outcome_of(vosges, "les fiches de février c'est pour quand ?")
    assert not outcome.confident  # the fiches are due on 7 December: not « those of February »
    # Without the month, the deadline answers as before.
    assert "lundi 7 décembre" in sure(vosges, "les fiches de repérage c'est pour quand ?", "dates_period")


def test_the_day_of_the_week_is_the_decision_s(vierzon: Chat, vosges: Chat) -> None:
    reply = sure(vierzon, "les ateliers de soutien c'est quand dans la semaine ?", "decisions_topic")
    assert "mercredi après-midi" in reply and "Échéance" not in reply
    assert "mercredi après-midi" in sure(vierzon, "les ateliers c'est quel jour d'habitude ?", "decisions_topic")
    # « les ateliers » alone is shorthand for meetings: the decision on them still answers the day of the week.
    assert "mercredi après-midi" in sure(vierzon, "les ateliers c'est quand dans la semaine ?", "decisions_topic")
    assert "mardi après-midi" in sure(vosges, "la halte-répit c'est quel jour de la semaine ?", "decisions_topic")


def test_a_centre_socioculturel_is_a_centre_social(vierzon: Chat, poitiers: Chat) -> None:
    assert "Damien Couturier" in sure(vierzon, "qui représente le centre social du Colombier ?", "org_representative")
    assert "Damien Couturier" in sure(vierzon, "qui est là pour le centre social du Colombier ?", "org_representative")
    assert "Karim Zerrouki" in sure(poitiers, "qui représente le centre social des Couronneries ?",
                                    "org_representative")


def test_a_sitting_named_by_its_initials(vierzon: Chat) -> None:
    # (as set 23's « le dernier CLE s'est tenu où ? »: the sitting named, read as which meeting)
    assert "n°3" in sure(vierzon, "la derniere EPS c'etait au centre social ?", "meeting_which")
    assert "n°6" in sure(vierzon, "l'EPS de mars commence à quelle heure ?", "meeting_which")
    assert "n°6" in sure(vierzon, "l'EPS de mars c'est quel jour ?", "meeting_which")


def test_a_month_of_a_meeting_is_no_period_of_dates(vierzon: Chat, vosges: Chat) -> None:
    assert "n°7" in sure(vierzon, "le copil de juin c'est quelle date ?", "meeting_which")
    assert "n°4" in sure(vosges, "la commission de décembre c'est quel jour ?", "meeting_which")
    assert "n°5" in sure(vosges, "le copil de janvier c'est quelle date ?", "meeting_which")
    # What is due around a meeting is still no meeting asked.
    outcome = outcome_of(vosges, "la réunion de décembre, on a quoi à rendre ?")
    assert not (outcome.confident and outcome.intent == "meeting_which")


def test_the_people_registered_are_no_word_of_the_deadline(vierzon: Chat) -> None:
    for text in ("jusqu'à quand on peut inscrire les enfants au stage de théâtre ?",
                 "on peut inscrire les jeunes au stage de théâtre jusqu'à quand ?"):
        assert "vendredi 12 février" in sure(vierzon, text, "dates_period"), text


def test_a_deadline_s_noun_is_the_topic_of_when(vierzon: Chat) -> None:
    reply = sure(vierzon, "les fiches c'est pour quand ?", "dates_period")
    assert "fiches d'orientation" in reply and "Rapport d'activité" not in reply  # not every date to come
    assert "mercredi 9 décembre" in sure(vierzon, "les ecoles doivent renvoyer les fiches avant quand ?", "dates_period")
    # A meeting's noun stays the meeting's.
    assert "n°4" in sure(vierzon, "la réunion c'est quand ?", "meeting_next")


def test_a_title_is_its_agent_noun_whole(vierzon: Chat) -> None:
    reply = sure(vierzon, "qui sont les éducateurs ?", "role_holder")
    assert "Rachid Benali" in reply and "Nathalie Bourdin" not in reply and "Sophie Marchand" not in reply
    assert "Rachid Benali" in sure(vierzon, "c'est qui l'éduc de rue ?", "role_holder")


def test_qui_est_asks_for_someone(vierzon: Chat) -> None:
    # (the title asked in the singular, the charge in the plural: as sets 24a and 24c label them)
    for text, intent in (("qui est le référent de parcours ?", "role_holder"),
                         ("qui sont les référents de parcours ?", "in_charge")):
        reply = sure(vierzon, text, intent)
        assert "Leïla Haddad" in reply and "Julien Perrot" in reply, text


def test_the_bot_named_is_no_topic(vierzon: Chat) -> None:
    for text in ("comment ça marche ce bot ?", "le robot sait faire quoi ?"):
        assert "Je réponds aux questions" in sure(vierzon, text, "help"), text
    # A robot talked about is still no question for the bot.
    assert not outcome_of(vierzon, "on a acheté un robot pour la cantine").confident
