"""The families blind set 31a (aje-gdv, the day-care network of the
Gros-de-Vaud, asked in the Swiss register by the director of a garderie on
Tuesday 1 December 2026) missed on its first run, asked in other words and
in other groups:

- a formation of several words picked by an order word or a date is the
  sitting, found before its last word is read as a title
  (ordered_formations.py): « le prochain comité de direction », « le comité
  de direction de décembre »; « qui préside le comité de direction ? » stays
  a role;
- « dans quinze jours », « dans huit jours » are that week, as « dans 2
  semaines » is (period_counts.py);
- « pas faits dans les délais » asks the late tasks (undone.py);
- a body named by its kind and a town its member's role places it in is the
  group's (body_kinds.py): « la responsable de l'UAPE de Bercher »;
- a date after « pour » that a record writes with the noun before it is part
  of its name (record_named.py): « les inscriptions pour août 2027 »;
- the noun a deadline opens with names it with its body (record_named.py): « la
  demande à la FAJE » of « Demande de subvention à la FAJE »; « qui est là pour
  la fondation ? » asks for its people (bodies.py);
- Swiss words: « le natel de X » (person_records.py), « à futur », « causer »,
  « ça se ferme quand », « le dîner », the UAPE as « parascolaire », « les
  mamans de jour », « le SPJ », « Murten » for Morat (lexicon.toml,
  entities.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def gdv() -> Chat:
    return build_group("aje-gdv")


@pytest.fixture(scope="module")
def aidants() -> Chat:
    return build_group("aidants88")


@pytest.mark.parametrize("question", ["c'est quand le prochain comité de direction ?",
                                      "le prochain comité de direction aura lieu où ?"])
def test_the_next_formation_in_words_is_its_next_sitting(gdv: Chat, question: str) -> None:
    reply = sure(gdv, question, "meeting_which")
    assert "n°5" in reply and "17 décembre" in reply


def test_the_formation_of_a_month_is_that_sitting(gdv: Chat) -> None:
    assert "n°7" in sure(gdv, "le comité de direction de mars se tient où ?", "meeting_which")


def test_the_formation_of_a_day_gives_its_agenda(gdv: Chat) -> None:
    assert "Budget 2027 du réseau" in sure(gdv, "au comité de direction du 17 on parle de quoi ?", "agenda_items")


def test_the_last_formation_in_words(gdv: Chat) -> None:
    assert "n°3" in sure(gdv, "le dernier comité de direction c'était quand ?", "meeting_last")


def test_who_chairs_the_formation_is_still_a_role(gdv: Chat) -> None:
    assert "Jean-Daniel Pasche" in sure(gdv, "qui est le président du comité de direction ?", "role_holder")


def test_the_next_steering_committee_in_another_group(aidants: Chat) -> None:
    reply = sure(aidants, "c'est quand le prochain comité de pilotage ?", "meeting_which")
    assert "28 janvier" in reply


def test_who_chairs_the_steering_committee_in_another_group(aidants: Chat) -> None:
    assert "Gérard Claudel" in sure(aidants, "qui préside le comité de pilotage ?", "role_holder")


@pytest.mark.parametrize("question", ["y a une échéance dans quinze jours ?", "quoi de prévu dans 15 jours ?"])
def test_in_a_fortnight_is_that_week(gdv: Chat, question: str) -> None:
    reply = sure(gdv, question, "dates_period")
    assert "du 14/12 au 20/12" in reply and "Demande de subvention à la FAJE" in reply


def test_in_a_fortnight_finds_the_meeting_of_that_week(gdv: Chat) -> None:
    assert "n°5" in sure(gdv, "on se voit dans quinze jours ?", "meeting_which")


def test_in_eight_days_is_next_week(aidants: Chat) -> None:
    reply = sure(aidants, "y a quoi dans huit jours ?", "dates_period")
    assert "du 07/12 au 13/12" in reply and "Retour des fiches de repérage" in reply


def test_in_three_days_is_still_that_day(gdv: Chat) -> None:
    assert "(le 04/12)" in sure(gdv, "quoi de prévu dans 3 jours ?", "dates_period")


@pytest.mark.parametrize("question", ["il y a des choses pas faites dans les délais ?",
                                      "qui n'est pas dans les délais ?"])
def test_not_done_in_time_asks_the_late_tasks(gdv: Chat, question: str) -> None:
    reply = sure(gdv, question, "tasks_late")
    assert "Mettre à jour le règlement tarifaire" in reply


def test_the_deadlines_of_a_month_stay_deadlines(gdv: Chat) -> None:
    assert "Relevé des places occupées" in sure(gdv, "les délais de décembre ?", "dates_period")


@pytest.mark.parametrize(("question", "name"), [("c'est qui la responsable de l'UAPE de Bercher ?", "Fabienne Délèze"),
                                                ("la directrice de la garderie d'Échallens ?", "Laetitia Chappuis")])
def test_a_body_placed_in_its_town_by_a_role_is_the_groups(gdv: Chat, question: str, name: str) -> None:
    assert name in sure(gdv, question, "role_holder")


def test_a_body_of_another_town_is_still_said_unknown(gdv: Chat) -> None:
    outcome = outcome_of(gdv, "qui représente l'UAPE de Bottens ?")
    assert not outcome.confident and "UAPE de Bottens" in outcome.reply.plain()


def test_a_date_after_pour_is_part_of_the_deadlines_name(gdv: Chat) -> None:
    reply = sure(gdv, "les inscriptions pour août 2027 c'est jusqu'à quand ?", "dates_period")
    assert "15 janvier 2027" in reply


def test_a_month_asked_for_deadlines_is_still_a_period(gdv: Chat) -> None:
    assert "Agenda en janvier 2027" in sure(gdv, "des échéances pour janvier ?", "dates_period")


@pytest.mark.parametrize("question", ["le natel de Stéphane Rey ?", "vous avez le natel de Stéphane Rey ?"])
def test_the_natel_of_a_member_is_their_card(gdv: Chat, question: str) -> None:
    assert "Stéphane Rey" in sure(gdv, question, "who_is")


def test_a_member_spoken_to_about_a_natel_is_no_question(gdv: Chat) -> None:
    assert not outcome_of(gdv, "Tu as mon natel, Stéphane Rey ?").confident


def test_a_futur_is_to_come(gdv: Chat) -> None:
    assert "Prochaines séances" in sure(gdv, "les séances à futur ?", "meetings_upcoming")


def test_causer_is_to_talk_about(gdv: Chat) -> None:
    assert "Liste d'attente pour la rentrée 2027" in sure(gdv, "on va causer de quoi mercredi ?", "agenda_items")


def test_what_closes_when(gdv: Chat) -> None:
    assert "Demande de subvention à la FAJE" in sure(gdv, "la demande de subvention, ça se ferme quand ?",
                                                      "dates_period")


def test_the_swiss_diner_is_lunch(gdv: Chat) -> None:
    assert "cuisine de l'EMS" in sure(gdv, "le dîner, on a décidé quoi ?", "decisions_topic")
    assert "cuisine de l'EMS" in sure(gdv, "qui livre le dîner ?", "in_charge")


def test_the_uape_is_after_school_care(gdv: Chat) -> None:
    reply = sure(gdv, "qu'est-ce qu'on a décidé pour l'UAPE le mercredi ?", "decisions_topic")
    assert "de la 1P à la 6P" in reply


@pytest.mark.parametrize("question", ["qui représente les mamans de jour ?", "les mamans de jour c'est qui ?"])
def test_the_mamans_de_jour_are_the_childminders_body(gdv: Chat, question: str) -> None:
    assert "Véronique Gilliéron" in sure(gdv, question, "org_representative")


def test_the_spj_is_the_youth_directorate_by_its_former_name(gdv: Chat) -> None:
    assert "Aline Zbinden" in sure(gdv, "c'est qui pour le SPJ ?", "org_representative")


@pytest.mark.parametrize("question", ["c'est quand la visite à Murten ?", "on va à Murten à quelle heure ?"])
def test_murten_is_morat(gdv: Chat, question: str) -> None:
    assert "n°6" in sure(gdv, question, "meeting_which")


@pytest.mark.parametrize("text", ["je serai de piquet mercredi, je ne pourrai pas venir",
                                  "on a déjà septante enfants sur la liste d'attente",
                                  "mon natel est déchargé, je vous rappelle"])
def test_swiss_chat_stays_quiet(gdv: Chat, text: str) -> None:
    assert not outcome_of(gdv, text).confident


def test_someone_there_for_a_body_is_its_representative(gdv: Chat) -> None:
    assert "Patricia Monod" in sure(gdv, "qui est là pour la fondation ?", "org_representative")


def test_the_noun_a_deadline_opens_with_names_it_with_its_body(gdv: Chat) -> None:
    assert "18 décembre 2026" in sure(gdv, "la demande à la FAJE c'est pour quand ?", "dates_period")


def test_who_represents_the_body_of_a_deadline_is_still_asked(gdv: Chat) -> None:
    assert "Patricia Monod" in sure(gdv, "qui représente la FAJE ?", "org_representative")
