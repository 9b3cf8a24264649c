"""Dates as the users' minutes write them (blind set 9, dseeds): the general
causes of its first-run misses, each checked on other sentences of the same
family than the set's own rows."""

from __future__ import annotations

import pytest

from handlers.dates import parse_when
from handlers.messages import UserError
from tests.helpers import Chat, at

EARLY_JANUARY = at("2027-01-04 10:00")  # a Monday, days after the year's end


def _read(text: str, require_time: bool = False) -> tuple[str, str]:
    parsed = parse_when(text, EARLY_JANUARY, require_time=require_time)
    return f"{parsed.start:%Y-%m-%d %H:%M}" + (f"-{parsed.end:%H:%M}" if parsed.end else ""), parsed.rest


@pytest.mark.parametrize("text", ["le 30.12 à 14h", "31 décembre rapport", "mardi 29 décembre 10h", "le 24/12 dossier"])
def test_a_day_that_passed_days_ago_across_the_new_year_is_a_slip(text: str) -> None:
    # « le 28.12 à 14h » on 7 January was read as 28 December of the NEXT year, without a word
    with pytest.raises(UserError, match=r"décembre 2026 est passé\. Pour l'an prochain, précisez l'année"):
        parse_when(text, EARLY_JANUARY, require_time=False)


def test_a_day_that_passed_weeks_ago_still_means_next_year() -> None:
    assert _read("le 15 décembre rapport") == ("2027-12-15 00:00", "rapport")
    assert _read("le 30.12.2027 à 14h") == ("2027-12-30 14:00", "")


