"""Property: whatever records a store holds, load validation and scheduler
planning never let an exception escape. A record validation accepts must
plan (or be isolated as one bad row); one it refuses never reaches a scan."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.clock import ManualClock
from bot.config import GroupConfig
from bot.scheduler import Scheduler
from handlers.calendar_ics import build_calendar
from handlers.calendar_links import feed_token
from handlers.imports.table import Sheet
from handlers.messages import Reply
from storage.attendance import attendance
from storage.models import Deadline, Meeting, dump_local
from storage.store import Store
from storage.tasks import Task
from storage.validation import validate_tables
from tests.helpers import at, group_config, make_config

NOW = at("2026-11-23 10:00")
ZONES = ["Europe/Zurich", "Europe/Paris", "Pacific/Niue", "Pacific/Kiritimati", "UTC", "Europe/Zurik", "", "../etc"]
STATUSES = ["planned", "moved", "cancelled", "held", "reportée", None, 3]
RULES = [None, "weekly:1", "weekly:2", "weekly:0", "weekly:-1", "weekly:x", "monthly", "monthly:3", "nth:1:1",
         "nth:-1:3", "nth:5:1", "nth:1:9", "chaque lune", ""]

near = st.datetimes(datetime(2026, 11, 1), datetime(2027, 2, 1))
edges = st.sampled_from([datetime(9999, 12, 31), datetime(9999, 12, 31, 23, 30), datetime(9999, 12, 20, 9), datetime(1, 1, 1),
                         datetime(1, 1, 1, 9)])
moments = st.one_of(near, near, st.datetimes(), edges)  # mostly useful, sometimes at the calendar's edges
local = st.one_of(
    *[st.builds(lambda m, z: {"local": m.isoformat(timespec="minutes"), "tz": z}, moments, st.sampled_from(ZONES))] * 4,
    st.just({"local": "31/12/9999", "tz": "UTC"}), st.just({"local": "2026-12-01T09:00"}), st.just("2026-12-01"), st.none(),
)
numbers = st.one_of(st.integers(1, 20), st.integers(1, 20), st.integers(1, 20), st.integers(-2, 0), st.booleans(), st.text(max_size=2))
texts = st.one_of(st.text(max_size=20), st.text(max_size=20), st.integers(), st.none())
announcement = st.one_of(st.none(), st.builds(lambda k, m: f"{k}@{m.isoformat()}+00:00", st.sampled_from(["planned", "moved", "cancelled", "x"]), moments), st.text(max_size=10))


def maybe(required: tuple[str, ...], **fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A document with its required fields (mostly), the others present or missing."""
    always = {name: fields.pop(name) for name in required}
    whole = st.fixed_dictionaries(always, optional=fields)
    return st.one_of(whole, whole, whole, st.fixed_dictionaries({}, optional={**always, **fields}))


meeting = maybe(("group", "number", "start"), group=st.just("rte"), number=numbers, start=local, end=local, place=texts,
                agenda=st.one_of(st.just([]), st.lists(st.one_of(st.fixed_dictionaries({"text": st.text(max_size=5)}), st.text(max_size=3)), max_size=2)),
                status=st.sampled_from(STATUSES), recurrence=st.sampled_from(RULES), created_by=texts,
                previous_start=local, announcement=announcement)
deadline = maybe(("group", "number", "due", "text"), group=st.just("rte"), number=numbers, due=local, text=texts, has_time=st.one_of(st.booleans(), st.integers()),
                 cancelled=st.one_of(st.booleans(), st.none()))
override = maybe(("group", "meeting", "key", "status"), group=st.just("rte"), meeting=numbers, key=st.one_of(near.map(lambda m: m.date().isoformat()), st.dates().map(str), st.text(max_size=10)),
                 status=st.sampled_from(["moved", "cancelled", "x"]), start=local, end=local, place=texts, announcement=announcement)
# Valid documents, as the commands write them, at any date of the calendar.
REAL_ZONES = [ZoneInfo(z) for z in ("Europe/Zurich", "Pacific/Niue", "Pacific/Kiritimati", "UTC")]
aware = st.builds(lambda m, z: m.replace(tzinfo=z), moments, st.sampled_from(REAL_ZONES))
valid_meeting = st.builds(
    lambda n, start, hours, status, rule, owed: {"group": "rte", **Meeting(
        n, start, start + timedelta(hours=hours) if hours and start.year < 9999 else None, status=status,
        recurrence=rule, announcement=owed).to_doc()},
    st.integers(1, 20), aware, st.integers(0, 3), st.sampled_from(["planned", "moved", "cancelled", "held"]),
    st.sampled_from([None, "weekly:1", "weekly:2", "monthly", "nth:1:1", "nth:-1:3"]), announcement)
