"""Periods bounded in a question (set 20d's rules), asked in the Besançon
winter coordination (besancon25, now Tuesday 1 December 2026) in other words
than the set's: each test names a line only the right span shows and a line
only the usual wrong span would show."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, build_group


@pytest.fixture(scope="module")
def chat():  # type: ignore[no-untyped-def]
    return build_group("besancon25")


def test_until_a_month_starts_today(chat) -> None:  # type: ignore[no-untyped-def]
    # « jusqu'en janvier » read as « en janvier » left out December's deadline
    reply = ask(chat, "quelles sont les dates à retenir jusqu'en janvier ?")
    assert "Recensement des places" in reply and "Demande de subvention" not in reply, reply


def test_before_a_month_leaves_the_month_out(chat) -> None:  # type: ignore[no-untyped-def]
    reply = ask(chat, "il reste quoi à rendre avant février ?")
    assert "Rapport d'activité" in reply and "Demande de subvention" not in reply, reply


def test_until_the_end_of_a_month_is_not_its_last_days(chat) -> None:  # type: ignore[no-untyped-def]
    reply = ask(chat, "les dates limites jusqu'à la fin de décembre ?")
    assert "Recensement des places" in reply and "Bilan de la collecte" not in reply, reply


def test_the_end_of_next_month_is_not_this_month(chat) -> None:  # type: ignore[no-untyped-def]
    reply = ask(chat, "y a quoi comme échéance fin du mois prochain ?")
    assert "Rapport d'activité" in reply and "Recensement" not in reply, reply


def test_swiss_next_week_then_the_weekday(chat) -> None:  # type: ignore[no-untyped-def]
    reply = ask(chat, "la semaine prochaine jeudi, y a séance ?")
    assert "jeudi 10 décembre" in reply and "jeudi 3 décembre" not in reply, reply


def test_within_months_is_a_span_to_that_day(chat) -> None:  # type: ignore[no-untyped-def]
    reply = ask(chat, "les échéances dans les trois mois ?")
    assert "Demande de subvention" in reply and "Programme de sortie" not in reply, reply


def test_the_week_after_next(chat) -> None:  # type: ignore[no-untyped-def]
    reply = ask(chat, "et la semaine d'après la prochaine, il y a quoi ?")
    assert "Planning des maraudes" in reply and "CCAS, salle Battant" not in reply, reply


def test_a_bound_before_a_period_is_part_of_it(chat) -> None:  # type: ignore[no-untyped-def]
    # « jusqu'à la » weighed as words of the question: the deadlines were lost to the tasks
    reply = ask(chat, "quelles dates limites jusqu'à la fin du mois ?")
    assert "Liste des bénévoles" in reply and "Tâche" not in reply, reply


def test_what_awaits_the_group_in_a_period(chat) -> None:  # type: ignore[no-untyped-def]
    reply = ask(chat, "qu'est-ce qui nous attend en février ?")
    assert "Emmaüs, Chalezeule" in reply and "Demande de subvention" in reply, reply


def test_a_range_opened_by_a_holiday(chat) -> None:  # type: ignore[no-untyped-def]
    # read as the second day alone, « entre Noël et le 5 janvier » was the 5th
    reply = ask(chat, "qu'est-ce qui tombe entre Noël et le 8 janvier ?")
    assert "Bilan de la collecte" in reply and "Visioconférence" in reply and "du vendredi 25 décembre" in reply, reply


def test_what_a_deadline_must_be_by_then_is_no_topic(chat) -> None:  # type: ignore[no-untyped-def]
    reply = ask(chat, "le rapport d'activité doit être prêt pour quand ?")
    assert "vendredi 29 janvier 2027" in reply, reply