@pytest.mark.parametrize(("text", "expected"), [
    ("le 20 courant : relance des mairies", ("2027-01-20 00:00", "relance des mairies")),
    ("mercredi 20 courant 14h salle B", ("2027-01-20 14:00", "salle B")),
    ("le 20 du mois en cours, bilan", ("2027-01-20 00:00", "bilan")),
    ("le 20 de ce mois bilan", ("2027-01-20 00:00", "bilan")),
    ("le 3 du mois prochain à 9h budget", ("2027-02-03 09:00", "budget")),
])
def test_the_month_said_in_words_after_a_day_is_read(text: str, expected: tuple[str, str]) -> None:
    # « le 18 courant : signature » was the 18th with « courant : signature » as the deadline's text
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("le 2 courant rapport", "est déjà passé"),  # this month's 2nd is past: not next month's
    ("jeudi 20 courant rapport", "est un mercredi, pas un jeudi"),
    ("le 20 janvier courant rapport", "« courant rapport » ressemble à une date"),  # never left in the text
])
def test_the_month_in_words_is_checked_like_any_date(text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_when(text, EARLY_JANUARY, require_time=False)


@pytest.mark.parametrize("text", [
    "le 12 ou le 13 janvier relecture", "le 12, voire le 13 : relecture", "le 12 ou le 13 relecture",
    "le 12 & 14 janvier formations", "mardi 12 janvier 14h ou 16h salle B", "mardi 12 janvier 14h et 16h",
])
def test_a_second_day_or_time_offered_after_the_first_is_refused(text: str) -> None:
    # « le 2 ou le 3 février rapport » was the 2nd with « ou le 3 février rapport » as the text
    with pytest.raises(UserError, match="ressemble à une date ou une heure que je n'ai pas lue"):
        parse_when(text, EARLY_JANUARY, require_time=False)


def test_a_count_after_and_is_still_text() -> None:
    assert _read("le 12 janvier et 3 ateliers") == ("2027-01-12 00:00", "et 3 ateliers")
    assert _read("mardi 12 janvier 14h salle B ou C") == ("2027-01-12 14:00", "salle B ou C")


@pytest.mark.parametrize(("text", "expected"), [
    ("Prochaine séance le 14 janvier 9h30 – 12h00 Maison des associations", ("2027-01-14 09:30-12:00", "Maison des associations")),
    ("Prochaine réunion : mardi 12 janvier, 18h (visio)", ("2027-01-12 18:00", "(visio)")),
    ("Prochain RDV le 12/01 à 18h", ("2027-01-12 18:00", "")),
    ("Date : 14.01.2027, 14h, salle 2", ("2027-01-14 14:00", "salle 2")),
    ("Réunion le 12 janvier 14h Mairie", ("2027-01-12 14:00", "Mairie")),
    ("Rendez-vous le 12/01 à 10h, accueil", ("2027-01-12 10:00", "accueil")),
])
def test_the_minutes_rubric_before_the_date_is_not_the_date(text: str, expected: tuple[str, str]) -> None:
    # « Prochaine séance le 21 janvier 09h00 – 11h30 », pasted from the minutes, was refused
    assert _read(text, require_time=True) == expected


def test_a_rubric_without_a_date_is_still_refused() -> None:
    for text in ("Prochaine séance : à définir", "Date à fixer 14h", "date limite rapport", "Réunion 12 janvier 14h"):
        with pytest.raises(UserError, match="Je ne reconnais pas de date"):
            parse_when(text, EARLY_JANUARY, require_time=False)


@pytest.mark.parametrize(("text", "expected"), [
    ("Date limite : vendredi 15 janvier, dossier FSE", ("2027-01-15 00:00", "dossier FSE")),
    ("Échéance : 29/01 retour des fiches", ("2027-01-29 00:00", "retour des fiches")),
    ("en date du 29 janvier : signature", ("2027-01-29 00:00", "signature")),
])
def test_a_deadline_rubric_before_the_date(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("jeudi 14 janvier 18.30", "2027-01-14 18:30"),
    ("le 14.01 9.45 salle B", "2027-01-14 09:45"),
    ("14 janvier 2027 17.15", "2027-01-14 17:15"),
])
def test_swiss_dotted_minutes_that_cannot_be_a_month_need_no_a(text: str, expected: str) -> None:
    assert _read(text, require_time=True)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("14 janvier de 9.30 à 12.00", "2027-01-14 09:30-12:00"),
    ("ve 15.01 14.30-16.00 salle B", "2027-01-15 14:30-16:00"),
    ("jeudi 14 janvier 18.15 – 20.00", "2027-01-14 18:15-20:00"),
])
def test_a_swiss_dotted_range_ends_dotted_too(text: str, expected: str) -> None:
    # « de 9.30 à 12.00 » was refused (« 12.00 » unread)
    assert _read(text, require_time=True)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("jeudi 14 janvier 18.40 salle B", ("2027-01-14 18:40", "salle B")),
    ("le 14.01 10.20", ("2027-01-14 10:20", "")),
])
def test_swiss_minutes_off_the_quarter_hour_that_cannot_be_a_month(text: str, expected: tuple[str, str]) -> None:
    # dseeds read minutes above 12 without « à », dgen only the quarter hours of the day: both, within the day's hours
    assert _read(text, require_time=True) == expected


@pytest.mark.parametrize("text", ["jeudi 14 janvier 4.40 repas", "jeudi 14 janvier 18.40 CHF repas"])
def test_dotted_minutes_at_night_or_before_a_currency_are_still_asked(text: str) -> None:
    with pytest.raises(UserError, match="ressemble à une date ou une heure"):
        parse_when(text, EARLY_JANUARY)


def test_dotted_numbers_that_could_be_a_date_are_still_asked() -> None:
    with pytest.raises(UserError, match="« 18.12 » ressemble à une date"):
        parse_when("jeudi 14 janvier 18.12", EARLY_JANUARY)


def test_the_commands_store_what_the_minutes_say_or_nothing(chat: Chat) -> None:
    out = chat.say("/seance Prochaine séance le 3 décembre 14h – 16h30, Salle du Conseil, 2e étage")
    assert out.splitlines()[:2] == ["Séance n°1 planifiée.", "Séance n°1 — jeudi 3 décembre 2026, 14h00–16h30"]
    assert [(m.start.isoformat(), m.place) for m in chat.store.group("rte").meetings()] == [
        ("2026-12-03T14:00:00+01:00", "Salle du Conseil, 2e étage")]
    out = chat.say("/echeance le 10 ou le 11 décembre Rapport")
    assert "ressemble à une date ou une heure que je n'ai pas lue" in out
    assert chat.store.group("rte").deadlines() == []