valid_deadline = st.builds(
    lambda n, due, timed, cancelled: {"group": "rte", **Deadline(n, due, "rapport", timed, cancelled=cancelled).to_doc()},
    st.integers(1, 20), aware, st.booleans(), st.booleans())
valid_override = st.builds(
    lambda n, day, start, status, owed: {"group": "rte", "meeting": n, "key": day.isoformat(), "status": status,
                                        "start": dump_local(start) if status == "moved" else None, "end": None,
                                        "place": "", "announcement": owed},
    st.integers(1, 20), st.one_of(near.map(lambda m: m.date()), st.dates()), aware,
    st.sampled_from(["moved", "cancelled"]), announcement)
meeting = st.one_of(valid_meeting, valid_meeting, meeting)
deadline = st.one_of(valid_deadline, valid_deadline, deadline)
override = st.one_of(valid_override, valid_override, override)
leads = st.lists(st.one_of(st.integers(-10, 400 * 86400), st.text(max_size=2)), max_size=3)
state = st.fixed_dictionaries({"key": st.just("reminders:rte"),
                               "value": st.one_of(st.fixed_dictionaries({}, optional={"meeting": leads, "deadline": leads}), st.integers())})


# The newer tables (tasks, attendance, the state rows commands keep): a
# valid record as the code writes it, or the same with one field spoiled, so
# that most spoiled records differ from an accepted one by a single value.
BAD_TEXT = st.sampled_from(["9999-12-31", "0001-01-01", "2026-02-30", "15/12/2026", "", "2026-12-15T10:00",
                                 "2026-11-30T10:00:00", "x", "1", "faite", "../x", "\u0661"])
BAD = st.one_of(BAD_TEXT, BAD_TEXT, BAD_TEXT, st.integers(-2, 3), st.booleans(), st.none(), st.just([]), st.just({}), st.just(["1"]), st.just([[1, 2]]))


def spoiled(valid: st.SearchStrategy[dict[str, Any]], *fields: str) -> st.SearchStrategy[dict[str, Any]]:
    """`valid`, or `valid` with one (dotted) field set to a bad value or removed."""
    def spoil(doc: dict[str, Any], field: str, value: Any, remove: bool) -> dict[str, Any]:
        doc = json.loads(json.dumps(doc))
        *parents, last = field.split(".")
        inner = doc
        for part in parents:
            if not isinstance(inner.get(part), dict):
                return doc
            inner = inner[part]
        if remove:
            inner.pop(last, None)
        else:
            inner[last] = value
        return doc
    spoilt = st.builds(spoil, valid, st.sampled_from(fields), BAD, st.booleans())
    return st.one_of(valid, spoilt, spoilt)


valid_task = st.builds(
    lambda n, text, pilot, due, status, on: {"group": "rte", **Task(n, text, pilot, due, status=status, created_on=on,
                                                                   closed_on=None if status == "open" else on).to_doc()},
    st.integers(1, 20), st.text(max_size=20), st.one_of(st.none(), st.integers(1, 5)), st.one_of(st.none(), st.dates(), near.map(datetime.date)),
    st.sampled_from(["open", "done", "cancelled"]), st.one_of(st.none(), st.dates()))
task = spoiled(valid_task, "number", "text", "pilot", "due", "status", "meeting_number", "pilot_name", "created_on", "closed_on")
valid_presence = st.builds(
    lambda meeting, present, answers: {"group": "rte", "meeting": meeting, "present": present, "excused": [], "absent": [],
                                       "rsvp": {str(n): a for n, a in answers.items()}},
    st.sampled_from(["1", "2", "2@2026-12-01", "1@2026-11-24"]), st.lists(st.integers(1, 6), max_size=3, unique=True),
    st.dictionaries(st.integers(1, 6), st.sampled_from(["present", "excused"]), max_size=3))
presence = spoiled(valid_presence, "meeting", "present", "excused", "absent", "rsvp", "rsvp.1")
code = spoiled(st.builds(lambda member, expires: {"key": "member-code:rte:ABCDEF", "value": {"member": member, "expires": expires.isoformat()}},
                         st.integers(1, 6), aware), "value", "value.member", "value.expires")
valid_pending = st.one_of(
    st.builds(lambda rows, at_: {"key": "import-pending:rte:telegram:42", "value": {
        "name": "membres.csv", "source": "CSV « ; », UTF-8", "rows": rows, "ignored": [], "too_long": [], "at": at_.isoformat()}},
        st.lists(st.tuples(st.integers(2, 9), st.dictionaries(st.sampled_from(["name", "organisation"]), st.text(max_size=5))).map(list), max_size=2),
        aware),
    st.builds(lambda lines, at_: {"key": "import-pending:rte:telegram:42", "value": {
        "kind": "minutes", "name": "cr.txt", "lines": lines, "at": at_.isoformat()}}, st.lists(st.text(max_size=8), max_size=2), aware))
