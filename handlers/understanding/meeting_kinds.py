"""A meeting named by its kind, the way members name the group's own
meetings: « le copil avant Noël », « la plénière du 28 », « y a une cellule
en janvier ? », « les prochains comités techniques », and a meeting named
from another one: « la réu après celle de mardi », « le comité technique
d'après celui de janvier », « la séance d'avant celle du 24 novembre ».

A formation (a kind of meeting the coordinator wrote at the head of its
place: « COPIL, Préfecture », « Cellule mobilité (visio) ») picks among its
own meetings: the month or the period then narrows them, and none there is
a true « no such meeting », not another kind's meeting of that month. A
plain place stays what the date designates and the question checks
(« c'est à la préfecture le 10 ? »: answers_meetings.py).
"""

from __future__ import annotations

import re
from datetime import datetime

from handlers.understanding.days import WEEKDAYS
from handlers.understanding.meeting_nouns import SITTINGS, heading_of, nouns
from handlers.understanding.normalise import fold
from handlers.understanding.meeting_rank import order_of, pick_ordered, place_checked
from handlers.understanding.month_day_check import day_in_named_month
from handlers.understanding.periods import MONTHS, month_of
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import FOLLOWING, PREVIOUS, SINGULAR
from handlers.understanding.spans import Entity
from handlers.understanding.tense import PAST
from storage.models import Meeting

__all__ = ["formation_of", "joined_formations", "kind_meeting", "kind_meetings", "shifted_meeting", "weekday_checked"]

# Words that move from one meeting to the next or the one before (« la réu après celle de mardi »).
_AFTER = FOLLOWING & SINGULAR | {"apres"}
_BEFORE = PREVIOUS & SINGULAR | {"avant"}
# « le précédent copil », « la précédente réunion »: after an article the word is the adjective of order, which
# picks the latest sitting (meeting_rank.py), not a preposition naming the meeting it starts from.
_ADJECTIVES = (PREVIOUS | FOLLOWING) & SINGULAR
_ARTICLES = frozenset({"le", "la", "l", "au", "du"})
_MEETING_NOUNS = SITTINGS
# The nouns of a kind of sitting (« groupe de travail » reads « groupe »; « plénière », « bureau », « commission »).
SITTING_WORDS = nouns("plain", "formations", "sitting_bodies") | {"groupe", "atelier", "pleniere"}
_PRONOUNS = frozenset({"celle", "celui", "celles", "ceux"})
# Between « après » and a sitting's heading word (« après la formation de janvier »).
_HEADING_ARTICLES = frozenset({"le", "la", "l", "les"})
# The word of order, then a comma: what follows names the same meeting again.
_ORDER_WORD = re.compile(r"\b(?:apr[eè]s|avant|suivante?|pr[ée]c[ée]dente?)\b", re.IGNORECASE)
_APPOSED = re.compile(r"\b(?:apr[eè]s|avant|suivante?|pr[ée]c[ée]dente?)\s*,", re.IGNORECASE)


def formation_of(u: Understanding, before: int | None = None, after: int | None = None) -> Entity | None:
    """The formation the question names (« copil », « cellule mobilité »), optionally before or after a word."""
    for e in u.entities:
        if e.kind == "place" and e.extra.get("formation") and (before is None or e.end <= before) and (
                after is None or e.start > after):
            return e
    return None


def _of(entity: Entity, meetings: list[Meeting]) -> list[Meeting]:
    numbers = {m.number for m in entity.items}
    return [m for m in meetings if m.number in numbers]


def _bare_day(u: Understanding, period: Entity) -> bool:
    """« du 28 »: a day of the month, neither month nor weekday said."""
    said = [w.folded for w in u.words[period.start:period.end]]
    return any(w.isdigit() for w in said) and not any(month_of(w) is not None or w in WEEKDAYS for w in said)


def weekday_checked(u: Understanding, period: Entity) -> bool:
    """« la plénière c'est un jeudi ? »: a weekday after « un » checks the day the meeting falls on, it names
    no day (this week's Thursday) to find the meeting in."""
    said = [w.folded for w in u.words[period.start:period.end]]
    return len(said) == 1 and said[0] in WEEKDAYS and period.start > 0 and u.words[period.start - 1].folded == "un"