@pytest.mark.parametrize(("text", "expected"), [
    ("29 janvier (au plus tard) retour des fiches", ("2027-01-29 00:00", "retour des fiches")),
    ("jusqu'au 29 janvier inclus : inscriptions", ("2027-01-29 00:00", "inscriptions")),
    ("avant le 29/01 (inclus) dossier", ("2027-01-29 00:00", "dossier")),
    ("le 29 janvier, délai de rigueur, dossier FSE", ("2027-01-29 00:00", "dossier FSE")),
    ("d'ici au 29 janvier dossier", ("2027-01-29 00:00", "dossier")),
    ("d'ici à vendredi relecture", ("2027-01-08 00:00", "relecture")),
])
def test_deadline_words_around_the_date_are_not_the_deadline_text(text: str, expected: tuple[str, str]) -> None:
    # « 15 janvier (au plus tard) relecture » kept « (au plus tard) » in the deadline's text
    assert _read(text) == expected


def test_separators_after_the_time_do_not_reach_the_place() -> None:
    # « jeudi 14 janvier, 14 h., salle B » stored « , salle B » as the place
    assert _read("jeudi 14 janvier, 14 h., salle B", require_time=True) == ("2027-01-14 14:00", "salle B")
    assert _read("jeudi 14 janvier 14h. – Mairie annexe", require_time=True) == ("2027-01-14 14:00", "Mairie annexe")
    assert _read("le 14 janvier (visio) relecture") == ("2027-01-14 00:00", "(visio) relecture")


@pytest.mark.parametrize("text", [
    "mardi 12 janvier 9h, reportée au 19 janvier", "le 12/01 à 14h Mairie (séance repoussée au mardi 19)",
    "12 janvier 14h, décalée à jeudi", "le 12 janvier à 9h – avancée à la semaine prochaine",
])
def test_a_meeting_said_moved_in_the_text_is_not_stored_at_the_old_date(text: str) -> None:
    # « jeudi 14 janvier 9h, reportée au 21 janvier » was stored on the 14th
    with pytest.raises(UserError, match="ressemble à une date ou une heure que je n'ai pas lue"):
        parse_when(text, EARLY_JANUARY)


def test_moved_from_or_words_that_only_look_alike_are_text() -> None:
    assert _read("mardi 12 janvier 9h (reportée du 5 janvier)", True) == ("2027-01-12 09:00", "(reportée du 5 janvier)")
    assert _read("mardi 12 janvier 9h point avancé sur le budget", True) == ("2027-01-12 09:00", "point avancé sur le budget")


@pytest.mark.parametrize(("text", "expected"), [
    ("· 22 janvier : comment répondre à l'appel", ("2027-01-22 00:00", "comment répondre à l'appel")),
    ("- vendredi 22 janvier 9h → salle B", ("2027-01-22 09:00", "salle B")),
    ("• 22/01 ; 9h00-12h00 ; Mairie", ("2027-01-22 09:00-12:00", "Mairie")),
    ("22/01 9h => Hôtel de Région", ("2027-01-22 09:00", "Hôtel de Région")),
])
def test_a_line_pasted_from_a_list_keeps_its_date_and_loses_its_signs(text: str, expected: tuple[str, str]) -> None:
    # minutes list their dates with bullets and arrows: « · 22 septembre : … », « → … »
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "jeudi 14 janvier 14h en 2028", "le 14 janvier 14h l'an prochain", "14 janvier, l'année prochaine : budget",
    "le 14 janvier à 9h, cette année",
])
def test_a_year_said_after_the_date_is_not_dropped(text: str) -> None:
    # « jeudi 14 janvier 14h en 2028 » was stored on 14 January 2027 with « en 2028 » as the place
    with pytest.raises(UserError, match="ressemble à une date ou une heure que je n'ai pas lue"):
        parse_when(text, EARLY_JANUARY, require_time=False)


