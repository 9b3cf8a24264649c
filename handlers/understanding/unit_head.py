"""A unit of a larger body called by what it is a unit of: « les urgences »
for « Centre hospitalier de Saumerre-sur-Loire, pôle urgences », « la
pédiatrie » for « CHU de Nantes, service de pédiatrie ».

A body's one word names it when it is the head of its name (world.py:
« l'hospice » for Hospice général); an ordinary French word further in
the name does not (« la défense » is no Paris Ouest La Défense). A unit
after the comma of its parent body's name is another case: its noun of
unit (« pôle », « service de », « département », « unité ») is followed
by the field it covers, which is what the staff call it (« qui représente
les urgences ? », the lead's set 64). That word is the unit's head, and
names it as a head does."""

from __future__ import annotations

import re

from handlers.understanding.world import bare_label

__all__ = ["unit_head"]

# The last part of a name (after its last comma): a noun of unit, then the field it covers.
_UNIT = re.compile(r"^(?:pole|departement|unite|service (?:des|du|de la|de l|de|d))\s+(\w+)")


def unit_head(org: str) -> str:
    """The field a unit of a body covers (« urgences » of « …, pôle urgences »), folded, else ""."""
    if "," not in org:
        return ""
    found = _UNIT.match(bare_label(org.rsplit(",", 1)[1]))
    return found.group(1) if found else ""
