"""Which meeting an order word picks among those a question qualifies:
« l'avant-dernière séance » is the second latest held, « le premier
copil » the first held at the formation or place named, « la dernière
plénière » the latest plenary held (not the latest meeting).

« c'était quand la dernière CCID ? » (the lead's set 84): the sittings a
word names by their heading, when the latest of them held is the group's
latest sitting held, are asked as the last meeting is (`latest_held_there`):
the order word picks no other sitting than « la dernière réunion » does.
Not a sitting named by its heading's initials (« le dernier CLE c'était
où ? »): that one stays which meeting (sets 23, 36e, 37f).

« la toute première réunion du collectif » (set 37b): « réunion » typed as
such says no kind of sitting, so the first is counted among every sitting
whose heading holds « du collectif » (the « Assemblée du collectif » that
opened the year), not only those headed « Réunion du collectif »
(`of_body_named`). A kind typed (« la première assemblée … ») keeps its
headings."""

from __future__ import annotations

import re
from datetime import datetime

from handlers.understanding.days import WEEKDAYS
from handlers.understanding.periods import MONTHS, Period, month_of
from handlers.understanding.meeting_nouns import SITTING_BODIES, heading_of
from handlers.understanding.meeting_rivals import checked_at
from handlers.understanding.normalise import Word, fold
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import COUNTED, HELD_ORDERS, RANKS
from handlers.understanding.spans import Entity
from handlers.understanding.tense import PAST
from handlers.understanding.world import plain
from storage.models import Meeting

__all__ = ["checked_period", "checked_place", "from_end", "from_start", "headed_as_typed", "held_there", "in_month",
           "last_in_coming_month", "last_scheduled", "latest_held_there", "next_asked", "of_body_named", "on_day_of_month",
           "order_of", "pick_ordered", "place_checked", "rank_in_month"]

_ORDERS = HELD_ORDERS
# Ordinals counted from the first (« la 2e réu » is read « deuxième » by the shorthand): « premier » and its rank.
_RANKS = {"premier": 1} | {word: RANKS[word] for word in COUNTED}

def order_of(u: Understanding) -> str | None:
    """The order word picking the meeting: beside a meeting noun (`u.order`), or
    just before a formation (« le dernier bureau », « la première AG »), as
    « la dernière séance plénière » is read."""
    if u.order is not None:
        return u.order
    for entity in u.entities:
        if entity.kind == "place" and entity.extra.get("formation"):
            before = u.words[max(0, entity.start - 2):entity.start]
            if (found := next((w.lemma for w in before if w.lemma in _ORDERS | _RANKS.keys()), None)) is not None:
                return "premier" if found in _RANKS else found
        elif entity.kind == "place" and (entity.end - entity.start > 1 or _followed(u, entity)) and entity.start and (
                u.words[entity.start - 1].lemma in _ORDERS):
            # « la dernière visite de terrain »: a sitting named by its place's own words (« Visite de terrain,
            # seuil du moulin »), the order word right before it, as before a formation. Not a place of one word,
            # the group's initials (« le dernier CLE s'est tenu où ? »), read among the sittings there as it was.
            return u.words[entity.start - 1].lemma
        elif entity.kind == "place" and entity.start > 1 and u.words[entity.start - 2].lemma in _ORDERS and (
                _in_heading(u.words[entity.start - 1], entity)):
            # « le dernier exercice PPI » of « Observation de l'exercice PPI, … »: the place found by its last word,
            # the word between also its heading's (lead's set 52).
            return u.words[entity.start - 2].lemma
    return None


def _followed(u: Understanding, entity: Entity) -> bool:
    """« la dernière visite de la centrale »: a place of one word that a second place completes, « de » or « à » between
    (the site « CNPE de … » that the visit's heading writes too)."""
    return any(e.kind == "place" and e is not entity and 0 < e.start - entity.end <= 2 and all(
        w.folded in ("de", "du", "d", "la", "l", "le", "des", "a", "au", "aux") for w in u.words[entity.end:e.start])
        for e in u.entities)


def _in_heading(word: Word, entity: Entity) -> bool:
    """A content word of three letters or more that the places of the entity's sittings write."""
    return len(word.folded) >= 3 and any(word.folded in fold(getattr(m, "place", "") or "").replace("'", " ").split() for m in entity.items)


