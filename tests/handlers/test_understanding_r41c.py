"""Is it still on — changes, confirmations and hearsay — of blind set 48c
(forum45, the organising committee of an invented job fair in the Loiret,
asked by the Département's chargée de projet insertion on Tuesday 1 December
2026), missed on its first run, asked in other words, with the neighbours
that must stay as they were:

- a day whose sitting was cancelled (/seance_annuler) or moved away
  (/seance_deplacer): the sitting and what became of it, not « Aucune séance
  … » (changed_sitting.py, answers_meetings._none_then_next), also when the
  day is asked with its hour (day_meeting.py: « à 14 h », « on se retrouve »);
- the next meeting's change asked without a day: « la réunion a été
  déplacée ? » (intents.toml);
- hearsay put as a question: « il paraît que … ? », « on m'a dit que …,
  c'est vrai ? » (hearsay.py); told without a question mark, still news;
- « le forum » of a group whose headings say it only after « de » (« Comité
  de bilan du forum », « Réunion des forums satellites ») is the event, not a
  kind of sitting (venues._subject);
- « Élodie la réserve toujours ? » of her cancelled task: the task, not her
  body's decisions (person_as_body.py);
- a person who left, checked as still there (« c'est toujours Mme Vasseur à
  la CCI ? »): the member whose role says she replaced her (still_there.py);
  « a repris le dossier de … » says it as « remplace … » does
  (person_records._taking_over_cue)."""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.understanding.unheld_answer import unheld_readings

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def forum() -> Chat:
    return build_group("forum45")


@pytest.fixture(scope="module")
def cmj() -> Chat:
    return build_group("cmj33")


def test_a_cancelled_sitting_on_the_day_asked(forum: Chat) -> None:
    reply = sure(forum, "c'est toujours le 15 à Pithiviers ?", "meeting_which")
    assert "Séance n°5 (annulée) — mardi 15 décembre 2026" in reply
    assert "Raison : points repris au comité du 11 décembre" in reply
    assert "Prochaine séance n°4" in reply
    assert "n°5 (annulée)" in sure(forum, "le 15 décembre c'est annulé ou reporté ?", "meeting_which")


def test_a_sitting_moved_away_from_the_day_asked(forum: Chat) -> None:
    reply = sure(forum, "le comité du 21 janvier est maintenu ?", "meeting_which")
    assert "elle était prévue le jeudi 21 janvier 2027, 14h00" in reply
    assert "séance n°6 (déplacée) — jeudi 14 janvier 2027" in reply
    # The next one, moved: read as the next meeting, its new day shown.
    reply = sure(forum, "on se retrouve toujours le 10 décembre à 14 h ?", "meeting_next")
    assert "vendredi 11 décembre 2026, 09h30–11h30" in reply
    assert "vendredi 11 décembre" in sure(forum, "on commence à 14h le 10 ?", "meeting_next")
    # Neighbours: the day of a sitting not moved is that sitting; a day of none says so.
    assert "n°7 — mardi 16 février 2027" in sure(forum, "la réunion du 16 février est maintenue ?", "meeting_which")
    assert "Aucune séance le mardi 22 décembre 2026" in outcome_of(forum, "on a une réunion le 22 décembre ?").reply.plain()


def test_the_next_meeting_s_change_asked_without_a_day(forum: Chat) -> None:
    assert "n°4 (déplacée) — vendredi 11 décembre" in sure(forum, "la réunion a été déplacée ?", "meeting_next")
    assert "n°4 (déplacée)" in sure(forum, "la prochaine réunion a bougé ?", "meeting_next")


def test_hearsay_put_as_a_question(forum: Chat) -> None:
    assert "n°4 (déplacée)" in sure(forum, "il paraît que la réunion de jeudi prochain est annulée ??", "meeting_next")
    assert "n°6 (déplacée) — jeudi 14 janvier" in sure(forum, "il paraît que la réunion de janvier est avancée ?",
                                                     "meeting_which")
    # Told without a question mark: news, not answered.
    assert not outcome_of(forum, "il paraît que la salle Jean-Zay sera repeinte l'été prochain").confident
    assert not outcome_of(forum, "on m'a dit que la préfecture organisait aussi un forum au printemps").confident


