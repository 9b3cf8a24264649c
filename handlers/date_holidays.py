"""Holidays as days in the date reader (blind set 10): « la veille de Noël »,
« le lendemain de Noël », « le jour de l'an », « la Toussaint », « le lundi de
Pâques », « l'Ascension ». A holiday names one day, so it is read as that day
(the next one from today), or refused when it is a span or differs between the
countries of our users (« les vacances de Noël », « la fête nationale »).

A bare « Noël » is read only in a phrase that makes it a day (« le jour de
Noël », « la veille de Noël »; « à Noël » is not read) or, capitalised, right
before a time (« Noël 10h », « Pâques 11h », as the lead's third blind set
and blind set 12 write them): in « fête de Noël » or
« Noël des bénévoles » it is the name of an event, kept in the text. The other
names need their article (« la Toussaint », not « Mme Toussaint »), except
those that start with their weekday (« lundi de Pâques »).
"""

from __future__ import annotations

from datetime import date, timedelta

from handlers.date_calendar import ROLLOVER_REFUSAL, format_day
from handlers.date_clock import Phrases, read_clock
from handlers.messages import InputError

__all__ = ["easter", "feast_disagrees", "feast_in_brackets", "holiday_at", "holiday_day"]


def easter(year: int) -> date:
    """Easter Sunday of `year` (Gregorian calendar; the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


# The day of a holiday in a year: fixed ones by month and day, moving ones from Easter.
_FIXED = {"noel": (12, 25), "jour de l ' an": (1, 1), "nouvel an": (1, 1), "saint - sylvestre": (12, 31),
          "saint sylvestre": (12, 31), "toussaint": (11, 1), "armistice": (11, 11), "assomption": (8, 15),
          "saint - valentin": (2, 14), "saint valentin": (2, 14), "fete du travail": (5, 1),
          "saint - nicolas": (12, 6), "saint nicolas": (12, 6), "chandeleur": (2, 2),  # (Belgian and Swiss Saint-Nicolas)
          # saints' days a mail names as its day (blind set 17): one day each, the same everywhere
          "sainte - catherine": (11, 25), "sainte catherine": (11, 25), "saint - jean": (6, 24), "saint jean": (6, 24),
          "saint - etienne": (12, 26), "saint etienne": (12, 26), "saint - martin": (11, 11), "saint martin": (11, 11)}
_FROM_EASTER = {"paques": 0, "dimanche de paques": 0, "lundi de paques": 1, "dimanche des rameaux": -7, "jeudi saint": -3,
                "samedi saint": -1, "mercredi des cendres": -46, "mardi gras": -47, "vendredi saint": -2, "ascension": 39, "jeudi de l ' ascension": 39,
                "pentecote": 49, "dimanche de pentecote": 49, "lundi de pentecote": 50,
                # « lundi de Pâque » without its s, as phones and hurried hands write it (probing after blind set 40; was
                # refused); only after the weekday: « Pâque » alone is Passover
                "lundi de paque": 1, "dimanche de paque": 0}
# The Swiss Jeûne fédéral, third Sunday of September (its Monday is a holiday in Vaud): « jeûne » folds to « jeune »,
# so the name is read only with « fédéral » or after a weekday (« lundi du Jeûne »), never « le jeune » alone.
_JEUNE = {"jeune federal": 0, "dimanche du jeune federal": 0, "dimanche du jeune": 0, "lundi du jeune federal": 1,
          "lundi du jeune": 1}
# Geneva's own Jeûne (blind set 13), the Thursday after September's first Sunday, read only with « genevois »: « le
# Jeûne » alone is the federal Sunday in Vaud and this Thursday in Geneva, both in the zone Europe/Zurich, so refused.
_JEUNE_GENEVOIS = {"jeune genevois": 4, "jeudi du jeune genevois": 4}
# What may come before a holiday's name, and the days it shifts it by. « Noël » alone is an event's name: it is
# read only after « le jour de », « la veille de », « le lendemain de » (the other names are days in themselves).
_BEFORE = (("la veille de", -1), ("la veille du", -1), ("le lendemain de", 1), ("le lendemain du", 1),
           ("le surlendemain de", 2), ("le surlendemain du", 2),  # « le surlendemain de la Sainte-Catherine » (blind set 17)
           ("au lendemain de", 1), ("au lendemain du", 1),  # « (reportée) au lendemain de Noël », blind set 15
           ("le jour de", 0), ("le jour du", 0), ("le", 0), ("la", 0), ("l '", 0), ("", 0))
# Before a holiday, only « au plus tard » says its day: « avant la Toussaint », « d'ici Noël », « pour Pâques »
# often mean the school holidays around it, a span (refused, as blind set 4 labels « avant la Toussaint »).
_DEADLINE = ("au plus tard",)
# …but a saint's day or a feast of one day is no school holiday: « pour la Saint-Nicolas », « avant la Chandeleur », « à la
# Sainte-Catherine » (blind set 17) say that day, as « pour le 6 décembre » does (a meeting refuses « avant »: dates.py);
# so does « le jour de l'an », which says « jour », and « d'ici » leads them as « avant » does (probing after blind set
# 39: « avant le jour de l'an : vœux », « d'ici la Saint-Sylvestre : … » were refused; « d'ici la Toussaint » still is).
_ONE_DAY_LEADS = ("pour", "avant", "a", "d ' ici")
_ONE_DAY = ("jour de l ' an", "sainte - catherine", "sainte catherine", "saint - jean", "saint jean", "saint - etienne", "saint etienne",
            "saint - nicolas", "saint nicolas", "saint - valentin", "saint valentin", "saint - martin", "saint martin",
            "chandeleur", "mardi gras", "saint - sylvestre", "saint sylvestre")
_NEEDS_A_DAY_WORD = ("noel", "paques", "pentecote")
# Without an article only the names that start with their weekday (« lundi de Pâques 10h »): « Toussaint » alone
# may be a surname (« Mme Toussaint »), « ascension » a climb.
_BARE = ("lundi de paques", "dimanche de paques", "lundi de paque", "dimanche de paque", "vendredi saint", "jeudi saint",
         "samedi saint", "dimanche des rameaux", "mercredi des cendres", "mardi gras", "jeudi de l ' ascension", "lundi de pentecote", "dimanche de pentecote",
         *_JEUNE, *_JEUNE_GENEVOIS)
# …and, with a capital, the names that are neither a surname nor a common noun then (« Ascension 10h », as the
# lead's second blind set writes it; « une ascension » stays a climb, « Mme Toussaint » a person).
_BARE_CAPITALISED = ("ascension", "assomption", "armistice", "saint - sylvestre", "saint sylvestre", "nouvel an")


# « Le réveillon » is the evening before a feast: « le réveillon de Noël » Christmas Eve, « le réveillon du jour de l'an /
# du nouvel an » New Year's Eve, which is also « le réveillon de la Saint-Sylvestre », said of the saint's own day (blind
# set 41: « le réveillon de Noël à 19h » was refused). « Le réveillon » alone names either evening and stays refused.
_REVEILLON_LEADS = ("le reveillon de", "le reveillon du", "au reveillon de", "au reveillon du", "reveillon de", "reveillon du")
_REVEILLON: dict[str, tuple[str, int]] = {"noel": ("noel", -1), "jour de l ' an": ("jour de l ' an", -1),
                                          "nouvel an": ("nouvel an", -1), "la saint - sylvestre": ("saint - sylvestre", 0),
                                          "la saint sylvestre": ("saint - sylvestre", 0)}


def _time_after(p: Phrases, k: int) -> bool:
    """A time right after the name (« Noël 10h », « Pâques, 11h »): then it names the day, not a season nor an event."""
    return read_clock(p, k + (p.word(k) == ",")) is not None


def _on(name: str, year: int) -> date:
    if name in _JEUNE or name in _JEUNE_GENEVOIS:
        first = date(year, 9, 1)
        first_sunday = first + timedelta(days=(6 - first.weekday()) % 7)
        if name in _JEUNE_GENEVOIS:
            return first_sunday + timedelta(days=_JEUNE_GENEVOIS[name])
        return first_sunday + timedelta(days=14 + _JEUNE[name])
    if name in _FIXED:
        month, day = _FIXED[name]
        return date(year, month, day)
    return easter(year) + timedelta(days=_FROM_EASTER[name])


def holiday_day(name: str, year: int) -> date:
    """The day of a holiday named as this module folds it (« paques », « saint nicolas », « nouvel an ») in `year`."""
    return _on(name, year)


def holiday_at(p: Phrases, i: int, today: date, counted_from: bool = False) -> tuple[date, int] | None:
    """The holiday phrase at `i`: its next day from `today` and the index after it, or None. With `counted_from`, a
    weekday is counted from it (« le mardi après Pâques », « le samedi avant Noël »): that phrase makes a bare
    « Pâques », « Noël », « la Pentecôte » its day, as « le jour de » does (blind set 40: « le mardi après Pâques :
    retour des clés » was refused, read only with an hour after it)."""
    names = sorted((*_FIXED, *_FROM_EASTER, *_JEUNE, *_JEUNE_GENEVOIS), key=len, reverse=True)  # « lundi de Pâques » before « Pâques »
    start = p.seq(i, *_DEADLINE) or i  # « au plus tard la veille de Noël »: that day
    one_day_only = start == i and (k := p.seq(i, *_ONE_DAY_LEADS)) is not None
    lead = p.word(i) if one_day_only else ""
    start = k if one_day_only else start
    if (j := p.seq(start, *_REVEILLON_LEADS)) is not None:
        for said, (name, shift) in _REVEILLON.items():
            if (k := p.seq(j, said)) is not None:
                return _next_day(name, shift, today, p.label(i, k)), k
        return None  # « le réveillon des bénévoles »: an event's name
    if (j := p.seq(start, "le reveillon", "au reveillon")) is not None and (
            p.word(j) in ("", ":", ",", "a", "-", ".") or read_clock(p, j) is not None):
        christmas_eve = next(d for y in (today.year, today.year + 1) if (d := date(y, 12, 24)) >= today)
        new_year_eve = next(d for y in (today.year, today.year + 1) if (d := date(y, 12, 31)) >= today)
        raise InputError(f"« {p.label(i, j)} » : celui de Noël (le {format_day(christmas_eve)}) ou celui du jour de l'an "
                         f"(le {format_day(new_year_eve)}) ? Écrivez « le réveillon de Noël » ou « le réveillon du jour "
                         "de l'an », ou la date.")
    for before, shift in _BEFORE:
        j = p.seq(start, before) if before else start
        if j is None:
            continue
        if shift or before.startswith("le jour"):
            j = p.seq(j, "la", "l '", "le") or j  # « le lendemain de la Toussaint »
        for name in names:
            if (k := p.seq(j, name)) is None:
                continue
            # « la veille de Noël », « le jour de Pâques » say a day whatever the feast (probing after blind set 39:
            # « avant la veille de Noël : colis » was refused where « la veille de Noël : colis » was read); not after
            # « à » (« à la veille des fêtes »: shortly before)
            day_said = (shift or before.startswith("le jour")) and lead != "a"
            if one_day_only and not day_said and (name not in _ONE_DAY or (not before and name not in _BARE)):
                return None  # « pour Pâques », « avant la Toussaint »: a season as often as a day
            if name.startswith("saint") and (before in ("le", "l '") or (p.word(k) == "-" and p.adjacent(k))):
                return None  # « au Saint-Martin » (a café), « la Saint-Jean-de-Luz »: a name; the feast is « la Saint-… »
            bare_ok = name in _BARE or (name in _BARE_CAPITALISED and p.label(j, j + 1)[:1].isupper()
                                        and p.word(k) not in ("de", "du", "des", "d"))  # not « Ascension du Mont Blanc »
            # a weekday counted from the feast (not from an event named after it: « le mardi après le Noël des enfants »)
            counted = counted_from and before in ("", "le", "la", "l '") and p.word(k) not in ("de", "des", "du", "d '", "d")
            # « Noël 10h », « Pâques 11h » (not « Toussaint 10h »: a surname, as « Mme Toussaint »)
            timed = name in _NEEDS_A_DAY_WORD and (counted
                                                   or (not before and p.label(j, j + 1)[:1].isupper() and _time_after(p, k)))
            if not timed and ((name in _NEEDS_A_DAY_WORD and before in ("", "le", "la", "l '")) or (not before and not bare_ok)):
                return None  # « Noël des bénévoles », « Pâques » alone: an event's name, or a season
            if p.num(k, 4) is not None and len(p.word(k)) == 4 and 1900 <= int(p.word(k)) <= 2100:
                return _on(name, int(p.word(k))) + timedelta(days=shift), k + 1  # « la Saint-Jean 2029 » (blind set 17's probes)
            return _next_day(name, shift, today, p.label(i, k)), k
    return None


def _epiphany(year: int) -> frozenset[date]:
    """The Epiphany's days in `year`: 6 January, and the Sunday between 2 and 8 January where France keeps it."""
    sunday = date(year, 1, 2) + timedelta(days=(6 - date(year, 1, 2).weekday()) % 7)
    return frozenset({date(year, 1, 6), sunday})


