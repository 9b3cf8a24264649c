"""What may not follow a time that the reader has just read (blind sets 5 to 7).

A number with `h` is not always a time of day: in « vendredi 16 avril 12 h de
bénévolat » or « 2 h avant le CA » it is a duration, and in « 10 h 10
dossiers » the 10 after the hour may be a count rather than minutes. Reading
these would store a time nobody wrote, so the reader refuses them, saying
what it understood and what to write instead. A time zone after the time
(« 14h CET », « 19h HNE ») is refused too: times are read in the group's zone,
and a zone left in the place would pass for a conversion that never happened.
A street word after spaced minutes (« 10 heures 12 rue des Écoles ») and a
weekday's number before a spaced « h » (« lundi 12 h », when the 12th is a
Monday) are asked about for the same reason.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from zoneinfo import available_timezones

from babel.dates import get_timezone, get_timezone_location

from handlers.date_calendar import next_day_of_month
from handlers.date_clock import STREET_WORDS, ClockReading, Phrases, plural_noun
from handlers.date_words import fold, weekday_of
from handlers.messages import InputError

__all__ = ["ZONE_CODES", "refuse_after_clock", "refuse_weekday_then_number"]

# Zone designators written after a time (French, Swiss, Belgian, Quebec usage). Not « est », « west » or « hec »:
# French and English words, and names (« HEC Montréal »).
ZONE_CODES = ("utc", "gmt", "cet", "cest", "hnc", "hne", "hae", "hac", "hnr", "har", "hnp", "hap", "hna", "haa",
              "edt", "cdt", "pst", "pdt", "cst", "mst", "mdt",
              "mez", "mesz",  # a German-speaking calendar's export, as Swiss groups paste it (blind set 27: « 18:00 MESZ »)
              "wat")  # West Africa Time, as Cameroon, Gabon, Chad, Niger write it after the hour (blind set 28)
# Right after the time only: Quebec « 19 h HE » (heure de l'Est); elsewhere « HE Vinci » is a Belgian school.
_AFTER_TIME_ZONES = (*ZONE_CODES, "he")
_SHOUTED_ZONES = ("cat", "eat", "ret", "ast", "gft", "nct", "pmst")
_ARTICLES = ("le", "la", "l", "les", "du", "de", "d", "des", "un", "une")


def _duration(p: Phrases, i: int) -> bool:
    """« 12 h de bénévolat », « 1h30 d'atelier », « 2 h avant le CA »."""
    if p.word(i) in ("de", "d") and p.word(i + 2) != "apres":  # « 14h d'après-midi »: the rest check refuses it
        return True
    return p.word(i) in ("avant", "apres") and (p.word(i + 1) in _ARTICLES or i + 1 == len(p.toks))


def _spaced_minutes(p: Phrases, i: int) -> bool:
    """The time read ends with minutes apart from their « h » (« 10 h 12 »)."""
    return p.word(i - 2) in ("h", "heure", "heures") and p.num(i - 1) is not None and not p.adjacent(i - 1)


def _counted(p: Phrases, i: int) -> bool:
    """« 10 h 10 dossiers », « 18 heures 15 relectures »: spaced minutes
    followed by a plural noun, which they may be counting."""
    if not _spaced_minutes(p, i):
        return False
    return plural_noun(p.word(i))


def _refuse_street(p: Phrases, clock: ClockReading, after: int, street_at: int) -> None:
    """« à 10 heures 12 rue des Écoles », « 14 h 11, rue Haute »: 10h12, or 10h at number 12?"""
    if not (_spaced_minutes(p, after) and p.word(street_at) in STREET_WORDS):
        return
    said, hour, number = clock.said.strip(), f"{clock.start.hour}h", p.word(after - 1)
    street = p.label(after - 1, min(street_at + 3, len(p.toks)))
    raise InputError(
        f"« {said}{'' if after != street_at else ' '}{p.label(after, street_at + 1)} » : {hour}{number}, ou {hour} au « {street} » ? Je ne devine pas. "
        f"Écrivez « {hour}{number} », ou une virgule après l'heure (« {hour}, {street} »)."
    )


