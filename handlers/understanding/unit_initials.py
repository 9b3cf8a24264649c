"""The initials of a unit of a body the group counts several of.

A coordinator stores a university's services as « Université d'Auvergne-Dômes,
service de santé universitaire », « Université d'Auvergne-Dômes, bibliothèque
universitaire », « Université d'Auvergne-Dômes, direction de la vie
étudiante »: the body, a comma, then its unit in lower case. Members call the
unit by its own initials, never by the body's: « le SSU c qui », « c'est qui
pour la BU ? », « qui est de la DVE ? » (lead's set 65). acronyms.py and
initials.py derive initials of the whole name (« UADSSU »), none of the part
after the comma.

The part before the comma must be one of the group's bodies itself, or open
the names of two of them or more: then what follows is a unit of it (a
department, a service), not a description of the body (« Fédé Dôm'Asso,
fédération des associations étudiantes » keeps its own name). The unit's
name holds two significant words or more; its initials owned by one body
only and not yet an alias name that unit; two letters, or initials that are
a word, are read only typed in capitals (as initials.py does).
"""

from __future__ import annotations

from handlers.understanding.initials import _common_initials, _is_word, _significant, members_by_body
from storage.models import Member

__all__ = ["unit_initials"]

Aliases = dict[str, tuple[str, list[Member]]]


def _unit(org: str, bodies: set[str]) -> str | None:
    """The unit's name after the comma of `org` when the part before it is a body of several units."""
    head, comma, unit = org.partition(",")
    head, unit = head.strip(), unit.strip()
    if not comma or not unit or not unit[:1].islower() or "," in unit:
        return None
    if head in bodies or sum(1 for b in bodies if b.partition(",")[0].strip() == head) >= 2:
        return unit
    return None


def unit_initials(aliases: Aliases, members: list[Member]) -> frozenset[str]:
    """Adds to `aliases` the initials of the units of the group's bodies (see the module's docstring); returns
    those read only typed in capitals."""
    by_org = members_by_body(members)
    owners: dict[str, set[str]] = {}
    for org in by_org:
        unit = _unit(org, set(by_org))
        if unit is None:
            continue
        significant = [w for w in _significant(unit) if w.isalpha()]
        if len(significant) >= 2:
            owners.setdefault("".join(w[0] for w in significant), set()).add(org)
    capitals: set[str] = set()
    for initials, orgs in owners.items():
        if len(orgs) != 1 or initials in aliases or initials in _common_initials():
            continue
        org = next(iter(orgs))
        aliases[initials] = (org, by_org[org])
        if len(initials) < 3 or _is_word(initials):
            capitals.add(initials)
    return frozenset(capitals)
