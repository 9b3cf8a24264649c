"""A member list compared with the directory: what would be added, updated,
left alone or refused, and the one write that applies it.

Rows are matched to existing members by name, fuzzily (storage.search):
« Kaelin Bruno » finds « Bruno Kälin ». Each refused row says why, with its
line number. Nothing is written until `apply_plan`, and then in one journal
record: all of it or none of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from handlers.imports.files import strip_controls
from handlers.imports.table import Sheet
from storage.models import Member, replace
from storage.search import fold, name_scores
from storage.store import GroupStore

__all__ = ["MATCH_SCORE", "Matcher", "Plan", "RowChange", "apply_plan", "best_match", "plan_members", "preview_lines"]

MATCH_SCORE = 88.0  # both names' words must nearly all be in the other
LIMITS = {"name": 100, "first_name": 100, "organisation": 150, "role": 200, "email": 254, "phone": 40, "consent": 20}
MAX_MEMBERS = 2000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ().\-/]{6,30}$")
# What a spreadsheet would run: `=…`, or `+`/`-`/`@` followed by a formula.
_FORMULA = re.compile(r"^(=|[+\-@]\s*[=(\"'A-Za-z]+\()")
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")
_YES = {"oui", "yes", "o", "y", "x", "1", "true", "vrai", "ok", "d'accord", "accord"}
_NO = {"", "non", "no", "n", "0", "false", "faux", "-"}
LABELS = {"name": "nom", "first_name": "prénom", "organisation": "organisation", "role": "rôle",
          "email": "email", "phone": "téléphone", "consent": "consentement"}


@dataclass(frozen=True)
class RowChange:
    line: int
    member: Member  # the new card (number 0 for an addition)
    existing: Member | None = None
    score: float = 100.0
    written: str = ""  # the name as the file wrote it


@dataclass
class Plan:
    source: str
    added: list[RowChange] = field(default_factory=list)
    updated: list[RowChange] = field(default_factory=list)
    unchanged: list[RowChange] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return len(self.added) + len(self.updated)


def _cell(row: dict[str, str], key: str) -> str:
    value, bad = strip_controls(row.get(key, ""))
    label = LABELS[key]
    if bad:
        raise ValueError(f"caractères de contrôle dans « {label} »")
    if len(value) > LIMITS[key]:
        raise ValueError(f"« {label} » trop long ({len(value)} caractères ; limite {LIMITS[key]})")
    if _FORMULA.match(value) and key != "phone":
        raise ValueError(f"formule de tableur dans « {label} » ({value[:30]}…)")
    if _TAG.search(value):
        raise ValueError(f"balise HTML dans « {label} »")
    return value


def _card(row: dict[str, str]) -> Member:
    name = _cell(row, "name")
    first = _cell(row, "first_name")
    if first and fold(first) not in fold(name):
        name = f"{first} {name}".strip()
    if not name:
        raise ValueError("pas de nom")
    email, phone = _cell(row, "email"), _cell(row, "phone")
    if email and not _EMAIL.match(email):
        raise ValueError(f"adresse email invalide ({email[:40]})")
    if phone and not _PHONE.match(phone):
        raise ValueError(f"numéro de téléphone invalide ({phone[:30]})")
    consent_cell = _cell(row, "consent")
    consent_raw = fold(consent_cell)
    if consent_raw not in _YES | _NO:
        raise ValueError(f"consentement « {consent_cell[:20]} » : écrivez oui ou non")
    contact = " · ".join(x for x in (email, phone) if x)
    return Member(0, name, _cell(row, "organisation"), _cell(row, "role"), contact=contact,
                  contact_consent=bool(contact) and consent_raw in _YES)


def _merged(existing: Member, incoming: Member) -> Member:
    """The existing card with the row's non-empty fields written over it."""
    return replace(
        existing,
        organisation=incoming.organisation or existing.organisation,
        role=incoming.role or existing.role,
        contact=incoming.contact or existing.contact,
        contact_consent=incoming.contact_consent if incoming.contact else existing.contact_consent,
    )


class Matcher:
    """Finds the existing member a name designates, fast enough for 2,000 rows.

    An exact (folded) name is a dictionary hit; otherwise rapidfuzz's C loop
    keeps the few names close enough to compare word by word
    (storage.search.name_scores, both ways), instead of scoring every row
    against every member (figures: bench/imports.py)."""

    def __init__(self, members: list[Member]) -> None:
        self.members = members
        self.folded = [fold(m.name) for m in members]
        self.exact = {key: m for key, m in zip(self.folded, members, strict=True)}

    def match(self, name: str) -> tuple[Member | None, float]:
        key = fold(name)
        if key in self.exact:
            return self.exact[key], 100.0
        close = process.extract(key, self.folded, scorer=fuzz.token_sort_ratio, score_cutoff=60, limit=10)
        best, score = None, 0.0
        for _, _, index in close:
            member = self.members[index]
            # Symmetric: « Claire » alone must not update « Claire Dubois ».
            both = min(name_scores(name, [member.name])[0], name_scores(member.name, [name])[0])
            if both > score:
                best, score = member, both
        return (best, score) if score >= MATCH_SCORE else (None, score)


