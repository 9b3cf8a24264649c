"""Validation of every stored record, as start-up, `store check` and
`store recover` see it.

A snapshot or journal can be valid JSON and still hold a record the code
cannot use (a misspelled time zone, a meeting without start, a number
written as text, a status nobody knows): read later, deep in a scan, it
would stop the bot with a traceback. Each record is checked here once, on
load, by the same function for the three callers, so `store check` reports
exactly what start-up refuses and `store recover` sets exactly that aside.

The newer tables have their checks in sibling modules (the state table's
keys in storage/validation_state.py, tasks and attendance in
storage/validation_tasks.py). A table none of them knows is only checked
for what TinyDB itself needs (numeric ids, documents that are objects).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args

from storage import validation_tasks
from storage.journal_format import Tables
from storage.models import DecisionStatus, MeetingStatus, load_local
from storage.validation_fields import Invalid as _Invalid
from storage.validation_fields import iso_date as _iso_date
from storage.validation_fields import iso_instant as _iso_instant
from storage.validation_fields import local as _local
from storage.validation_fields import need as _need
from storage.validation_fields import number as _number
from storage.validation_fields import one_of as _one_of
from storage.validation_fields import revision as _revision
from storage.validation_fields import shown as _shown
from storage.validation_fields import text as _text
from storage.validation_state import check_state

__all__ = ["TABLE_LABELS", "BadRecord", "label", "validate_tables"]

# How the operator reads a table's name (store check, recover, start-up).
TABLE_LABELS = {
    "_meta": "version du schéma",
    "attendance": "présences",
    "bindings": "salons liés",
    "deadlines": "échéances",
    "decisions": "décisions",
    "events": "messages déjà traités",
    "meetings": "séances",
    "members": "membres",
    "notice_versions": "versions vues par les rappels",
    "notices": "rappels et annonces envoyés",
    "occurrences": "dates modifiées de séances récurrentes",
    "state": "réglages et états",
    "tasks": "tâches",
}


def label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


@dataclass(frozen=True, slots=True)
class BadRecord:
    """One record the code cannot use: where it is and what is wrong."""

    table: str
    doc_id: str
    reason: str
    number: int | None = None
    group: str | None = None

    def describe(self) -> str:
        what = f" n°{self.number}" if self.number is not None else ""
        where = f" du groupe {_shown(self.group)}" if self.group else ""
        return f"{_shown(label(self.table))}{what}{where} (id {_shown(self.doc_id)}) : {self.reason}"


_MEETING_STATUSES = get_args(MeetingStatus)
_DECISION_STATUSES = get_args(DecisionStatus)
_ACTIONS = ("created", "amended", "cancelled")
_STEP_REQUIRED = frozenset({"action", "at", "by", "by_id"})
_STEP_FIELDS = _STEP_REQUIRED | {"text", "reason"}


def _member(doc: dict[str, Any]) -> None:
    _number(doc)
    _need(doc, "name", str)
    _text(doc, "organisation", "role", "contact")
    ids = _need(doc, "platform_ids", dict, optional=True) or {}
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in ids.items()):
        raise _Invalid("champ « platform_ids » de type inattendu")
    _need(doc, "contact_consent", bool, optional=True)


def _meeting(doc: dict[str, Any]) -> None:
    from storage.recurrence import parse_rule  # it imports the store, which imports us

    _number(doc)
    _revision(doc)
    _local(doc, "start")
    _local(doc, "end", optional=True)
    _local(doc, "previous_start", optional=True)
    if doc.get("end") and load_local(doc["end"]) < load_local(doc["start"]):
        raise _Invalid("champ « end » : la fin précède le début")
    _text(doc, "place", "created_by", "announcement")
    _chat_place(doc)
    _one_of(doc, "status", _MEETING_STATUSES, "planned")
    for item in _need(doc, "agenda", list, optional=True) or []:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise _Invalid("champ « agenda » : point sans texte")
        if set(item) - {"text", "proposed_by", "proposed_by_id", "origin"} or not all(isinstance(v, str) for v in item.values()):
            raise _Invalid("champ « agenda » : point malformé")
    rule = _need(doc, "recurrence", str, optional=True)
    if rule is not None:
        try:
            parse_rule(rule)
        except ValueError:
            raise _Invalid(f"champ « recurrence » : règle inconnue « {_shown(rule)} »") from None


def _deadline(doc: dict[str, Any]) -> None:
    _number(doc)
    _revision(doc)
    _local(doc, "due")
    _need(doc, "text", str)
    _text(doc, "created_by")
    _need(doc, "has_time", bool, optional=True)
    _need(doc, "cancelled", bool, optional=True)


def _decision(doc: dict[str, Any]) -> None:
    _number(doc)
    _need(doc, "text", str)
    _iso_date(doc, "taken_on")
    _need(doc, "meeting_number", int, optional=True)
    _text(doc, "recorded_by", "recorded_by_id")
    _one_of(doc, "status", _DECISION_STATUSES, "active")
    for step in _need(doc, "history", list, optional=True) or ():
        if type(step) is not dict or not _STEP_REQUIRED <= step.keys() <= _STEP_FIELDS or step["action"] not in _ACTIONS:
            raise _Invalid("champ « history » : étape malformée")
        for value in step.values():
            if type(value) is not str:
                raise _Invalid("champ « history » : étape malformée")


def _occurrence(doc: dict[str, Any]) -> None:
    _number(doc, "meeting")
    _iso_date(doc, "key")
    _one_of(doc, "status", ("moved", "cancelled"))
    _local(doc, "start", optional=doc.get("status") == "cancelled")
    _local(doc, "end", optional=True)
    _text(doc, "place", "announcement")
    _chat_place(doc)


def _chat_place(doc: dict[str, Any]) -> None:
    """`announced_from`, optional: [platform, chat id, thread id or null]."""
    place = _need(doc, "announced_from", list, optional=True)
    if place is None:
        return
    if len(place) != 3 or type(place[0]) is not str or type(place[1]) is not str or type(place[2]) not in (str, type(None)):
        raise _Invalid("champ « announced_from » : [plateforme, salon, fil] attendu")


def _binding(doc: dict[str, Any]) -> None:
    for key in ("platform", "chat_id", "group"):
        _need(doc, key, str)


def _notice(doc: dict[str, Any]) -> None:
    _need(doc, "key", str)
    _one_of(doc, "state", ("sending", "sent", "skipped"))
    _iso_instant(doc, "at")
    if doc["state"] == "sending":
        _iso_instant(doc, "until")


def _seen(doc: dict[str, Any]) -> None:
    _need(doc, "version", str)
    _iso_instant(doc, "at")


def _event(doc: dict[str, Any]) -> None:
    _need(doc, "key", str)
    _need(doc, "at", str)


def _meta(doc: dict[str, Any]) -> None:
    _need(doc, "schema", int)


_GROUPED = {
    "members": _member, "meetings": _meeting, "deadlines": _deadline, "decisions": _decision,
    "occurrences": _occurrence, "tasks": validation_tasks.task, "attendance": validation_tasks.attendance,
}
_VALIDATORS: dict[str, Callable[[dict[str, Any]], None]] = {
    **_GROUPED,
    "bindings": _binding,
    "state": check_state,
    "notices": _notice,
    "notice_versions": _seen,
    "events": _event,
    "_meta": _meta,
}


def _check(table: str, doc: Any) -> None:
    if not isinstance(doc, dict):
        raise _Invalid("ce n'est pas un enregistrement")
    if table in _GROUPED:
        _need(doc, "group", str)
    _VALIDATORS[table](doc)


def validate_tables(tables: Tables) -> list[BadRecord]:
    """Every record the code could not use, by table and id (none: all good).

    Also refuses a number used twice in one group's table: reads would
    silently keep one of them."""
    bad: list[BadRecord] = []
    for table, docs in sorted(tables.items()):
        numbers: dict[tuple[str, Any, Any], str] = {}
        for doc_id, doc in docs.items():
            try:
                # Any table: TinyDB reads ids with int() and documents as dicts.
                if not (doc_id.isascii() and doc_id.isdigit()):
                    raise _Invalid(f"identifiant « {_shown(doc_id)} » invalide")
                if table not in _VALIDATORS:
                    if not isinstance(doc, dict):
                        raise _Invalid("ce n'est pas un enregistrement")
                    continue
                _check(table, doc)
            except _Invalid as error:
                bad.append(_bad(table, doc_id, str(error), doc))
                continue
            if table in ("members", "meetings", "deadlines", "decisions", "tasks"):
                key = (doc["group"], doc["number"], None)
            elif table in ("occurrences", "attendance"):
                key = (doc["group"], doc["meeting"], doc.get("key"))
            else:
                continue
            if key in numbers:
                what = "séance déjà présente dans" if table == "attendance" else "numéro déjà pris par"
                bad.append(_bad(table, doc_id, f"{what} l'enregistrement {numbers[key]}", doc))
            else:
                numbers[key] = doc_id
    return bad


def _bad(table: str, doc_id: str, reason: str, doc: Any) -> BadRecord:
    number = doc.get("number") if isinstance(doc, dict) else None
    group = doc.get("group") if isinstance(doc, dict) else None
    return BadRecord(
        table, doc_id, reason,
        number if isinstance(number, int) and not isinstance(number, bool) else None,
        group if isinstance(group, str) else None,
    )