def _this_year(u: Understanding, period: Entity) -> bool:
    """« cette année », « cette annee »: the year said as the current one (not « en 2026 », a calendar year)."""
    said = [w.folded for w in u.words[period.start:period.end]]
    return said in (["cette", "annee"], ["cette", "année"])


def _narrowed(u: Understanding, here: list[Meeting], after: int = -1) -> tuple[list[Meeting], str] | None:
    """`here` narrowed by the month or period said after word `after`; None when none is said."""
    period = next((e for e in u.entities if e.kind == "period" and e.start > after and not weekday_checked(u, e)), None)
    month = next((e for e in u.entities if e.kind == "month" and e.start > after), None)
    if period is not None:
        span = period.extra["period"]
        inside = [m for m in here if span.start <= m.start.date() < span.end]
        if not inside and _this_year(u, period):
            # « le forum c'est où cette année ? » asked in December: this year's edition of a yearly
            # meeting is the coming one, when none of its kind is left before the new year.
            inside = [m for m in here if span.start <= m.start.date() < span.start.replace(year=span.start.year + 1)]
            return inside[:1], "cette année"
        if not inside and (span.end - span.start).days == 1 and _bare_day(u, period):
            # « la plénière du 28 » when the 28th to come is no plenary's day: that kind's meeting on a 28th.
            inside = [m for m in here if m.start.day == span.start.day]
        return inside, span.label
    if month is not None:
        number = month.extra["month"]
        return [m for m in here if m.start.month == number], f"en {MONTHS[number - 1]}"
    return None


def _placed(u: Understanding, here: list[Meeting], after: int) -> tuple[list[Meeting], str] | None:
    """`here` narrowed to the sittings held at the venue said after word `after` (« après la séance de Cluny, c'est
    quoi la suivante ? », lead's set 78); None when no venue is said. A kind of sitting is `formation_of`'s."""
    place = next((e for e in u.entities if e.kind == "place" and e.start > after and not e.extra.get("formation")
                  and not e.extra.get("mode")), None)
    if place is None:
        return None
    numbers = {m.number for m in place.items}
    return [m for m in here if m.number in numbers], f"à {place.label}"


def _heading(meeting: Meeting) -> list[str]:
    """The folded words of a sitting's heading, before its first colon or comma (« comité local pour l emploi »)."""
    return re.findall(r"\w+", fold(heading_of(meeting.place, colon=True)))


def _same_body(kind: list[Meeting], meetings: list[Meeting]) -> list[Meeting]:
    """The sittings headed as every one of `kind` is (« Comité local pour l'emploi, séance plénière … »), two words or
    more, and naming no other kind of sitting after the heading (« Comité local pour l'emploi : vote de la convention
    … », not « … : groupe de travail … »): the same body's sittings, which members call by the kind its others say
    (the lead's set 67: « la plénière du 11 février »)."""
    headings = {tuple(_heading(m)) for m in kind}
    if len(headings) != 1 or len(heading := next(iter(headings))) < 2:
        return []
    def other_kind(m: Meeting) -> bool:
        said = re.findall(r"\w+", fold(heading_of(m.place)))[len(heading):]
        return any(w in SITTING_WORDS for w in said)
    return [m for m in meetings if tuple(_heading(m)) == heading and not other_kind(m)]


def kind_meeting(u: Understanding, formation: Entity, meetings: list[Meeting], now: datetime,
                 past_tense: bool) -> tuple[Meeting | None, str]:
    """The meeting of that kind the question designates (its month or period, its order), else the next one."""
    here = _of(formation, meetings)
    what = f"« {formation.label} »"
    for place in (e for e in u.entities if e.kind == "place" and e is not formation and not e.extra.get("formation")):
        if not place_checked(u, place):
            # « le comité technique à Torcy »: that kind's meeting held there (« c'était à Torcy ? » only checks it).
            here, what = _of(place, here), f"{what} à {place.label}"
    if (checked := day_in_named_month(u, [m for m in here if (m.end or m.start) > now],
                                      [m for m in here if (m.end or m.start) <= now])) is not None:
        # « la commission de septembre, c'était le 11 ? »: September's sitting of that kind, its day checked
        # (month_day_check.py), not a sitting on the 11th of this month.
        return checked[0], f"{what} {checked[1]}"
    narrowed = _narrowed(u, here)
    if narrowed is not None and not narrowed[0] and (kin := _narrowed(u, _same_body(here, meetings))) and kin[0]:
        narrowed = kin  # « la plénière du 11 février » of « Comité local pour l'emploi : vote de … »: that body's sitting
    if narrowed is not None:
        here, said = narrowed
        what = f"{what} {said}"
    coming = [m for m in here if (m.end or m.start) > now]
    past = [m for m in here if (m.end or m.start) <= now]
    if order_of(u) == "premier":
        chosen = pick_ordered(u, here, past, coming, past_tense)
    elif past_tense:
        chosen = past[-1:] or coming[:1]
    else:
        chosen = coming[:1] or past[-1:]
    return (chosen[0] if chosen else None), what