def test_an_event_only_named_after_de_in_headings_is_no_kind_of_sitting(forum: Chat, cmj: Chat) -> None:
    # « le forum » here is the job fair the decisions date, not « Comité de bilan du forum »: no sitting answered.
    for text in ("c'est quand le forum finalement ?", "le forum finit à quelle heure maintenant ?"):
        outcome = outcome_of(forum, text)
        assert not (outcome.confident and outcome.intent in ("meeting_which", "meeting_next")), text
    # Neighbours: a sitting headed by the word is still that sitting; the committee by its kind still answers.
    assert "n°3" in sure(cmj, "le forum jeunesse c'était kel jour ?", "meeting_which")
    assert "n°7" in sure(forum, "le comité de bilan c'est où ?", "meeting_which")


def test_a_cancelled_task_asked_of_its_pilot(forum: Chat) -> None:
    reply = sure(forum, "la salle des fêtes de Jargeau, Élodie la réserve toujours ?", "in_charge")
    assert "Tâche n°5 (annulée) : Réserver la salle des fêtes de Jargeau" in reply
    assert "Tâche n°5 (annulée)" in sure(forum, "on réserve toujours la salle des fêtes de Jargeau ?", "in_charge")


def test_a_person_who_left_checked_as_still_there(forum: Chat) -> None:
    reply = sure(forum, "c'est toujours Mme Vasseur à la CCI ?", "org_representative")
    assert "Sandrine Pelletier — CCI Centre-Val de Loire" in reply
    assert "Sandrine Pelletier" in sure(forum, "Hélène Vasseur est encore à la CCI ?", "org_representative")
    assert "Julie Vernet — Agence Bord de Loire" in sure(forum, "c'est toujours Manon chez Bord de Loire ?",
                                                          "org_representative")
    # « a repris le dossier de … » says whom she replaced, as « remplace … » does.
    assert "Julie Vernet" in sure(forum, "qui a remplacé Manon Ricard ?", "role_holder")
    assert "Sandrine Pelletier" in sure(forum, "qui a remplacé Hélène Vasseur ?", "role_holder")
    # Who does the work, asked of the one who left: the charge (in_charge), whose holder the roles name.
    assert "Julie Vernet" in sure(forum, "Manon Ricard s'occupe toujours de la com du forum ?", "in_charge")
    # Neighbours: a member still there is her own card; a body the role does not name is not her replacement's.
    assert "Mission locale de l'Orléanais" in sure(forum, "c'est toujours Awa à la mission locale ?", "who_is")
    outcome = outcome_of(forum, "c'est toujours Manon à la Région ?")
    assert not (outcome.confident and "Julie Vernet" in outcome.reply.plain())


# A confident answer whose own text shows it missed what was asked: the readings offered (unheld_answer.py).

_NOW = datetime(2026, 12, 1, 10, 0)
_DECIDED = ("Une navette gratuite relie la gare des Aubrais au forum toutes les 20 minutes.",
            "Les ateliers CV et simulation d'entretien sont animés par l'APEC et Cap emploi en salle B.")


def test_the_next_meeting_found_by_an_agenda_word_a_decision_holds_too(forum: Chat) -> None:
    next_one = "Prochaine séance n°4 — vendredi 11 décembre 2026\nOrdre du jour :\n  1. Horaires des navettes"
    assert unheld_readings("c'est bon pour la navette ?", "meeting_next", next_one, ["navette"], _DECIDED, [],
                           _NOW) == ["meeting_next", "decisions_topic"]
    # Asked in the group: the decision answers when it does surely on its own.
    assert "toutes les 20 minutes" in sure(forum, "c'est toujours confirmé pour la navette ?", "decisions_topic")
    # Neighbours: the agenda asked keeps the sitting; a meeting spoken of keeps the next meeting.
    assert "séance n°4" in sure(forum, "les horaires des navettes on en parle quand ?", "meeting_which")
    assert unheld_readings("la prochaine réunion parle de la navette ?", "meeting_next", next_one, ["navette"],
                           _DECIDED, [], _NOW) is None