def best_match(name: str, members: list[Member]) -> tuple[Member | None, float]:
    return Matcher(members).match(name)


def plan_members(sheet: Sheet, data: GroupStore) -> Plan:
    plan = Plan(sheet.source, ignored_columns=sheet.ignored)
    plan.rejected += [(line, "ligne trop longue (plus de 4 000 caractères)") for line in sheet.too_long]
    members = data.members()
    matcher = Matcher(members)
    seen: dict[str, int] = {}
    taken: dict[int, int] = {}  # existing member number -> line that updates it
    for line, row in sheet.rows:
        try:
            card = _card(row)
        except ValueError as reason:
            plan.rejected.append((line, str(reason)))
            continue
        key = fold(card.name)
        if key in seen:
            plan.rejected.append((line, f"doublon de la ligne {seen[key]} ({card.name})"))
            continue
        seen[key] = line
        existing, score = matcher.match(card.name)
        if existing is None:
            plan.added.append(RowChange(line, card))
            continue
        if existing.number in taken:
            plan.rejected.append((line, f"{existing.name} est déjà mis à jour par la ligne {taken[existing.number]}"))
            continue
        taken[existing.number] = line
        merged = _merged(existing, card)
        target = plan.unchanged if merged == existing else plan.updated
        target.append(RowChange(line, merged, existing, score, card.name))
    if len(members) + len(plan.added) > MAX_MEMBERS:
        over = len(members) + len(plan.added) - MAX_MEMBERS
        plan.rejected += [(c.line, f"répertoire plein ({MAX_MEMBERS} membres au plus)") for c in plan.added[-over:]]
        plan.added = plan.added[:-over]
    plan.rejected.sort()
    return plan


def _describe(member: Member) -> str:
    details = ", ".join(x for x in (member.organisation, member.role) if x)
    contact = " ; contact " + ("visible" if member.contact_consent else "masqué") if member.contact else ""
    return f"{member.name}" + (f" — {details}" if details else "") + contact


def _differences(old: Member, new: Member) -> str:
    parts = []
    for attr, label in (("organisation", "organisation"), ("role", "rôle")):
        if getattr(old, attr) != getattr(new, attr):
            parts.append(f"{label} « {getattr(old, attr) or '—'} » → « {getattr(new, attr)} »")
    if old.contact != new.contact:
        parts.append("contact modifié")
    if old.contact_consent != new.contact_consent:
        parts.append("contact " + ("visible" if new.contact_consent else "masqué"))
    return "; ".join(parts)


def _first(items: list[Any], limit: int | None) -> tuple[list[Any], str]:
    """The items to show, and the « … et N autres » line for the rest."""
    if limit is None or len(items) <= limit:
        return items, ""
    return items[:limit], f"  … et {len(items) - limit} autre(s)"


def preview_lines(plan: Plan, name: str, limit: int | None = None) -> list[str]:
    """The preview, one line of plain French text each; `limit` lines per kind at most (chat)."""
    lines = [f"Import de {name} ({plan.source})"]
    lines.append(f"À ajouter ({len(plan.added)}) :")
    shown, more = _first(plan.added, limit)
    lines += [f"  ligne {c.line} : {_describe(c.member)}" for c in shown] + ([more] if more else [])
    lines.append(f"À mettre à jour ({len(plan.updated)}) :")
    shown, more = _first(plan.updated, limit)
    for c in shown:
        assert c.existing is not None
        same = "" if c.written == c.existing.name else f" (« {c.written} », ressemblance {c.score:.0f} %)"
        lines.append(f"  ligne {c.line} : {c.existing.name}{same} : {_differences(c.existing, c.member)}")
    lines += [more] if more else []
    shown, more = _first(plan.unchanged, limit if limit is not None else 30)
    names = ", ".join(c.member.name for c in shown) + (f" et {len(plan.unchanged) - len(shown)} autre(s)" if more else "")
    lines.append(f"Inchangés ({len(plan.unchanged)})" + (f" : {names}" if plan.unchanged else ""))
    lines.append(f"Refusées ({len(plan.rejected)}) :")
    shown, more = _first(plan.rejected, limit)
    lines += [f"  ligne {line} : {reason}" for line, reason in shown] + ([more] if more else [])
    if plan.ignored_columns:
        lines.append("Colonnes ignorées : " + ", ".join(plan.ignored_columns))
    return lines


def apply_plan(plan: Plan, data: GroupStore) -> list[Member]:
    """Write every addition and update in one durable write; returns the new cards."""
    return data.write_members([c.member for c in plan.added], [c.member for c in plan.updated])
