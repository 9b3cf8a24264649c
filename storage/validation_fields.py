"""The field checks record validators are written with (storage/validation.py
and its siblings): each raises `Invalid` with the French reason the
operator reads in `store check`, at start-up and in `store recover`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from storage.models import load_local

__all__ = ["Invalid", "absent_or", "iso_date", "iso_instant", "local", "need", "number", "one_of", "revision", "shown", "text"]


class Invalid(Exception):
    """A record the code cannot use; the message says which field and why."""


def shown(text: str) -> str:
    """A stored string as an operator reads it: short, control characters escaped."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text[:40])


def need(doc: dict[str, Any], key: str, kind: type, optional: bool = False) -> Any:
    value = doc.get(key)
    if value is None:
        if optional:
            return None
        raise Invalid(f"champ « {key} » manquant")
    # Exact types, as JSON decodes them: a bool is not a number here. (And
    # `type() is` is what keeps validating 100,000 decisions fast.)
    if type(value) is not kind:
        raise Invalid(f"champ « {key} » de type inattendu ({type(value).__name__})")
    return value


def text(doc: dict[str, Any], *keys: str) -> None:
    for key in keys:
        need(doc, key, str, optional=True)


def absent_or(doc: dict[str, Any], key: str, kind: type) -> Any:
    """A field the code writes with a value or not at all: null is refused
    (the models read a missing field as its default, but take a null as is)."""
    if key in doc and doc[key] is None:
        raise Invalid(f"champ « {key} » vide (null)")
    return need(doc, key, kind) if key in doc else None


def number(doc: dict[str, Any], key: str = "number", optional: bool = False) -> None:
    value = need(doc, key, int, optional)
    if value is not None and value < 1:
        raise Invalid(f"champ « {key} » : numéro {value} invalide")


def revision(doc: dict[str, Any]) -> None:
    """The edit counter behind a calendar event's SEQUENCE: absent (never
    edited) or a whole number from 0; the next edit adds one to it."""
    value = need(doc, "revision", int, optional=True)
    if value is not None and value < 0:
        raise Invalid(f"champ « revision » : {value} invalide")


def local(doc: dict[str, Any], key: str, optional: bool = False) -> None:
    raw = need(doc, key, dict, optional)
    if raw is None:
        return
    if not isinstance(raw.get("local"), str) or not isinstance(raw.get("tz"), str):
        raise Invalid(f"champ « {key} » : date ou fuseau horaire manquant")
    try:
        datetime.fromisoformat(raw["local"])
    except ValueError:
        raise Invalid(f"champ « {key} » : date « {shown(raw['local'])} » illisible") from None
    try:
        load_local(raw)
    except Exception:  # ZoneInfoNotFoundError, or ValueError for names like "../etc"
        raise Invalid(f"champ « {key} » : fuseau horaire inconnu « {shown(raw['tz'])} »") from None


def one_of(doc: dict[str, Any], key: str, allowed: tuple[str, ...], default: str | None = None) -> None:
    value = doc.get(key, default)
    if value not in allowed:
        raise Invalid(f"champ « {key} » : valeur inconnue « {shown(str(value))} »")


def iso_date(doc: dict[str, Any], key: str, optional: bool = False) -> None:
    """A day written `AAAA-MM-JJ` (a 30 February or a month 13 is refused)."""
    raw = need(doc, key, str, optional)
    if raw is None:
        return
    try:
        date.fromisoformat(raw)
    except ValueError:
        raise Invalid(f"champ « {key} » : date « {shown(raw)} » illisible") from None


def iso_instant(doc: dict[str, Any], key: str) -> None:
    try:
        instant = datetime.fromisoformat(need(doc, key, str))
    except ValueError:
        raise Invalid(f"champ « {key} » : instant « {shown(doc[key])} » illisible") from None
    if instant.tzinfo is None:
        # Compared with aware instants (the scheduler, code expiry): a naive one raises.
        raise Invalid(f"champ « {key} » : instant « {shown(doc[key])} » sans fuseau")