def test_a_year_that_qualifies_the_text_stays_text() -> None:
    assert _read("15 janvier budget de l'an prochain") == ("2027-01-15 00:00", "budget de l'an prochain")
    assert _read("15 janvier bilan des actions menées en 2026") == ("2027-01-15 00:00", "bilan des actions menées en 2026")
    assert _read("jeudi 14 janvier 14h en salle 2", True) == ("2027-01-14 14:00", "en salle 2")


@pytest.mark.parametrize(("text", "expected"), [
    ("jusqu'au vendredi 15 janvier, relecture", ("2027-01-15 00:00", "relecture")),
    ("jusqu'au lundi 18.01 inclus - 3 devis", ("2027-01-18 00:00", "3 devis")),
    ("le 15 janvier - 12 exemplaires", ("2027-01-15 00:00", "12 exemplaires")),
    ("15.01. au plus tard — 2 place de la Gare", ("2027-01-15 00:00", "2 place de la Gare")),
])
def test_a_deadline_with_its_weekday_or_a_count_after_a_dash(text: str, expected: tuple[str, str]) -> None:
    # « jusqu'au mardi 28.11 … » and « 15 février - 12 exemplaires » were refused
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["le 15 janvier 14h - 16 dossiers", "le 15 janvier - 10 jours", "le 15 janvier - 2"])
def test_a_number_after_a_dash_that_may_be_an_end_or_a_length_is_still_asked(text: str) -> None:
    with pytest.raises(UserError, match="ressemble à une date ou une heure que je n'ai pas lue"):
        parse_when(text, EARLY_JANUARY, require_time=False)


@pytest.mark.parametrize(("text", "expected"), [
    ("aujourd'hui en huit 14h", ("2027-01-11 14:00", "")),
    ("demain en quinze à 10h salle B", ("2027-01-19 10:00", "salle B")),
    ("aujourd'hui en huit : relecture", ("2027-01-11 00:00", "relecture")),
])
def test_today_or_tomorrow_a_week_or_two_on(text: str, expected: tuple[str, str]) -> None:
    # « aujourd'hui en huit » was refused (« en huit » left unread)
    assert _read(text) == expected


# -- dates inside questions (the Hauts-de-Seine network, Tuesday 1 December 2026: deadlines on the 4th and the
# 15th of December, the 10th and the 31st of January; meetings on 10 December and 19 January) ------------------


def _answer_shows(chat: Chat, question: str, shown: tuple[str, ...], not_shown: tuple[str, ...]) -> None:
    """What the member reads shows every `shown` line part and none of `not_shown`."""
    reply = chat.say(question, private=True)
    assert all(s in reply for s in shown) and not any(s in reply for s in not_shown), reply


@pytest.fixture(scope="module")
def network() -> Chat:
    from tests.handlers.questions_groups import build_group
    return build_group("reseau92")


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("qu'est-ce qui tombe d'ici le 12 ?", ("Agenda d'ici le samedi 12 décembre 2026", "rapport annuel", "Séance n°4"),
     ("appel à projets",)),
    ("les échéances avant le 15 décembre ?", ("Agenda avant le mardi 15 décembre 2026", "rapport annuel"), ("appel à projets",)),
    ("quelles échéances jusqu'au 15 décembre ?", ("rapport annuel", "appel à projets"), ("questionnaire",)),
])
def test_a_day_after_until_ends_a_span_from_today(network: Chat, question: str, shown: tuple[str, ...],
                                                  not_shown: tuple[str, ...]) -> None:
    # « les échéances avant le 15 janvier ? » was answered « Rien n'est prévu le vendredi 15 janvier 2027 »
    _answer_shows(network, question, shown, not_shown)


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("qu'est-ce qu'on a entre le 5 et le 20 décembre ?", ("Agenda du samedi 5 décembre 2026 au dimanche 20 décembre 2026",
                                                         "Séance n°4", "appel à projets"), ("rapport annuel",)),
    ("les échéances du 1er au 12 janvier ?", ("questionnaire",), ("appel à projets", "Validation du budget")),
    ("qu'est-ce qu'on a du 28 décembre au 12 janvier ?", ("Agenda du lundi 28 décembre 2026 au mardi 12 janvier 2027",
                                                         "questionnaire"), ("appel à projets",)),
    ("quoi de prévu la semaine du 7 ?", ("Agenda la semaine du lundi 7 décembre 2026", "Séance n°4"), ("appel à projets",)),
])
def test_two_days_or_a_week_make_a_span(network: Chat, question: str, shown: tuple[str, ...],
                                        not_shown: tuple[str, ...]) -> None:
    # « du 10 au 20 décembre » and « la semaine du 14 » were answered for the first day alone
    _answer_shows(network, question, shown, not_shown)