def joined_formations(u: Understanding) -> list[Entity]:
    """« les plénières et les bureaux », « le copil ou le cotech »: the formation named first and those joined to
    it by « et » / « ou » (an article between), each a kind of sitting asked for."""
    first = formation_of(u)
    if first is None:
        return []
    joined, end = [first], first.end
    for e in sorted((e for e in u.entities if e.kind == "place" and e.extra.get("formation") and e.start >= end),
                    key=lambda e: e.start):
        between = [w.folded for w in u.words[end:e.start]]
        if not between or between[0] not in ("et", "ou") or len(between) > 2:
            break
        joined.append(e)
        end = e.end
    return joined


def kind_meetings(u: Understanding, meetings: list[Meeting]) -> list[Meeting] | None:
    """« les prochains comités techniques »: the meetings of the formation named (and of those joined to it:
    « les plénières et les bureaux »), None if none is named."""
    joined = joined_formations(u)
    numbers = {m.number for e in joined for m in e.items}
    return [m for m in meetings if m.number in numbers] if joined else None


def _after_next(u: Understanding) -> int | None:
    """The index of « après » in « la réunion d'après », « le copil d'après » said with no meeting to start
    from: the one after the next (« la réunion suivante » is the next one)."""
    periods = [e for e in u.entities if e.kind == "period"]
    for i, word in enumerate(u.words):
        if word.folded != "apres" or i < 2 or u.words[i - 1].folded != "d" or any(p.start <= i < p.end for p in periods):
            continue  # « la séance d'après-demain »: a day
        # « et celle d'après ? »: the pronoun stands for the meeting just spoken of, the next one.
        noun = u.words[i - 2].lemma in _MEETING_NOUNS or u.words[i - 2].folded in _MEETING_NOUNS | _PRONOUNS
        if noun or any(e.kind == "place" and e.extra.get("formation") and e.end == i - 1 for e in u.entities):
            return i
    return None


def _anchored(u: Understanding, i: int) -> bool:
    """After word `i` the question names another meeting: « celle de mardi », « le copil du 17 »,
    « la réunion de mars » (not « avant la fin de l'année », « après le 15 »: a bound of time)."""
    after = sorted((e for e in u.entities if e.start > i and e.kind in ("period", "month", "place")), key=lambda e: e.start)
    if not after:
        return False
    if after[0].kind == "place" and after[0].extra.get("formation"):
        return True
    between = u.words[i + 1:after[0].start]
    if after[0].kind == "place" and not between and any(w.folded in _AFTER for w in u.words[after[0].end:]):
        return True  # « après Beaune, c'est quoi la réunion suivante ? »: a venue said bare, the shift said again
    if after[0].kind == "place" and all(w.folded in _HEADING_ARTICLES for w in between) and len(after) > 1 and (
            after[1].kind in ("period", "month") and after[1].start <= after[0].end + 1):
        return True  # « après la formation de janvier »: a sitting named by its heading's word and its date
    return any(w.folded in _PRONOUNS or w.lemma in _MEETING_NOUNS or w.folded in _MEETING_NOUNS for w in between)


def _apposed_word(u: Understanding) -> int:
    """The index of the word of order followed by a comma (« d'après, »), -1 when there is none."""
    apposed = _APPOSED.search(u.text)
    if apposed is None:
        return -1
    count = len(_ORDER_WORD.findall(u.text[:apposed.end()]))
    shifts = [i for i, w in enumerate(u.words) if w.folded in _AFTER | _BEFORE]
    return shifts[count - 1] if 0 < count <= len(shifts) else len(u.words)


