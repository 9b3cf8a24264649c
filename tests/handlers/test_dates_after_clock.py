"""What follows a time (blind set 5): a duration, a count after spaced
minutes, « moins le quart », a date or a range left at the start of the text
are refused with an explanation or read, never stored as the place or the
deadline's text with the wrong time."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.dates import parse_when
from handlers.messages import UserError
from tests.helpers import at

NOW = at("2026-11-22 10:00")  # a Sunday, in Geneva


def test_a_duration_after_the_date_is_not_a_time_of_day() -> None:
    # « 12 h de bénévolat » was a deadline at 12h00 with « de bénévolat » as its text
    with pytest.raises(UserError, match=r"« 12 h de bénévolat » : une heure ou une durée \? Je lis « 12 h » comme l'heure \(12h00\)"):
        parse_when("vendredi 27 novembre 12 h de bénévolat à déclarer", NOW, require_time=False)
    for text in ("30/11 1h30 de vidéo", "30/11 8 h d'atelier", "30/11 2 h avant le CA", "30/11 à 10h après la plénière"):
        with pytest.raises(UserError, match="une heure ou une durée"):
            parse_when(text, NOW, require_time=False)
    # what the refusal says to write instead is accepted
    parsed = parse_when("30/11 12h, avant la plénière", NOW, require_time=False)
    assert (f"{parsed.start:%d/%m %H:%M}", parsed.rest) == ("30/11 12:00", "avant la plénière")
    assert parse_when("30/11 douze heures de bénévolat", NOW, require_time=False).rest == "douze heures de bénévolat"
    assert parse_when("30/11 14h de l'après-midi", NOW, require_time=False).start.hour == 14


def test_spaced_minutes_before_a_plural_are_asked_not_guessed() -> None:
    # « 10 h 10 dossiers » was 10h10 with « dossiers » as the text
    with pytest.raises(UserError, match=r"« 10 h 10 dossiers » : 10h10, ou 10h suivi de « 10 dossiers » \?"):
        parse_when("30/11 10 h 10 dossiers", NOW, require_time=False)
    with pytest.raises(UserError, match="Écrivez « 18h15 », ou une virgule après l'heure"):
        parse_when("30/11 18 heures 15 relectures", NOW, require_time=False)
    parsed = parse_when("30/11 10 h, 10 dossiers", NOW, require_time=False)
    assert (f"{parsed.start:%H:%M}", parsed.rest) == ("10:00", "10 dossiers")
    parsed = parse_when("30/11 19 h 30 dans la salle B", NOW)
    assert (f"{parsed.start:%H:%M}", parsed.rest) == ("19:30", "dans la salle B")


def test_quarter_to_after_h() -> None:
    # « 18h moins le quart » was 18h00 with « moins le quart » as the place
    assert f"{parse_when('10/12 18h moins le quart', NOW).start:%H:%M}" == "17:45"
    with pytest.raises(UserError, match="« moins 10 » ressemble"):
        parse_when("10/12 18h moins 10", NOW)


def test_a_date_or_a_range_at_the_start_of_the_text_is_refused() -> None:
    for text, left in (("mardi 1er décembre 12/2027 PV", "12/2027 PV"), ("vendredi 18 décembre 17 h 5 à 7 de Noël", "5 à 7 de Noël")):
        with pytest.raises(UserError, match=f"« {left} » ressemble à une date ou une heure"):
            parse_when(text, NOW, require_time=False)
    assert parse_when("mardi 1er décembre PV 12/2027", NOW, require_time=False).rest == "PV 12/2027"


DAYS = ["30/11", "jeudi 10 décembre", "le 3.12.", "demain", "mardi prochain", "le 16"]
NOUNS = ["formation", "bénévolat", "vidéo", "atelier", "débat", "lecture"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(DAYS), st.integers(1, 23), st.sampled_from(["h", " h", " heures", "h30", " h 30"]),
       st.sampled_from(["de ", "d'", "avant le ", "après la "]), st.sampled_from(NOUNS), st.booleans(),
       st.integers(0, 400))
def test_a_number_of_hours_followed_by_de_or_avant_is_never_a_time(day: str, hours: int, unit: str, link: str, noun: str,
                                                                  meeting: bool, days: int) -> None:
    """The class behind four silent errors of blind set 5: whatever the day,
    the hour and the spelling, « N h de … » / « N h avant le … » right after
    the date is refused, never read as a time of day."""
    if link == "d'" and noun[0] not in "aeiouéè":
        link = "de "
    now: datetime = NOW + timedelta(days=days)
    with pytest.raises(UserError):
        parse_when(f"{day} {hours}{unit} {link}{noun}", now, require_time=meeting)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(DAYS), st.integers(0, 23), st.sampled_from([" h ", " heures "]), st.integers(10, 59),
       st.sampled_from(["dossiers", "relectures", "participants", "communes", "fiches"]), st.integers(0, 400))
def test_spaced_minutes_before_a_plural_are_never_taken_as_minutes(day: str, hour: int, unit: str, minutes: int, noun: str,
                                                                   days: int) -> None:
    with pytest.raises(UserError):
        parse_when(f"{day} {hour}{unit}{minutes} {noun}", NOW + timedelta(days=days), require_time=False)


def test_a_time_zone_after_the_time_is_refused_not_stored_as_the_place() -> None:
    # « 14h CET » was 14h00 in the group's zone with « CET » as the place
    for text, said in (("10/12 14h CET", "14h CET"), ("10/12 19h (HNE) en ligne", "19h HNE"), ("10/12 9h UTC", "9h UTC")):
        with pytest.raises(UserError, match=f"« {said} » : je lis toutes les heures dans le fuseau horaire du groupe"):
            parse_when(text, NOW)
    assert parse_when("10/12 14h Cetus", NOW).rest == "Cetus"


def test_a_length_or_a_lone_number_after_the_time_is_refused() -> None:
    for text, left in (("10/12 14h sur 2 jours", "sur 2 jours"), ("10/12 14h, 2 jours", "2 jours"), ("10/12 14h30 15", "15"),
                       ("10/12 14h½", "½")):
        with pytest.raises(UserError, match=f"« {left} » ressemble à une date ou une heure"):
            parse_when(text, NOW)
    assert parse_when("10/12 14h 2 jours de formation", NOW).rest == "2 jours de formation"


def test_hours_in_words_and_other_spellings_of_h() -> None:
    assert f"{parse_when('10/12 à quinze heures Salle B', NOW).start:%H:%M}" == "15:00"
    assert f"{parse_when('10/12 sept heures du soir', NOW).start:%H:%M}" == "19:00"
    assert f"{parse_when('10/12 14hrs', NOW).start:%H:%M}" == "14:00"
    assert f"{parse_when('10/12 19:30h Salle B', NOW).start:%H:%M}" == "19:30"


def test_a_zone_phrase_anywhere_in_the_text_is_refused() -> None:
    # « 3 mars 12h dépôt (heure belge) » kept « (heure belge) » in the deadline's text (blind set 6)
    for text, left in (("10/12 12h dépôt (heure belge)", "heure belge"), ("10/12 12h dépôt UTC", "UTC"),
                       ("10/12 dépôt à l'heure de Paris", "heure de Paris")):
        with pytest.raises(UserError, match=f"« {left} » ressemble à une date ou une heure"):
            parse_when(text, NOW, require_time=False)
    assert parse_when("10/12 12h HEC Montréal", NOW).rest == "HEC Montréal"


def test_a_weekday_then_a_number_and_a_spaced_h_is_asked_not_guessed() -> None:
    # « pour lundi 12 h rapport »: Monday at noon, or Monday the 12th? (blind set 6)
    with pytest.raises(UserError, match=r"« lundi 14 h » : lundi à 14h, ou le lundi 14 \? Je ne devine pas. Écrivez « lundi à 14h »"):
        parse_when("pour lundi 14 h rapport", NOW, require_time=False)  # the coming 14th is a Monday
    # the coming 12th is a Saturday: only the time makes sense (blind set 7)
    assert f"{parse_when('lundi 12 h rapport', NOW, require_time=False).start:%d %H:%M}" == "23 12:00"
    assert f"{parse_when('lundi à 12 h rapport', NOW, require_time=False).start:%a %H:%M}" == "Mon 12:00"
    assert f"{parse_when('lundi 12h rapport', NOW, require_time=False).start:%a %H:%M}" == "Mon 12:00"


def test_a_street_number_after_a_spaced_hour_is_asked() -> None:
    # « à 10 heures 12 rue des Écoles » was 10h12 with « rue des Écoles » as the place (blind set 7)
    with pytest.raises(UserError, match=r"10h12, ou 10h au « 12 rue des Écoles » \? Je ne devine pas"):
        parse_when("le 2 décembre à 10 heures 12 rue des Écoles", NOW)
    with pytest.raises(UserError, match="10h12, ou 10h au"):
        parse_when("le 2 décembre 10 h 12 rue des Écoles", NOW)
    assert parse_when("le 2 décembre 10h, 12 rue des Écoles", NOW).rest == "12 rue des Écoles"
    assert parse_when("le 2 décembre 10h 12 rue des Écoles", NOW).rest == "12 rue des Écoles"


def test_a_time_said_relative_to_the_meeting_is_not_kept_as_the_place() -> None:
    # « 9h rdv 15 min avant » kept « rdv 15 min avant » as the place (blind set 7)
    for text, left in (("2/12 9h rdv 15 min avant", "15 min avant"), ("2/12 9h accueil 1 h plus tôt", "1 h plus tôt")):
        with pytest.raises(UserError, match=f"« {left} » ressemble à une date ou une heure"):
            parse_when(text, NOW)


def test_quarter_past_after_h_and_a_bare_hour_with_pm() -> None:
    # refused before blind set 7; read now
    assert f"{parse_when('10/12 14h et quart Salle B', NOW).start:%H:%M}" == "14:15"
    assert f"{parse_when('10/12 14h et demie', NOW).start:%H:%M}" == "14:30"
    assert f"{parse_when('10/12 6 PM Salle B', NOW).start:%H:%M}" == "18:00"
    with pytest.raises(UserError, match="« 6 » ressemble"):
        parse_when("10/12 à 6", NOW)  # a bare number without AM/PM is still no time
