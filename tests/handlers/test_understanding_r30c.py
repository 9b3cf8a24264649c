"""The families blind set 37c (ptce69, the comité de pilotage of a PTCE in
the Lyon metropolis, asked by the incubator's programme manager on Tuesday
1 December 2026 in the ANGLICISED WORK JARGON of project staff) missed on
its first run, asked in other words, in that group and in others (port56,
pat-brocel46), with the neighbours that must stay as they were:

- « le précédent copil », « la précédente réunion »: after an article the
  word is the order (the last sitting), not « the one before the copil »
  (meeting_kinds.py);
- « le kick-off », « la réu de kick-off », « le workshop »: the French
  sitting they name, « la réunion de lancement », « l'atelier »
  (english_sittings.py; « réu » in described_meeting.py);
- « l'agenda du séminaire / de la commission … »: its agenda, « calé »
  (planned), « un point d'étape » (a sitting), « le board », « on est
  calés … », « …, right ? » (lexicon.toml, question_tags.py);
- « c'est bien Julien le coordinateur ? »: the title's holder, the guess set
  aside (guessed_holder.py);
- « dans la loop », « staffé côté X », « la roadmap », « project manager »,
  « le job d'X », « manquer à l'appel », « son backlog », « le point de
  contact », « le livrable », « la clause sociale / d'insertion » (lexicon.toml);
- « on est combien dans le copil ? »: the group's members (group_name.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ptce() -> Chat:
    return build_group("ptce69")


@pytest.fixture(scope="module")
def port() -> Chat:
    return build_group("port56")


@pytest.fixture(scope="module")
def brocel() -> Chat:
    return build_group("pat-brocel46")


@pytest.mark.parametrize("text", ["le précédent comité de pilotage s'est tenu où ?",
                                  "la précédente séance, c'était bien le 19 ?"])
def test_the_previous_sitting_after_an_article_is_the_last(ptce: Chat, text: str) -> None:
    assert "séance n°3" in sure(ptce, text, "meeting_last")


def test_a_shift_from_a_named_sitting_stays(port: Chat) -> None:
    # « avant » then a meeting named: the one before it, as before.
    assert "n°2" in sure(port, "la réunion d'avant celle du 19 novembre, c'était où ?", "meeting_which")


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("le kick-off s'est tenu où ?", "meeting_which", "Séance n°1"),
    ("les décisions du kick-off ?", "decisions_recent", "séance n°1"),
    ("qui était présent au workshop ?", "attendance_meeting", "séance n°2"),
    ("le CR du workshop est dispo ?", "minutes_request", "séance n°2"),
])
def test_english_names_of_a_sitting(ptce: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(ptce, text, intent)


def test_the_agenda_of_a_sitting_named_by_its_kind(brocel: Chat) -> None:
    reply = sure(brocel, "l'agenda de la commission de janvier ?", "agenda_items")
    assert "pain bio" in reply, reply


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("le comité technique est calé quand ?", "meeting_which", "n°5"),
    ("c'est quand le prochain point d'étape ?", "meeting_next", "n°4"),
    ("les décisions du dernier board ?", "decisions_recent", "séance n°3"),
    ("la prochaine réunion c'est le 10, right ?", "meeting_next", "mercredi 9 décembre"),
])
def test_project_staff_words_of_sittings(ptce: Chat, text: str, intent: str, shown: str) -> None:
    reply = sure(ptce, text, intent) if intent != "meeting_next" else _meeting(ptce, text)
    assert shown in reply, reply


def _meeting(chat: Chat, text: str) -> str:
    outcome = outcome_of(chat, text)
    assert outcome.confident and outcome.intent in ("meeting_next", "meeting_which"), (text, outcome.intent)
    return outcome.reply.plain()


def test_the_cale_of_a_port_stays_a_cale(port: Chat) -> None:
    assert "cale" in sure(port, "la cale est à l'ordre du jour du prochain conseil ?", "agenda_items").casefold()


def test_a_member_checked_before_a_title_gets_its_holder(port: Chat) -> None:
    reply = sure(port, "c'est Katell le maître de port ?", "role_holder")
    assert "Ronan Guillou" in reply and "Katell" not in reply, reply


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("qui était dans la loop au dernier copil ?", "attendance_meeting", "séance n°3"),
    ("qui est staffé côté recyclerie ?", "org_representative", "Lucas Perrin"),
    ("la roadmap doit être adoptée avant quand ?", "dates_period", "31 mars"),
    ("c'est qui le project manager mobilité ?", "role_holder", "Inès Benali"),
    ("c'est quoi le job d'Aurélie Vasseur ?", "who_is", "Directrice du tiers-lieu"),
    ("le livrable pour la Métropole, c'est pour quand ?", "dates_period", "18 décembre"),
])
def test_project_staff_words_of_people_and_records(ptce: Chat, text: str, intent: str, shown: str) -> None:
    reply = sure(ptce, text, intent)
    assert shown in reply, reply


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("qui manquait à l'appel au conseil du 19 novembre ?", "attendance_meeting", "Bertrand Le Meur"),
    ("Katell a quoi dans son backlog ?", "tasks_mine", "grille des tarifs"),
    ("qui est le point de contact à la CCI ?", "org_representative", "Karine Le Floch"),
])
def test_the_same_words_in_another_group(port: Chat, text: str, intent: str, shown: str) -> None:
    reply = sure(port, text, intent)
    assert shown in reply, reply


def test_on_est_calés_asks_the_sitting(port: Chat) -> None:
    assert "n°5" in _meeting(port, "on est calés quand pour la commission des usagers de janvier ?")


def test_a_count_of_the_copil_is_its_members(brocel: Chat) -> None:
    reply = sure(brocel, "combien de personnes dans le copil ?", "directory")
    assert "Erwan Daniel" in reply, reply


def test_a_clause_of_insertion_is_the_hours_reserved(ptce: Chat) -> None:
    reply = sure(ptce, "la clause sociale des marchés de nettoyage, c'est acté ?", "decisions_topic")
    assert "10 %" in reply, reply
