"""Times of day in French: `14h`, `9h30-11h`, `de 9h à 11h`, `entre 14h et 16h`,
`11 heures`, `3h15 de l'après-midi`, `8h du soir`, `midi`, `minuit`,
`vers 15h`, `15h environ`.

Part of the date reader (`handlers.date_reader`), which owns the token walk;
this module reads one time (or one range) starting at a given token.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from functools import cache

from handlers.date_hours import HOUR_WORDS, MINUTE_WORDS, dotted_time, hour_minute, priced
from handlers.date_numbers import spelled_number
from handlers.date_words import Tok, fold, month_of, tokenize, weekday_of
from handlers.messages import InputError

__all__ = [
    "STREET_WORDS", "ClockReading", "Phrases", "counted_after_minutes", "counted_noun", "counts_at", "plural_noun", "priced", "read_clock",
    "refuse_loose_minutes", "shift",
]


@cache
def _phrase(words: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(fold(words)))


# What may follow a date word after a hyphen without making it a name (« midi-minuit », « mardi-soir »).
_DATE_WORDS = frozenset(("midi", "minuit", "soir", "matin", "h", "heure", "heures", "demain", "prochain", "prochaine", "et"))


class Phrases:
    """Matching fixed word sequences against the token list."""

    def __init__(self, toks: list[Tok], text: str) -> None:
        self.toks = toks
        self.text = text

    def word(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def num(self, i: int, digits: int = 2) -> int | None:
        """The number at `i` if it has at most `digits` digits."""
        if i < len(self.toks) and self.toks[i].number and len(self.toks[i].text) <= digits:
            return int(self.toks[i].text)
        return None

    def adjacent(self, i: int) -> bool:
        """Token `i` touches token `i - 1` (no space between)."""
        return 0 < i < len(self.toks) and self.toks[i].start == self.toks[i - 1].end

    def seq(self, i: int, *phrases: str) -> int | None:
        """The index after the first of `phrases` found at `i`."""
        for phrase in phrases:
            words = _phrase(phrase)
            if tuple(self.word(i + k) for k in range(len(words))) == words:
                return i + len(words)
            if "'" in words and (k := self._without_apostrophe(i, words)) is not None:
                return k
        return None

    def _without_apostrophe(self, i: int, words: tuple[str, ...]) -> int | None:
        """The phrase typed without its apostrophes (« d apres », « aujourd hui »,
        « de l apres midi »): read as with them, rather than leaving « de l
        apres midi » in the place after an unshifted « 8h »."""
        k = i
        for want in words:
            if want == "'" and self.word(k) != "'":
                continue
            if self.word(k) != want:
                return None
            k += 1
        return k

    def in_name(self, i: int) -> bool:
        """The word at `i` is hyphen-joined to a word that is no date word:
        part of a name (« Midi-Pyrénées », « salle Mardi-Gras », « Mars-la-Tour »),
        not a time or a day; « midi-14h », « lundi-jeudi » are still dates."""
        after = self.word(i + 2)
        if self.word(i + 1) != "-" or not (self.adjacent(i + 1) and self.adjacent(i + 2)) or not after.isalpha():
            return False
        return after not in _DATE_WORDS and after not in HOUR_WORDS and weekday_of(after) is None and month_of(after) is None

    def label(self, i: int, j: int) -> str:
        """The original text of tokens i..j-1."""
        if j <= i:
            return ""
        return self.text[self.toks[i].start:self.toks[j - 1].end]


@dataclass(frozen=True, slots=True)
class ClockReading:
    start: time
    end: time | None
    approx: bool
    said: str  # the time as typed, for messages
    stop: int
    until: bool = False  # "jusqu'à 16h", "avant 12h" alone: an end, or a deadline's hour
    ends_at_midnight: bool = False  # "de 22h à minuit": the end is 00h00 of the next day
    ends_next_day: bool = False  # « de 22h à 1h du matin », « 23h pendant 2h » (blind set 25): the end is the next day's


_APPROX = ("aux alentours de", "aux environs de", "autour de", "sur le coup de", "sur les coups de", "vers les", "vers", "environ", "env .", "env", "approximativement", "approx .",
           "approx", "ca .", "a peu pres a", "a peu pres")
# After the time: « 15h environ », « 9h env. », « 9h approx. », « 10h à peu près ».
_APPROX_AFTER = ("environ", "env .", "env", "approximativement", "approx .", "approx", "a peu pres")
_CURRENCIES = ("chf", "fr", "frs", "francs", "eur", "euro", "euros", "€", "$", "usd", "cad", "%", "pour", "pourcent")
_MINUTE_UNIT = ("minutes", "minute", "min", "mn", "mns", "mins")  # « 14h30mns », as West African notices write it (blind set 28's probes)
_EXACT = ("tres precises", "tres precise", "tres precis",  # « à 9 heures très précises », as convocations insist (blind set 21's probes)
          "precises", "precise", "precis", "pile poil", "pile", "tout rond", "tapantes", "tapante", "tapant", "petantes", "petante", "petant",
          "sonnantes", "sonnante", "sonnant")  # « 14h précises », « midi précis », « 14h pétantes », « midi sonnant »
_PREFIX = ("a partir de", "a compter de", "jusqu ' a", "au plus tard a", "au + tard a", "avant", "a", "@", "des", "de", "pour", "entre",  # « @ 14h »: typed for « à »
           "heure :", "heures :", "horaire :", "horaires :")  # minutes' rubrics: « Date : 22/03 — Heure : 18h »
_RANGE = ("jusqu ' a", "jusqu ' au", "- >", "-", "–", "—", "a", "au", "/",  # « 18h/20h », as notices write a range
          "→", "⇒", "= >")  # « 14h → 16h », « 14h->16h » (blind set 25)
_MERIDIEM = (
    ("du matin", "matin"), ("le matin", "matin"), ("du soir", "soir"), ("le soir", "soir"),
    ("en p . m .", "PM"), ("en pm", "PM"), ("en a . m .", "AM"), ("en am", "AM"),  # Quebec « 3 h en PM » (blind set 28's probes)
    ("du mat '", "matin"), ("du mat", "matin"), ("p . m .", "PM"), ("pm", "PM"), ("a . m .", "AM"), ("am", "AM"), ("de l ' apres - midi", "pm"), ("de l ' apres midi", "pm"), ("de l ' aprem", "pm"),
    ("l ' apres - midi", "pm"), ("l ' apres midi", "pm"), ("dans l ' apres - midi", "pm"),
    # the part of the day after the time (« 9h30 en avant-midi », « 8h en soirée », « 3h en après-midi »): what it means
    ("en apres - midi", "pm"), ("en apres midi", "pm"), ("dans l ' apres midi", "pm"), ("en matinee", "matin"),
    ("dans la matinee", "matin"), ("en soiree", "soir"), ("dans la soiree", "soir"), ("en avant - midi", "matin"),
    ("de l ' avant - midi", "matin"), ("dans l ' avant - midi", "matin"),
    # « 11h30 en fin de matinée », « 5h en fin d'après-midi » (blind set 12): the part of the day, more closely
    *((f"en {edge} {part}", kind) for edge in ("fin", "debut") for part, kind in (
        ("de matinee", "matin"), ("d ' apres - midi", "pm"), ("d ' apres midi", "pm"), ("d ' aprem", "pm"), ("de soiree", "soir"))),
    # (blind set 12b: « 18h en fin de journée »; « fin »: 17h–20h, « 6h » = 18h; « 10h en fin de journée » was 22h00,
    # found probing after blind set 21, and is asked)
    ("en fin de journee", "fin"), ("en debut de journee", "matin"),
    # the part of the day typed bare after the time (probing after blind set 18: « 2 h aprèm » was 02h00 with « aprèm »
    # as the place, « 3h en aprèm » likewise; « 8h soir », « 2h après-midi » were refused)
    ("l ' aprem", "pm"), ("dans l ' aprem", "pm"), ("en aprem", "pm"), ("aprem", "pm"), ("apres - midi", "pm"),
    ("apres midi", "pm"), ("soir", "soir"), ("matin", "matin"),
)


def shift(hour: int, minute: int, kind: str | None, said: str) -> tuple[int, int]:
    """Apply `du matin` / `du soir` / `de l'après-midi`, refusing contradictions."""
    if kind is None:
        return hour, minute
    if kind in ("AM", "PM") and 1 <= hour <= 12:  # Canadian "2h PM", "9 h AM"
        return (hour % 12) + (12 if kind == "PM" else 0), minute
    if kind == "matin" and hour <= 11:
        return hour, minute
    if kind == "soir" and 1 <= hour <= 11:
        return hour + 12, minute
    if kind == "soir" and 17 <= hour <= 23:
        return hour, minute
    if kind == "fin" and 5 <= hour <= 8:
        return hour + 12, minute  # « 6h en fin de journée »: 18h
    if kind == "fin" and 17 <= hour <= 20:
        return hour, minute
    if kind == "pm" and hour == 0 and minute:
        return 12, minute  # « une heure moins le quart de l'après-midi »: 12h45
    if kind == "pm" and 1 <= hour <= 7:
        return hour + 12, minute
    if kind == "pm" and 12 <= hour <= 19:
        return hour, minute
    raise InputError(f"« {said} » se contredit : précisez l'heure sur 24 heures (ex. « 14h », « 20h »).")


def _meridiem(p: Phrases, i: int) -> tuple[str | None, int]:
    for phrase, kind in _MERIDIEM:
        if (j := p.seq(i, phrase)) is not None:
            return kind, j
        if phrase.startswith("en ") and p.word(i) == "," and (j := p.seq(i + 1, phrase)) is not None:
            return kind, j  # « 11h30, en fin de matinée »: a comma before the part of the day said again
    return None, i


def _checked(hour: int, minute: int, said: str) -> time:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise InputError(f"L'heure « {said} » n'existe pas.")
    return time(hour, minute)


def counts_at(p: Phrases, i: int) -> bool:
    """A number then a noun at `i` (« 30 personnes »): what « environ » before it qualifies."""
    after = p.word(i + 1)
    return (p.num(i, 9) is not None and after.isalpha() and not p.adjacent(i + 1)
            and after not in ("h", "heure", "heures") and month_of(after) is None)


def _swiss_time(p: Phrases, i: int) -> bool:
    """Swiss « 14.00 », « 9.30-11.45 », « 18.40 » after the day without « à »: only
    in the hours of the day, on the hour or with minutes that cannot be a month
    (« 10.12 » may be a date, « 2.30 » an amount) and not before a currency
    (« 12.00 CHF », « 20.00 € »: an amount)."""
    found = dotted_time(p, i)
    return (found is not None and 6 <= found[0] and (found[1] == 0 or found[1] > 12)
            and p.word(found[2]) not in _CURRENCIES)


def _bare_with_meridiem(p: Phrases, k: int) -> tuple[int, int, int] | None:
    """A range's end said as a bare hour with AM/PM (« 2pm-4pm », blind set 25), as its start may be (« 6 PM »)."""
    if (hour := p.num(k)) is not None and _meridiem(p, k + 1)[0] in ("AM", "PM"):
        return hour, 0, k + 1
    return None