def _shift_word(u: Understanding) -> tuple[int, int] | None:
    """(index, +1 or -1) of « après », « d'avant », « suivant » followed by the meeting it starts from."""
    periods = [e for e in u.entities if e.kind == "period"]
    # « la réunion d'après, celle de janvier »: the same meeting named again, no meeting to start from;
    # but a later word of order may still name one (« et celle d'après, c'est où ? après la plénière du 16 »).
    skipped = _apposed_word(u)
    for i, word in enumerate(u.words):
        step = 1 if word.folded in _AFTER else -1 if word.folded in _BEFORE else 0
        if not step or i <= skipped or any(p.start <= i < p.end for p in periods):
            continue  # « avant les vacances », « avant Noël »: a period, not the meeting before
        if word.folded in _ADJECTIVES and i > 0 and u.words[i - 1].folded in _ARTICLES:
            continue  # « le précédent copil c'était quand ? »: the previous one, an order
        if _anchored(u, i):
            return i, step
    return None


# The pronouns standing for a sitting named elsewhere in the question (« celui de décembre »).
_PRONOUNS = frozenset({"celui", "celle", "ceux", "celles"})


def _fronted_pronoun(u: Understanding, i: int) -> bool:
    """The shift word opens the question on a pronoun (« après celui de décembre, … »): the sitting it stands for is
    named only later, by the kind asked."""
    return i <= 1 and i + 1 < len(u.words) and u.words[i + 1].folded in _PRONOUNS


def shifted_meeting(u: Understanding, meetings: list[Meeting], now: datetime) -> tuple[Meeting | None, str] | None:
    """The meeting after (or before) the one the rest of the question designates, of the kind asked
    if one is named first: « le cotech d'après celui de janvier » is the technical committee after
    January's; « la réu d'après le copil du 17 » whatever meeting follows that copil. None when the
    question names no meeting to start from."""
    found = _shift_word(u)
    if found is None:
        if (i := _after_next(u)) is None:
            return None
        asked = formation_of(u, before=i)
        pool = [m for m in (_of(asked, meetings) if asked is not None else meetings) if (m.end or m.start) > now]
        return (pool[1] if len(pool) > 1 else None), "après la prochaine"
    i, step = found
    asked = formation_of(u, before=i)
    anchor_kind = formation_of(u, after=i)
    if asked is None and anchor_kind is not None and _fronted_pronoun(u, i):
        # « après celui de décembre, le comité technique suivant c'est quand ? »: the pronoun stands for the kind the
        # question names after it, which is both the one asked and the one started from.
        asked = anchor_kind
    pool = _of(asked, meetings) if asked is not None else meetings
    anchors = _of(anchor_kind, meetings) if anchor_kind is not None else pool
    # « l'avant-dernière plénière » is an order (meeting_rank.py), no shift.
    ordered = i + 1 < len(u.words) and u.words[i + 1].lemma == "dernier"
    narrowed = _narrowed(u, anchors, after=i) or (None if ordered else _placed(u, anchors, after=i))
    if narrowed is None:
        if anchor_kind is None or ordered:
            return None
        # « la réunion d'avant la plénière, c'était quoi ? »: a kind named alone is, in the past tense, its latest
        # sitting held, else its next one.
        held = [m for m in anchors if m.start <= now]
        coming = [m for m in anchors if m.start > now]
        one = held[-1:] if any(w.folded in PAST for w in u.words) else coming[:1]
        narrowed = (one or anchors), f"« {anchor_kind.label} »"
    candidates, said = narrowed
    if len(candidates) != 1:
        return None  # « la réunion après celle de janvier » with two in January: which one, unsaid
    anchor = candidates[0]
    side = [m for m in pool if m.start > anchor.start] if step > 0 else [m for m in pool if m.start < anchor.start]
    chosen = side[:1] if step > 0 else side[-1:]
    return (chosen[0] if chosen else None), f"{'après' if step > 0 else 'avant'} la séance n°{anchor.number} ({said})"
