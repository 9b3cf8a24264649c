"""Invented groups at scale, written straight into a store's snapshot file.

Building 100,000 decisions through the store would itself take a while;
the snapshot is TinyDB's JSON layout, so the same file also seeds TinyDB's
default storage. Documents come from the real models' `to_doc`.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo
from pathlib import Path
from typing import Any

from storage.migrations import SCHEMA_VERSION
from storage.models import AgendaItem, Deadline, Decision, DecisionRevision, Meeting, Member
from storage.store import STORE_FILENAME

__all__ = ["FIRST_NAMES", "decision_doc", "deployment", "write_snapshot"]

FIRST_NAMES = ("Claire", "Jamila", "Thibault", "Sabina", "Marc", "Élodie", "Yann", "Inès", "Louis", "Aïcha")
LAST_NAMES = ("Dubois", "Hammoudi", "du Kerouëdan", "Cervetti", "Martin", "Müller", "Le Goff", "Nguyen", "Roux", "Berthelot")
ORGANISATIONS = ("Ville de Meyrin", "Hospice général", "Fondation Zoein", "ATD Quart Monde", "Office cantonal de l'emploi")
TOPICS = ("budget", "formation", "locaux", "subvention", "calendrier", "recrutement", "communication", "partenariat")
START = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Zurich"))


def decision_doc(group: str, number: int) -> dict[str, Any]:
    topic = TOPICS[number % len(TOPICS)]
    text = f"Le groupe valide la proposition n°{number} sur le {topic} pour l'année {2020 + number % 8}"
    created = DecisionRevision("created", "2026-11-02T18:30:00+01:00", "Claire Dubois", "telegram:42", text)
    decision = Decision(number, text, date(2026, 1, 1) + timedelta(days=number % 700), None, "Claire Dubois", "telegram:42", "active", (created,))
    return {"group": group, **decision.to_doc()}


def _member(group: str, number: int) -> dict[str, Any]:
    name = f"{FIRST_NAMES[number % 10]} {LAST_NAMES[(number // 10) % 10]} {number}"
    member = Member(number, name, ORGANISATIONS[number % 5], "membre", {"telegram": str(100000 + number)})
    return {"group": group, **member.to_doc()}


def _meeting(group: str, number: int) -> dict[str, Any]:
    start = START + timedelta(days=number - 40, hours=8)
    agenda = (AgendaItem("Approbation du procès-verbal"), AgendaItem("Budget"))
    return {"group": group, **Meeting(number, start, start + timedelta(hours=2), "Salle du conseil", agenda).to_doc()}


def _deadline(group: str, number: int) -> dict[str, Any]:
    return {"group": group, **Deadline(number, START + timedelta(days=number), f"Rendre le rapport {number}").to_doc()}


def deployment(groups: int, members: int, decisions: int, meetings: int = 50, deadlines: int = 20,
               big: dict[str, int] | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """Tables for `groups` groups ("g0", "g1", …); group "g0" may be bigger (`big`)."""
    tables: dict[str, dict[str, dict[str, Any]]] = {
        "_meta": {"1": {"schema": SCHEMA_VERSION}}, "members": {}, "decisions": {}, "meetings": {}, "deadlines": {},
    }
    makers = {"members": _member, "decisions": decision_doc, "meetings": _meeting, "deadlines": _deadline}
    sizes = {"members": members, "decisions": decisions, "meetings": meetings, "deadlines": deadlines}
    for g in range(groups):
        slug = f"g{g}"
        for table, make in makers.items():
            count = (big or {}).get(table, sizes[table]) if g == 0 else sizes[table]
            rows = tables[table]
            for number in range(1, count + 1):
                rows[str(len(rows) + 1)] = make(slug, number)
    return tables


def write_snapshot(directory: Path, tables: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / STORE_FILENAME
    with open(path, "wb") as handle:
        handle.write(json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        # On disk before anything is timed: otherwise the first fsync timed
        # pays for flushing these megabytes.
        handle.flush()
        os.fsync(handle.fileno())
    return path
