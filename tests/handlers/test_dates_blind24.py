"""Families of date expressions found by blind set 24 (dates_blind24.tsv, dates in plain, oral and second-language
French: a month said by its number or after « de », « là » after a weekday, « le matin » / « le soir » with their
article before the time, « pour dans une semaine », an ordinal whose article's gender slipped, a word typed twice, and
the reason of each vague refusal): each test writes other sentences of the family than the set's own, at another moment
and zone, and checks what a coordinator would see, or that the expression is refused in French."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import UserError
from tests.handlers.dates_eval import read_at

NOW = datetime(2028, 3, 7, 18, 30, tzinfo=ZoneInfo("Europe/Zurich"))  # a Tuesday evening


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("le 20 du mois 4 à 14h", True, ("2028-04-20 14:00", "")),
    ("le 20 du 4 : dossier", False, ("2028-04-20", "dossier")),
    ("le 9 du mois de mai à 10h, salle 2", True, ("2028-05-09 10:00", "salle 2")),
    ("le 9 d'avril : rapport", False, ("2028-04-09", "rapport")),
    ("le 3 de juin à 18h", True, ("2028-06-03 18:00", "")),
    ("le 20 du mois 9h", True, ("2028-03-20 09:00", "")),  # an hour after « du mois »: this month's, as before
    ("le 20 du mois : rapport", False, ("2028-03-20", "rapport")),  # as before
    ("le 20 du mois prochain à 14h", True, ("2028-04-20 14:00", "")),  # as before
])
def test_a_month_said_by_its_number_or_after_de(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 24's first run read « le 12 du mois 1 à 14h » as this month's 12th from 01h00 to 14h00
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "refusal"), [
    ("le 20 du mois 14 à 14h", "pas de mois 14"),
    ("le 20 du 4 au 25 à 14h", "je ne devine pas"),  # a range of days, not April
    ("le 2 de sept à 9h", "ou le 2 de 7h à 9h"),  # September, or from 7h to 9h?
    ("le 20 du mois 3 dossiers", "suivi de « 3 dossiers »"),  # March, or 3 files this month? (as « le 25 4 fiches »)
])
def test_a_number_that_may_not_be_the_month_is_asked(text: str, refusal: str) -> None:
    with pytest.raises(UserError, match=refusal):
        read_at(text, NOW, True)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("vendredi là à 10h", True, ("2028-03-10 10:00", "")),
    ("pour lundi là : les clés", False, ("2028-03-13", "les clés")),
    ("samedi là 9 heure du matin, au stade", True, ("2028-03-11 09:00", "au stade")),
    ("vendredi la : les clés", False, ("2028-03-10", "les clés")),  # without its accent, before a colon
])
def test_la_after_a_weekday_is_the_coming_one(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 24: « jeudi là à 18h » was refused, « pour jeudi là : … » kept « là » in the text
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "require_time", "refusal"), [
    ("ce vendredi-là à 10h", True, "dit plus tôt dans la conversation"),
    ("ce vendredi là à 10h", True, "dit plus tôt dans la conversation"),
    ("le samedi là : les clés", False, "dit plus tôt dans la conversation"),
    ("vendredi la salle des fêtes 10h", True, "je ne devine pas"),  # « la salle »: an article, not « là »
    ("mardi là à 10h", True, "aujourd'hui"),  # said on a Tuesday: today (as « ce mardi »), or next week's?
])
def test_that_weekday_said_earlier_is_asked(text: str, require_time: bool, refusal: str) -> None:
    with pytest.raises(UserError, match=refusal):
        read_at(text, NOW, require_time)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("jeudi le matin à 9h", True, ("2028-03-09 09:00", "")),
    ("le jeudi 9 mars le soir à 7h, chez Nadia", True, ("2028-03-09 19:00", "chez Nadia")),  # « le soir »: 7h is 19h
    ("jeudi l'aprem à 3h", True, ("2028-03-09 15:00", "")),
    ("demain le matin à 9h", True, ("2028-03-08 09:00", "")),
])
def test_the_part_of_the_day_with_its_article(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    # blind set 24: « le mardi 12 janvier le matin à 10h » was refused (« matin à 10h » left unread)
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "require_time", "refusal"), [
    ("jeudi le matin à 15h", True, "se contredit"),
    ("jeudi le soir : compte rendu", False, "à quelle heure"),
])
def test_the_part_of_the_day_still_checked(text: str, require_time: bool, refusal: str) -> None:
    with pytest.raises(UserError, match=refusal):
        read_at(text, NOW, require_time)


@pytest.mark.parametrize(("text", "require_time", "reading"), [
    ("pour dans 3 jours : relance", False, ("2028-03-10", "relance")),
    ("pour dans une semaine à 10h", True, ("2028-03-14 10:00", "")),
    ("la 3e mercredi de mars à 18h", True, ("2028-03-15 18:00", "")),  # the article's gender slipped
    ("la dernière jeudi du mois à 18h", True, ("2028-03-30 18:00", "")),
    ("le le 15 mars à 9h", True, ("2028-03-15 09:00", "")),  # typed twice
    ("le 20e mars à 9h, salle 3", True, ("2028-03-20 09:00", "salle 3")),  # a day said as an ordinal, before its month
    ("le 2ème avril : rapport", False, ("2028-04-02", "rapport")),
])
def test_plain_speech_slips_are_read(text: str, require_time: bool, reading: tuple[str, str]) -> None:
    assert read_at(text, NOW, require_time) == reading


@pytest.mark.parametrize(("text", "require_time", "refusal"), [
    ("pour la fin de la semaine : les chèques", False, "ne dit pas quel jour"),
    ("d'ici la fin du mois : les chèques", False, "ne dit pas quel jour"),
    ("pour la semaine prochaine : les chèques", False, "une semaine, pas un jour"),
    ("un de ces quatre : les chèques", False, "ne dit pas de jour"),
    ("dès que possible : les chèques", False, "ne dit pas de jour"),
    ("dans 2 ou 3 jours à 14h", True, "délai approximatif"),
    ("la première semaine d'avril à 18h", True, "une période"),  # as before: an ordinal week is no day
    ("le 3e version : rapport", False, "Je ne reconnais pas de date"),  # as before: no month after the ordinal
])
def test_a_vague_day_is_refused_with_its_reason(text: str, require_time: bool, refusal: str) -> None:
    # blind set 24: most were refused with « Je ne reconnais pas de date au début de … »
    with pytest.raises(UserError, match=refusal):
        read_at(text, NOW, require_time)