@pytest.mark.parametrize(("question", "shown"), [
    ("la réunion du 19/01, c'est où ?", "Lieu : Visioconférence"),
    ("la séance du 10.12 commence à quelle heure ?", "Séance n°4 — jeudi 10 décembre 2026, 14h00–16h30"),
    ("c'était où le 20.10 ?", "Mairie de Sceaux"),
])
def test_a_numeric_day_and_month_in_a_question_is_that_day(network: Chat, question: str, shown: str) -> None:
    # « la séance du 3/11 c'était à quelle heure ? » was answered with the next meeting
    reply = network.say(question, private=True)
    assert shown in reply, reply


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    # a time of day is no topic word (« on se retrouve où mardi à 9h30 ? » was unsure)
    ("la séance de jeudi 10 à 14h c'est où ?", ("Lieu : Hôtel de ville de Boulogne-Billancourt",), ("Aucune séance",)),
    ("on se retrouve où le 19 janvier à 9h30 ?", ("Lieu : Visioconférence",), ("Vouliez-vous",)),
    # « jusqu'au 20 » and a weekday moved on (« vendredi en huit ») name their day
    ("qu'est-ce qu'on a jusqu'au 12 ?", ("Agenda d'ici le samedi 12 décembre 2026", "rapport annuel"), ("appel à projets",)),
    ("qu'est-ce qui tombe jeudi en huit ?", ("Agenda le jeudi 10 décembre 2026", "Séance n°4"), ("rapport annuel",)),
    # a day with a town that is a meeting place asks about that meeting, not who represents the town
    ("le 10 on est à Boulogne ?", ("Séance n°4",), ("représente",)),
    # « d'ici (la) fin (de) janvier »: to the month's end
    ("les échéances d'ici la fin de janvier ?", ("questionnaire", "Validation du budget"), ("Forum intercommunal",)),
    # the date first, or « il se passe quoi », « il y a quelque chose »
    ("le 19 janvier il se passe quoi ?", ("Agenda le mardi 19 janvier 2027", "Séance n°5"), ()),
    ("il y a quelque chose le 4 ?", ("Agenda le vendredi 4 décembre 2026", "rapport annuel"), ()),
    ("on aborde quoi jeudi 10 ?", ("Plan vélo intercommunal",), ()),
])
def test_questions_that_carry_a_day_are_answered_for_that_day(network: Chat, question: str, shown: tuple[str, ...],
                                                              not_shown: tuple[str, ...]) -> None:
    _answer_shows(network, question, shown, not_shown)


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    # a year given is that year, past or not (« la réunion du 8 décembre 2025 » was the meeting of 8 December 2026)
    ("la réunion du 10 décembre 2025 c'était où ?", ("Aucune séance le mercredi 10 décembre 2025",), ()),
    ("la séance du 20 octobre 2026, c'était où ?", ("Mairie de Sceaux",), ("Boulogne",)),
    # two days named: both, and those between (« les 8 et 11 décembre » was the 11th alone)
    ("il se passe quoi les 4 et 15 décembre ?", ("Agenda du vendredi 4 décembre 2026 au mardi 15 décembre 2026",
                                                 "rapport annuel", "appel à projets"), ("questionnaire",)),
    ("qu'est-ce qu'on a le 4 ou le 10 ?", ("rapport annuel", "Séance n°4"), ("appel à projets",)),
    # a week by its number (« semaine 50 » listed every date to come)
    ("quoi de prévu semaine 51 ?", ("Agenda la semaine 51 (du 14/12 au 20/12)", "appel à projets"), ("Séance n°4",)),
    ("les échéances de la sem. 2 ?", ("Rien n'est prévu la semaine 2 (du 11/01 au 17/01)",), ()),  # the 10th is in week 1
    # a number of days from today
    ("qu'est-ce qu'on a d'ici 10 jours ?", ("Agenda d'ici 10 jours", "Séance n°4"), ("appel à projets",)),
    ("les échéances dans les 3 semaines ?", ("appel à projets",), ("questionnaire",)),
    # before a season: up to its start (« avant la rentrée » was the rentrée itself)
    ("qu'est-ce qu'on a avant l'été ?", ("Agenda avant l'été 2027", "rapport annuel", "Forum intercommunal"), ()),
])
def test_periods_around_days_are_what_was_asked(network: Chat, question: str, shown: tuple[str, ...],
                                                not_shown: tuple[str, ...]) -> None:
    _answer_shows(network, question, shown, not_shown)


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    # in the past tense, a day without its month is the last such day (« la réunion du 3, c'était où ? » was
    # answered for the 3rd to come)
    ("la réunion du 17, c'était où ?", ("Maison de l'emploi de Gennevilliers",), ("Aucune séance",)),
    ("la séance du mardi 20 s'est tenue où ?", ("Mairie de Sceaux",), ("Aucune séance",)),
    ("qu'a-t-on décidé le 17 ?", ("cantines scolaires",), ()),
    # « mardi dernier » is last week's Tuesday, never the next one
    ("la réunion de mardi dernier, c'était où ?", ("Aucune séance le mardi 24 novembre 2026",), ()),
    # a weekday and a day far ahead but recently past: the nearer one (« mardi 20 » in December: 20 October)
    ("il y a eu une réunion mardi 20 ?", ("Séance n°2",), ()),
    # the present tense still looks ahead
    ("il se passe quoi le 15 ?", ("appel à projets",), ()),
])
def test_the_tense_of_the_question_picks_the_day(network: Chat, question: str, shown: tuple[str, ...],
                                                 not_shown: tuple[str, ...]) -> None:
    _answer_shows(network, question, shown, not_shown)


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    # a day after « à partir de », « dès », « après » starts a span (these were unsure or read as one day)
    ("qu'est-ce qu'il y a à partir du 15 ?", ("Agenda à partir du mardi 15 décembre 2026", "appel à projets",
                                              "questionnaire"), ("rapport annuel", "Séance n°4")),
    ("les échéances après le 15 décembre ?", ("Agenda après le mardi 15 décembre 2026", "questionnaire"), ("appel à projets",)),
    ("qu'est-ce qu'on a dès le 19 janvier ?", ("Séance n°5", "Validation du budget"), ("questionnaire",)),
])
def test_a_day_after_from_starts_a_span(network: Chat, question: str, shown: tuple[str, ...],
                                        not_shown: tuple[str, ...]) -> None:
    _answer_shows(network, question, shown, not_shown)


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    # relative days and weeks a member says (« dans 2 semaines » listed every date to come; « après-demain »
    # and « hier » were unsure)
    ("qu'est-ce qu'on a dans 3 jours ?", ("Agenda dans 3 jours (le 04/12)", "rapport annuel"), ()),
    ("quoi de prévu dans une semaine ?", ("Agenda dans une semaine (du 07/12 au 13/12)", "Séance n°4"), ("appel à projets",)),
    ("les échéances dans 2 semaines ?", ("du 14/12 au 20/12", "appel à projets"), ("Séance n°4",)),
    ("qu'est-ce qu'on a après-demain ?", ("Rien n'est prévu après-demain.",), ()),
    ("la réunion d'hier, c'était où ?", ("Aucune séance hier.",), ()),
    ("quoi de prévu le mois d'après ?", ("Agenda le mois prochain", "questionnaire"), ("appel à projets",)),
    ("quoi de prévu le week-end prochain ?", ("Rien n'est prévu le week-end du 12 décembre.",), ()),
])
def test_relative_days_and_weeks_in_a_question(network: Chat, question: str, shown: tuple[str, ...],
                                               not_shown: tuple[str, ...]) -> None:
    _answer_shows(network, question, shown, not_shown)
