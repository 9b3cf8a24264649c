"""Bodies a member's role spells out, named by their initials: « le FJT »
for « Directrice du foyer de jeunes travailleurs Les Tilleuls », « le CMP »
for « Psychiatre, centre médico-psychologique pour adolescents », « la PMI »
for « Médecin de protection maternelle et infantile », « l'ASE » for « Chef
du service de l'aide sociale à l'enfance ».

role_bodies.py names a body a role writes by its acronym (« Directrice du
CCAS »); a coordinator who types the words in full left members' initials
unknown: « qui représente le FJT ? » found no body (and was read as the
meeting held at the hostel). Only the acronyms of bodies and services every
French social worker reads the same way (lexicon.toml [spelled_bodies], what
they stand for in [spelled_out]) are given, and never over a body of the
group already called so."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import cache

from handlers.understanding.normalise import HERE
from handlers.understanding.spelled_out import meanings
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["roles_spell_bodies"]

Aliases = dict[str, tuple[str, list[Member]]]
# A capitalised word after « de », « d' » or « à » in a role: a town (« … de Millau »).
_IN_TOWN = re.compile(r"(?:\bde\s+|\bd['’]\s*|\bà\s+)[A-ZÉÈÎ][a-zéèêëïîôûç]")


@cache
def _spelled() -> tuple[tuple[str, str], ...]:
    """(acronym folded, what it stands for folded) of the bodies and services of [spelled_bodies]."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        listed = tomllib.load(handle).get("spelled_bodies", {}).get("acronyms", [])
    known = meanings()
    return tuple((plain(a), plain(known[plain(a)])) for a in listed if plain(a) in known)


def roles_spell_bodies(aliases: Aliases, add: Callable[[str, str, list[Member]], None], members: list[Member]) -> None:
    """Add to `aliases` the acronym of each body a role spells out (« fjt » -> the members whose roles say
    « foyer de jeunes travailleurs »), when no body of the group answers to it already."""
    for acronym, meaning in _spelled():
        if acronym in aliases and plain(aliases[acronym][0]) != acronym:
            continue  # a body of the group called so
        # « la MDA » when a body's own name opens with the words (« Maison des adolescents du Loiret … »): that body
        # and all its people, not only the role that spells it (« Directrice de la Maison des adolescents », set 43b).
        named = {m.organisation for m in members if m.organisation
                 and f"{plain(m.organisation)} ".startswith(f"{meaning} ")}
        if acronym not in aliases and len(named) == 1:
            body = named.pop()
            add(acronym, body, [m for m in members if m.organisation == body])
            continue
        holders = [m for m in members if f" {meaning} " in f" {plain(m.role)} "]
        if acronym not in aliases and holders:
            add(acronym, acronym.upper(), holders)
        # The words themselves name it too (« c'est qui pour l'aide sociale à l'enfance ? », a decision
        # « mené par le service de l'aide sociale à l'enfance »), with the roles that write its acronym
        # (role_bodies.py), unless a body's name holds them.
        # Not when a holder's role places it in a town (« maison des solidarités départementales de Millau »):
        # « la maison des solidarités de Millau » then names the town's body too, and stays the charge asked.
        if acronym in aliases and not any(meaning in alias for alias in aliases) and not any(
                _IN_TOWN.search(m.role) for m in holders):
            add(meaning, aliases[acronym][0], aliases[acronym][1])