pending = spoiled(valid_pending, "value", "value.name", "value.at", "value.kind", "value.rows", "value.lines", "value.source",
                  "value.too_long", "value.ignored")
token = spoiled(st.just({"key": "calendar-token:rte", "value": "A-b_" * 8}), "value")
newer_state = st.one_of(code, pending, token)


async def _send(slug: str, platform: str, chat: str, reply: Reply) -> bool:
    reply.plain()
    return True


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(meetings=st.lists(meeting, max_size=4), deadlines=st.lists(deadline, max_size=3),
       overrides=st.lists(override, max_size=3), states=st.lists(state, max_size=1),
       later=st.integers(0, 60 * 24 * 40), tasks=st.lists(task, max_size=3),
       presences=st.lists(presence, max_size=2),
       newer_states=st.lists(newer_state, max_size=3, unique_by=lambda row: row["key"]))
# The cases the review found, always tried: /echeance 31/12/9999 (accepted
# then), and a meeting on 31/12/9999 in a UTC−11 group.
@example(meetings=[], deadlines=[{"group": "rte", **Deadline(1, datetime(9999, 12, 31, tzinfo=ZoneInfo("UTC")), "fin").to_doc()}],
         overrides=[], states=[], later=0, tasks=[], presences=[], newer_states=[])
@example(meetings=[{"group": "rte", **Meeting(1, datetime(9999, 12, 31, 23, tzinfo=ZoneInfo("Pacific/Niue")), recurrence="weekly:1",
                                              announcement="planned@2026-11-23T09:00:00+00:00").to_doc()}],
         deadlines=[], overrides=[], states=[], later=0, tasks=[], presences=[], newer_states=[])
# A task due on the calendar's last day (accepted before dates were bounded).
@example(meetings=[], deadlines=[], overrides=[], states=[], later=0, presences=[], newer_states=[],
         tasks=[{"group": "rte", **Task(1, "fin", due=date(9999, 12, 31)).to_doc()}])
def test_no_stored_record_stops_validation_or_planning(
    meetings: list[dict[str, Any]], deadlines: list[dict[str, Any]], overrides: list[dict[str, Any]],
    states: list[dict[str, Any]], later: int, tasks: list[dict[str, Any]], presences: list[dict[str, Any]],
    newer_states: list[dict[str, Any]],
) -> None:
    tables = {
        name: {str(i): doc for i, doc in enumerate(docs, 1)}
        for name, docs in (("meetings", meetings), ("deadlines", deadlines), ("occurrences", overrides), ("state", states + newer_states),
                           ("tasks", tasks), ("attendance", presences))
    }
    refused = {(bad.table, bad.doc_id) for bad in validate_tables(tables)}  # must not raise
    store = Store.memory()
    for name, docs in tables.items():
        for doc_id, doc in docs.items():
            if (name, doc_id) not in refused:
                store.table(name).insert(doc)
    config = make_config(group_config("rte"), group_config("autre", timezone="Pacific/Niue"))
    clock = ManualClock(NOW)
    scheduler = Scheduler(store, clock, config.groups, lambda slug: [("test", slug)], _send)
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("bot")
    logger.addHandler(handler)
    try:
        for slug in ("rte", "autre"):
            scheduler.rebuild(slug)  # what start-up does: must not raise
        clock.set(NOW + timedelta(minutes=later))
        asyncio.run(scheduler.run_due())
        _read_accepted(store, tables, refused, config.groups[0])
    finally:
        logger.removeHandler(handler)
        store.close()
    # Only isolated bad rows may be logged as errors, never a failed scan.
    escaped = [r.getMessage() for r in records if r.exc_info]
    assert not escaped, escaped


def _read_accepted(store: Store, tables: dict[str, dict[str, Any]], refused: set[tuple[str, str]], group: GroupConfig) -> None:
    """What the commands read from accepted rows, read the way they read it: must not raise."""
    store.group("rte").tasks()
    for doc_id, doc in tables["attendance"].items():
        if ("attendance", doc_id) not in refused:
            attendance(store, "rte", doc["meeting"])
    build_calendar(store, group, NOW)  # every dated task and deadline
    for doc_id, doc in tables["state"].items():
        if ("state", doc_id) in refused or doc.get("value") is None:
            continue
        if doc["key"].startswith("member-code:"):
            # claims.redeem's comparison (a naive instant would raise here).
            assert isinstance(datetime.fromisoformat(doc["value"]["expires"]) < NOW, bool)
        elif doc["key"].startswith("import-pending:") and doc["value"].get("kind") != "minutes":
            pending = doc["value"]  # importer._confirm
            assert isinstance(datetime.fromisoformat(pending["at"]) < NOW, bool)
            Sheet([(line, dict(row)) for line, row in pending["rows"]], pending["source"], pending["ignored"], pending["too_long"])
        elif doc["key"].startswith("calendar-token:"):
            assert feed_token(store, "rte", create=False) == doc["value"]