@cache
def _zone_cities() -> frozenset[str]:
    """The cities that name time zones, in French (CLDR, through Babel) and as the zone's own name (« Montreal »)."""
    names = set()
    for key in available_timezones():
        if "/" not in key or key.startswith(("Etc/", "SystemV/")):
            continue
        names.add(fold(key.rsplit("/", 1)[1].replace("_", " ")))
        try:
            names.add(fold(get_timezone_location(get_timezone(key), locale="fr", return_city=True)))
        except (LookupError, ValueError):
            continue
    return frozenset(n for n in names if n.isalpha())


def _zone_city_after_meridiem(p: Phrases, clock: ClockReading, i: int) -> bool:
    meridiem = any(w in ("am", "pm") for w in fold(clock.said).replace(".", "").split())
    return meridiem and p.text[p.toks[i].start].isupper() and p.word(i) in _zone_cities()


def refuse_after_clock(p: Phrases, clock: ClockReading | None, i: int) -> None:
    """Refuse when the words at `i`, right after the time, make it a
    duration or its minutes a count (see the module docstring)."""
    if clock is None or i >= len(p.toks):
        return
    if clock.stop != i:
        if i == clock.stop + 1 and p.word(clock.stop) == ",":
            _refuse_street(p, clock, clock.stop, i)  # « 14 h 11, rue du Marché »: the French way of writing a street number
        return
    said = clock.said.strip()
    k = i + 1  # up to the first word after « de », « d' », « avant le »: what is being timed
    while k < len(p.toks) - 1 and (p.word(k) in _ARTICLES or not p.word(k).isalnum()):
        k += 1
    following = p.label(i, min(k + 1, len(p.toks)))
    if (p.word(i) == "z" and not p.adjacent(i + 1) and (p.adjacent(i) or p.text[p.toks[i].start] == "Z")) or (
            p.word(i) == "+" and p.word(i + 1).isdigit() and p.adjacent(i + 1)):
        # ISO 8601's zone after the time (« 2027-01-12T13:00:00Z », « 14:00:00+01:00 », blind set 19): not converted
        zone = p.text[p.toks[i].start:].split()[0]
        raise InputError(
            f"« {clock.said.strip()} » suivi de « {zone} » : une heure donnée dans un autre fuseau horaire (UTC ou décalage). "
            f"Je lis toutes les heures dans le fuseau horaire du groupe et je ne convertis pas : écrivez l'heure du groupe, sans fuseau.")
    if _zone_city_after_meridiem(p, clock, i):
        # Zoom's invitations (« Heure : 12 janv. 2027 09:00 AM Montréal », blind set 19's probes): the city names the
        # zone of the time, 09h00 read as the place « Montréal » in a Paris group; French writes no AM/PM before a place
        raise InputError(
            f"« {clock.said.strip()} {p.label(i, i + 1)} » : une heure donnée dans le fuseau horaire de {p.label(i, i + 1)} ? "
            f"Je lis toutes les heures dans le fuseau horaire du groupe et je ne convertis pas : écrivez l'heure du groupe, sans fuseau.")
    zone_at = i + 1 if p.word(i) == "(" else i
    glued = zone_at + 1 < len(p.toks) and p.adjacent(zone_at + 1) and (p.word(zone_at + 1).isalnum() or p.word(zone_at + 1) == "-")
    said_part = p.word(zone_at + 1) in ("apres", "aprem")  # « 3h cet après-midi »: « cet » is no zone (the rest says it)
    # « 14:00 EST » in capitals, as an English calendar exports the US Eastern zone (blind set 27's probes); « est » is a verb
    shouted_est = p.word(zone_at) == "est" and p.label(zone_at, zone_at + 1) == "EST"
    # « à 14 heures TU » (temps universel), as West African and Maghrebi notices write it (blind set 28); in capitals
    # only: « 14h tu viens ? » is a question, not a zone
    shouted_tu = p.word(zone_at) == "tu" and p.label(zone_at, zone_at + 1) == "TU"
    # « 9H CAT », « 9H EAT »: Central and East Africa Time (Lubumbashi, Bujumbura, Djibouti, Antananarivo); « 9h RET »,
    # « AST », « GFT », « NCT », « PMST »: Réunion, the Antilles, Guiana, New Caledonia, Saint-Pierre; in capitals only,
    # as the words or acronyms they also are would not be written so (blind set 28's probes: kept as the place)
    shouted_code = p.word(zone_at) in _SHOUTED_ZONES and p.label(zone_at, zone_at + 1).isupper()
    if (p.word(zone_at) in _AFTER_TIME_ZONES or shouted_est or shouted_tu or shouted_code) and not glued and not said_part:  # « HE-Arc », « HE2B »: names
        raise InputError(
            f"« {said} {p.label(zone_at, zone_at + 1)} » : je lis toutes les heures dans le fuseau horaire du groupe et je ne "
            f"convertis pas. Écrivez l'heure du groupe, sans fuseau (ex. « {said} »)."
        )
    part = p.word(i) if p.text[p.toks[i].start].islower() else ""  # « Soirée des bénévoles »: a title
    parted = any(w in fold(said).split() for w in ("matin", "mat", "soir", "am", "pm", "midi", "aprem", "minuit"))
    if not parted and ((part in ("soiree", "soirees") and clock.start.hour < 12)
                       or (part in ("matinee", "matinees") and clock.start.hour >= 12)):
        # « 8h soirée » (probing after blind set 18: 08h00 with « soirée » as the place): 8h or 20h? « 20h soirée
        # dansante » is an event's name after a time that agrees with it
        raise InputError(
            f"« {said} {p.label(i, i + 1)} » : à quelle heure ? Je ne devine pas. Écrivez l'heure sur 24 heures "
            f"(ex. « {clock.start.hour % 12 + 12}h » ou « {clock.start.hour % 12}h »)."
        )
    if _duration(p, i):
        raise InputError(
            f"« {said} {following} » : une heure ou une durée ? Je lis « {said} » comme l'heure ({clock.start:%H}h{clock.start:%M}) "
            f"et je ne devine pas. Pour l'heure, écrivez-la puis une virgule (« {said}, … ») ; "
            "pour une durée, écrivez-la en lettres dans le texte (ex. « douze heures de bénévolat »)."
        )
    _refuse_street(p, clock, i, i)
    if _counted(p, i):
        hour, number, noun = f"{clock.start.hour}h", p.word(i - 1), p.label(i, i + 1)
        raise InputError(
            f"« {said} {noun} » : {hour}{number}, ou {hour} suivi de « {number} {noun} » ? Je ne devine pas. "
            f"Écrivez « {hour}{number} », ou une virgule après l'heure (« {hour}, {number} {noun} »)."
        )


