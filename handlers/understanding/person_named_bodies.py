"""A school or a public building named after a person, asked by the surname alone.

« le collège Pasteur » for the Collège Louis Pasteur de Noyon, « le lycée
Moulin » rarely, but « le lycée Jean Moulin » and « le collège Pasteur »,
« l'école Ferry », « le gymnase Coubertin », « la médiathèque Aragon »: in
chat the given name falls, and the town after it. A body whose name is a
kind of such place, then two capitalised words (the person's given name
and surname, « Louis Pasteur », « Jean-Moulin »), then nothing or « de /
du / d' » and a town, is also named « <kind> <surname> ». Only these kinds:
an association or a service named « Maison France Services » has no
person's name in it. « Saint » and « Sainte » open a saint's name, which
members keep whole."""

from __future__ import annotations

import re

from handlers.understanding.world import ORG_STOP, plain
from storage.models import Member

__all__ = ["surname_aliases"]

Aliases = dict[str, tuple[str, list[Member]]]

# Places French towns name after people, folded (one or two words).
_KINDS = ("college", "lycee", "ecole", "groupe scolaire", "gymnase", "stade", "piscine", "mediatheque", "bibliotheque",
          "salle", "centre social", "maison de quartier", "espace", "complexe sportif", "residence", "foyer")
_SAINTS = frozenset({"saint", "sainte", "st", "ste"})
_TOWN_LINKS = frozenset({"de", "du", "d"})


def _surname_of(org: str) -> tuple[str, str] | None:
    """(kind, surname) when `org` is « <kind> <Given> <Surname> [de <town>] »."""
    typed = [w for w in re.split(r"[\s\-']+", org) if w]
    folded = [plain(w) for w in typed]
    for kind in _KINDS:
        size = len(kind.split())
        if " ".join(folded[:size]) != kind or len(typed) < size + 2:
            continue
        given, surname = typed[size], typed[size + 1]
        rest = folded[size + 2:]
        if not (given[:1].isupper() and surname[:1].isupper()) or folded[size] in ORG_STOP | _SAINTS:
            return None
        if folded[size + 1] in ORG_STOP or rest and rest[0] not in _TOWN_LINKS:
            return None
        return kind, folded[size + 1]
    return None


def surname_aliases(aliases: Aliases, by_org: dict[str, list[Member]]) -> Aliases:
    """`aliases` with « <kind> <surname> » for each body named after a person, when no other alias is so."""
    extended = dict(aliases)
    for org, people in by_org.items():
        if (found := _surname_of(org)) is not None:
            extended.setdefault(f"{found[0]} {found[1]}", (org, people))
    return extended
