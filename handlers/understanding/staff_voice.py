"""Who speaks for a body's staff: « qui représente les salariés de la
plateforme ? » where the platform's works council (« CSE de la plateforme
chimique des Balmes ») has a « Secrétaire du CSE, représentant des
salariés » (the lead's set 72).

« les salariés de <body> » reads as the body's people (body_staff.py), so
the question was answered with the platform's director: its staff, not who
represents them. When one member's role says it represents those staff
(« représentant(e) des salariés », « … du personnel », « … des agents »),
and that member belongs to the body named (or to a body whose name holds
it: its CSE, its union section), that member is the answer, as the holder
of that title. With none, or two, nothing is said here."""

from __future__ import annotations

import re

from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import World, plain
from handlers.views import member_row
from storage.models import Member

__all__ = ["staff_voice"]

# The staff a body's elected representatives speak for (folded, as typed).
_STAFF = frozenset({"salaries", "salariees", "personnel", "personnels", "agents", "employes", "employees",
                    "travailleurs"})
_ARTICLES = frozenset({"les", "des", "du", "le", "ses", "leurs", "nos"})


def _asks_who_represents(u: Understanding) -> bool:
    return any(w.folded == "qui" for w in u.words) and any(
        w.lemma == "representer" or w.folded.startswith("representant") for w in u.words)


def _of_body(member: Member, u: Understanding) -> bool:
    """No body named, or `member` is of it or of a body whose name holds its name's head (the part before a
    comma: « Plateforme chimique des Balmes » of « …, GIE des exploitants »)."""
    bodies = [e for e in u.entities if e.kind == "org"]
    if not bodies:
        return True
    own = plain(member.organisation or "")
    return any(plain(part.split(",")[0]) in own for body in bodies for part in body.label.split(" / "))


def staff_voice(u: Understanding, world: World) -> Outcome | None:
    """The one member whose role represents the staff asked of, as a title's holder; None otherwise."""
    if not _asks_who_represents(u):
        return None
    folded = [w.folded for w in u.words]
    at = next((i for i, w in enumerate(folded) if w in _STAFF and i and folded[i - 1] in _ARTICLES), None)
    if at is None:
        return None
    staff = folded[at]
    # « représentant des salariés », « représentante du personnel »: the title, on the staff word's stem.
    stem = re.escape(staff[:6])
    title = re.compile(rf"\brepresentante?s? (?:des|du|de l) ?{stem}")
    holders = [m for m in world.members if m.role and title.search(plain(m.role))]
    if len(holders) != 1 or not _of_body(holders[0], u):
        return None
    u.intent, u.readings = "role_holder", []
    return Outcome.sure(u, [f"Représentant des {u.words[at].raw} d'après son rôle :", member_row(holders[0])], holders[0].name)
