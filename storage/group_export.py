"""One group's whole memory out of the store and back in.

`group_document` gathers every row tagged with the group (members,
meetings with their agendas, decisions with their history, deadlines, and
any table a later feature adds the same way: tasks, attendance), its chat
bindings and its stored settings, as one JSON document without timestamps,
so exporting the same data twice gives the same bytes; the JSON form
round-trips losslessly through storage/group_import.py, which lets a group
move between deployments. `markdown_export` and `csv_exports` are for people.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from storage.backup import read_replayed
from storage.import_checks import group_rows, invalid_records
from storage.journal_format import Tables
from storage.migrations import META_TABLE, SCHEMA_VERSION
from storage.models import Deadline, Decision, Meeting, Member
from storage.store import Store, has_store

__all__ = [
    "GROUP_FORMAT",
    "GroupImportError",
    "OPERATIONAL",
    "STATE_KEYS",
    "check_document",
    "csv_exports",
    "group_document",
    "group_json",
    "group_slugs",
    "markdown_export",
    "neutralise_cell",
    "read_only_store",
    "read_tables",
]

GROUP_FORMAT = "greffier-groupe"
GROUP_VERSION = 1
# Tables that describe the running bot rather than the group's memory: replay
# guards, the notice log (a new deployment re-derives its reminders).
OPERATIONAL = frozenset({META_TABLE, "events", "notices", "notice_versions", "state", "bindings"})
# Settings kept in the `state` table under a key naming the group.
STATE_KEYS = ("reminders:{slug}",)


class GroupImportError(Exception):
    """An import that cannot be done; the message (French) says why."""


def read_tables(directory: Path) -> Tables:
    """The data folder's tables (snapshot + journal), read without its lock.

    A compaction while reading is retried (see storage/backup.py); a damaged
    journal line raises `StoreCorruptError`."""
    if not has_store(directory):
        raise GroupImportError(f"pas de données Greffier dans {directory}")
    return read_replayed(directory)[0]


def read_only_store(directory: Path) -> Store:
    """The data folder as an in-memory store, so exports work while the bot runs."""
    return Store.from_tables(read_tables(directory))


def _group_tables(store: Store, slug: str) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {}
    with store.locked():
        for name in sorted(store.table_names()):
            if name in OPERATIONAL:
                continue
            rows = [{k: v for k, v in doc.items() if k != "group"} for doc in store.table(name) if doc.get("group") == slug]
            if rows:
                tables[name] = sorted(rows, key=lambda r: (r.get("number", 0), json.dumps(r, sort_keys=True)))
    return tables


def group_slugs(store: Store) -> set[str]:
    """The groups that have rows in the store."""
    with store.locked():
        return {
            str(doc["group"]) for name in store.table_names() if name not in OPERATIONAL
            for doc in store.table(name) if doc.get("group")
        }


def group_document(store: Store, slug: str) -> dict[str, Any]:
    """Everything the store holds about one group, as plain JSON data."""
    with store.locked():
        bindings = sorted([list(b) for b in store.bindings(slug)])
        state = {key.format(slug="*"): store.get_state(key.format(slug=slug)) for key in STATE_KEYS}
    return {
        "format": GROUP_FORMAT,
        "version": GROUP_VERSION,
        "schema": SCHEMA_VERSION,
        "group": slug,
        "tables": _group_tables(store, slug),
        "bindings": bindings,
        "state": {key: value for key, value in state.items() if value is not None},
    }


def group_json(store: Store, slug: str) -> bytes:
    return json.dumps(group_document(store, slug), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"


def check_document(document: Any, slug: str = "") -> dict[str, list[dict[str, Any]]]:
    """The document's tables, once every row is known to load and valid as
    start-up checks it (as rows of group `slug`); raises GroupImportError."""
    if not isinstance(document, dict) or document.get("format") != GROUP_FORMAT:
        raise GroupImportError("ce fichier n'est pas un export de groupe Greffier (« greffier export group --format json »)")
    if document.get("version") != GROUP_VERSION:
        raise GroupImportError(f"version d'export {document.get('version')!r} inconnue")
    if not isinstance(document.get("schema"), int) or document["schema"] > SCHEMA_VERSION:
        raise GroupImportError("cet export vient d'une version plus récente de Greffier : mettez Greffier à jour")
    tables = document.get("tables")
    valid = isinstance(tables, dict) and all(
        isinstance(name, str) and name not in OPERATIONAL and isinstance(rows, list)
        and all(isinstance(row, dict) and isinstance(row.get("number", 0), int) for row in rows)
        for name, rows in tables.items()
    )
    if not valid or not isinstance(document.get("bindings", []), list) or not isinstance(document.get("state", {}), dict):
        raise GroupImportError("la section « tables » de l'export est malformée")
    refusal = invalid_records(group_rows(tables, slug), "l'export")
    if refusal:
        raise GroupImportError(refusal)
    # Every known row must load as its model: a damaged export fails here, before any write.
    models = {"members": Member, "meetings": Meeting, "deadlines": Deadline, "decisions": Decision}
    for name, model in models.items():
        for row in tables.get(name, []):
            try:
                model.from_doc(row)
            except (KeyError, TypeError, ValueError) as exc:
                raise GroupImportError(f"{name} n°{row.get('number', '?')} illisible ({exc})") from None
    return tables


# -- for people: Markdown and CSV ---------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> str:
    """A cell a spreadsheet will show as text, never run as a formula.

    OWASP's advice for CSV injection: a cell starting with = + - @ tab or CR
    is prefixed with an apostrophe (`=HYPERLINK(…)` stays readable text)."""
    cell = "" if value is None else str(value)
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    # Semicolons and a BOM: what a French-locale spreadsheet opens without a wizard.
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[neutralise_cell(cell) for cell in row] for row in rows])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def csv_exports(store: Store, slug: str) -> dict[str, bytes]:
    """{"membres": csv, "decisions": csv}: what opens in a spreadsheet."""
    data = store.group(slug)
    members = [
        [m.number, m.name, m.organisation, m.role, m.contact if m.contact_consent else "", "oui" if m.contact_consent else "non"]
        for m in data.members()
    ]
    decisions = [
        [d.number, d.taken_on.isoformat(), d.text, _DECISION_STATUS.get(d.status, d.status), d.meeting_number or "", d.recorded_by]
        for d in data.decisions()
    ]
    return {
        "membres": _csv(["n°", "nom", "organisation", "rôle", "contact", "consentement"], members),
        "decisions": _csv(["n°", "date", "texte", "statut", "séance", "enregistrée par"], decisions),
    }


_MEETING_STATUS = {"planned": "prévue", "moved": "déplacée", "cancelled": "annulée", "held": "tenue"}
_DECISION_STATUS = {"active": "en vigueur", "amended": "modifiée", "cancelled": "annulée"}
_REVISION = {"created": "créée", "amended": "modifiée", "cancelled": "annulée"}

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def _md(value: str) -> str:
    """User text as literal Markdown: no markup, links or HTML can slip in."""
    return " ".join(value.split()).translate(_MD_SPECIAL)


def markdown_export(store: Store, slug: str, name: str = "") -> str:
    data = store.group(slug)
    lines = [f"# {_md(name or slug)}", ""]
    lines += ["## Membres", ""]
    for m in data.members():
        detail = ", ".join(_md(x) for x in (m.organisation, m.role) if x)
        contact = f" — contact : {_md(m.contact)}" if m.contact and m.contact_consent else ""
        lines.append(f"- **{_md(m.name)}**" + (f" ({detail})" if detail else "") + contact)
    lines += ["", "## Séances", ""]
    for meeting in data.meetings():
        end = f"–{meeting.end:%H:%M}" if meeting.end else ""
        place = f", {_md(meeting.place)}" if meeting.place else ""
        lines.append(f"### Séance n°{meeting.number} — {meeting.start:%d.%m.%Y %H:%M}{end}{place} ({_MEETING_STATUS.get(meeting.status, meeting.status)})")
        for item in meeting.agenda:
            by = f" (proposé par {_md(item.proposed_by)})" if item.proposed_by else ""
            lines.append(f"- {_md(item.text)}{by}")
        lines.append("")
    lines += ["## Décisions", ""]
    for d in data.decisions():
        lines.append(f"- **n°{d.number}** ({d.taken_on:%d.%m.%Y}, {_DECISION_STATUS.get(d.status, d.status)}) : {_md(d.text)}")
        for rev in d.history[1:]:
            lines.append(f"  - {_REVISION.get(rev.action, rev.action)} le {rev.at[:10]} par {_md(rev.by)} : {_md(rev.text or rev.reason)}")
    tasks = data.tasks()
    if tasks:
        cards = {m.number: m.name for m in data.members()}
        lines += ["", "## Tâches", ""]
        for task in tasks:
            # The pilot's card names them; a task whose pilot left keeps the name it was written with.
            who = cards.get(task.pilot, task.pilot_name) if task.pilot is not None else task.pilot_name
            pilot = f" — pilote : {_md(who)}" if who else ""
            due = f" — échéance : {task.due.isoformat()}" if task.due else ""
            state = {"done": " (faite)", "cancelled": " (annulée)"}.get(task.status, "")
            lines.append(f"- n°{task.number} {_md(task.text)}{pilot}{due}{state}")
    lines += ["", "## Échéances", ""]
    for deadline in data.deadlines():
        state = " (annulée)" if deadline.cancelled else ""
        lines.append(f"- {deadline.due:%d.%m.%Y} : {_md(deadline.text)}{state}")
    return "\n".join(lines) + "\n"
