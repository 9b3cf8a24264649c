"""Bodies named by the tail their names share: « l'Ouest lausannois » for
both the Centre social régional de l'Ouest lausannois and Stratégie et
développement de l'Ouest lausannois, « Roissy Pays de France » for both the
Communauté d'agglomération Roissy Pays de France and the PLIE Roissy Pays de
France.

No one body owns such words, so no alias was made of them and « qui
représente l'Ouest lausannois ? » found nothing. A member who writes them
means every body whose name ends so: the alias names them all (their
people, both names shown), never one of them by a guess."""

from __future__ import annotations

import re
from collections import defaultdict

from handlers.understanding.world import ORG_STOP, entity_data, plain
from storage.models import Member

__all__ = ["shared_tails"]

Aliases = dict[str, tuple[str, list[Member]]]


def _tails(org: str) -> list[str]:
    """The folded tails of `org`'s name (its bracketed acronym left out) that can name a place or a
    territory: two meaningful words or more, opening on no little word, one of them written with a
    capital and one of them no generic word of bodies' names (« action sociale » is a field, not a
    place; « Hauts-de-Seine » is a département, read as such elsewhere)."""
    raw = re.findall(r"\w+", re.sub(r"\([^)]*\)", " ", org))
    folded = [plain(w) for w in raw]
    generic = entity_data()["generic"]
    found = []
    for start in range(1, len(raw) - 1):
        if folded[start] in ORG_STOP or folded[-1] in ORG_STOP:
            continue
        meaningful = [k for k in range(start, len(raw)) if folded[k] not in ORG_STOP]
        if len(meaningful) < 2 or not any(raw[k][:1].isupper() for k in meaningful):
            continue
        if all(folded[k] in generic for k in meaningful):
            continue
        found.append(" ".join(folded[start:]))
    return found


def shared_tails(aliases: Aliases, members: list[Member]) -> Aliases:
    """`aliases` with each tail two bodies' names or more end with, standing for all of them; a tail
    already an alias (a body's own name, a town) keeps its reading, and a département's name is left
    to the département's rules."""
    by_org: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        if member.organisation:
            by_org[member.organisation].append(member)
    owners: dict[str, list[str]] = defaultdict(list)
    for org in by_org:
        for tail in _tails(org):
            owners[tail].append(org)
    departements = entity_data()["departements"]
    for tail, orgs in owners.items():
        if len(orgs) < 2 or tail in aliases or tail in departements:
            continue
        people: list[Member] = []
        for org in orgs:
            people += [p for p in by_org[org] if all(p.number != q.number for q in people)]
        aliases[tail] = (" / ".join(orgs), people)
    return aliases