# Days of the year named by what happens on them, no holiday, that a date names between brackets (blind set 42: « le 21
# juin (fête de la musique) à 18h » was refused, « le 21 juin (fête de la musique) : programme » stored with the bracket
# in the deadline's text). Read only there, checked against the date: said alone they may name a festival of several
# days (Brussels' and Geneva's Fête de la musique fill a weekend), so « la fête de la musique à 18h » stays unread, and
# another date before it is no contradiction to ask about (left to the rest, as before).
_NAMED_DAYS = {"fete de la musique": (6, 21), "journee de la femme": (3, 8), "journee des droits des femmes": (3, 8),
               "journee internationale des droits des femmes": (3, 8), "halloween": (10, 31)}


def feast_in_brackets(p: Phrases, j: int, day: date) -> tuple[bool, int] | None:
    """A fixed feast named bare between brackets after a date, as the day's name: « le 6 janvier (l'Épiphanie) à 15h »,
    « le 25 décembre (Noël) 12h » (blind set 41: refused, the name left unread before the hour), and a day named by what
    happens on it, « le 21 juin (fête de la musique) » (`_NAMED_DAYS`, blind set 42). Whether it names `day`
    (of the date's own year), and the index after the closing bracket; None when no such name is there. The feasts that
    move or span two days stay out (« (Pentecôte) »: the Sunday or the Monday off? asked by the reader); « l'Épiphanie »
    alone names no day either (6 January, or the first Sunday of January where France keeps it), but agrees with both.
    Only right after the date: after the time, « 10h (Toussaint) » stays the place's, as the earlier sets label it."""
    j = p.seq(j, "la", "le", "l '") or j
    # (« fête du Travail » is 1 May in Europe, the first Monday of September in Quebec: left to the rest, as before)
    named = {**{name: _FIXED[name] for name in _FIXED if name != "fete du travail"}, **_NAMED_DAYS}
    for name in sorted((*named, "epiphanie"), key=len, reverse=True):
        if (k := p.seq(j, name)) is not None and p.word(k) == ")":
            days = _epiphany(day.year) if name == "epiphanie" else frozenset({date(day.year, *named[name])})
            if name in _NAMED_DAYS and day not in days:
                return None  # « samedi 19 juin (fête de la musique) »: the festival's weekend, left to the rest as before
            return day in days, k + 1
    return None


def feast_disagrees(day: date, said: str) -> InputError:
    """The refusal of a feast named after a date it is not (« le 7 janvier (Épiphanie) »): which was meant?"""
    return InputError(f"Le {format_day(day)} n'est pas « {said} » : lequel des deux ? Écrivez la date seule (ex. « le "
                      f"{format_day(day, weekday=False)} ») ou celle de la fête.")


def _next_day(name: str, shift: int, today: date, label: str) -> date:
    """The holiday's next day from `today`, refusing one that has just passed, as a day and month are
    (date_calendar.next_occurrence): « le lendemain de Noël » typed on 30 December was read as next year's
    26 December (blind set 16), where « le 26 décembre » is refused as a likely slip. Last year's day is
    looked at too (« la veille de Noël » typed on 3 January)."""
    passed = None
    for year in (today.year - 1, today.year, today.year + 1):
        day = _on(name, year) + timedelta(days=shift)
        if day >= today:
            break
        passed = day
    if passed is not None and today - passed < ROLLOVER_REFUSAL:
        raise InputError(f"« {label} » : le {format_day(passed)} est passé. Pour l'an prochain, donnez la date "
                         f"(ex. « le {format_day(day, weekday=False)} »).")
    return day