def test_a_day_dated_last_year_by_the_past_tense(forum: Chat) -> None:
    # (r44s: « qu'est-ce qui était prévu … » no longer dates the day last year: the plan's tense is no day's, days.py;
    # the past of what was said still does.)
    reply = outcome_of(forum, "qu'est-ce qui s'était dit à la réunion du 16 février ?")
    assert not reply.confident and "Je ne suis pas sûr d'avoir compris" in reply.reply.plain()
    # Neighbour: a day of no sitting in any year still says so.
    assert "Aucune séance le mardi 22 décembre 2026" in outcome_of(forum, "on a une réunion le 22 décembre ?").reply.plain()


def test_two_days_offered_as_a_choice(forum: Chat) -> None:
    assert unheld_readings("c le 3 ou le 5 la fête ?", "decisions_topic", "Décision sur « fête »\nLa fête est le 9 mars.",
                           ["fete"], (), [], _NOW) == ["decisions_topic"]
    # Neighbour: the record writes one of the days offered.
    assert "9 mars 2027" in sure(forum, "c le 9 ou le 16 le forum du Pithiverais ??", "decisions_topic")


def test_a_date_asked_is_no_list_of_one_s_tasks(forum: Chat) -> None:
    tasks = "Tâches de Nadia Belkacem (2)\n• Tâche n°6 : Mettre à jour la liste — pour le lundi 7 décembre 2026"
    assert unheld_readings("je note quelle date pour la fête ?", "tasks_mine", tasks, [], (), [], _NOW) == [
        "tasks_mine", "decisions_topic"]
    assert "Tâches de Nadia Belkacem (2)" in sure(forum, "c'est quoi mes tâches ?", "tasks_mine")


def test_someone_asked_is_not_answered_with_dates(forum: Chat) -> None:
    dates = "Dates à venir (1)\nÉchéance n°4 — vendredi 15 janvier 2027 : Confirmation des horaires par Cars Loiret"
    assert unheld_readings("c'est qui qui conduit, toujours Cars Loiret ?", "dates_period", dates, [], (), [],
                           _NOW) == ["dates_period", "in_charge"]
    assert "Stéphanie Collin" in sure(forum, "c'est qui qui fait les navettes, toujours les Cars ?", "in_charge")


def test_a_meeting_word_or_a_modal_verb_as_a_decision_topic(forum: Chat) -> None:
    meetings = "Décisions sur « réunion » (1)\nDécision n°2\nLe comité se réunit une fois par mois."
    assert unheld_readings("les ateliers CV c'est avec qui ?", "decisions_topic", meetings, ["reunion"], _DECIDED, [],
                           _NOW) == ["decisions_topic"]
    several = "Décisions sur « salle doit » (5)\nDécision n°7\nLe forum se tient à la halle."
    assert unheld_readings("la salle doit être prête quand ?", "decisions_topic", several, ["salle", "doit"], (), [],
                           _NOW) == ["decisions_topic", "dates_period"]
    # Neighbours: one decision holding all the words is kept; the deadline asked otherwise still answers.
    one = "Décisions sur « parents doivent inscrire » (1)\nDécision n°12\nLes parents s'inscrivent."
    assert unheld_readings("les parents doivent s'inscrire ?", "decisions_topic", one, [], (), [], _NOW) is None
    assert "vendredi 18 décembre 2026" in sure(forum, "le plan de salle doit être rendu quand ?", "dates_period")


def test_a_sitting_asked_by_its_subject() -> None:
    last = "Dernière séance n°3 (tenue) — jeudi 19 novembre 2026\nLieu : Comité : communication et transports"
    assert unheld_readings("le comité sur le budget, c'était quand ?", "meeting_last", last, [], (), [], _NOW) == [
        "meeting_last", "meeting_which"]
    assert unheld_readings("le comité sur les transports, c'était quand ?", "meeting_last", last, [], (), [],
                           _NOW) is None