def _overnight(start: time, stop: time, end_kind: str | None) -> bool:
    """« de 22h à 1h du matin », « de 20h à 2h du matin » (blind set 25): an end said « du matin » under an evening start
    is the next morning's, as one said AM (« 10pm-2am »); a bare end under the start (« de 22h à 1h ») stays refused as
    an end before the start."""
    return end_kind in ("matin", "AM") and start.hour >= 18 and stop < start and stop.hour < 7


def read_clock(p: Phrases, i: int, hint: str | None = None, dotted: bool = False) -> ClockReading | None:
    """A time or range at `i`, with its leading words (`à`, `de`, `vers`…);
    with `dotted` (the day already read), `à 14.15` too."""
    if (k := p.seq(i, "entre midi et deux", "entre midi et 2")) is not None and p.word(k) not in ("h", "heures"):
        return ClockReading(time(12, 0), time(14, 0), False, p.label(i, k), k)  # the lunch break, as everyone says it
    approx, between, until, j, lasting = False, False, False, i, False
    for _ in range(3):  # "vers", "à partir de", "entre": at most a few
        if (k := p.seq(j, *_APPROX)) is not None:
            if j == i > 0 and p.word(i - 1) != "," and p.seq(j, *_APPROX_AFTER) == k and p.word(k) == "a":
                # « le 15 janvier environ à 14h » (blind set 23: read as about 14h): after a day, the word may say the
                # day is approximate (« le 15 environ ») as well as the time (« à 14h environ »)
                raise InputError(f"« … {p.label(i, k)} à … » : environ ce jour-là, ou vers cette heure ? Je ne devine pas. "
                                 "Pour l'heure, écrivez « vers 14h » ; une date approximative, donnez-la quand elle est fixée.")
            approx, j = True, k
        elif (k := p.seq(j, *_PREFIX)) is not None:
            # (« au plus tard à 18h le 14 : procurations », blind set 21: the deadline's hour, as « avant 18h »)
            between, until, lasting = (between or p.word(j) == "entre", until or p.word(j) in ("jusqu", "avant", "au"),
                                       p.word(j) == "pour")
            j = k
        else:
            break
    swiss = dotted and ((j > i and p.word(j - 1) == "a") or _swiss_time(p, j))
    first = hour_minute(p, j) or (dotted_time(p, j) if swiss else None)
    bare = None
    if first is None:
        # "de 9 à 11h", "9-11h": a bare hour only as the start of a range.
        bare, after = p.num(j), j + 1
        if (bare is None and p.word(j - 1) in ("de", "entre") and j > i and p.word(j) in HOUR_WORDS
                and (spelled := spelled_number(p, j)) is not None and spelled[0] <= 23):
            bare, after = spelled  # « de quatorze à seize heures » (not « mardi douze à 14h »: the 12th)
        if bare is None:
            return None
        first = (bare, 0, after)
    hour, minute, j = first
    j = p.seq(j, *_MINUTE_UNIT) or j  # "14 heures 30 minutes", "14h30min"
    kind, j = _meridiem(p, j)
    if kind is None and p.word(j - 1) in ("heure", "heures") and p.word(j) in ("de", "d"):
        return None  # "3 heures de formation": a duration, not a time
    end, end_kind, k = None, None, None
    named_end = False  # the end said « midi » or « minuit »: a time of its own, whatever part of the day the start says
    k = p.seq(j, "et") if between else p.seq(j, *_RANGE)
    if k is not None and (second := hour_minute(p, k) or (dotted_time(p, k) if swiss else None) or _bare_with_meridiem(p, k)) is not None:
        named_end = p.word(k) in ("midi", "minuit")
        end_hour, end_minute, j = second
        j = p.seq(j, *_MINUTE_UNIT) or j
        end_kind, j = _meridiem(p, j)
        end = (end_hour, end_minute)
    elif (bare is not None and kind not in ("AM", "PM")) or between:
        return None  # a bare number is an hour only as a range's start, or with AM/PM ("6 PM")
    if (k := p.seq(j, *_APPROX_AFTER)) is not None and not counts_at(p, k):  # « 9h environ 30 personnes »: the count's
        approx, j = True, k
    elif (k := p.seq(j, *_EXACT)) is not None:
        j = k  # "14h précises": the time as said
        if end is None and not between and (k := p.seq(j, *_RANGE)) is not None and (second := hour_minute(p, k)) is not None:
            named_end = p.word(k) in ("midi", "minuit")
            end_hour, end_minute, j = second  # « 14h tapantes → 16h », « à 14h précises jusqu'à 16h » (blind set 25)
            end_kind, j = _meridiem(p, j)
            end = (end_hour, end_minute)
    elif p.word(j) == "juste" and p.text[p.toks[j].start] == "j" and p.word(j + 1) not in ("avant", "apres", "le", "la", "les", "pour", "un", "une"):
        j += 1  # « à midi juste » (Swiss, Belgian: exactly; probing after blind set 18 it was left as the place)
    said = p.label(i, j)
    if lasting and end is None and kind is None and minute == 0 and hour <= 12 and (p.word(j - 1) in ("heure", "heures") or not p.adjacent(j - 1)):
        # « pour 2 heures », « pour 3 h »: how long, or at what time? (« pour 14h », « pour 15 heures »: the time)
        raise InputError(
            f"« {said} » : une heure ou une durée ? Je ne devine pas. Pour l'heure, écrivez « à {hour}h » ; "
            f"pour une durée, écrivez-la en lettres dans le texte (ex. « durée : deux heures »)."
        )
    if kind is None and end is not None and end_kind is not None and hour <= end[0]:
        if end[0] > 12 and shift(hour, minute, end_kind, said) != (hour, minute):
            # « de 8h à 22h du soir » (probing after blind set 25: read 20h00–22h00): the end is said on 24 hours, so
            # its part of the day need not be the start's; 8h in the morning, or 20h?
            raise InputError(f"« {said} » : {hour}h du matin, ou {shift(hour, minute, end_kind, said)[0]}h ? Je ne devine pas : "
                             "écrivez les deux heures sur 24 heures (ex. « de 20h à 22h »).")
        kind = end_kind  # "de 2h à 4h de l'après-midi"
    start = _checked(*shift(hour, minute, kind or hint, said), said)
    stop = None
    if end is not None:
        # (« 10 AM à midi »: the start's AM made « midi » 00h00, the next midnight, probing after blind set 28)
        lent = None if named_end else (hint if kind is None else kind)
        stop = _checked(*shift(end[0], end[1], end_kind or lent, said), said)
        if stop <= start and (stop != time(0, 0) or start == stop) and not _overnight(start, stop, end_kind):
            # « 20h-minuit » ends the day; « 20h-2h » is refused, « 20h à 2h du matin » is the next morning
            raise InputError(
                f"La fin ({stop.hour:02d}h{stop.minute:02d}) doit suivre le début ({start.hour:02d}h{start.minute:02d})."
            )
    return ClockReading(start, stop, approx, said, j, until and stop is None, stop == time(0, 0) != start,
                        stop is not None and _overnight(start, stop, end_kind))


