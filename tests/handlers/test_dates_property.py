"""Property tests of the date reader (issue 12): whatever is typed, the
reader answers with a reading or a French refusal, never another exception;
an accepted date is never in the past nor beyond the bound; and no date word
is ever left in the remaining text (the place, the deadline's text)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from handlers.date_reader import MAX_AHEAD_DAYS
from handlers.dates import leftover_date_words, parse_when
from handlers.messages import UserError

ZONES = [ZoneInfo(z) for z in ("Europe/Zurich", "Europe/Paris", "Pacific/Pago_Pago", "Pacific/Kiritimati", "UTC")]
# Words that dates are made of, and words of places and deadlines.
DATE_WORDS = [
    "lundi", "mardi", "mer.", "jeudi", "vendredi", "samedi", "dimanche", "prochain", "d'après", "en huit", "en quinze",
    "la semaine prochaine", "cette semaine", "le mois prochain", "du mois prochain", "premier", "1er", "2e", "dernier",
    "de", "le", "à", "du", "entre", "et", "vers", "environ", "midi", "minuit", "du soir", "de l'après-midi", "matin",
    "demain", "aujourd'hui", "après-demain", "dans", "jours", "semaines", "heures", "h", "janvier", "mars", "décembre",
    "sept", ",", "-", "–", "/", ".", ":", "9999", "0001", "2027", "2014", "0", "00", "12", "17", "31", "29", "02", "14h",
    "9h30", "24h", "25h", "17/09", "31/12/9999", "10-12-2026", "2026-12-03", "ce", "soir", "quinze", "trente",
    "moins le quart", "moins", "UTC", "CET", "heure belge", "12/2027", "5 à 7", "sur", "2 jours", "½", "15", "3 h de",
]
PLACE_WORDS = ["Mairie", "de", "Sceaux", "Salle", "du", "conseil", "Rapport", "bilan", "Rue", "du", "Rhône", "14",
               "en", "visio", "CCAS", "Nanterre", "Hôtel", "ville", "Marie", "Curie"]

nows = st.builds(
    lambda day, minutes, zone: datetime(2026, 1, 1, tzinfo=zone) + timedelta(days=day, minutes=minutes),
    st.integers(0, 3 * 365), st.integers(0, 24 * 60 - 1), st.sampled_from(ZONES),
)
phrases = st.lists(st.sampled_from(DATE_WORDS + PLACE_WORDS), max_size=9).map(" ".join)


def _check(text: str, now: datetime, require_time: bool) -> None:
    try:
        when = parse_when(text, now, require_time=require_time)
    except UserError as error:
        assert error.message  # a French explanation, never empty
        return
    assert now.date() <= when.start.astimezone(now.tzinfo).date() <= now.date() + timedelta(days=MAX_AHEAD_DAYS)
    assert when.has_time or not require_time
    assert leftover_date_words(when.rest, now.date()) is None


@settings(max_examples=400, deadline=None)
@given(phrases, nows, st.booleans())
def test_any_mix_of_date_and_place_words(text: str, now: datetime, require_time: bool) -> None:
    _check(text, now, require_time)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), nows, st.booleans())
def test_any_text(text: str, now: datetime, require_time: bool) -> None:
    _check(text, now, require_time)


DATES = ["jeudi 10/12", "le 16", "mardi en huit", "mercredi d'après", "demain", "le premier mardi du mois prochain",
         "17 02", "20 02 2031", "premier mars", "lun. 14/12", "ce lundi", "vendredi, 18 décembre", "10-12-2027"]
TIMES = ["14h", "à 3 heures de l'après-midi", "8h du soir", "midi", "de 9h à 11h", "entre 14h et 16h", "vers 15h",
         "09h00 – 11h30", "11 heures"]
PLACES = ["Mairie de Sceaux", "Salle du conseil, Hôtel de ville", "Rue du Rhône 14", "en visio", "CCAS", ""]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DATES), st.sampled_from(TIMES), st.sampled_from(PLACES), st.booleans(), nows)
def test_the_place_is_exactly_what_follows_the_date(day: str, clock: str, place: str, time_first: bool, now: datetime) -> None:
    text = f"{clock} {day} {place}" if time_first else f"{day} {clock} {place}"
    try:
        when = parse_when(text, now)
    except UserError:
        return  # past, contradicted or skipped by a clock change on that `now`: refused, not guessed
    assert when.rest == place


# An independent look at the rest (not the reader's own check): its first
# word is no date word, and no weekday or clock time hides further on.
_FILLER = re.compile(r"^(?:[\s,;:/.()–—-]|(?:à|a|au|de|du|des|le|la|et)\b)+", re.IGNORECASE)
_FIRST = re.compile(
    r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun\.|mar\.|mer\.|jeu\.|ven\.|sam\.|dim\.|janvier|"
    r"mars|décembre|prochaine?|suivante?|d'après|en huit|en quinze|soir|matin|midi|minuit|heures?|demain|"
    r"aujourd'hui|après-demain|semaines?|mois|environ|trente|quinze|moins|\d{1,2}\s*h\d*|\d{1,2}[/.-]\d{1,2}|"
    r"\d{1,4}\s*(?:[/.–-]|à)\s*\d{1,4}|\d{1,2}$|(?:sur |pendant )?\d+ (?:jours?|semaines?|heures?)(?! d))\b",
    re.IGNORECASE,
)
_ANYWHERE = re.compile(r"(?<!chaque )(?<!les )\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)\b|\b\d{1,2}h\d*\b"
                       r"|\b(?:UTC|GMT|CET|CEST|HNE|HAE|heure (?:locale|belge|suisse|de Paris|d'été))\b",
                       re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(phrases, nows)
# « semaines dans » was taken for a week's name (« semaine bleue ») and left in the place.
@example("lundi semaines dans", datetime(2026, 3, 3, 10, tzinfo=ZoneInfo("Europe/Paris")))
# « semaines cette semaine », « semaines vers » too (a week's name is said in the singular).
@example("lundi semaines cette semaine", datetime(2026, 1, 1, 0, 0, tzinfo=ZoneInfo("Europe/Zurich")))
@example("lundi semaines vers", datetime(2026, 1, 1, 0, 0, tzinfo=ZoneInfo("Europe/Zurich")))
def test_no_date_word_is_left_in_the_rest(text: str, now: datetime) -> None:
    try:
        rest = parse_when(text, now, require_time=False).rest
    except UserError:
        return
    assert not _FIRST.match(_FILLER.sub("", rest)), rest
    assert not _ANYWHERE.search(rest), rest
