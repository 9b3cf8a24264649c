"""Families found by blind set 26 (dates_blind26.tsv: what people write around the date): words saying the date is
the usual or the agreed one (« comme d'habitude », « comme convenu »), dropped rather than stored as the place or the
deadline's text; a school or feast period said right after the date (« pendant les vacances », « hors vacances
scolaires »), and a condition (« si la salle est libre »), asked about rather than stored as the place. Each test
writes other sentences of the family than the set's own, at another moment and zone, and checks what the store holds
and the coordinator reads, or the refusal."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.dates import format_when, parse_when
from handlers.messages import UserError
from tests.helpers import Chat

NOW = datetime(2028, 2, 9, 17, 45, tzinfo=ZoneInfo("Europe/Brussels"))  # a Wednesday evening


def _meetings(chat: Chat) -> list[tuple[str, str]]:
    return [(m.start.isoformat(), m.place) for m in chat.store.group("rte").meetings()]


def _deadlines(chat: Chat) -> list[tuple[str, str]]:
    return [(d.due.isoformat(), d.text) for d in chat.store.group("rte").deadlines()]


def _said(text: str, require_time: bool = True) -> tuple[str, str]:
    """What a coordinator reads back: the date as echoed, and the place or the text."""
    when = parse_when(text, NOW, require_time=require_time)
    return format_when(when.start, when.end), when.rest


def test_the_usual_arrangement_said_after_the_time_is_not_the_place(chat: Chat) -> None:
    # blind set 26: « jeudi 14h comme d'habitude » was stored with « comme d'habitude » as the meeting's place
    out = chat.say("/seance jeudi 18h30 comme toujours")
    assert "jeudi 26 novembre 2026, 18h30" in out and "comme toujours" not in out
    chat.say("/seance vendredi 27 novembre 9h, comme annoncé, salle Jura")
    chat.say("/seance mardi 1er décembre 20h au foyer comme d'hab")
    assert _meetings(chat) == [
        ("2026-11-26T18:30:00+01:00", ""),
        ("2026-11-27T09:00:00+01:00", "salle Jura"),
        ("2026-12-01T20:00:00+01:00", "au foyer"),
    ]


def test_the_agreed_date_before_a_deadline_text_leaves_the_text_alone(chat: Chat) -> None:
    # blind set 26: « vendredi 7 mai, comme convenu : rapport » kept « comme convenu : rapport » as the text
    chat.say("/echeance mardi 1er décembre, comme décidé : cotisations")
    chat.say("/echeance lundi 30 novembre comme toujours relire le PV")
    chat.say("/echeance mercredi 2 décembre : relire le PV comme d'habitude")  # after the colon, the task's own words
    assert sorted(text for _, text in _deadlines(chat)) == ["cotisations", "relire le PV", "relire le PV comme d'habitude"]


def test_an_agreement_followed_by_what_it_agrees_with_is_asked() -> None:
    # « comme convenu avec la mairie » would leave « avec la mairie » as the place
    for text in ("jeudi 14h comme convenu avec la mairie", "jeudi 14h comme prévu au dernier CA, salle B"):
        with pytest.raises(UserError, match="je ne sais pas où finissent ces mots"):
            parse_when(text, NOW)
    assert _said("jeudi 14h comme prévu chez Amina") == ("jeudi 10 février 2028, 14h00", "chez Amina")
    with pytest.raises(UserError, match="je ne sais pas où finissent ces mots"):
        parse_when("jeudi 14h comme d'habitude pour le comité", NOW)  # « pour le comité » is no place
    assert _said("jeudi 14h comme à chaque fois maison de quartier") == ("jeudi 10 février 2028, 14h00", "maison de quartier")


def test_a_period_said_right_after_the_date_is_asked(chat: Chat) -> None:
    # blind set 26: « jeudi 14h pendant les vacances » was the coming Thursday with the period as its place
    out = chat.say("/seance mercredi 2 décembre 17h durant les congés, salle Jura")
    assert "le jour tombe-t-il bien dans cette période" in out
    assert _meetings(chat) == []
    for text, require_time in (("vendredi 18 février 10h en pleines vacances de carnaval", True),
                               ("vendredi 18 février (hors congés scolaires) : inventaire", False),
                               ("lundi à 14h30, après les vacances, au local", True)):
        with pytest.raises(UserError, match="le jour tombe-t-il bien"):
            parse_when(text, NOW, require_time=require_time)
    # further on they are the task's words
    task = parse_when("vendredi 18 février : ranger le local pendant les vacances", NOW, require_time=False)
    assert (f"{task.start:%Y-%m-%d}", task.rest) == ("2028-02-18", "ranger le local pendant les vacances")


def test_a_condition_said_right_after_the_time_is_asked() -> None:
    # blind set 26: « mardi 18h, si la salle est libre » was stored with the condition as the place
    for text in ("jeudi 20h s'il y a quorum", "jeudi 20h, selon les disponibilités de chacun", "jeudi 20h si le gymnase est libre"):
        with pytest.raises(UserError, match="la date est-elle décidée"):
            parse_when(text, NOW)
    assert _said("jeudi 20h Sion") == ("jeudi 10 février 2028, 20h00", "Sion")  # a place, not « si »


def test_a_series_said_with_comme_is_asked_for_a_meeting_and_checked_for_a_deadline(chat: Chat) -> None:
    # probing after blind set 26: « jeudi 14h comme chaque jeudi » kept « comme chaque jeudi » as the place, and
    # /seance then read « chaque jeudi » as a weekly series with the place « comme »
    out = chat.say("/seance jeudi 18h au local comme tous les jeudis")
    assert "cette séance seule, ou une série" in out and _meetings(chat) == []
    chat.say("/echeance vendredi 27 novembre, comme chaque vendredi : relevé des compteurs")
    assert [text for _, text in _deadlines(chat)] == ["relevé des compteurs"]
    with pytest.raises(UserError, match="lequel des deux"):
        parse_when("vendredi 11 février comme chaque jeudi : relevé", NOW, require_time=False)
    assert _said("jeudi 14h (comme convenu) salle B") == ("jeudi 10 février 2028, 14h00", "salle B")  # its bracket goes too


def test_a_school_period_named_alone_or_any_time_said_with_pendant_is_not_the_place() -> None:
    # probing after blind set 26: « jeudi 14h (vacances scolaires) », « jeudi 14h pendant les travaux » were places
    for text in ("lundi 14h (congés scolaires)", "lundi 14h, relâches de février", "lundi 14h durant la foire, au local",
                 "lundi 14h dès la rentrée", "lundi 14h au retour des congés, salle B", "lundi 14h en période scolaire"):
        with pytest.raises(UserError, match="le jour tombe-t-il bien|une période ou un événement"):
            parse_when(text, NOW)
    assert _said("lundi 14h Vacances Bleues, 2e étage") == ("lundi 14 février 2028, 14h00", "Vacances Bleues, 2e étage")  # a name


def test_a_day_said_to_be_a_holiday_is_checked(chat: Chat) -> None:
    # probing after blind set 26: « le 11 novembre à 11h (férié) » kept « (férié) » as the place
    chat.say("/seance mardi 8 décembre 11h (férié), chapelle")  # the Immaculate Conception: a holiday in some cantons
    chat.say("/echeance vendredi 25 décembre jour férié : vœux du président")
    assert _meetings(chat) == [("2026-12-08T11:00:00+01:00", "chapelle")]
    assert [text for _, text in _deadlines(chat)] == ["vœux du président"]
    out = chat.say("/seance jeudi 10 décembre 11h (férié) chapelle")
    assert "n'est pas un jour férié" in out and len(_meetings(chat)) == 1


def test_a_feast_named_after_the_date_is_checked_against_it() -> None:
    # probing after blind set 26: « jeudi 6 mai 14h, jour de l'Ascension » kept the feast as the place
    assert _said("jeudi 25 mai 10h, jour de l'Ascension, salle B") == ("jeudi 25 mai 2028, 10h00", "salle B")
    with pytest.raises(UserError, match="lequel des deux"):
        parse_when("vendredi 26 mai 10h, jour de l'Ascension", NOW)
    assert _said("jeudi 14h, jour de marché") == ("jeudi 10 février 2028, 14h00", "jour de marché")  # no feast: the place's words