STREET_WORDS = _STREET = ("rue", "r", "avenue", "av", "chemin", "ch", "place", "pl", "route", "rte", "boulevard", "bd", "quai",
           "allee", "impasse", "imp", "cours", "passage", "square", "sentier", "bis", "ter")


# Short words ending in s/x that are not counted things (« 19 h 30 dans la salle »).
_NOT_PLURAL = ("dans", "sous", "vers", "apres", "puis", "plus", "tous", "toutes", "leurs", "chez", "avec", "pres")
# Nouns a number before them counts or ranks (« 30 ans de … », « 1er étage », « 2 jours de formation »),
# whatever their length or number.
_COUNTED = ("ans", "an", "etage", "etages", "jour", "jours", "semaine", "semaines", "mois", "nuit", "nuits", "fois",
            "personne", "personnes", "exemplaire", "exemplaires")


def plural_noun(word: str) -> bool:
    """A lower-case plural noun: « dossiers », « relectures », « ans »."""
    if word in HOUR_WORDS or word in MINUTE_WORDS:
        return False  # « trois », « dix »: numbers (« dimanche 23 trois heures »)
    return word in _COUNTED or (len(word) >= 4 and word.isalpha() and word[-1] in "sx" and word not in _NOT_PLURAL)


def counted_noun(p: Phrases, i: int) -> bool:
    """The word at `i` makes the number before it a count or a floor, not a
    day of the month: « mercredi 12 dossiers », « vendredi, 1er étage »,
    « jeudi 2 jours de formation ». A capital says a name (« mardi 16
    Sceaux »): not a count."""
    if i >= len(p.toks) or p.text[p.toks[i].start:p.toks[i].start + 1].isupper():
        return False
    return plural_noun(p.word(i))