def from_end(u: Understanding) -> int:
    """1 for « la dernière », 2 for « l'avant-dernière » (typed in one word,
    with a hyphen or a space: « avant-dernière », « avant derniere »)."""
    for i, word in enumerate(u.words):
        if word.lemma == "dernier" and i > 0 and u.words[i - 1].folded == "avant":
            return 2
        # « la réunion d'avant la dernière », « celle d'avant la dernière »: the one before the last (set 24c)
        if word.lemma == "dernier" and i >= 3 and u.words[i - 1].folded in ("la", "le") and u.words[i - 2].folded == "avant" \
                and u.words[i - 3].folded in ("d", "celle", "celui", "juste"):
            return 2
        if word.folded.startswith("avantdernier"):
            return 2
    return 1


# Participles and nouns of a calendar: « la dernière réunion prévue », « … programmée », « … au calendrier ».
_SCHEDULED = frozenset({"prevu", "prevue", "prevus", "prevues", "programme", "programmee", "programmees", "planifie",
                        "planifiee", "planifiees", "calendrier", "planning", "agenda"})


def last_scheduled(u: Understanding) -> bool:
    """« la dernière réunion prévue », « la dernière séance à venir », « la dernière au calendrier »: the
    latest meeting planned, maybe to come, not the latest held; « l'avant-dernière » and « la précédente »
    still count back from today."""
    folded = [w.folded for w in u.words]
    planned = bool(set(folded) & _SCHEDULED) or any(a == "a" and b == "venir" for a, b in zip(folded, folded[1:]))
    # « la dernière réunion était prévue où ? » speaks of the one held.
    return planned and not set(folded) & PAST and order_of(u) == "dernier" and from_end(u) == 1


def from_start(u: Understanding) -> int:
    """1 for « la première », 2 for « la deuxième » or « la 2e » (an order counted from the first)."""
    return next((_RANKS[w.lemma] for w in u.words if w.lemma in _RANKS), 1)


# The plain nouns of a sitting, which name no kind of it (folded, as typed: not a shorthand's reading).
_ANY_SITTING = frozenset({"reunion", "reunions", "seance", "seances"})


def of_body_named(u: Understanding, place: Entity, meetings: list[Meeting]) -> list[Meeting]:
    """The meetings whose heading holds the place's words when a plain noun of sitting typed as such opens them
    (« la première réunion du collectif »: every sitting « … du collectif »), in order; [] otherwise."""
    before = u.words[place.start - 1] if place.start else None
    said = plain(" ".join(w.raw for w in u.words[place.start:place.end]))
    if before is None or before.typed or before.folded not in _ANY_SITTING or not said.startswith(("du ", "de la ")):
        return []
    return [m for m in meetings if re.search(rf"\b{re.escape(said)}\b", plain(m.place or ""))]


def pick_ordered(u: Understanding, here: list[Meeting], past: list[Meeting], coming: list[Meeting],
                 past_tense: bool) -> list[Meeting]:
    """`here` (the meetings a place or formation names, in order) narrowed
    by the question's order word; `here` untouched without one."""
    held = [m for m in here if m in past]
    if order_of(u) == "premier":
        # « le premier copil c'était quand ? »: the first held there; without a past tense, the first to come.
        rank = from_start(u)
        first = held[rank - 1:rank] if past_tense else [m for m in here if m in coming][rank - 1:rank]
        return first or here[rank - 1:rank]
    if order_of(u) in ("dernier", "precedent"):
        rank = from_end(u)
        return held[-rank:][:1] if len(held) >= rank else []
    return here


def place_checked(u: Understanding, place: Entity) -> bool:
    """The place is what the question checks, not what picks the meeting:
    « l'avant-dernière réunion, c'était au Locle ? » (against « la dernière
    réunion au Locle », the last one held there)."""
    return checked_at(u.words, place.start)


def on_day_of_month(u: Understanding, span: Period, past: list[Meeting], past_tense: bool) -> Meeting | None:
    """« la réunion du 6, c'était où ? » when no meeting fell on the last 6th:
    a bare day of the month, in the past tense, names the latest meeting held
    on such a day. None when the month or the weekday was said, or the span is
    not one day; none ahead either: « la réunion du 2 ? » on the 1st asks about
    tomorrow, and « aucune séance demain » is the true answer."""
    if not past_tense or (span.end - span.start).days != 1:
        return None
    said = [w.folded for w in u.words[span.start_word:span.end_word]]
    if any(month_of(w) is not None or w in WEEKDAYS for w in said) or not any(w.isdigit() for w in said):
        return None
    return next((m for m in reversed(past) if m.start.day == span.start.day), None)


def checked_place(u: Understanding) -> Entity | None:
    """The place a yes/no question checks (« la dernière plénière, c'était à l'hôtel de ville ? »), not a formation."""
    return next((e for e in u.entities if e.kind == "place" and not e.extra.get("formation") and place_checked(u, e)),
                None)


