"""The lead's general fixes of the twenty-fifth round, found on the lead's
set 38 (citeedu93, the Cité éducative of Clichy-sous-Bois and Montfermeil,
questions typed fast on a phone) and checked in other words and on another
group: chat's clipped « colo(s) » and « petit dej » are the records' words
(lexicon.toml); a place's word typed small after « à l' » / « à la » is
that place even when it is a dictionary word (« a l orangerie »:
entities._at_the); « a » without its accent before a place is « à », not
the verb that makes a message news about the minutes (minutes_cues); a
decision naming who acts by their title (« … signées par le principal et
par la cheffe de projet ») names those members (who_named._titled_agents);
« … par qui » typed without « ? » asks who (who_source._asked); the
decisions « du 17 », asked with no month, are those of the meeting held on
the last 17th (answers_records)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group, outcome_of, sure
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clichy() -> Chat:
    return build_group("citeedu93")


def test_clipped_chat_words_are_the_records_words(clichy: Chat) -> None:
    assert "40 places" in sure(clichy, "les colos c'est combien de places ?", "decisions_topic")
    assert "40 places" in sure(clichy, "on finance une colo ?", "decisions_topic")
    assert "premier vendredi" in sure(clichy, "c'est quand les petits déj avec les parents ?", "decisions_topic")
    assert "Mamadou Sy" in sure(clichy, "qui organise le ptit dej de décembre ?", "in_charge")


def test_a_place_typed_small_after_a_la_is_that_place(clichy: Chat) -> None:
    assert "mardi 19 janvier 2027" in sure(clichy, "la reunion a l orangerie c a quelle heure", "meeting_which")
    assert "mardi 19 janvier 2027" in sure(clichy, "on se retrouve quand à l'orangerie ?", "meeting_which")


def test_a_without_its_accent_before_a_place_asks_for_the_minutes(clichy: Chat) -> None:
    assert "séance n°3" in sure(clichy, "le compte rendu de la reu a la mediatheque", "minutes_request")
    assert "séance n°3" in sure(clichy, "t'as le cr du cotech a la mediatheque", "minutes_request")
    # « a » the verb still tells news about the minutes, asking nothing.
    for text in ("le compte rendu a la bonne date", "le cr est a la mairie"):
        assert not outcome_of(clichy, text).confident, text


def test_a_decision_naming_who_acts_by_title_names_those_members(clichy: Chat) -> None:
    reply = sure(clichy, "qui signe les fiches action ?", "in_charge")
    assert "Olivier Garnier" in reply and "Nadia Belkacem" in reply and "Kevin Lopes" not in reply
    reply = sure(clichy, "les fiches action, elles sont signées par qui ?", "in_charge")
    assert "Olivier Garnier" in reply and "Nadia Belkacem" in reply


def test_par_qui_without_a_question_mark_asks_who(clichy: Chat) -> None:
    reply = sure(clichy, "les tablettes c assuré par qui", "in_charge")
    assert "tablettes" in reply and "Nadia Belkacem" in reply
    assert "Olivier Garnier" in sure(clichy, "les fiches action c signé par qui", "in_charge")
    # Told, not asked: no « par qui » at the end, no mark.
    for text in ("je sais pas c'est fait par qui mais merci", "je sais pas qui a fait les affiches"):
        assert not outcome_of(clichy, text).confident, text


def test_who_did_a_task_already_done_is_its_pilot(clichy: Chat) -> None:
    reply = sure(clichy, "qui a envoyé le cr du copil de septembre", "in_charge")
    assert "Nadia Belkacem" in reply and "(faite)" in reply
    saint_flour = build_group("pvd15")
    reply = sure(saint_flour, "qui a envoyé le compte rendu du comité de septembre ?", "in_charge")
    assert "Camille Vidal" in reply and "(faite)" in reply
    # An open task asked in the past is still that task, shown late; « qui a pris … » of nothing done stays unsure.
    assert "Olivier Garnier" in sure(clichy, "qui a recensé les élèves exclus ?", "in_charge")
    assert not outcome_of(clichy, "qui a pris mon chargeur ?").confident


def test_decisions_of_a_day_alone_are_those_of_the_last_such_day(clichy: Chat) -> None:
    reply = sure(clichy, "cest quoi les decisions du 17", "decisions_recent")
    assert reply.startswith("Décisions de la séance n°3 (mardi 17 novembre 2026)")
    # The last 8th had no meeting: « du 8 » is not stretched back to another month.
    assert not outcome_of(clichy, "les décisions du 8 ?").confident


def test_clipped_colocations_are_no_colonies() -> None:
    grenoble = build_group("ctai-grenoble")
    assert "moins de 25 ans" in sure(grenoble, "les colocs Adoma c'est pour qui ?", "decisions_topic")
    assert "moins de 25 ans" in sure(grenoble, "la coloc adoma c pour qui", "decisions_topic")


def test_the_group_named_by_its_running_titles_is_the_directory(clichy: Chat) -> None:
    for text in ("c ki les membres de la cite educative", "qui fait partie de la Cité éducative ?"):
        assert "Membres du groupe" in sure(clichy, text, "directory"), text
    # A member's body keeps its people.
    assert "Kevin Lopes" in sure(clichy, "les membres de la mission locale", "org_members")


def test_the_ept_is_the_grand_paris_territory(clichy: Chat) -> None:
    for text in ("qui est la pour l ept", "qui représente l'EPT ?", "c ki a l interco"):
        assert "Julien Roche" in sure(clichy, text, "org_representative"), text


def test_how_a_case_is_dealt_with_is_asked_without_a_mark(clichy: Chat) -> None:
    assert "centre social" in sure(clichy, "on fait quoi des eleves exclus", "decisions_topic")
    assert "Clichy-sous-Bois" in sure(clichy, "les tablettes on en fait quoi", "decisions_topic")
    # Chat among members keeps its words.
    for text in ("on fait quoi de beau ce soir", "on fait quoi pour le pot de depart de Marion", "on fait quoi"):
        assert not outcome_of(clichy, text).confident, text


def test_a_title_marked_at_the_last_meeting_is_its_holders_mark(clichy: Chat) -> None:
    reply = sure(clichy, "le delegue du prefet etait excuse ?", "attendance_meeting")
    assert "Sébastien Marchal" in reply and "excusés de la séance n°3" in reply
    assert "absents de la séance n°3" in sure(clichy, "le président de la FCPE était présent ?", "attendance_meeting")
    # No mark of the list: a title's holder asked about something else stays no presence.
    assert outcome_of(clichy, "le délégué du préfet était content ?").intent != "attendance_meeting"


@pytest.fixture(scope="module")
def incubator() -> Chat:
    return build_group("incub-na")


def test_franglais_names_the_groups_meetings_and_records(incubator: Chat) -> None:
    assert "lundi 14 décembre 2026" in sure(incubator, "le prochain call c'est quand ?", "meeting_next")
    assert "lundi 14 décembre 2026" in sure(incubator, "on se call quand ?", "meeting_next")
    assert "séance n°3 (tenue)" in sure(incubator, "c'était quand le last comité ?", "meeting_last")
    assert "Reporting annuel" in sure(incubator, "c'est quoi l'agenda du prochain call ?", "agenda_items")
    assert "séance n°3" in sure(incubator, "tu peux m'envoyer les minutes du 19 novembre ?", "minutes_request")
    assert "séance n°1" in sure(incubator, "le debrief du comité de septembre ?", "minutes_request")
    assert "chaque mois" in sure(incubator, "le dashboard est updaté tous les combien ?", "decisions_topic")
    assert "Amina Tazi" in sure(incubator, "qui update le dashboard ?", "in_charge")
    assert "5 000 euros" in sure(incubator, "on donne combien de seed money aux projets ?", "decisions_topic")
    assert "Sophie Bergeron" in sure(incubator, "c'est qui notre contact chez BPI ?", "org_representative")
    assert "Samuel Okafor" in sure(incubator, "c'est quoi le job de Samuel Okafor ?", "who_is")
    assert "mentors" in sure(incubator, "les tâches overdue ?", "tasks_late")
    assert "bourse d'amorçage" in sure(incubator, "qu'est-ce qu'on a validé en septembre ?", "decisions_recent")


def test_franglais_chat_stays_chat(incubator: Chat) -> None:
    for text in ("je suis en call, je reviens vers vous", "je serai là dans 5 minutes", "mon badge est valide ?",
                 "il a trouvé un job à Mérignac", "thanks Hugo pour le recap"):
        assert not outcome_of(incubator, text).confident, text


def test_a_meetings_place_without_a_period_is_no_list_of_every_date(incubator: Chat) -> None:
    # The place named: never every date ahead with confidence.
    outcome = outcome_of(incubator, "il y a quoi à l'agenda à Talence ?")
    assert not (outcome.confident and outcome.intent == "dates_period")


def test_the_agenda_of_a_period_stays_the_calendar(incubator: Chat) -> None:
    assert "prêts d'honneur" in sure(incubator, "l'agenda de la semaine prochaine ?", "dates_period")
    # A deadline asked at a meeting's place stays the deadline's day.
    outcome = outcome_of(incubator, "jusqu'à quand on peut candidater à Talence ?")
    assert outcome.intent != "agenda_items"
