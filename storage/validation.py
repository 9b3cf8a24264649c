"""Validation of every stored record, as start-up, `store check` and
`store recover` see it.

A snapshot or journal can be valid JSON and still hold a record the code
cannot use (a misspelled time zone, a meeting without start, a number
written as text, a status nobody knows): read later, deep in a scan, it
would stop the bot with a traceback. Each record is checked here once, on
load, by the same function for the three callers, so `store check` reports
exactly what start-up refuses and `store recover` sets exactly that aside.

Tables this module does not know (added by a newer feature) are only
checked for what TinyDB itself needs (numeric ids, documents that are
objects): what their own code reads is its own business.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, get_args

from storage.journal_format import Tables
from storage.models import DecisionStatus, MeetingStatus, load_local

__all__ = ["TABLE_LABELS", "BadRecord", "label", "validate_tables"]

# How the operator reads a table's name (store check, recover, start-up).
TABLE_LABELS = {
    "_meta": "version du schéma",
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


class _Invalid(Exception):
    pass


def _shown(text: str) -> str:
    """A stored string as an operator reads it: short, control characters escaped."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text[:40])


def _need(doc: dict[str, Any], key: str, kind: type, optional: bool = False) -> Any:
    value = doc.get(key)
    if value is None:
        if optional:
            return None
        raise _Invalid(f"champ « {key} » manquant")
    # Exact types, as JSON decodes them: a bool is not a number here. (And
    # `type() is` is what keeps validating 100,000 decisions fast.)
    if type(value) is not kind:
        raise _Invalid(f"champ « {key} » de type inattendu ({type(value).__name__})")
    return value


def _text(doc: dict[str, Any], *keys: str) -> None:
    for key in keys:
        _need(doc, key, str, optional=True)


def _number(doc: dict[str, Any], key: str = "number") -> None:
    if _need(doc, key, int) < 1:
        raise _Invalid(f"champ « {key} » : numéro {doc[key]} invalide")


def _local(doc: dict[str, Any], key: str, optional: bool = False) -> None:
    raw = _need(doc, key, dict, optional)
    if raw is None:
        return
    if not isinstance(raw.get("local"), str) or not isinstance(raw.get("tz"), str):
        raise _Invalid(f"champ « {key} » : date ou fuseau horaire manquant")
    try:
        datetime.fromisoformat(raw["local"])
    except ValueError:
        raise _Invalid(f"champ « {key} » : date « {_shown(raw['local'])} » illisible") from None
    try:
        load_local(raw)
    except Exception:  # ZoneInfoNotFoundError, or ValueError for names like "../etc"
        raise _Invalid(f"champ « {key} » : fuseau horaire inconnu « {_shown(raw['tz'])} »") from None


def _one_of(doc: dict[str, Any], key: str, allowed: tuple[str, ...], default: str | None = None) -> None:
    value = doc.get(key, default)
    if value not in allowed:
        raise _Invalid(f"champ « {key} » : valeur inconnue « {_shown(str(value))} »")


def _iso_date(doc: dict[str, Any], key: str) -> None:
    try:
        date.fromisoformat(_need(doc, key, str))
    except ValueError:
        raise _Invalid(f"champ « {key} » : date « {_shown(doc[key])} » illisible") from None


def _iso_instant(doc: dict[str, Any], key: str) -> None:
    try:
        instant = datetime.fromisoformat(_need(doc, key, str))
    except ValueError:
        raise _Invalid(f"champ « {key} » : instant « {_shown(doc[key])} » illisible") from None
    if instant.tzinfo is None:
        # Compared with aware instants by the scheduler: a naive one raises.
        raise _Invalid(f"champ « {key} » : instant « {_shown(doc[key])} » sans fuseau")


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
    _local(doc, "start")
    _local(doc, "end", optional=True)
    _local(doc, "previous_start", optional=True)
    if doc.get("end") and load_local(doc["end"]) < load_local(doc["start"]):
        raise _Invalid("champ « end » : la fin précède le début")
    _text(doc, "place", "created_by", "announcement")
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


def _binding(doc: dict[str, Any]) -> None:
    for key in ("platform", "chat_id", "group"):
        _need(doc, key, str)


# State keys whose value the adapters and router read as is, by prefix or
# suffix: a wrong type there would stop a poll loop or a private chat.
_STATE_TYPES: tuple[tuple[str, str, type], ...] = (
    ("telegram:offset:", "", int),
    ("telegram:migrated:", "", int),
    ("private-choice:", "", str),
    ("matrix:", ":next_batch", str),
    ("matrix:", ":device_id", str),
)


def _state(doc: dict[str, Any]) -> None:
    key = _need(doc, "key", str)
    for prefix, suffix, kind in _STATE_TYPES:
        if key.startswith(prefix) and key.endswith(suffix):
            _need(doc, "value", kind, optional=True)
    if key.startswith("reminders:"):
        value = _need(doc, "value", dict)
        for kind in ("meeting", "deadline"):
            leads = value.get(kind, [])
            if not isinstance(leads, list) or not all(
                isinstance(s, int) and not isinstance(s, bool) and 0 < s <= 366 * 86400 for s in leads
            ):
                raise _Invalid(f"délais de rappel « {kind} » malformés")


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


_GROUPED = {"members": _member, "meetings": _meeting, "deadlines": _deadline, "decisions": _decision, "occurrences": _occurrence}
_VALIDATORS: dict[str, Callable[[dict[str, Any]], None]] = {
    **_GROUPED,
    "bindings": _binding,
    "state": _state,
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
            if table in ("members", "meetings", "deadlines", "decisions"):
                key = (doc["group"], doc["number"], None)
            elif table == "occurrences":
                key = (doc["group"], doc["meeting"], doc["key"])
            else:
                continue
            if key in numbers:
                bad.append(_bad(table, doc_id, f"numéro déjà pris par l'enregistrement {numbers[key]}", doc))
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