def checked_period(u: Understanding) -> Entity | None:
    """The span a question guesses after a comma, closing it (« le dernier comité c'était quand, fin novembre ? »):
    the asker's guess of the answer, checked, not a bound of the meetings asked for."""
    period = u.first("period")
    tail = re.search(r",([^,?]+)\?\s*$", u.text)
    if period is None or tail is None or period.end != len(u.words):
        return None
    said = fold(tail.group(1)).split()
    return period if said and said[0] == u.words[period.start].folded else None


def next_asked(u: Understanding) -> bool:
    """« la prochaine réunion, c'est à l'hôtel de ville ? »: the next meeting, with a place."""
    return u.first("place") is not None and any(w.lemma == "prochain" for w in u.words)


def held_there(m: Meeting) -> str:
    """« (séance n°5 du 21 janvier : Hôtel de ville d'Andenne) »: the meeting held at a place checked,
    which the answer shows beside the one asked about when that one is held elsewhere."""
    return f" (séance n°{m.number} du {m.start.day} {MONTHS[m.start.month - 1]} : {m.place})" if m.place else ""


def in_month(coming: list[Meeting], past: list[Meeting], month: int, rank: int | None = None,
             past_tense: bool = False) -> tuple[Meeting | None, str]:
    """"La réunion de mars" in December: next March's, or else the last one; « la deuxième séance de
    janvier » (`rank` 2): the second of that month's, « la première réunion d'octobre » (`rank` 1) the
    first of them, not the latest held (set 35b). Asked in the past (`past_tense`: « le comité de mars
    c'était où ? ») of a month with a sitting held and one to come, the one held (lead's set 78)."""
    ahead = [m for m in coming if m.start.month == month]
    held = [m for m in past if m.start.month == month]
    if rank is not None:
        pool = ahead or held  # that month's meetings of one year: the coming one, else the latest held
        year = (ahead[0] if ahead else held[-1]).start.year if pool else 0
        chosen = [m for m in pool if m.start.year == year][rank - 1:rank]
    else:
        chosen = (held[-1:] if past_tense else []) or ahead[:1] or held[-1:]
    return (chosen[0] if chosen else None), f"en {MONTHS[month - 1]}"


def headed_as_typed(u: Understanding, meetings: list[Meeting]) -> list[Meeting]:
    """« le compte rendu du conseil de novembre » where November held the « Premier conseil d'école » and a
    « Réunion travaux »: a body's noun typed for the sitting (« conseil », read « réunion » by the shorthand) keeps
    the sittings whose heading holds it, when some do (the lead's set 88); all of them otherwise."""
    typed = {plain(w.typed) for w in u.words if w.typed} & SITTING_BODIES
    kept = [m for m in meetings if typed & set(plain(heading_of(m.place)).split())]
    return kept or meetings


def rank_in_month(u: Understanding) -> int | None:
    """2 for « la deuxième séance de janvier », 1 for « la première », None without an order counted from
    the first."""
    return from_start(u) if order_of(u) == "premier" else None


def last_in_coming_month(coming: list[Meeting], month: int) -> list[Meeting]:
    """The meetings of the next `month` to come, of one year, in order: « la dernière réunion de janvier »
    asked in December counts back from the end of next January's, none having been held this year."""
    ahead = [m for m in coming if m.start.month == month]
    return [m for m in ahead if m.start.year == ahead[0].start.year] if ahead else []


def latest_held_there(u: Understanding, meetings: list[Meeting], now: datetime) -> bool:
    """« la dernière CCID c'était quand ? »: the order word right before a place names the latest sitting held there,
    which is the group's latest sitting held — the last meeting asked, as meeting_last answers it (filtered by the
    place). Not with a month, a period or a number, « l'avant-dernière » or « la dernière prévue »."""
    place = u.first("place")
    if place is None or any(u.first(kind) for kind in ("month", "period", "number")) or place.start == 0:
        return False
    if u.words[place.start - 1].lemma not in ("dernier", "precedent") or from_end(u) != 1 or last_scheduled(u):
        return False
    # Only a sitting named by a word its heading writes (« CCID, salle du conseil »): one named by its heading's
    # initials (« le dernier CLE » of « Comité local pour l'emploi », « la dernière EPS ») stays which meeting
    # (sets 23, 36e, 37f).
    named = {w.folded for w in u.words[place.start:place.end]}
    if not any(named <= set(re.findall(r"\w+", fold(m.place))) for m in place.items):
        return False
    held = sorted((m for m in meetings if m.status != "cancelled" and m.start <= now), key=lambda m: m.start)
    return bool(held) and held[-1].number in {m.number for m in place.items}
