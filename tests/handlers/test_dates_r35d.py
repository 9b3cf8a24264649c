"""Families found by blind set 30 (dates_blind30.tsv: recurrences as coordinators write them after /seance) and by
probing its angle after the set: a rule in the forms people use (« un lundi sur deux », « une semaine sur deux »,
« tous les premiers jeudis du mois », « chaque 2e mercredi », « le 10 de chaque mois », « (hebdo) », « tous les huit
jours », Québec's « à tous les mercredis »), before the date or after « puis »; a start said instead of the first date
(« à partir du 8 février, un lundi sur deux à 18h30 »); what the store cannot hold refused with what to do, never
stored as a simpler rule (an exception, an end, a count, two days, every three months, « bimensuel », the 5th weekday,
« chaque mois » on a 30th); a deadline that would recur refused. Each test writes other sentences of the family than
the set's own, in groups of Lyon and Geneva on Monday 23 November 2026, and checks what the store holds and what the
coordinator reads, or the refusal and that nothing was stored."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage.recurrence import Rule, describe_rule, expand, parse_rule
from storage.models import Meeting
from storage.store import Store
from tests.helpers import Chat, at, chat_in_zone

PARIS = ZoneInfo("Europe/Paris")
GENEVA = ZoneInfo("Europe/Zurich")



@pytest.fixture
def lyon(disk_store: Store, tmp_path: Path) -> Chat:
    return chat_in_zone(disk_store, tmp_path / "data", PARIS)


@pytest.fixture
def geneva(disk_store: Store, tmp_path: Path) -> Chat:
    return chat_in_zone(disk_store, tmp_path / "data", GENEVA)


def _series(chat: Chat) -> list[tuple[str, str | None, str]]:
    return [(m.start.isoformat()[:16], m.recurrence, m.place) for m in chat.store.group("rte").meetings()]


@pytest.mark.parametrize(("text", "stored", "said"), [
    ("lundi 7 décembre 18h Maison des associations, un lundi sur deux",
     ("2026-12-07T18:00", "weekly:2", "Maison des associations"), "un lundi sur deux"),
    ("lundi 7 décembre 18h, une semaine sur deux, Maison des associations",
     ("2026-12-07T18:00", "weekly:2", "Maison des associations"), "toutes les 2 semaines"),
    ("jeudi 3 décembre 20h foyer rural, tous les premiers jeudis du mois",
     ("2026-12-03T20:00", "nth:1:3", "foyer rural"), "le premier jeudi du mois"),
    ("mercredi 9 décembre 14h, chaque 2e mercredi, salle 4",
     ("2026-12-09T14:00", "nth:2:2", "salle 4"), "le deuxième mercredi du mois"),
    ("jeudi 10 décembre 9h, le 10 de chaque mois, local syndical",
     ("2026-12-10T09:00", "monthly", "local syndical"), "le 10 de chaque mois"),
    ("vendredi 4 décembre 12h local syndical (hebdo)",
     ("2026-12-04T12:00", "weekly:1", "local syndical"), "chaque semaine"),
    ("vendredi 4 décembre 12h, tous les huit jours, cantine",
     ("2026-12-04T12:00", "weekly:1", "cantine"), "chaque semaine"),
    ("mercredi 2 décembre 19h, à tous les mercredis, sous-sol de l'église",
     ("2026-12-02T19:00", "weekly:1", "sous-sol de l'église"), "chaque mercredi"),
])
def test_a_rule_as_people_write_it_is_stored_and_said_back(lyon: Chat, text: str, stored: tuple[str, str, str], said: str) -> None:
    # blind set 30: « une semaine sur deux », « tous les premiers mardis du mois », « hebdo »… stayed in the place of a
    # single meeting
    out = lyon.say(f"/seance {text}")
    assert _series(lyon) == [stored]
    assert f"Récurrence : {said}" in out


def test_the_rule_before_the_date_or_after_puis(geneva: Chat) -> None:
    out = geneva.say("/seance Un mardi sur deux : mardi 1er décembre 17h30, buvette du stade")
    assert "mardi 1er décembre 2026, 17h30" in out and "Lieu : buvette du stade" in out
    geneva.say("/seance Prochain comité mercredi 16 décembre 20h, puis le troisième mercredi de chaque mois")
    assert _series(geneva) == [("2026-12-01T17:30", "weekly:2", "buvette du stade"), ("2026-12-16T20:00", "nth:3:2", "")]


def test_a_start_said_instead_of_the_first_date(lyon: Chat) -> None:
    # « à partir du 5 janvier, tous les mardis à 14h » was refused: « à partir du » names no day
    out = lyon.say("/seance à partir du 8 février, un lundi sur deux à 18h30, salle polyvalente")
    assert "lundi 8 février 2027, 18h30" in out and "Récurrence : un lundi sur deux" in out
    out = lyon.say("/seance à partir de mars, le premier jeudi du mois à 20h")
    assert "jeudi 4 mars 2027, 20h00" in out
    lyon.say("/seance dès le 3 février, tous les vendredis de 12h à 13h30, cantine")  # a Wednesday: Friday 5 February
    assert _series(lyon) == [("2027-02-05T12:00", "weekly:1", "cantine"), ("2027-02-08T18:30", "weekly:2", "salle polyvalente"),
                             ("2027-03-04T20:00", "nth:1:3", "")]
    # a start the date given does not agree with, a month's start for a rule without its day, no date at all
    assert "la première séance serait le mardi 12 janvier 2027" in lyon.say("/seance mardi 5 janvier 14h, tous les mardis à partir du 12 janvier")
    assert "quel jour ?" in lyon.say("/seance à partir de février, tous les mois à 14h")
    assert "donnez aussi la date de la première séance" in lyon.say("/seance chaque jeudi à 18h, foyer")
    assert len(_series(lyon)) == 3


@pytest.mark.parametrize(("text", "reason"), [
    ("jeudi 10 décembre 18h, tous les jeudis sauf en juillet, salle B", "« sauf en juillet » : Greffier ne sait pas encore exclure"),
    ("lundi 7 décembre 18h, tous les lundis jusqu'à Pâques", "« jusqu'à Pâques » : Greffier ne sait pas encore arrêter une série"),
    ("lundi 7 décembre 18h, tous les lundis (8 séances)", "« 8 séances » : Greffier ne sait pas encore compter"),
    ("lundi 7 décembre 18h, les lundis et jeudis", "deux jours par semaine ou par mois"),
    ("jeudi 10 décembre 18h, le 1er et le 3e jeudi du mois", "deux jours par semaine ou par mois"),
    ("lundi 7 décembre 18h, tous les trois mois", "tous les deux, trois ou six mois"),
    ("lundi 7 décembre 18h, trimestrielle", "tous les deux, trois ou six mois"),
    ("jeudi 10 décembre 18h, bimensuel", "deux fois par mois pour les uns, tous les deux mois pour les autres"),
    ("vendredi 29 janvier 18h, le 5e vendredi du mois", "pas de cinquième jour de la semaine"),
    ("mercredi 30 décembre 10h, chaque mois", "Le 30 n'existe pas tous les mois"),
    ("lundi 7 décembre 18h, tous les 10 jours", "« tous les 10 jours »"),
    ("lundi 7 décembre 18h, tous les ans", "d'année en année"),
    ("lundi 7 décembre 18h, tous les lundis (en principe)", "avec une réserve"),
    ("lundi 7 décembre 18h, Permanence mensuelle", "ou le nom de la séance ?"),
])
def test_what_the_store_cannot_hold_is_refused_never_simplified(lyon: Chat, text: str, reason: str) -> None:
    # blind set 30: « chaque mois sauf en août » stored as « chaque mois » (a meeting planned in August), « 10 séances »
    # or « jusqu'en juin » kept as the place of an endless series, « trimestriel » the place of a single meeting
    out = lyon.say(f"/seance {text}")
    assert reason in out
    assert _series(lyon) == []


def test_words_that_are_no_rule_stay_the_place(lyon: Chat) -> None:
    lyon.say("/seance mardi 8 décembre 18h, rapport de tous les mois précédents")  # main: a monthly series
    lyon.say("/seance mardi 15 décembre 18h30, Assemblée générale annuelle")
    assert _series(lyon) == [("2026-12-08T18:00", None, "rapport de tous les mois précédents"),
                             ("2026-12-15T18:30", None, "Assemblée générale annuelle")]


def test_a_deadline_does_not_recur(lyon: Chat) -> None:
    out = lyon.say("/echeance le 5 de chaque mois : loyer du local")
    assert "une échéance ne se répète pas" in out
    assert "une échéance ne se répète pas" in lyon.say("/echeance 20/12 puis toutes les semaines : feuille d'émargement")
    assert lyon.store.group("rte").deadlines() == []
    lyon.say("/echeance 15/01 bilan mensuel")  # a report's name, not a rhythm
    assert [d.text for d in lyon.store.group("rte").deadlines()] == ["bilan mensuel"]


def test_the_rules_said_day_and_day_of_month_are_checked_not_stored() -> None:
    tenth = Rule("monthly", said_date=10)
    assert str(tenth) == "monthly" and parse_rule(str(tenth)) == tenth
    assert describe_rule(tenth) == "le 10 de chaque mois" and describe_rule(Rule("monthly", said_date=1)) == "le 1er de chaque mois"
    assert tenth.matches(at("2026-12-10 09:00").date()) and not tenth.matches(at("2026-12-11 09:00").date())
    other_monday = Rule("weekly", 2, said_day=0)
    assert str(other_monday) == "weekly:2" and parse_rule("weekly:2") == other_monday
    assert describe_rule(other_monday) == "un lundi sur deux"
    assert not other_monday.matches(at("2026-12-08 09:00").date())
    # the expansion of what is stored is the stored rule's: every second Monday, the 10th of each month
    meeting = Meeting(1, at("2026-12-07 18:00", PARIS), None, "Mairie", recurrence=str(other_monday))
    starts = [m.start.strftime("%d/%m") for m in expand(meeting, {}, at("2026-12-01 00:00", PARIS), at("2027-01-20 00:00", PARIS))]
    assert starts == ["07/12", "21/12", "04/01", "18/01"]