def counted_after_minutes(p: Phrases, i: int) -> bool:
    """A plural noun at `i`, right after minutes said in words (« seize heures quinze personnes »), that they
    may be counting; not the minutes' own unit nor an exactness word (« trente minutes », « trente précises »)."""
    return counted_noun(p, i) and p.seq(i, *_MINUTE_UNIT) is None and p.seq(i, *_EXACT) is None


def refuse_loose_minutes(reader: Phrases, clock: ClockReading | None, i: int) -> None:
    """« 14h 30 Mairie »: 14h30, or 14h at number 30? Only a street word after
    the number (« 14h 12 rue du Rhône ») says it is an address."""
    if clock is None or clock.stop != i or not clock.said.lower().endswith("h") or ":" in clock.said[-4:]:
        return  # (« 19:30h 12 dossiers »: the minutes were given)
    minute = reader.num(i)
    if reader.adjacent(i + 1) and reader.word(i + 1) in ("e", "er", "eme", "ieme", "re", "ere", "bis", "ter"):
        return  # « 14h 11e arrondissement », « 14h 12bis »: an ordinal or a street number, not minutes
    if (minute is not None and len(reader.word(i)) == 2 and minute <= 59 and reader.word(i + 1) not in _STREET
            and not priced(reader, i + 1)):
        hour, number = clock.said, reader.word(i)
        raise InputError(
            f"« {hour} {number} » : {hour}{number}, ou {hour} suivi d'un numéro ? "
            f"Écrivez « {hour}{number} », ou une virgule après l'heure (« {hour}, {number} … »)."
        )
