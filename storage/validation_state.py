"""Validation of the `state` table: small values the adapters, the router and
some commands keep under a key (poll offsets, reminder settings, one-time
member codes, imports waiting for confirmation, calendar feed secrets).

The key says what the value must be. The same checks serve start-up (via
storage/validation.py) and the run-time readers (`state_problem`), which
treat a value they cannot use as absent rather than fail on it.
"""

from __future__ import annotations

import re
from typing import Any

from storage.validation_fields import Invalid, iso_instant, need, number, shown

__all__ = ["check_state", "state_problem"]

# State keys whose value the adapters and router read as is, by prefix or
# suffix: a wrong type there would stop a poll loop or a private chat.
_STATE_TYPES: tuple[tuple[str, str, type], ...] = (
    ("telegram:offset:", "", int),
    ("telegram:migrated:", "", int),
    ("private-choice:", "", str),
    ("matrix:", ":next_batch", str),
    ("matrix:", ":device_id", str),
)
# secrets.token_urlsafe(24): the token is a path segment of the feed's URL.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,128}")


def _reminders(value: Any) -> None:
    if value is None:
        raise Invalid("champ « value » manquant")
    if type(value) is not dict:
        raise Invalid(f"champ « value » de type inattendu ({type(value).__name__})")
    for kind in ("meeting", "deadline"):
        leads = value.get(kind, [])
        if not isinstance(leads, list) or not all(
            isinstance(s, int) and not isinstance(s, bool) and 0 < s <= 366 * 86400 for s in leads
        ):
            raise Invalid(f"délais de rappel « {kind} » malformés")


def _member_code(value: Any) -> None:
    """{"member": 3, "expires": "2026-12-01T10:00:00+01:00"} (handlers/commands/claims.py)."""
    if type(value) is not dict:
        raise Invalid("code de membre : ce n'est pas un enregistrement")
    number(value, "member")
    iso_instant(value, "expires")


def _strings(value: dict[str, Any], key: str) -> list[Any]:
    items = need(value, key, list)
    if not all(type(item) is str for item in items):
        raise Invalid(f"import en attente : champ « {key} » malformé")
    return items


def _pending_import(value: Any) -> None:
    """A member list's rows or minutes' lines waiting for « /importer confirmer »
    (handlers/commands/importer.py); None once confirmed or cancelled."""
    if value is None:
        return
    if type(value) is not dict:
        raise Invalid("import en attente : ce n'est pas un enregistrement")
    need(value, "name", str)
    iso_instant(value, "at")
    kind = value.get("kind")
    if kind == "minutes":
        need(value, "lines", list)
        _strings(value, "lines")
        return
    if kind is not None:
        raise Invalid(f"import en attente : genre inconnu « {shown(str(kind))} »")
    need(value, "source", str)
    _strings(value, "ignored")
    too_long = need(value, "too_long", list)
    if not all(type(line) is int for line in too_long):
        raise Invalid("import en attente : champ « too_long » malformé")
    for row in need(value, "rows", list):
        # JSON keeps the (line, {field: cell}) pairs as two-item lists.
        if not (type(row) is list and len(row) == 2 and type(row[0]) is int and type(row[1]) is dict
                and all(type(k) is str and type(v) is str for k, v in row[1].items())):
            raise Invalid("import en attente : ligne lue malformée")


def _calendar_token(value: Any) -> None:
    if type(value) is not str or not _TOKEN.fullmatch(value):
        raise Invalid("jeton du calendrier malformé")


# key prefix -> the check of its value (the value itself, not the row).
_BY_PREFIX = {
    "reminders:": _reminders,
    "member-code:": _member_code,
    "import-pending:": _pending_import,
    "calendar-token:": _calendar_token,
}


def check_state(doc: dict[str, Any]) -> None:
    """One `state` row {"key": …, "value": …}; raises `Invalid`."""
    key = need(doc, "key", str)
    for prefix, suffix, kind in _STATE_TYPES:
        if key.startswith(prefix) and key.endswith(suffix):
            need(doc, "value", kind, optional=True)
    for prefix, check in _BY_PREFIX.items():
        if key.startswith(prefix):
            check(doc.get("value"))


def state_problem(key: str, value: Any) -> str | None:
    """Why the value stored under `key` cannot be used (None: it can)."""
    try:
        check_state({"key": key, "value": value})
    except Invalid as error:
        return str(error)
    return None