def refuse_weekday_then_number(p: Phrases, clock: ClockReading | None, clock_at: int, today: date) -> None:
    """« lundi 12 h rapport » when the coming 12th is a Monday: Monday at 12h,
    or Monday the 12th followed by « h » ? Not read either way. When the
    coming 12th is another weekday, only the time makes sense."""
    named = p.word(clock_at - 1)
    # the full name, or a slip of it (« mecredi », « merrcedi »), not an abbreviation (« lun. 12 h »: either is right)
    weekday = weekday_of(named) if len(named) >= 5 and named.isalpha() else None
    if clock is None or weekday is None or clock.start.minute or clock.end is not None:
        return  # « lundi 12 h 30 », « lundi 12 h-14 h »: only a time reads so
    number = p.num(clock_at)
    if number is None or not 1 <= number <= 23 or p.adjacent(clock_at + 1):
        return
    if p.word(clock_at + 1) not in ("h", "hr", "hrs", "hre", "hres"):
        return
    if p.num(clock_at + 2) is not None and clock.stop > clock_at + 2:
        return  # « vendredi 7 h 30 »: minutes after the « h », so a time (« le vendredi 7, h 30 » says nothing)
    if next_day_of_month(number, today, str(number)).weekday() != weekday:
        return
    weekday = p.label(clock_at - 1, clock_at)
    raise InputError(
        f"« {weekday} {number} h » : {weekday} à {number}h, ou le {weekday} {number} ? Je ne devine pas. "
        f"Écrivez « {weekday} à {number}h », ou ajoutez le mois après « {weekday} {number} »."
    )
