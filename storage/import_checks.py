"""Records checked before an import writes them: `greffier store import`
and `greffier import group` refuse a file holding a record that start-up
would refuse (storage/validation.py), naming each bad record in French,
before anything is written."""

from __future__ import annotations

from typing import Any

from storage.journal_format import Tables
from storage.validation import validate_tables

__all__ = ["SHOWN", "group_rows", "invalid_records"]

SHOWN = 20  # records listed; the rest are counted


def group_rows(rows: dict[str, list[dict[str, Any]]], slug: str) -> Tables:
    """A group export's rows as stored tables (ids by position from 1), for validation."""
    return {name: {str(i): {**doc, "group": slug} for i, doc in enumerate(docs, 1)} for name, docs in rows.items()}


def invalid_records(tables: Tables, source: str) -> str | None:
    """None if every record is valid, else the refusal naming the bad ones."""
    bad = validate_tables(tables)
    if not bad:
        return None
    lines = [f"{source} contient {len(bad)} enregistrement(s) invalide(s) ; rien n'a été importé :"]
    lines += [f"  – {record.describe()}" for record in bad[:SHOWN]]
    if len(bad) > SHOWN:
        lines.append(f"  … et {len(bad) - SHOWN} autre(s)")
    return "\n".join(lines)
