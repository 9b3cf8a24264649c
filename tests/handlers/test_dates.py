"""French date parsing and formatting: every form the core issue lists."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.date_reader import find_day
from handlers.dates import format_relative, format_when, parse_duration, parse_when
from handlers.messages import UserError
from tests.helpers import PARIS, ZURICH, at

# Sunday 22 November 2026, 10:00 in Geneva.
NOW = at("2026-11-22 10:00")


def when(text: str, now: datetime = NOW, **kwargs: bool) -> tuple[str, str]:
    parsed = parse_when(text, now, **kwargs)
    return format_when(parsed.start, parsed.end), parsed.rest


@pytest.mark.parametrize(
    ("text", "expected", "rest"),
    [
        ("17/09/2027 9h-11h30 Espace cocréation, Rue Glacis de Rive 14",
         "vendredi 17 septembre 2027, 09h00–11h30", "Espace cocréation, Rue Glacis de Rive 14"),
        ("17.09.2027 09:00", "vendredi 17 septembre 2027, 09h00", ""),
        ("17 septembre 2027 9h00-11h30 Salle du conseil", "vendredi 17 septembre 2027, 09h00–11h30", "Salle du conseil"),
        ("demain 18h30", "lundi 23 novembre 2026, 18h30", ""),
        ("03/04/2027 10h", "samedi 3 avril 2027, 10h00", ""),  # day first: 3 April
        ("le 1er décembre à 9h", "mardi 1er décembre 2026, 09h00", ""),
        ("jeudi 17 décembre 2026 14h", "jeudi 17 décembre 2026, 14h00", ""),
        ("2026-12-03 08:15 en ligne", "jeudi 3 décembre 2026, 08h15", "en ligne"),
        ("17/12/26 9h", "jeudi 17 décembre 2026, 09h00", ""),
        ("aujourd'hui 18h", "dimanche 22 novembre 2026, 18h00", ""),
        ("apres-demain 8h", "mardi 24 novembre 2026, 08h00", ""),
        ("12 dec 10h", "samedi 12 décembre 2026, 10h00", ""),
    ],
)
def test_explicit_forms(text: str, expected: str, rest: str) -> None:
    assert when(text) == (expected, rest)


def test_day_month_without_year_is_the_next_such_date() -> None:
    in_august = at("2026-08-10 10:00")
    assert when("17 septembre 14h", in_august)[0] == "jeudi 17 septembre 2026, 14h00"
    # Two months after it passed, the next 17 September is next year's.
    assert when("17 septembre 14h")[0] == "vendredi 17 septembre 2027, 14h00"
    assert when("15/01 9h")[0] == "vendredi 15 janvier 2027, 09h00"


def test_a_day_month_that_just_passed_is_refused_not_rolled_over() -> None:
    with pytest.raises(UserError, match="est passé.*précisez l'année"):
        parse_when("17/11 10h", NOW)


def test_weekday_alone_is_the_next_such_day() -> None:
    # From Sunday 22 Nov: next Thursday is the 26th.
    assert when("jeudi 14h")[0] == "jeudi 26 novembre 2026, 14h00"
    thursday = at("2026-11-26 08:00")
    assert when("jeudi 14h", thursday)[0] == "jeudi 3 décembre 2026, 14h00"


def test_weekday_prochain_is_that_day_of_next_week() -> None:
    wednesday = at("2026-11-25 10:00")
    assert when("mardi prochain à 14h", wednesday)[0] == "mardi 1er décembre 2026, 14h00"
    assert when("jeudi prochain 14h", wednesday)[0] == "jeudi 3 décembre 2026, 14h00"
    # From a Monday, "mardi prochain" is not tomorrow but the Tuesday after.
    monday = at("2026-11-23 10:00")
    assert when("mardi prochain 14h", monday)[0] == "mardi 1er décembre 2026, 14h00"
    assert when("mardi 14h", monday)[0] == "mardi 24 novembre 2026, 14h00"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("17/09/2021 9h", "déjà passé"),
        ("aujourd'hui 9h", "déjà passé"),
        ("31/02/2027 9h", "n'existe pas"),
        ("17/09/2027 25h", "n'existe pas"),
        ("17/09/2027 9h61", "n'existe pas"),
        ("17/09/2027", "Il manque l'heure"),
        ("17/09/2027 11h-9h", "doit suivre le début"),
        ("mercredi 17 septembre 2027 9h", "est un vendredi, pas un mercredi"),
        ("bientôt 9h", "ne dit pas de jour"),  # its reason since blind set 24
        ("", "Je ne reconnais pas de date"),
    ],
)
def test_bad_dates_are_refused_with_an_explanation(text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_when(text, NOW)


@pytest.mark.parametrize(
    ("text", "zone", "message"),
    [
        # Last Sunday of March: 02h00-03h00 does not exist.
        ("28/03/2027 2h30", ZURICH, "n'existe pas.*changement d'heure"),
        ("28/03/2027 2h30", PARIS, "n'existe pas.*changement d'heure"),
        # Last Sunday of October: 02h00-03h00 happens twice.
        ("31/10/2027 2h30", ZURICH, "existe deux fois"),
    ],
)
def test_daylight_saving_nights(text: str, zone: object, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_when(text, NOW.astimezone(zone))  # type: ignore[arg-type]


def test_times_around_dst_keep_their_wall_clock() -> None:
    start = parse_when("28/03/2027 9h", NOW).start
    assert (start.hour, start.utcoffset()) == (9, timedelta(hours=2))
    before = parse_when("27/03/2027 9h", NOW).start
    assert (before.hour, before.utcoffset()) == (9, timedelta(hours=1))


def test_deadline_dates_may_omit_the_time() -> None:
    parsed = parse_when("30/08 validation de la formalisation", at("2026-08-01 10:00"), require_time=False)
    assert (parsed.start.date().isoformat(), parsed.has_time, parsed.rest) == (
        "2026-08-30", False, "validation de la formalisation")


def test_rarer_wordings() -> None:
    assert when("dans 2 semaines 10h")[0] == "dimanche 6 décembre 2026, 10h00"


def test_a_bare_number_is_not_taken_for_a_date() -> None:
    with pytest.raises(UserError, match="Je ne reconnais pas de date"):
        parse_when("14 rue du Rhône", NOW)


def test_relative_phrases() -> None:
    assert format_relative(at("2026-11-25 09:00"), NOW) == "dans 3 jours"
    assert format_relative(at("2026-11-23 09:00"), NOW) == "demain"
    assert format_relative(at("2026-11-22 13:00"), NOW) == "aujourd'hui, dans 3 heures"
    assert format_relative(at("2026-12-20 09:00"), NOW) == "dans 4 semaines"


@pytest.mark.parametrize(("raw", "expected"), [("7j", timedelta(days=7)), ("2h", timedelta(hours=2)),
                                               ("30min", timedelta(minutes=30)), ("1 jour", timedelta(days=1)),
                                               ("2sem", timedelta(weeks=2))])
def test_durations(raw: str, expected: timedelta) -> None:
    assert parse_duration(raw) == expected


@pytest.mark.parametrize("raw", ["", "0j", "sept jours", "7", "-1h", "7x"])
def test_bad_durations(raw: str) -> None:
    assert parse_duration(raw) is None


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_year_one_and_year_9999_are_refused_in_extreme_zones(zone: str) -> None:
    now = NOW.astimezone(ZoneInfo(zone))
    with pytest.raises(UserError, match="déjà passé"):
        parse_when("01/01/0001 0h30", now)
    with pytest.raises(UserError, match="trop loin.*5 ans"):
        parse_when("31/12/9999 23h30", now)


@pytest.mark.parametrize(("question", "day", "said"), [
    ("c'est quoi le programme de la séance du jeudi 10/12 ?", "2026-12-10", "jeudi 10/12"),
    ("on se voit demain ?", "2026-11-23", "demain"),
    ("qui vient le 1er décembre", "2026-12-01", "le 1er décembre"),
    ("la réunion de mardi en huit est où", "2026-12-01", "mardi en huit"),
])
def test_a_day_inside_a_question(question: str, day: str, said: str) -> None:
    found = find_day(question, NOW.date())
    assert found is not None
    assert (found[0].isoformat(), question[found[1]:found[2]]) == (day, said)


@pytest.mark.parametrize("question", ["qui représente Sceaux ?", "quoi de prévu la semaine prochaine", "la réunion du jeudi 15"])
def test_no_day_inside_a_question(question: str) -> None:
    assert find_day(question, NOW.date()) is None


def test_a_number_glued_to_the_date_or_time_is_never_left_in_the_text() -> None:
    # "10h-12": the end lacks its "h"; the "-12" must not become part of the place
    with pytest.raises(UserError, match="« -12 Salle B » ressemble à une date"):
        parse_when("jeudi 10h-12 Salle B", NOW)
    parsed = parse_when("mardi 15-12 relecture", NOW, require_time=False)
    assert (parsed.start.date().isoformat(), parsed.rest) == ("2026-12-15", "relecture")


def test_swiss_dotted_time_only_after_a_on_a_known_day() -> None:
    assert when("jeudi 10 décembre à 14.15 Salle 3.12")[0] == "jeudi 10 décembre 2026, 14h15"
    # without « à », « 10.12 » after a date is not guessed as a time
    with pytest.raises(UserError, match="« 10.12 » ressemble"):
        parse_when("03.12 10.12", NOW)


def test_deadline_words_before_a_weekday_and_a_colon_before_the_text() -> None:
    parsed = parse_when("d'ici vendredi : retour des fiches", NOW, require_time=False)
    assert (parsed.start.date().isoformat(), parsed.rest) == ("2026-11-27", "retour des fiches")
    assert when("vendredi 27 novembre à midi trente")[0] == "vendredi 27 novembre 2026, 12h30"


def test_swiss_trailing_dot_is_not_a_year() -> None:
    # « 17.12. 14h »: before, « 14 » was taken as the year 2014
    assert when("jeu. 17.12. 14h Salle B") == ("jeudi 17 décembre 2026, 14h00", "Salle B")


def test_until_alone_is_an_end_for_a_meeting_and_an_hour_for_a_deadline() -> None:
    with pytest.raises(UserError, match="dit quand la séance doit être finie"):
        parse_when("17/12 jusqu'à 16h", NOW)
    parsed = parse_when("17/12 jusqu'à 16h au plus tard : rapport", NOW, require_time=False)
    assert (f"{parsed.start:%d/%m %H:%M}", parsed.rest) == ("17/12 16:00", "rapport")


@pytest.mark.parametrize("text", ["jeudi 10 décembre 14h 2026", "jeudi 10 décembre en fin de journée bilan"])
def test_time_words_and_years_never_reach_the_text(text: str) -> None:
    # (since blind set 21 « en fin de journée » after the day is its part of the day: « à quelle heure ? »)
    with pytest.raises(UserError, match="ressemble à une date|à quelle heure"):
        parse_when(text, NOW, require_time=False)


def test_exact_time_words_are_part_of_the_time() -> None:
    assert when("jeudi 10 décembre 14h précises Mairie") == ("jeudi 10 décembre 2026, 14h00", "Mairie")
    assert when("jeudi 10 décembre 8h30 du mat") == ("jeudi 10 décembre 2026, 08h30", "")


def test_a_count_after_a_day_is_not_a_month() -> None:
    # « le 25 4 fiches »: 4 fiches, not 25 April; « 25 04 » and « 13 12 10h » stay dates
    parsed = parse_when("le 25 4 fiches à rendre", NOW, require_time=False)
    assert (parsed.start.date().isoformat(), parsed.rest) == ("2026-11-25", "4 fiches à rendre")
    assert when("13 12 10h")[0] == "dimanche 13 décembre 2026, 10h00"


def test_minutes_apart_from_the_hour_are_asked_not_guessed() -> None:
    with pytest.raises(UserError, match="« 14h 30 » : 14h30, ou 14h suivi d'un numéro"):
        parse_when("jeudi 10 décembre 14h 30 Mairie", NOW)
    assert when("jeudi 10 décembre 14h 30 rue du Rhône") == ("jeudi 10 décembre 2026, 14h00", "30 rue du Rhône")


def test_minute_units_and_time_of_day_words_never_reach_the_text() -> None:
    assert when("jeudi 10 décembre 14h30min Mairie") == ("jeudi 10 décembre 2026, 14h30", "Mairie")
    assert when("jeudi 10 décembre 14 heures 30 minutes")[0] == "jeudi 10 décembre 2026, 14h30"
    # a deadline « avant midi » is at noon; text that says « le matin » after the date is refused
    assert when("jeudi 10 décembre avant midi rapport", require_time=False) == ("jeudi 10 décembre 2026, 12h00", "rapport")
    for text in ("jeudi 10 décembre envoyer le matin", "jeudi 10 décembre 14 h. 30", "jeudi 10 décembre en fin de matinée budget"):
        # (since blind set 21 « en fin de matinée » after the day is its part of the day: « à quelle heure ? »)
        with pytest.raises(UserError, match="ressemble à une date|à quelle heure"):
            parse_when(text, NOW, require_time=False)


def test_d_ici_and_sous_a_number_of_days() -> None:
    parsed = parse_when("d'ici 8 jours retour des fiches", NOW, require_time=False)
    assert (parsed.start.date().isoformat(), parsed.rest) == ("2026-11-29", "retour des fiches")
    assert parse_when("sous 15 jours bilan", NOW, require_time=False).start.date().isoformat() == "2026-12-06"


def test_next_week_then_the_weekday() -> None:
    assert when("semaine prochaine mardi 14h")[0] == "mardi 24 novembre 2026, 14h00"


def test_a_spaced_colon_after_a_day_is_punctuation_not_a_time() -> None:
    # « vendredi 4 : … » was read as next Friday with « 4 : … » as the text
    parsed = parse_when("vendredi 4 : relire les statuts art. 12", NOW, require_time=False)
    assert (parsed.start.date().isoformat(), parsed.rest) == ("2026-12-04", "relire les statuts art. 12")
    assert when("vendredi 17:30")[0] == "vendredi 27 novembre 2026, 17h30"


def test_an_ordinal_or_a_duration_after_the_date_is_not_a_day_or_a_time() -> None:
    parsed = parse_when("vendredi 3e version du rapport", NOW, require_time=False)
    assert (parsed.start.date().isoformat(), parsed.rest) == ("2026-11-27", "3e version du rapport")
    # « 3 heures de formation » was read as 03h00
    with pytest.raises(UserError, match="« 3 heures de formation » ressemble"):
        parse_when("30/11 3 heures de formation", NOW, require_time=False)
    assert when("30/11 3 heures de l'après-midi")[0] == "lundi 30 novembre 2026, 15h00"


def test_a_separator_before_a_count_or_an_ordinal_is_kept_apart() -> None:
    parsed = parse_when("3 décembre - 2e lecture", NOW, require_time=False)
    assert parsed.rest == "2e lecture"
    assert parse_when("3 décembre : 3 rapports", NOW, require_time=False).rest == "3 rapports"


def test_midnight_says_which_midnight_was_read() -> None:
    parsed = parse_when("31/12 à minuit clôture des inscriptions", NOW, require_time=False)
    assert f"{parsed.start:%d/%m %H:%M}" == "31/12 00:00"
    assert parsed.notes == ("« Minuit » est lu comme le début du jeudi 31 décembre 2026 (00h00) ; "
                            "pour la fin de cette journée, écrivez « 23h59 ».",)


def test_a_spaced_clock_time_in_the_text_is_refused() -> None:
    with pytest.raises(UserError, match="« 14 h » ressemble"):
        parse_when("jeudi 10 décembre Salle 14 h", NOW, require_time=False)


def test_am_pm_as_written_in_quebec() -> None:
    # « 2h PM » was read as 02h00 with « PM » as the place
    assert when("jeudi 10 décembre à 2h PM Salle B") == ("jeudi 10 décembre 2026, 14h00", "Salle B")
    with pytest.raises(UserError, match="se contredit"):
        parse_when("jeudi 10 décembre 14h PM", NOW)


def test_swiss_two_letter_weekdays_only_before_a_date_they_agree_with() -> None:
    assert when("je 10.12 14h Salle B") == ("jeudi 10 décembre 2026, 14h00", "Salle B")
    with pytest.raises(UserError, match="est un jeudi, pas un mercredi"):
        parse_when("me 10.12 14h", NOW)
    with pytest.raises(UserError, match="Je ne reconnais pas de date"):
        parse_when("ma 14h Salle B", NOW)  # « ma » alone is not a weekday
