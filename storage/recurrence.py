"""Recurring meetings: rules, occurrence expansion and per-occurrence changes.

A recurring meeting is stored once (its first occurrence, plus a rule in
`Meeting.recurrence`); occurrences are derived. Each occurrence is known by
its key, the local date it falls on by the rule ("2026-12-01"), which stays
its name even when that one occurrence is moved. Moving or cancelling one
occurrence writes an override row; the others are untouched.

Occurrences keep the series' wall-clock time in the series' zone: a 09h00
meeting stays at 09h00 across daylight-saving changes.

Rules are stored in a small canonical form (`weekly:2`, `monthly`,
`nth:1:1` = first Tuesday, `nth:-1:3` = last Thursday) and read from French:
"chaque semaine", "toutes les 2 semaines", "tous les quinze jours",
"chaque mois", "le premier mardi du mois", "le dernier jeudi du mois".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from tinydb import Query

from storage.models import ChatPlace, Meeting, chat_place, dump_local, load_local, replace
from storage.store import Store

__all__ = [
    "Override",
    "Rule",
    "describe_rule",
    "expand",
    "expand_all",
    "find_rule",
    "nth_weekday",
    "occurrence_key",
    "ordinal",
    "overrides",
    "parse_rule",
    "set_override",
]

OVERRIDES_TABLE = "occurrences"
_Q = Query()

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ORDINALS = {1: "premier", 2: "deuxième", 3: "troisième", 4: "quatrième", -1: "dernier"}
_IN_WORDS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit"}
_NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "huit": 8}
MAX_WEEKS = 8  # "toutes les N semaines": beyond two months, plan meetings one by one


@dataclass(frozen=True, slots=True)
class Rule:
    """`weekly` every `interval` weeks; `monthly` on the same day of month;
    `nth`: the `nth` (1..4, -1 = last) `weekday` (0 = Monday) of each month."""

    kind: Literal["weekly", "monthly", "nth"]
    interval: int = 1
    nth: int = 0
    weekday: int = 0
    # The weekday a "tous les mardis" rule names: checked against the first
    # date, not stored (the first date carries it).
    said_day: int | None = field(default=None, compare=False)
    # The day of the month a "le 15 de chaque mois" rule names: checked likewise, not stored.
    said_date: int | None = field(default=None, compare=False)

    def __str__(self) -> str:
        if self.kind == "weekly":
            return f"weekly:{self.interval}"
        if self.kind == "nth":
            return f"nth:{self.nth}:{self.weekday}"
        return "monthly"

    def matches(self, day: date) -> bool:
        """Whether a first occurrence on `day` agrees with the rule."""
        if self.kind == "nth":
            return _nth_weekday(day.year, day.month, self.nth, self.weekday) == day
        if self.said_date is not None and day.day != self.said_date:
            return False
        return self.said_day is None or day.weekday() == self.said_day


def parse_rule(stored: str) -> Rule:
    """The canonical stored form back into a `Rule` (ValueError if unknown)."""
    kind, _, rest = stored.partition(":")
    if kind == "weekly":
        rule = Rule("weekly", int(rest or 1))
    elif kind == "monthly" and not rest:
        rule = Rule("monthly")
    elif kind == "nth":
        nth, _, weekday = rest.partition(":")
        rule = Rule("nth", nth=int(nth), weekday=int(weekday))
    else:
        raise ValueError(f"unknown recurrence {stored!r}")
    # A stored rule is data: an interval of 0 weeks would never end a listing.
    if not 1 <= rule.interval <= MAX_WEEKS or rule.nth not in (0, *_ORDINALS) or not 0 <= rule.weekday <= 6:
        raise ValueError(f"recurrence out of range {stored!r}")
    if (rule.kind == "nth") != (rule.nth != 0):
        raise ValueError(f"recurrence out of range {stored!r}")
    return rule


def describe_rule(rule: Rule) -> str:
    """French: `chaque semaine`, `toutes les 2 semaines`, `le premier mardi du mois`."""
    if rule.kind == "weekly" and rule.said_day is not None:
        if rule.interval > 1:  # « un jeudi sur deux »
            return f"un {_WEEKDAYS[rule.said_day]} sur {_IN_WORDS.get(rule.interval, str(rule.interval))}"
        return f"chaque {_WEEKDAYS[rule.said_day]}"
    if rule.kind == "weekly":
        return "chaque semaine" if rule.interval == 1 else f"toutes les {rule.interval} semaines"
    if rule.kind == "monthly" and rule.said_date is not None:
        return f"le {rule.said_date if rule.said_date > 1 else '1er'} de chaque mois"
    if rule.kind == "monthly":
        return "chaque mois"
    return f"le {_ORDINALS[rule.nth]} {_WEEKDAYS[rule.weekday]} du mois"


# -- reading French ------------------------------------------------------------

_DAY = r"(?P<day>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
_ORD = (
    r"(?P<ord>premi[eè]re?|1(?:er|re|ère)|deuxi[eè]me|2(?:e|ème|eme)|seconde?|"
    r"troisi[eè]me|3(?:e|ème|eme)|quatri[eè]me|4(?:e|ème|eme)|derni[eè]re?)"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("nth", rf"\b(?:le|chaque|tous\s+les)\s+{_ORD}\s+{_DAY}\s+(?:du|de\s+chaque)\s+mois\b"),
        ("weeks", r"\btoutes\s+les\s+(?P<n>[^\W_]{1,2}|deux|trois|quatre|cinq|six|huit)\s+semaines\b"),
        ("fortnight", r"\btous\s+les\s+(?:quinze|15)\s+jours\b"),
        ("weekly", r"\b(?:chaque\s+semaine|toutes\s+les\s+semaines|hebdomadaire)\b"),
        ("weekday", rf"\b(?:chaque|tous\s+les)\s+{_DAY}\b"),
        ("monthly", r"\b(?:chaque\s+mois|tous\s+les\s+mois|mensuelle)\b"),
    )
)


def ordinal(word: str) -> int:
    """The rank a word says (« premier », « 2e », « troisième », « dernier »: -1), as rules store it."""
    word = word.lower()
    if word.startswith(("premi", "1")):
        return 1
    if word.startswith(("deux", "2", "second")):
        return 2
    if word.startswith(("trois", "3")):
        return 3
    if word.startswith(("quatr", "4")):
        return 4
    return -1


def find_rule(text: str) -> tuple[Rule | None, str, str]:
    """Find a recurrence phrase anywhere in `text`.

    Returns the rule (or None), the text without the phrase, and the phrase
    as typed (for messages). Raises ValueError for an interval out of range.
    """
    for name, pattern in _PATTERNS:
        found = pattern.search(text)
        if found is None:
            continue
        groups = found.groupdict()
        if name == "nth":
            rule = Rule("nth", nth=ordinal(groups["ord"]), weekday=_WEEKDAYS.index(groups["day"].lower()))
        elif name == "weeks":
            raw = groups["n"].lower()
            if raw not in _NUMBER_WORDS and not raw.isdigit():
                continue  # "toutes les ab semaines" is not a rule
            if raw not in _NUMBER_WORDS and not raw.isascii():
                # Superscript, circled, Arabic-Indic... digits: numbers are 0-9 only.
                raise ValueError(f"toutes les {raw} semaines : écrivez le nombre avec les chiffres 0 à 9")
            interval = _NUMBER_WORDS[raw] if raw in _NUMBER_WORDS else int(raw)
            if not 1 <= interval <= MAX_WEEKS:
                raise ValueError(f"toutes les {interval} semaines : choisissez entre 1 et {MAX_WEEKS} semaines")
            rule = Rule("weekly", interval)
        elif name == "fortnight":
            rule = Rule("weekly", 2)
        elif name == "weekday":
            rule = Rule("weekly", 1, said_day=_WEEKDAYS.index(groups["day"].lower()))
        elif name == "weekly":
            rule = Rule("weekly", 1)
        else:
            rule = Rule("monthly")
        rest = (text[: found.start()] + " " + text[found.end():]).strip(" \t,;–—-")
        return rule, " ".join(rest.split()), found.group(0)
    return None, text, ""


# -- expansion -----------------------------------------------------------------


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date | None:
    if nth > 0:
        first = date(year, month, 1)
        offset = (weekday - first.weekday()) % 7 + 7 * (nth - 1)
        if offset > (date.max - first).days:
            return None  # a fifth Friday after December 9999's last day
        day = first + timedelta(days=offset)
        return day if day.month == month else None
    # December's last day is written out: 1 January of the next year does not exist after 9999.
    last = date(year, 12, 31) if month == 12 else date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))  # -2: « l'avant-dernier jeudi »


nth_weekday = _nth_weekday  # the date reader's "le premier mardi de janvier" too: one rule


def _add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _dates(first: date, rule: Rule, since: date | None = None) -> Iterator[date]:
    """The dates of the rule from `first` on (unbounded, ascending), starting
    a little before `since` if given: a series stored long ago (even in year
    1) is not walked date by date from its start at every listing."""
    step = 0
    if since is not None and since > first:
        if rule.kind == "weekly":
            step = max(0, (since - first).days // (7 * rule.interval) - 1)
        else:
            step = max(0, (since.year - first.year) * 12 + since.month - first.month - 1)
    while True:
        if rule.kind == "weekly":
            if (date.max - first).days < 7 * rule.interval * step:
                return  # the series ends with the calendar (year 9999)
            yield first + timedelta(weeks=rule.interval * step)
        else:
            year, month = _add_months(first, step)
            if year > date.max.year:
                return
            if rule.kind == "monthly":
                try:
                    yield date(year, month, first.day)
                except ValueError:  # no 31 in this month: that month has none
                    pass
            else:
                day = _nth_weekday(year, month, rule.nth, rule.weekday)
                if day is not None:
                    yield day
        step += 1


def occurrence_key(day: date) -> str:
    return day.isoformat()


@dataclass(frozen=True, slots=True)
class Override:
    """One occurrence moved (new start, end, place) or cancelled."""

    key: str
    status: Literal["moved", "cancelled"]
    start: datetime | None = None
    end: datetime | None = None
    place: str = ""
    announcement: str | None = None  # owed to the group's chats (see Meeting.announcement)
    reason: str = ""  # why it was cancelled (see Meeting.reason)
    announced_from: ChatPlace | None = None  # where it was owed from (see Meeting.announced_from)


def expand(meeting: Meeting, changes: dict[str, Override], after: datetime, until: datetime) -> list[Meeting]:
    """The occurrences of `meeting` that end after `after` and start by `until`.

    A one-off meeting is returned as is (if in range). Cancelled occurrences
    are returned with status "cancelled" so callers can say so; moved ones
    carry their new time and `previous_start`.
    """
    length = (meeting.end - meeting.start) if meeting.end else None

    def in_range(m: Meeting) -> bool:
        end = m.end or m.start
        return end > after and m.start <= until

    if not meeting.recurrence:
        return [meeting] if in_range(meeting) else []
    rule = parse_rule(meeting.recurrence)
    zone = meeting.start.tzinfo
    out: list[Meeting] = []
    # Go past `until` only as far as an occurrence moved back into range needs.
    moved_in = [date.fromisoformat(o.key) for o in changes.values() if o.start is not None and o.start <= until]
    stop = max([until.astimezone(zone).date(), *moved_in])
    # Dates before this cannot end after `after`, unless moved (by their key).
    after_day, margin = after.astimezone(zone).date(), timedelta(days=(length.days if length else 0) + 1)
    since = min([after_day - margin if after_day - date.min > margin else date.min, *moved_in])
    for day in _dates(meeting.start.date(), rule, since):
        if day > stop:
            break
        start = datetime.combine(day, meeting.start.time(), tzinfo=zone)
        key = occurrence_key(day)
        occurrence = replace(meeting, start=start, end=start + length if length else None, occurrence=key,
                             announcement=None, announced_from=None)
        change = changes.get(key)
        if change is not None:
            occurrence = replace(occurrence, announcement=change.announcement, announced_from=change.announced_from)
        if change is not None and change.status == "cancelled":
            occurrence = replace(occurrence, status="cancelled", reason=change.reason)
        elif change is not None and change.start is not None:
            occurrence = replace(
                occurrence, start=change.start, end=change.end, place=change.place or meeting.place,
                status="moved", previous_start=start,
            )
        if in_range(occurrence):
            out.append(occurrence)
    return sorted(out, key=lambda m: m.start)


def expand_all(store: Store, slug: str, meetings: Iterable[Meeting], after: datetime, until: datetime) -> list[Meeting]:
    """Every meeting and occurrence of a group in range, soonest first.

    A cancelled series yields its occurrences as cancelled too."""
    out: list[Meeting] = []
    for meeting in meetings:
        changes = overrides(store, slug, meeting.number) if meeting.recurrence else {}
        for occurrence in expand(meeting, changes, after, until):
            if not meeting.active and meeting.recurrence:
                occurrence = replace(occurrence, status=meeting.status)
            out.append(occurrence)
    return sorted(out, key=lambda m: m.start)


# -- overrides in the store ------------------------------------------------------


def overrides(store: Store, slug: str, number: int) -> dict[str, Override]:
    with store.locked():
        docs = store.table(OVERRIDES_TABLE).search((_Q.group == slug) & (_Q.meeting == number))
    return {
        d["key"]: Override(
            d["key"],
            d["status"],
            load_local(d["start"]) if d.get("start") else None,
            load_local(d["end"]) if d.get("end") else None,
            d.get("place", ""),
            d.get("announcement"),
            d.get("reason", ""),
            chat_place(d.get("announced_from")),
        )
        for d in docs
    }


def set_override(
    store: Store, slug: str, number: int, change: Override, check: Callable[[Override | None], None] | None = None
) -> None:
    """Record one occurrence's change durably, then tell the listeners.

    `check` sees the occurrence's current override (None if unchanged) under
    the store lock, just before the write: it raises to refuse the change
    (compare-and-set), e.g. when a concurrent command cancelled it."""
    doc = {
        "group": slug,
        "meeting": number,
        "key": change.key,
        "status": change.status,
        "start": dump_local(change.start) if change.start else None,
        "end": dump_local(change.end) if change.end else None,
        "place": change.place,
        "announcement": change.announcement,
        "reason": change.reason,
        "announced_from": list(change.announced_from) if change.announced_from else None,
    }
    with store.locked():
        cond = (_Q.group == slug) & (_Q.meeting == number) & (_Q.key == change.key)
        if check is not None:
            check(overrides(store, slug, number).get(change.key))
        store.table(OVERRIDES_TABLE).upsert(doc, cond)
    store.notify(slug, "meeting", number)
