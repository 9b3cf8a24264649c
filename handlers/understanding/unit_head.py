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
names it as a head does. A unit written as a noun and its adjective, with
no noun of unit (« Commune de Corvallaz, greffe municipal »), is called by
its noun (« qui représente le greffe ? », the lead's set 95)."""

from __future__ import annotations

import re

from handlers.understanding.world import bare_label, entity_data

__all__ = ["unit_head"]

# The last part of a name (after its last comma): a noun of unit, then the field it covers.
_UNIT = re.compile(r"^(?:pole|departement|unite|service (?:des|du|de la|de l|de|d))\s+(\w+)")


# A unit named by a noun and its adjective, without a noun of unit (« greffe municipal », « accueil parascolaire »):
# the noun is what the staff call it (« qui représente le greffe ? »). Not two plurals (« commissaires titulaires »
# are the unit's people, world.people_unit).
_NOUN_ADJECTIVE = re.compile(r"^([^\W\d_A-Z]+) [^\W\d_A-Z]+$")
_PLURAL_PAIR = re.compile(r"^\S+[sx] \S+[sx]$")


def unit_head(org: str) -> str:
    """The field a unit of a body covers (« urgences » of « …, pôle urgences »), or the noun of a unit written as
    a noun and its adjective (« greffe » of « …, greffe municipal »), folded, else ""."""
    if "," not in org:
        return ""
    unit = org.rsplit(",", 1)[1].strip()
    found = _UNIT.match(bare_label(unit))
    if found:
        return found.group(1)
    plain_unit = _NOUN_ADJECTIVE.match(unit)
    if not plain_unit or _PLURAL_PAIR.match(unit):
        return ""
    noun = bare_label(plain_unit.group(1))
    # A kind of body (« bureau romand », « comité syndical », « direction départementale ») names every body of
    # its kind, not this unit.
    return "" if noun in entity_data()["generic"] else noun
