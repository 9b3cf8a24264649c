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
    chat.say("/seance mardi 1er décembre 20h au foyer comme chaque mois")
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
